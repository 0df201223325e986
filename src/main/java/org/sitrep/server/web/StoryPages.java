package org.sitrep.server.web;

import java.util.List;
import java.util.Map;
import org.sitrep.query.Situations;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.Timeline;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.framing.FramingMarker;

/**
 * The home page (stories by latest activity) and a story's page (timeline, series, outlets side by
 * side).
 */
public final class StoryPages {
  private StoryPages() {}

  public static String home(Situations x) {
    Html h = new Html();
    var stories = x.snapshot().stories().values();
    h.raw("<h1>Stories</h1><p class=\"lead\">")
        .text(x.count())
        .raw(" articles in ")
        .text(stories.size())
        .raw(
            " stories, latest activity first. A story's reports are its articles with copies folded.</p>");
    if (stories.isEmpty()) {
      h.raw(
          "<p class=\"empty\">No stories yet: ingest articles (POST /api/documents) and they appear here.</p>");
      return Layout.page("Stories", "", h);
    }
    h.raw(
            "<table class=\"stories\"><thead><tr><th>Story</th><th>Latest</th><th>Reports</th><th>Articles</th>")
        .raw("<th>Outlets</th><th>Who</th></tr></thead><tbody>");
    for (StoryView s : stories) {
      h.raw("<tr><td>")
          .link("/stories/" + Html.url(s.id()), Fmt.or(s.title(), s.id()))
          .raw("</td><td>")
          .text(Fmt.or(s.last(), "undated"))
          .raw("</td><td class=\"num\">")
          .text(s.distinctReports())
          .raw("</td><td class=\"num\">")
          .text(s.docs().size())
          .raw("</td><td class=\"num\">")
          .text(s.outlets().size())
          .raw("</td><td>")
          .text(String.join(", ", s.topEntities()))
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    return Layout.page("Stories", "", h);
  }

  public static String story(Situations x, StoryView s) {
    Html h = new Html();
    h.raw("<h1>")
        .text(Fmt.or(s.title(), s.id()))
        .raw("</h1><p class=\"lead\">")
        .text(s.distinctReports())
        .raw(" distinct reports in ")
        .text(s.docs().size())
        .raw(" articles from ")
        .text(s.outlets().size())
        .raw(" outlets, ")
        .text(Fmt.or(s.first(), "?"))
        .raw(" – ")
        .text(Fmt.or(s.last(), "?"))
        .raw(". ")
        .link("/report?story=" + Html.url(s.id()), "Situation report")
        .raw(" · ")
        .link("/map?story=" + Html.url(s.id()), "Map of places")
        .raw(" · ")
        .link("/search?story=" + Html.url(s.id()), "Search in this story")
        .raw("</p>");

    Map<String, FactSeries> series = x.seriesIn(s.docs());
    h.raw("<section><h2>Fact series</h2>");
    if (series.isEmpty()) h.raw("<p class=\"empty\">No figures in this story follow a series.</p>");
    else {
      h.raw("<ul class=\"series\">");
      for (var e : series.entrySet()) {
        h.raw("<li>")
            .link("/series/" + e.getKey(), e.getValue().key().label())
            .raw(" <span class=\"muted\">")
            .text(e.getValue().observations().size())
            .raw(" observations</span></li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>");

    Situations.TimelineAnswer t = x.timeline(s.docs(), Situations.TIMELINE_ITEMS);
    h.raw("<section><h2>Timeline</h2>");
    if (t.truncated()) h.raw("<p class=\"muted\">Showing the latest items only.</p>");
    timeline(h, t.items());
    h.raw("</section>");

    h.raw("<section><h2>Outlets side by side</h2><div class=\"outlets\">");
    for (Situations.OutletView o : x.outlets(s)) {
      h.raw("<div class=\"outlet\"><h3>")
          .text(o.outlet())
          .raw("</h3><p class=\"muted\">")
          .text(o.docs().size())
          .raw(" articles</p><ul>");
      for (String d : o.docs()) h.raw("<li>").link("/documents/" + Html.url(d), d).raw("</li>");
      h.raw("</ul><h4>Framing</h4>");
      if (o.framing().isEmpty()) h.raw("<p class=\"muted\">No markers.</p>");
      else {
        h.raw("<ul class=\"framing\">");
        for (FramingMarker m : o.framing()) {
          h.raw("<li><span class=\"tag\">")
              .text(m.kind())
              .raw("</span> ")
              .link(Fmt.at(m.docId(), m.start()), "“" + m.text() + "”")
              .raw(" <span class=\"muted\">")
              .text(m.why())
              .raw("</span></li>");
        }
        h.raw("</ul>");
      }
      h.raw("<h4>Reports</h4>");
      seriesList(h, o.reports(), series, "none of the story's series");
      h.raw("<h4>Leaves out</h4>");
      seriesList(h, o.leavesOut(), series, "nothing the others report");
      h.raw("</div>");
    }
    h.raw("</div></section>");
    return Layout.page(Fmt.or(s.title(), "Story"), "", h);
  }

  private static void seriesList(
      Html h, List<String> ids, Map<String, FactSeries> series, String none) {
    if (ids.isEmpty()) {
      h.raw("<p class=\"muted\">").text(none).raw("</p>");
      return;
    }
    h.raw("<ul>");
    for (String id : ids)
      h.raw("<li>").link("/series/" + id, series.get(id).key().label()).raw("</li>");
    h.raw("</ul>");
  }

  /** A timeline table: each item links to its sentence in its article. */
  static void timeline(Html h, List<Timeline.Item> items) {
    if (items.isEmpty()) {
      h.raw("<p class=\"empty\">Nothing dated was found.</p>");
      return;
    }
    h.raw(
            "<table class=\"timeline\"><thead><tr><th>When</th><th>What</th><th>Kind</th><th>Outlet</th>")
        .raw("<th>Evidence</th></tr></thead><tbody>");
    for (Timeline.Item i : items) {
      h.raw("<tr")
          .attr("class", "k-" + i.kind())
          .raw("><td>")
          .text(Fmt.or(i.date(), "undated"))
          .raw(" <span class=\"muted\">")
          .text(i.dateHow())
          .raw("</span></td><td>")
          .text(i.summary())
          .raw("</td><td>")
          .text(i.kind())
          .raw("</td><td>")
          .text(Fmt.or(i.outlet(), ""))
          .raw("</td><td>")
          .link(Fmt.at(i.docId(), i.start()), Fmt.or(i.evidence(), "(in the article)"))
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }
}

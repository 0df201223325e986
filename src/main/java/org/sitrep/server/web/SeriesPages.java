package org.sitrep.server.web;

import java.util.List;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesIds;

/**
 * Fact series: the list, and one series as a chart of values over time (undated ones in a lane of
 * their own) above its observations and evidence. Values read the same everywhere: {@link
 * Fmt#value}, also what the chart's tooltips show.
 */
public final class SeriesPages {
  private SeriesPages() {}

  public static String list(Situations x) {
    Html h = new Html();
    h.raw(
        "<h1>Fact series</h1><p class=\"lead\">One series per subject, measure and place, across all articles.</p>");
    h.raw(
        "<table><thead><tr><th>Series</th><th>Observations</th><th>Changes</th><th>Conflicts</th></tr></thead><tbody>");
    for (var e : x.snapshot().series().entrySet()) {
      FactSeries f = e.getValue();
      h.raw("<tr><td>")
          .link("/series/" + e.getKey(), f.key().label())
          .raw("</td><td class=\"num\">")
          .text(f.observations().size())
          .raw("</td><td class=\"num\">")
          .text(f.changes().size())
          .raw("</td><td class=\"num\">")
          .text(f.conflicts().size())
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    return Layout.page("Fact series", "", h);
  }

  /**
   * How many observations the page's table lists (the latest; the chart draws every one, the CSV
   * holds them all), and how many changes and conflicts it lists (the latest).
   */
  public static final int OBSERVATIONS = 200;

  private static final int NOTES = 50;

  private static <T> List<T> latest(List<T> all) {
    return all.subList(Math.max(0, all.size() - NOTES), all.size());
  }

  /** An observation's number, linked to its row when the table lists it. */
  /** Observation {@code i} (counted from 0) as a reader counts it, from 1: "#1". */
  private static void obs(Html h, int i, int firstListed) {
    if (i >= firstListed) h.link("#obs-" + i, "#" + (i + 1));
    else h.text("#" + (i + 1));
  }

  /** How an as-of date was found, as a reader says it. */
  static String asOfHow(String how) {
    if (how == null) return "";
    return switch (how) {
      case "time" -> "(said in the sentence)";
      case "published" -> "(the article's date)";
      case "inferred" -> "(from the text)";
      case "undated" -> "";
      default -> "(" + how + ")";
    };
  }

  private static int outlets(FactSeries f) {
    java.util.Set<String> o = new java.util.HashSet<>();
    for (Observation x : f.observations()) if (x.outlet() != null) o.add(x.outlet());
    return o.size();
  }

  public static String series(String id, FactSeries f) {
    return series(id, f, java.util.Map.of());
  }

  /**
   * The series page; {@code refs} gives each observation's article (its language is shown beside
   * its outlet), may miss some.
   */
  public static String series(
      String id, FactSeries f, java.util.Map<String, org.sitrep.store.ArticleRef> refs) {
    Html h = new Html();
    h.raw("<h1>")
        .text(f.key().label())
        .raw("</h1><p class=\"lead\">")
        .text(Labels.count(f.observations().size(), "observation"))
        .text(outlets(f) == 0 ? " (outlets not known)" : " from " + Labels.outlets(outlets(f)))
        .raw(" · ")
        .text(Labels.count(f.changes().size(), "change"))
        .raw(" · ")
        .text(Labels.count(f.conflicts().size(), "conflict"))
        .raw(" · ")
        .link("/api/series/" + Html.url(id) + "/csv", "Download as CSV")
        .raw("</p>")
        .raw("<figure class=\"chart\"><div class=\"chart-box\"><canvas id=\"series-chart\"")
        .attr("data-src", "/api/series/" + id)
        .attr("aria-label", f.key().label() + ": every observation over time")
        .raw(" role=\"img\"></canvas></div><figcaption>")
        .raw("<ul class=\"legend\">")
        .raw("<li><span class=\"sym cur\">●</span> current value, exact</li>")
        .raw("<li><span class=\"sym cur\">○</span> approximate (“about”, ~)</li>")
        .raw("<li><span class=\"sym cur\">▼</span> at most (“up to”, ≤)</li>")
        .raw("<li><span class=\"sym cur\">▲</span> at least (“more than”, ≥)</li>")
        .raw("<li><span class=\"sym cur\">┃</span> a range (“between … and …”)</li>")
        .raw("<li><span class=\"sym plan\">●</span> planned or pledged (orange, dashed)</li>")
        .raw(
            "<li><span class=\"sym plan\">★</span> a target, drawn at its target date (“by 2027”)</li>")
        .raw(
            "<li><span class=\"sym cur\">◆</span> undated: in the lane at the right, apart from the time axis</li>")
        .raw(
            "<li><span class=\"sym chg\">┄</span> a change: joins the value before to the value after</li>")
        .raw("<li><span class=\"sym bad\">┄</span> a conflict: sources disagree on one period</li>")
        .raw(
            "<li><span class=\"sym\">↗ ↘</span> a level reached by a rise or a fall (“grew to”, “cut to”)</li>")
        .raw("<li><span class=\"sym\">+ −</span> a change itself (“350 more”, “12% fewer”)</li>")
        .raw("</ul></figcaption></figure>");
    int all = f.observations().size(), start = Math.max(0, all - OBSERVATIONS);
    String csv = "/api/series/" + Html.url(id) + "/csv";
    h.raw("<h2>Observations</h2>");
    if (start > 0)
      h.raw("<p class=\"more\">")
          .text(
              "Showing the latest "
                  + Labels.shown(all - start, all, "observation", "observations")
                  + " (the chart draws every one)")
          .raw(" · ")
          .link(csv, "all of them as CSV")
          .raw("</p>");
    h.raw("<table class=\"observations\"><thead><tr><th>#</th><th>As of</th><th>Value</th>")
        .raw("<th>Status</th><th>Outlet</th><th>Said by</th><th>Evidence</th></tr></thead><tbody>");
    int n = start;
    for (Observation o : f.observations().subList(start, all)) {
      h.raw("<tr")
          .attr("id", "obs-" + n)
          .attr("class", "st-" + Fmt.or(o.status(), "current"))
          .attr("data-obs", String.valueOf(n))
          .attr("data-label", Fmt.value(o))
          .raw("><td>")
          .text(++n)
          .raw("</td><td>")
          .text(Fmt.or(o.asOf(), "undated"))
          .raw(" <span class=\"muted\">")
          .text(o.asOf() == null ? "" : asOfHow(o.asOfHow()))
          .raw("</span>")
          .raw(o.target() == null ? "" : "<br><span class=\"tag target\">target ")
          .text(o.target())
          .raw(o.target() == null ? "" : "</span>")
          .raw("</td><td class=\"num\">")
          .text(Fmt.value(o))
          .raw("</td><td>")
          .text(o.status())
          .raw("</td><td>")
          .text(Fmt.outlet(o.outlet()));
      org.sitrep.store.ArticleRef ref = refs.get(o.docId());
      if (ref != null) Fmt.language(h, ref.language());
      h.raw("</td><td>")
          .text(Fmt.or(o.attributedTo(), ""))
          .raw("</td><td>")
          .link(Fmt.at(o.docId(), o.start()), Fmt.or(o.evidence(), o.text()))
          .raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    if (!f.changes().isEmpty()) {
      List<FactSeries.Change> changes = latest(f.changes());
      h.raw("<h2>Changes</h2>");
      Articles.more(h, changes.size(), f.changes().size(), "change", "/api/series/" + Html.url(id));
      h.raw("<ul>");
      for (FactSeries.Change c : changes) {
        h.raw("<li>")
            .text(c.status())
            .raw(": ")
            .text(Fmt.num(c.before()))
            .raw(" → ")
            .text(Fmt.num(c.after()))
            .raw(" (observations ");
        obs(h, c.from(), start);
        h.raw(" → ");
        obs(h, c.to(), start);
        h.raw(")</li>");
      }
      h.raw("</ul>");
    }
    if (!f.conflicts().isEmpty()) {
      List<FactSeries.Conflict> conflicts = latest(f.conflicts());
      h.raw("<h2>Sources disagree</h2>");
      Articles.more(
          h, conflicts.size(), f.conflicts().size(), "conflict", "/api/series/" + Html.url(id));
      h.raw("<ul>");
      for (FactSeries.Conflict c : conflicts) {
        h.raw("<li>").text(c.period()).raw(": observations ");
        obs(h, c.a(), start);
        h.raw(" and ");
        obs(h, c.b(), start);
        h.raw(" — ").text(c.why()).raw("</li>");
      }
      h.raw("</ul>");
    }
    if (!f.linked().isEmpty()) {
      h.raw("<h2>Linked series</h2><ul>");
      for (var k : f.linked())
        h.raw("<li>").link("/series/" + SeriesIds.of(k), k.label()).raw("</li>");
      h.raw("</ul>");
    }
    return Layout.page(f.key().label(), "", h, Layout.CHART_JS);
  }
}

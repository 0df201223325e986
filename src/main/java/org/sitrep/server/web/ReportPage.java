package org.sitrep.server.web;

import java.util.List;
import org.sitrep.report.Brief;
import org.sitrep.report.Labels;

/** A situation report as a page: the brief's sections, each citation a link to its source below. */
public final class ReportPage {
  private ReportPage() {}

  /**
   * {@code query} is the report's own query string ("story=s1"), for the Markdown download link.
   */
  public static String render(Brief b, String query) {
    Html h = new Html();
    h.raw("<h1>Situation report: ")
        .text(b.title())
        .raw("</h1><p class=\"lead\">")
        .text(b.scope())
        .raw(" · ")
        .text(b.articles())
        .raw(b.articles() == 1 ? " article" : " articles");
    if (b.reports() > 0) h.raw(" (").text(Labels.count(b.reports(), "distinct report")).raw(")");
    if (!b.outlets().isEmpty()) h.raw(" from ").text(Labels.count(b.outlets().size(), "outlet"));
    if (b.first() != null)
      h.raw(" · ")
          .text(b.first())
          .raw(b.first().equals(b.last()) ? "" : " to ")
          .text(b.first().equals(b.last()) ? "" : b.last());
    h.raw(" · ").link("/report.md?" + query, "Download as Markdown").raw("</p>");
    if (b.truncated()) {
      h.raw(
              "<p class=\"muted\">Events and outlets are read from the latest articles only; figures, people and")
          .raw(" statements from all of them.</p>");
    }

    h.raw("<section><h2>Key figures</h2>");
    if (b.figures().isEmpty())
      h.raw("<p class=\"empty\">No figures in these articles follow a series.</p>");
    else {
      h.raw("<ul class=\"brief-figures\">");
      for (Brief.Figure f : b.figures()) {
        h.raw("<li><strong>")
            .link("/series/" + Html.url(f.seriesId()), f.series())
            .raw("</strong>: ");
        if (f.latest() != null) value(h, f.latest());
        if (f.plan() != null) {
          if (f.latest() != null) h.raw("; ");
          value(h, f.plan());
        }
        if (!f.before().isEmpty()) {
          h.raw("; earlier ");
          for (int i = 0; i < f.before().size(); i++) {
            if (i > 0) h.raw(", ");
            value(h, f.before().get(i));
          }
        }
        h.raw(" <span class=\"muted\">")
            .text(Labels.count(f.observations(), "report"))
            .raw("</span>");
        Brief.Value shown = f.latest() != null ? f.latest() : f.plan();
        if (shown != null && shown.evidence() != null) {
          h.raw("<blockquote>").text(shown.evidence()).raw(" ");
          cite(h, shown.source());
          h.raw("</blockquote>");
        }
        for (Brief.Conflict c : f.conflicts()) {
          h.raw("<p class=\"conflict\">Sources disagree on ")
              .text(c.period())
              .raw(": ")
              .text(c.why())
              .raw(" ");
          cite(h, c.source());
          cite(h, c.otherSource());
          h.raw("</p>");
        }
        int more = b.more(Brief.conflictsOf(f.seriesId()), f.conflicts().size());
        if (more > 0)
          h.raw("<p class=\"more\">")
              .text("and " + Labels.count(more, "more conflict", "more conflicts") + " · ")
              .link("/series/" + Html.url(f.seriesId()), "see the series")
              .raw("</p>");
        h.raw("</li>");
      }
      h.raw("</ul>");
    }
    Articles.more(
        h, b.figures().size(), b.total("figures", b.figures().size()), "figure", "/series");
    h.raw("</section>");

    h.raw("<section><h2>Who is involved</h2>");
    if (b.people().isEmpty()) h.raw("<p class=\"muted\">No people named.</p>");
    else {
      h.raw("<ul>");
      for (Brief.Person p : b.people()) {
        h.raw("<li><strong>")
            .link("/entities/" + Html.url(p.entityId()), p.name())
            .raw("</strong>");
        if (!p.roles().isEmpty()) h.raw(" — ").text(String.join("; ", p.roles()));
        h.raw(" <span class=\"muted\">in ")
            .text(p.articles())
            .raw(p.articles() == 1 ? " article" : " articles");
        if (p.quotes() > 0)
          h.raw(", ").text(p.quotes()).raw(p.quotes() == 1 ? " statement" : " statements");
        h.raw("</span></li>");
      }
      h.raw("</ul>");
    }
    Articles.more(
        h, b.people().size(), b.total("people", b.people().size()), "person", rest(query, null));
    named(h, "Organisations", b.organisations());
    Articles.more(
        h,
        b.organisations().size(),
        b.total("organisations", b.organisations().size()),
        "organisation",
        rest(query, null));
    named(h, "Places", b.places());
    Articles.more(
        h, b.places().size(), b.total("places", b.places().size()), "place", rest(query, null));
    h.raw("</section>");

    h.raw("<section><h2>What was said</h2>");
    if (b.said().isEmpty()) h.raw("<p class=\"muted\">No attributed quotes.</p>");
    for (Brief.Said s : b.said()) {
      h.raw("<blockquote class=\"said\"><strong>")
          .text(s.speaker())
          .raw("</strong>: “")
          .text(s.text())
          .raw("” ");
      cite(h, s.source());
      if (s.renderings() > 1)
        h.raw(" <span class=\"muted\">").text(s.renderings()).raw(" renderings</span>");
      h.raw("</blockquote>");
    }
    Articles.more(
        h, b.said().size(), b.total("said", b.said().size()), "statement", rest(query, "quote"));
    h.raw("</section>");

    h.raw("<section><h2>What happened</h2>");
    if (b.happened().isEmpty())
      h.raw("<p class=\"muted\">No events with an actor and a target or place.</p>");
    else {
      h.raw(
              "<table class=\"timeline\"><thead><tr><th>When</th><th>What</th><th>Status</th><th>Evidence</th>")
          .raw("</tr></thead><tbody>");
      for (Brief.Happened e : b.happened()) {
        h.raw("<tr><td>")
            .text(Fmt.or(e.date(), "undated"))
            .raw("</td><td>")
            .text(e.what())
            .raw("</td><td>")
            .text(e.status())
            .raw("</td><td>")
            .text(Fmt.or(e.evidence(), ""))
            .raw(" ");
        cite(h, e.source());
        h.raw("</td></tr>");
      }
      h.raw("</tbody></table>");
    }
    Articles.more(
        h,
        b.happened().size(),
        b.total("happened", b.happened().size()),
        "event",
        rest(query, "event"));
    h.raw("</section>");

    if (!b.byOutlet().isEmpty()) {
      h.raw("<section><h2>How outlets tell it</h2><ul>");
      for (Brief.OutletLine o : b.byOutlet()) {
        h.raw("<li><strong>")
            .text(o.outlet())
            .raw("</strong> <span class=\"muted\">")
            .text(o.articles())
            .raw(o.articles() == 1 ? " article" : " articles")
            .raw("</span><ul>");
        for (Brief.Marker f : o.framing()) {
          h.raw("<li><span class=\"tag\">")
              .text(f.kind())
              .raw("</span> “")
              .text(f.text())
              .raw("” <span class=\"muted\">")
              .text(f.why())
              .raw("</span> ");
          cite(h, f.source());
          h.raw("</li>");
        }
        if (!o.leavesOut().isEmpty())
          h.raw("<li>leaves out: ").text(String.join("; ", o.leavesOut())).raw("</li>");
        if (o.framing().isEmpty() && o.leavesOut().isEmpty()) {
          h.raw(
              "<li class=\"muted\">no framing markers; leaves out no figure that two others report</li>");
        }
        h.raw("</ul></li>");
      }
      h.raw("</ul></section>");
    }

    h.raw("<section><h2>Sources</h2><ol class=\"sources\">");
    for (Brief.Source s : b.sources()) {
      h.raw("<li")
          .attr("id", "src-" + s.n())
          .raw(">")
          .text(Fmt.or(s.published(), "undated"))
          .raw(" · ")
          .text(Fmt.outlet(s.outlet()));
      Fmt.language(h, s.language());
      h.raw(" · ")
          .link("/documents/" + Html.url(s.docId()), Fmt.or(s.title(), "(article not stored)"));
      if (s.url() != null)
        h.raw(" <span class=\"muted\">").text(sourceShown(s.url())).raw("</span>");
      h.raw("</li>");
    }
    h.raw("</ol></section>");
    return Layout.page("Report: " + b.title(), "", h);
  }

  private static void value(Html h, Brief.Value v) {
    h.text(v.value()).raw(" ").text(v.status());
    if (v.target() != null) h.raw(", by ").text(v.target());
    h.raw(v.asOf() == null ? ", undated" : ", as of ").text(v.asOf() == null ? "" : v.asOf());
    if (v.attributedTo() != null) h.raw(", according to ").text(v.attributedTo());
    h.raw(" ");
    cite(h, v.source());
  }

  /**
   * Where the rest of a cut list is: the story's page (its timeline filtered to {@code kind} when
   * given), the entity's page, or the search.
   */
  static String rest(String query, String kind) {
    if (query == null) return null;
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      if (eq < 0) continue;
      String k = part.substring(0, eq), v = part.substring(eq + 1);
      if (k.equals("story"))
        return "/stories/" + v + (kind == null ? "" : "?kind=" + kind + "#timeline");
      if (k.equals("entity")) return "/entities/" + v;
      if (k.equals("q")) return "/search?q=" + v;
    }
    return null;
  }

  private static void cite(Html h, int n) {
    h.raw("<a class=\"cite\"").attr("href", "#src-" + n).raw(">[").text(n).raw("]</a>");
  }

  private static void named(Html h, String what, List<Brief.Named> named) {
    if (named.isEmpty()) return;
    h.raw("<p><strong>").text(what).raw(":</strong> ");
    for (int i = 0; i < named.size(); i++) {
      if (i > 0) h.raw(", ");
      h.link("/entities/" + Html.url(named.get(i).entityId()), named.get(i).name())
          .raw(" <span class=\"muted\">(")
          .text(named.get(i).articles())
          .raw(")</span>");
    }
    h.raw("</p>");
  }

  /**
   * A source's address as a report shows it: a web address whole, a file by its name only (the
   * server's directories are not the reader's business).
   */
  static String sourceShown(String url) {
    if (url.matches("(?i)https?://.*")) return url;
    String name = url.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }
}

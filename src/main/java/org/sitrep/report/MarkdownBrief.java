package org.sitrep.report;

import java.util.List;

/**
 * A {@link Brief} as Markdown, to paste into a memo or a wiki: sections as headings, figures and
 * people as lists, sources cited as {@code [n]} and listed at the end. Article text is escaped so
 * that it cannot open a link, an image or raw HTML in whatever renders the Markdown.
 */
public final class MarkdownBrief {
  private MarkdownBrief() {}

  public static String render(Brief b) {
    StringBuilder m = new StringBuilder();
    m.append("# Situation report: ").append(esc(b.title())).append("\n\n");
    m.append(esc(b.scope()))
        .append(" · ")
        .append(b.articles())
        .append(b.articles() == 1 ? " article" : " articles");
    if (b.reports() > 0)
      m.append(" (").append(Labels.count(b.reports(), "distinct report")).append(")");
    if (!b.outlets().isEmpty())
      m.append(" from ")
          .append(b.outlets().size())
          .append(b.outlets().size() == 1 ? " outlet" : " outlets");
    if (b.first() != null)
      m.append(" · ").append(b.first()).append(b.last().equals(b.first()) ? "" : " to " + b.last());
    m.append('\n');
    if (b.truncated()) {
      m.append("\nEvents and outlets are read from the latest ")
          .append(Brief.MAX_ARTICLES)
          .append(" articles; figures, people and statements from all of them.\n");
    }

    if (!b.figures().isEmpty()) {
      m.append("\n## Key figures\n\n");
      for (Brief.Figure f : b.figures()) {
        m.append("- **").append(esc(f.series())).append("**");
        if (f.latest() != null) m.append(": ").append(value(f.latest()));
        if (f.plan() != null) m.append(f.latest() == null ? ": " : "; ").append(value(f.plan()));
        if (!f.before().isEmpty()) {
          m.append("; earlier ");
          for (int i = 0; i < f.before().size(); i++)
            m.append(i == 0 ? "" : ", ").append(value(f.before().get(i)));
        }
        m.append(" · ").append(Labels.count(f.observations(), "report")).append('\n');
        Brief.Value shown = f.latest() != null ? f.latest() : f.plan();
        if (shown != null && shown.evidence() != null) {
          m.append("  > ")
              .append(esc(shown.evidence()))
              .append(" [")
              .append(shown.source())
              .append("]\n");
        }
        for (Brief.Conflict c : f.conflicts()) {
          m.append("  - sources disagree on ")
              .append(esc(c.period()))
              .append(": ")
              .append(esc(c.why()))
              .append(" [")
              .append(c.source())
              .append(", ")
              .append(c.otherSource())
              .append("]\n");
        }
        int more = b.more(Brief.conflictsOf(f.seriesId()), f.conflicts().size());
        if (more > 0)
          m.append("  - and ")
              .append(more)
              .append(more == 1 ? " more conflict" : " more conflicts")
              .append('\n');
      }
    }

    more(m, b.more("figures", b.figures().size()), "figure", "figures");

    if (!b.people().isEmpty() || !b.organisations().isEmpty() || !b.places().isEmpty()) {
      m.append("\n## Who is involved\n\n");
      for (Brief.Person p : b.people()) {
        m.append("- **").append(esc(p.name())).append("**");
        if (!p.roles().isEmpty()) m.append(" — ").append(esc(String.join("; ", p.roles())));
        m.append(" · in ")
            .append(p.articles())
            .append(p.articles() == 1 ? " article" : " articles");
        if (p.quotes() > 0)
          m.append(", ").append(p.quotes()).append(p.quotes() == 1 ? " statement" : " statements");
        m.append('\n');
      }
      more(m, b.more("people", b.people().size()), "person", "people");
      named(
          m, "Organisations", b.organisations(), b.more("organisations", b.organisations().size()));
      named(m, "Places", b.places(), b.more("places", b.places().size()));
    }

    if (!b.said().isEmpty()) {
      m.append("\n## What was said\n\n");
      for (Brief.Said s : b.said()) {
        m.append("- **")
            .append(esc(s.speaker()))
            .append("**: “")
            .append(esc(clip(s.text(), 400)))
            .append("” [")
            .append(s.source())
            .append("]");
        if (s.renderings() > 1) m.append(" (").append(s.renderings()).append(" renderings)");
        m.append('\n');
      }
      more(m, b.more("said", b.said().size()), "statement", "statements");
    }

    if (!b.happened().isEmpty()) {
      m.append("\n## What happened\n\n");
      for (Brief.Happened h : b.happened()) {
        m.append("- ")
            .append(h.date() == null ? "undated" : h.date())
            .append(" · ")
            .append(esc(h.what()))
            .append(" · ")
            .append(h.status())
            .append(" [")
            .append(h.source())
            .append("]\n");
        if (h.evidence() != null)
          m.append("  > ").append(esc(clip(h.evidence(), 300))).append('\n');
      }
      more(m, b.more("happened", b.happened().size()), "event", "events");
    }

    if (!b.byOutlet().isEmpty()) {
      m.append("\n## How outlets tell it\n\n");
      for (Brief.OutletLine o : b.byOutlet()) {
        m.append("- **")
            .append(esc(o.outlet()))
            .append("** (")
            .append(o.articles())
            .append(o.articles() == 1 ? " article" : " articles")
            .append(")");
        if (o.framing().isEmpty() && o.leavesOut().isEmpty())
          m.append(": no framing markers; leaves out no figure that two others report");
        m.append('\n');
        for (Brief.Marker f : o.framing()) {
          m.append("  - ")
              .append(f.kind())
              .append(": “")
              .append(esc(f.text()))
              .append("” — ")
              .append(esc(f.why()))
              .append(" [")
              .append(f.source())
              .append("]\n");
        }
        if (!o.leavesOut().isEmpty())
          m.append("  - leaves out: ").append(esc(String.join("; ", o.leavesOut()))).append('\n');
      }
    }

    if (!b.sources().isEmpty()) {
      m.append("\n## Sources\n\n");
      for (Brief.Source s : b.sources()) {
        m.append(s.n())
            .append(". ")
            .append(s.published() == null ? "undated" : s.published())
            .append(" · ")
            .append(esc(s.outlet() == null ? "unknown outlet" : s.outlet()));
        if (Labels.language(s.language()) != null)
          m.append(" · ").append(esc(Labels.language(s.language())));
        m.append(" · ").append(esc(s.title() == null ? "(article not stored)" : s.title()));
        if (s.url() != null)
          m.append(" · <").append(s.url().replace(">", "%3E").replace(" ", "%20")).append('>');
        m.append(" · document ").append(s.docId()).append('\n');
      }
    }
    return m.toString();
  }

  /** "- and 3 more statements" under a list that stops before its end. */
  private static void more(StringBuilder m, int more, String one, String many) {
    if (more > 0)
      m.append("- and ").append(Labels.count(more, "more " + one, "more " + many)).append('\n');
  }

  private static void named(StringBuilder m, String what, List<Brief.Named> named, int more) {
    if (named.isEmpty()) return;
    m.append("\n").append(what).append(": ");
    for (int i = 0; i < named.size(); i++) {
      m.append(i == 0 ? "" : ", ")
          .append(esc(named.get(i).name()))
          .append(" (")
          .append(named.get(i).articles())
          .append(')');
    }
    if (more > 0) m.append(" and ").append(more).append(" more");
    m.append('\n');
  }

  /** "≤350 planned, by 2027, as of 2024-04-08, according to Pistorius [3]". */
  private static String value(Brief.Value v) {
    StringBuilder s = new StringBuilder(esc(v.value())).append(' ').append(v.status());
    if (v.target() != null) s.append(", by ").append(v.target());
    s.append(v.asOf() == null ? ", undated" : ", as of " + v.asOf());
    if (v.attributedTo() != null) s.append(", according to ").append(esc(v.attributedTo()));
    return s.append(" [").append(v.source()).append(']').toString();
  }

  private static String clip(String s, int max) {
    return org.sitrep.model.ArticleName.clip(s, max);
  }

  /**
   * Markdown's own characters in article text become literal, and line breaks spaces, so text stays
   * text.
   */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') b.append(' ');
      else if ("\\`*_[]<>~".indexOf(c) >= 0 || (i == 0 && "#+-".indexOf(c) >= 0))
        b.append('\\').append(c);
      else b.append(c);
    }
    return b.toString();
  }
}

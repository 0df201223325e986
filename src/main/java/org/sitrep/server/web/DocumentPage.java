package org.sitrep.server.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;
import org.sitrep.resolve.framing.FramingMarker;

/**
 * A document's text with entities, times, quantities and quotes highlighted, and what was extracted
 * beside it. Every offset any finding points at carries an anchor {@code #o<offset>}, so links from
 * timelines and series land on it.
 */
public final class DocumentPage {
  private DocumentPage() {}

  /**
   * A highlighted span; quotes enclose the others, so spans nest; one that crosses another is left
   * unmarked.
   */
  record Mark(int start, int end, String css, String title) {}

  public static String render(Annotated a, String storyId, List<FramingMarker> framing) {
    Document d = a.document();
    Html h = new Html();
    h.raw("<h1>")
        .text(org.sitrep.model.ArticleName.of(d.title(), d.body(), 200))
        .raw("</h1><p class=\"lead\">")
        .text(Fmt.outlet(d.outlet()))
        .raw(" · ")
        .text(Fmt.or(d.published().value(), "undated"));
    // how the date was found, when there is one
    if (d.published().value() != null)
      h.raw(" <span class=\"muted\">(").text(d.published().how().json()).raw(")</span>");
    Fmt.language(h, d.language());
    if (d.label() != null) h.raw(" · ").text(d.label());
    if (storyId != null) h.raw(" · ").link("/stories/" + Html.url(storyId), "its story");
    h.raw(" · ").link("/api/documents/" + Html.url(d.id()), "JSON").raw("</p>");
    h.raw("<p class=\"legend\"><mark class=\"ent\">entity</mark> <mark class=\"time\">time</mark> ")
        .raw(
            "<mark class=\"qty\">quantity</mark> <span class=\"quote\">quote</span> <mark class=\"frame\">framing</mark></p>");
    h.raw("<div class=\"docview\"><article class=\"body\">");
    body(h, a, framing);
    h.raw("</article><aside class=\"extracted\">");
    side(h, a, framing);
    h.raw("</aside></div>");
    return Layout.page(org.sitrep.model.ArticleName.of(d), "", h);
  }

  private static List<Mark> marks(Annotated a, List<FramingMarker> framing) {
    List<Mark> m = new ArrayList<>();
    for (Quote q : a.quotes())
      m.add(
          new Mark(
              q.start(), q.end(), "quote", "quote · " + Fmt.or(q.speaker(), "unknown speaker")));
    for (Mention e : a.entities()) {
      m.add(
          new Mark(
              e.start(),
              e.end(),
              "ent ent-" + e.type().toLowerCase(java.util.Locale.ROOT),
              e.type()
                  + (e.canonical() == null ? "" : " · " + e.canonical())
                  + (e.role() == null ? "" : " · " + e.role())));
    }
    for (TimeExpr t : a.times()) m.add(new Mark(t.start(), t.end(), "time", "time · " + t.value()));
    for (Quantity q : a.quantities()) {
      m.add(
          new Mark(
              q.start(),
              q.end(),
              "qty",
              "quantity · " + q.bound().json() + (q.counted() == null ? "" : " · " + q.counted())));
    }
    for (FramingMarker f : framing)
      m.add(new Mark(f.start(), f.end(), "frame", f.kind() + " · " + f.why()));
    int len = a.body().length();
    m.removeIf(x -> x.start() < 0 || x.end() > len || x.end() <= x.start());
    m.sort(
        Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed()));
    return m;
  }

  private static void body(Html h, Annotated a, List<FramingMarker> framing) {
    String body = a.body();
    TreeSet<Integer> anchors = new TreeSet<>();
    for (Span s : a.sentences()) anchors.add(s.start());
    for (Event e : a.events()) anchors.add(e.start());
    List<Mark> marks = marks(a, framing);
    for (Mark m : marks) anchors.add(m.start());
    anchors.removeIf(o -> o < 0 || o > body.length());
    Deque<Mark> open = new ArrayDeque<>();
    int pos = 0, mi = 0;
    while (pos <= body.length()) {
      while (!open.isEmpty() && open.peek().end() == pos) {
        h.raw(closeTag(open.pop()));
      }
      if (anchors.contains(pos)) h.raw("<a class=\"anchor\" id=\"o" + pos + "\"></a>");
      while (mi < marks.size() && marks.get(mi).start() == pos) {
        Mark m = marks.get(mi++);
        if (!open.isEmpty() && m.end() > open.peek().end())
          continue; // crosses its container: leave unmarked
        h.raw(m.css().equals("quote") ? "<span" : "<mark")
            .attr("class", m.css())
            .attr("title", m.title())
            .raw(">");
        open.push(m);
      }
      while (mi < marks.size() && marks.get(mi).start() < pos) mi++;
      if (pos == body.length()) break;
      int next = body.length();
      Integer na = anchors.higher(pos);
      if (na != null) next = Math.min(next, na);
      if (mi < marks.size()) next = Math.min(next, marks.get(mi).start());
      if (!open.isEmpty()) next = Math.min(next, open.peek().end());
      paragraphs(h, body.substring(pos, next));
      pos = next;
    }
    while (!open.isEmpty()) h.raw(closeTag(open.pop()));
  }

  private static String closeTag(Mark m) {
    return m.css().equals("quote") ? "</span>" : "</mark>";
  }

  private static void paragraphs(Html h, String text) {
    int i = 0;
    while (true) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        h.text(text.substring(i));
        return;
      }
      h.text(text.substring(i, nl)).raw("<br>");
      i = nl + 1;
    }
  }

  private static void side(Html h, Annotated a, List<FramingMarker> framing) {
    String id = a.document().id();
    h.raw("<h2>Entities</h2><ul>");
    for (Mention m : a.entities()) {
      h.raw("<li>")
          .link(Fmt.at(id, m.start()), m.text())
          .raw(" <span class=\"muted\">")
          .text(m.type())
          .raw(m.role() == null ? "" : " · ")
          .text(m.role())
          .raw("</span>");
      if (m.entityId() != null) h.raw(" ").link("/entities/" + Html.url(m.entityId()), "→");
      h.raw("</li>");
    }
    h.raw("</ul><h2>Times</h2><ul>");
    for (TimeExpr t : a.times()) {
      h.raw("<li>")
          .link(Fmt.at(id, t.start()), t.text())
          .raw(" <span class=\"muted\">")
          .text(t.value())
          .raw("</span></li>");
    }
    h.raw("</ul><h2>Quantities</h2><ul>");
    for (Quantity q : a.quantities()) {
      h.raw("<li>")
          .link(Fmt.at(id, q.start()), q.text())
          .raw(" <span class=\"muted\">")
          .text(q.bound().json())
          .raw(q.approximate() ? " · approximate" : "")
          .raw(q.counted() == null ? "" : " · ")
          .text(q.counted())
          .raw("</span></li>");
    }
    h.raw("</ul><h2>Quotes</h2><ul>");
    for (Quote q : a.quotes()) {
      h.raw("<li>")
          .link(Fmt.at(id, q.start()), "“" + q.text() + "”")
          .raw(" — ")
          .text(Fmt.or(q.speaker(), "unknown"))
          .raw("</li>");
    }
    h.raw("</ul><h2>Events</h2><ul>");
    for (Event e : a.events()) {
      h.raw("<li>")
          .link(Fmt.at(id, e.start()), e.type())
          .raw(" <span class=\"muted\">")
          .text(Fmt.or(e.actor(), "?"))
          .raw(e.target() == null ? "" : " → ")
          .text(e.target())
          .raw(" · ")
          .text(e.status().json())
          .raw("</span></li>");
    }
    h.raw("</ul><h2>Framing</h2><ul>");
    for (FramingMarker f : framing) {
      h.raw("<li>")
          .link(Fmt.at(id, f.start()), f.text())
          .raw(" <span class=\"muted\">")
          .text(f.kind())
          .raw(" · ")
          .text(f.why())
          .raw("</span></li>");
    }
    h.raw("</ul>");
    if (!a.diagnostics().isEmpty()) {
      h.raw("<h2>Diagnostics</h2><ul>");
      a.diagnostics()
          .forEach(g -> h.raw("<li>").text(g.stage()).raw(": ").text(g.message()).raw("</li>"));
      h.raw("</ul>");
    }
  }
}

package org.sitrep.server.web;

import java.util.List;
import java.util.Map;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.store.ArticleRef;

/**
 * Articles where a page lists them: by their name ({@link org.sitrep.model.ArticleName}) with their
 * outlet, date and language, never by id; a cut list says how many it shows of how many and links
 * to the rest.
 */
final class Articles {
  private Articles() {}

  /** One article: its name as a link, then its outlet and date. */
  static void one(Html h, String id, ArticleRef r) {
    h.link("/documents/" + Html.url(id), r == null ? "(article not stored)" : r.name());
    if (r != null) {
      h.raw(" <span class=\"muted\">")
          .text(Fmt.outlet(r.outlet()))
          .raw(" · ")
          .text(Fmt.or(r.published(), "undated"));
      Fmt.language(h, r.language());
      h.raw("</span>");
    }
  }

  /**
   * A list of at most {@code max} of {@code ids}; when cut, "N of M articles" and a link to the
   * rest ({@code rest}, may be null).
   */
  static void list(Html h, Situations x, List<String> ids, int max, String rest) {
    List<String> shown = ids.size() > max ? ids.subList(0, max) : ids;
    Map<String, ArticleRef> refs = x.refs(shown);
    h.raw("<ul class=\"articles\">");
    for (String id : shown) {
      h.raw("<li>");
      one(h, id, refs.get(id));
      h.raw("</li>");
    }
    h.raw("</ul>");
    more(h, shown.size(), ids.size(), "article", rest);
  }

  /** Compact: up to {@code max} names separated by semicolons, then "and N more". */
  static void inline(Html h, Map<String, ArticleRef> refs, List<String> ids, int max, String rest) {
    shown(h, refs, ids.size() > max ? ids.subList(0, max) : ids, ids.size(), rest);
  }

  /**
   * Compact: these names ({@code shown}) separated by semicolons, then "and N more" of {@code
   * total}.
   */
  static void shown(
      Html h, Map<String, ArticleRef> refs, List<String> shown, int total, String rest) {
    List<String> ids = shown;
    int n = 0;
    for (String id : ids) {
      if (n++ > 0) h.raw("; ");
      ArticleRef r = refs.get(id);
      h.link(
          "/documents/" + Html.url(id),
          r == null ? "(article not stored)" : org.sitrep.model.ArticleName.clip(r.name(), 60));
      if (r != null && (r.outlet() != null || Labels.language(r.language()) != null)) {
        h.raw(" <span class=\"muted\">").text(Fmt.outlet(r.outlet()));
        Fmt.language(h, r.language());
        h.raw("</span>");
      }
    }
    if (total > n) {
      h.raw(" ");
      if (rest == null) h.raw("<span class=\"muted\">and ").text(total - n).raw(" more</span>");
      else h.link(rest, "and " + (total - n) + " more");
    }
  }

  /** "Showing N of M things · all" when a list was cut; nothing when it was not. */
  static void more(Html h, int shown, int total, String one, String rest) {
    more(h, shown, total, one, Labels.plural(one), rest);
  }

  static void more(Html h, int shown, int total, String one, String many, String rest) {
    if (shown >= total) return;
    h.raw("<p class=\"more\">").text("Showing " + Labels.shown(shown, total, one, many));
    if (rest != null) h.raw(" · ").link(rest, "see all");
    h.raw("</p>");
  }
}

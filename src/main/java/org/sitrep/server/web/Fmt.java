package org.sitrep.server.web;

import org.sitrep.report.Labels;
import org.sitrep.resolve.fact.Observation;

/**
 * Small shared renderings: a reported value with its bound, a link to the sentence behind a
 * finding.
 */
final class Fmt {
  private Fmt() {}

  /**
   * The value as reported, bound, approximation and direction kept visible: as the CLI and briefs
   * write it.
   */
  static String value(Observation o) {
    return Labels.value(o);
  }

  static String num(double d) {
    return Labels.number(d);
  }

  /** The document page, scrolled to the finding at {@code offset}. */
  static String at(String docId, int offset) {
    return "/documents/" + Html.url(docId) + "#o" + offset;
  }

  /**
   * " · German" after an article's outlet and date: its stored language, marked so pages and tests
   * find it; nothing when the language is not known.
   */
  static void language(Html h, String code) {
    String name = Labels.language(code);
    if (name == null) return;
    h.raw(" · <span class=\"lang\"").attr("lang", code).attr("title", "language").raw(">");
    h.text(name).raw("</span>");
  }

  static String or(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }

  /** An article's outlet as pages name it, "unknown outlet" when it has none. */
  static String outlet(String outlet) {
    return or(outlet, "unknown outlet");
  }
}

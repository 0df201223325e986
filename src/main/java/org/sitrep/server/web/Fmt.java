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

  static String or(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }
}

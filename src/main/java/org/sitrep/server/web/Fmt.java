package org.sitrep.server.web;

import org.sitrep.model.Quantity;
import org.sitrep.resolve.fact.Observation;

/** Small shared renderings: a reported value with its bound, a link to the sentence behind a finding. */
final class Fmt {
  private Fmt() {}

  /** "≤ 350", "≥ 4,000", "~4,800", "300–500": the value as reported, bound and approximation kept visible. */
  static String value(Observation o) {
    String v = num(o.value());
    String s = switch (o.bound() == null ? Quantity.Bound.EXACT : o.bound()) {
      case AT_MOST -> "≤ " + v;
      case AT_LEAST -> "≥ " + v;
      case RANGE -> v + "–" + (o.valueMax() == null ? "?" : num(o.valueMax()));
      case EXACT -> v;
    };
    return (o.approximate() ? "~" : "") + s + (o.change() == null ? "" : " (" + o.change() + ")");
  }

  static String num(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.format("%,d", (long) d);
    return String.format("%,.2f", d);
  }

  /** The document page, scrolled to the finding at {@code offset}. */
  static String at(String docId, int offset) {
    return "/documents/" + Html.url(docId) + "#o" + offset;
  }

  static String or(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }
}

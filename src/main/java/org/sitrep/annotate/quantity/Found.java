package org.sitrep.annotate.quantity;

import java.util.List;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;

/**
 * A quantity while it is being built: its token range ({@code first..last}, with modifiers and
 * counted noun), the last token the scan consumed, and the fields of {@link Quantity}. Mutable and
 * local to one tagging call.
 */
final class Found {
  int first;
  int last;
  int consumed;
  double value;
  Double valueMax;
  String unit;
  String counted;
  boolean approximate;
  Bound bound = Bound.EXACT;
  String change;
  boolean words;
  boolean keep = true;

  /** A reading the guards turned down; the scan still skips its tokens. */
  static Found rejected(int last) {
    Found f = new Found();
    f.keep = false;
    f.consumed = last;
    return f;
  }

  Quantity toQuantity(List<Tok> toks, String text) {
    int s = toks.get(first).start();
    int e = toks.get(last).end();
    return new Quantity(
        s, e, text.substring(s, e), value, valueMax, unit, counted, approximate, bound, change);
  }
}

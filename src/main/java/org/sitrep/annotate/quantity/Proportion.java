package org.sitrep.annotate.quantity;

import java.util.List;

/**
 * A proportion written as a part in a whole, "one in five adults", "1 in 10 voters", "three in four
 * households", "nine out of ten doctors", "one in every four homes": read as a share in percent
 * (20, 10, 75) of the noun that follows, not as a count of the whole.
 */
final class Proportion {
  private Proportion() {}

  /**
   * The whole after "in" that follows the part {@code part}, or null when the words are not a
   * proportion: the part a whole number of at least one, the whole a larger whole number that is
   * neither a year ("one in 2019") nor a quantity with a unit ("one in ten minutes").
   */
  static Reading whole(List<Tok> toks, NumberReader reader, Reading part) {
    Tok in = at(toks, part.last() + 1);
    if (in == null || part.vague() || part.magnitude() != 1) return null;
    if (part.value() < 1 || part.value() != Math.rint(part.value())) return null;
    int j = part.last() + 2;
    // "nine out of ten doctors"
    Tok of = at(toks, j);
    if (in.is("out") && of != null && of.is("of")) j++;
    else if (!in.is("in")) return null;
    // "one in every five adults"
    Tok every = at(toks, j);
    if (every != null && every.is("every")) j++;
    Tok w = at(toks, j);
    if (w == null || !(w.isNum() || w.isWord())) return null;
    Reading whole = reader.read(j, false);
    if (whole == null
        || whole.vague()
        || whole.value() <= part.value()
        || whole.value() != Math.rint(whole.value())) return null;
    if (w.isNum()
        && whole.first() == whole.last()
        && w.text().matches("\\d{4}")
        && whole.value() >= 1000
        && whole.value() <= 2100) return null;
    if (Units.after(toks, whole.last() + 1, whole, false) != null) return null;
    return whole;
  }

  private static Tok at(List<Tok> toks, int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }
}

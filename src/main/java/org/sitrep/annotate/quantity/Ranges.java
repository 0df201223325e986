package org.sitrep.annotate.quantity;

import java.util.List;

/**
 * The upper end of a range after a number: "3-5", "3 to 5", "between 3 and 5", "two or three",
 * "$3-5bn", "between 2% and 3%", "40 km to 55 km". Not "rose from 3 to 5", which is two figures and
 * a change, and not "2022-23" or "2023-06-26".
 */
final class Ranges {
  private Ranges() {}

  static Reading end(List<Tok> toks, NumberReader reader, Reading r, boolean money) {
    int c0 = r.last() + 1;
    Tok c = at(toks, c0);
    // A unit after both ends: "2% to 3%", "40 km to 55 km", "between 40km and 55km".
    Units.Hit unitTwice = c == null || money ? null : Units.suffix(toks, c0);
    if (unitTwice != null) {
      c0 = unitTwice.edge() + 1;
      c = at(toks, c0);
    }
    if (c == null) return null;
    String w = c.lower();
    Tok before = at(toks, r.first() - (money ? 2 : 1));
    boolean between = before != null && before.is("between");
    boolean dash = w.equals("-") || w.equals("\u2013") || w.equals("\u2014") || w.equals("~");
    if (!(dash
        || w.equals("to")
        || w.equals("through")
        || w.equals("or")
        || (w.equals("and") && between))) return null;
    if (w.equals("to")
        && before != null
        && before.is("from")
        && Modifiers.verbChange(toks, r.first() - (money ? 2 : 1)) != null) return null;
    int k = c0 + 1;
    Tok n = at(toks, k);
    boolean signTwice = false;
    if (n != null && money && Units.prefix(toks, k + 1) != null && !n.isNum()) {
      n = at(toks, ++k); // "$3-$5bn"
      signTwice = true;
    }
    // "fell 12p to 345p", "rose $2.10 to $85.40": after a change verb, a figure written whole on
    // both
    // sides of "to" is the change and the level, not a range ("rose 3 to 5 percent" stays one).
    if (w.equals("to")
        && (unitTwice != null || signTwice)
        && Modifiers.verbChange(toks, r.first() - (money ? 1 : 0)) != null) return null;
    if (n == null || n.lineBefore() || (dash && !n.isNum())) return null;
    if (n.isNum() != toks.get(r.first()).isNum() && !money) return null;
    if (w.equals("or") && !(r.words() && n.isWord()))
      return null; // "two or three", not "2 or 3 of them"
    Reading r2 = reader.read(k, money);
    if (r2 == null || r2.vague()) return null;
    double v1 = r.magnitude() == 1 && r2.magnitude() > 1 ? r.value() * r2.magnitude() : r.value();
    if (r2.value() <= v1 && r2.value() <= r.value()) return null;
    if (TimeGuard.isYear(toks.get(r.first()).text())
        && (TimeGuard.isYear(n.text()) || n.text().length() == 2)) return null;
    Tok after = at(toks, k + 1);
    if (dash && after != null && !after.spaceBefore() && after.is("-")) return null;
    if (unitTwice != null) {
      Units.Hit second = Units.suffix(toks, r2.last() + 1);
      if (second == null || !Units.sameMeasure(second.unit(), unitTwice.unit())) return null;
    }
    return r2;
  }

  /**
   * The lower end, scaled by the upper end's magnitude when only that one has it: "3-5 million"
   * starts at 3 million.
   */
  static double lower(Reading r, Reading r2) {
    double v1 = r.value();
    return r2.magnitude() > 1 && r.magnitude() == 1 && v1 * r2.magnitude() <= r2.value()
        ? v1 * r2.magnitude()
        : v1;
  }

  private static Tok at(List<Tok> toks, int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }
}

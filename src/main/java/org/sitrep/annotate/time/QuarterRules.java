package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.Map;

/**
 * Quarters and halves of a year: "the third quarter", "third-quarter", "Q3 2023", "the first half
 * of 2024", "this year's second quarter", "the year-ago quarter", "the quarter".
 */
final class QuarterRules {
  private QuarterRules() {}

  private static final Map<String, Integer> STEPS = Map.of("this", 0, "last", -1, "next", 1);

  /**
   * The words before the quarter: where the quarter words start, the year when they give one
   * ({@code -1} if not), whether that year came from the anchor, and a shift for "year-ago".
   */
  private record Head(int next, int year, boolean yearFromAnchor, int yearShift) {}

  /**
   * The quarter words: {@code n} is 1-4 (1-2 for halves), 0 for the running quarter, -1 for the one
   * just ended; {@code adjective} marks "third-quarter".
   */
  private record Core(int n, boolean half, int end, boolean adjective) {}

  static Match at(Text t, int i) {
    Head h = head(t, i);
    if (h == null) return null;
    Core c = core(t, i, h.next());
    if (c == null) return null;
    // "the third-quarter results": TimeML tags the adjective alone.
    if (c.adjective() && h.next() > i && h.year() < 0) return at(t, h.next());
    int k = c.end();
    int year = h.year();
    if ((t.is(k, "of") || t.is(k, ",")) && t.year(k + 1) > 0) {
      year = t.year(k + 1);
      k += 2;
    } else if (t.year(k) > 0) {
      year = t.year(k);
      k++;
    }
    boolean written = year > 0 && !h.yearFromAnchor();
    return c.n() <= 0
        ? unnamed(t, i, k, c.n(), year, h.yearShift())
        : named(t, i, k, c, year, written, h.yearShift());
  }

  private static Head head(Text t, int i) {
    int j = i;
    if (t.is(j, "the") || t.is(j, "this") || t.is(j, "that")) j++;
    int year = t.year(j);
    if (year > 0) j++;
    boolean fromAnchor = false;
    Integer step = STEPS.get(t.at(j));
    if (j == i
        && step != null
        && t.is(j + 1, "year")
        && (t.is(j + 2, "'") || t.is(j + 2, "\u2019"))
        && t.is(j + 3, "s")) {
      if (t.anchor == null) return null;
      year = t.anchor.getYear() + step;
      fromAnchor = true;
      j += 4;
    }
    int shift = 0;
    if (t.is(j, "year") && t.is(j + 1, "-") && (t.is(j + 2, "ago") || t.is(j + 2, "earlier"))) {
      shift = -1;
      j += 3;
    }
    if (t.is(j, "fiscal") || t.is(j, "calendar")) j = t.skipHyphen(j + 1);
    return new Head(j, year, fromAnchor, shift);
  }

  private static Core core(Text t, int i, int j) {
    if ((t.is(j, "q") || t.is(j, "h"))
        && t.attached(j + 1)
        && t.number(j + 1)
        && t.at(j + 1).length() == 1) {
      int n = Integer.parseInt(t.at(j + 1));
      boolean half = t.is(j, "h");
      return n >= 1 && n <= (half ? 2 : 4) ? new Core(n, half, j + 2, false) : null;
    }
    Integer ord = Lexicon.ORDINALS.get(t.at(j));
    boolean latest =
        t.is(j, "latest") || t.is(j, "last") || t.is(j, "current") || t.is(j, "recent");
    if (ord == null && !latest && !(j > i && t.is(j, "quarter"))) return null;
    int q = ord != null || latest ? t.skipHyphen(j + 1) : j;
    boolean adjective = q > j + 1;
    if (t.is(q, "quarter") && t.is(q + 1, "-") && t.attached(q + 1)) return null; // "quarter-to-"
    boolean period = t.is(q, "period") && latest && t.quarterShifted(i, 0) != null;
    if (t.is(q, "quarter") || period) {
      if (ord != null && ord > 4) return null;
      int n = ord != null ? ord : t.is(j, "current") ? 0 : -1;
      return new Core(n, false, q + 1, adjective);
    }
    if (t.is(q, "half") && ord != null && ord <= 2) return new Core(ord, true, q + 1, adjective);
    return null;
  }

  /** "the quarter" in a report is the one just ended; "the current quarter" is the running one. */
  private static Match unnamed(Text t, int i, int k, int n, int year, int shift) {
    String discussed = n < 0 && year < 0 && !latest(t, i, k) ? t.quarterShifted(i, shift) : null;
    if (discussed != null) return new Match(i, k, Match.DATE, discussed, true);
    if (t.anchor == null) return new Match(i, k, Match.DATE, "XXXX-QX", false);
    LocalDate base = Grain.QUARTER.shift(t.anchor, n < 0 ? -1 : 0);
    if (year > 0) base = base.withYear(year);
    return new Match(i, k, Match.DATE, Grain.QUARTER.format(Grain.YEAR.shift(base, shift)), true);
  }

  private static Match named(Text t, int i, int k, Core c, int year, boolean written, int shift) {
    if (year < 0 && t.anchor != null) {
      int base =
          c.half() ? t.anchor.getYear() : Resolve.yearOfQuarter(t.anchor, c.n(), t.future(i));
      year = base + shift;
    }
    String y = year < 0 ? "XXXX" : String.format("%04d", year);
    return new Match(i, k, Match.DATE, y + (c.half() ? "-H" : "-Q") + c.n(), !written && year > 0);
  }

  private static boolean latest(Text t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, "latest") || t.is(k, "recent") || t.is(k, "current")) return true;
    }
    return false;
  }
}

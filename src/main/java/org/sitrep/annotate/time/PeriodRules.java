package org.sitrep.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Named parts of a year: quarters ("the third quarter", "Q3 2023"), halves, seasons ("summer
 * 2022"), holidays.
 */
final class PeriodRules {
  private PeriodRules() {}

  private static final java.util.Map<String, Integer> STEPS =
      java.util.Map.of("this", 0, "last", -1, "next", 1);

  static Match at(Text t, int i) {
    Match m = RelativeRules.longer(quarter(t, i), season(t, i));
    m = RelativeRules.longer(m, yearAgo(t, i));
    return RelativeRules.longer(m, holiday(t, i));
  }

  /**
   * "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "Q3", "the first
   * half", "the quarter".
   */
  private static Match quarter(Text t, int i) {
    int j = i;
    if (t.is(j, "the") || t.is(j, "this") || t.is(j, "that")) j++;
    int yearShift = 0;
    int explicitYear = t.year(j);
    if (explicitYear > 0) j++;
    boolean yearFromAnchor = false;
    Integer step = STEPS.get(t.at(j));
    if (j == i
        && step != null
        && t.is(j + 1, "year")
        && (t.is(j + 2, "'") || t.is(j + 2, "\u2019"))
        && t.is(j + 3, "s")) {
      // "this year's third quarter", "next year's first half"
      if (t.anchor == null) return null;
      explicitYear = t.anchor.getYear() + step;
      yearFromAnchor = true;
      j += 4;
    }
    if ((t.is(j, "year") && t.is(j + 1, "-") && (t.is(j + 2, "ago") || t.is(j + 2, "earlier")))) {
      yearShift = -1;
      j += 3;
    }
    if (t.is(j, "fiscal") || t.is(j, "calendar")) j = t.skipHyphen(j + 1);
    int n;
    boolean half = false;
    int k;
    if (t.is(j, "q") && t.attached(j + 1) && t.number(j + 1) && t.at(j + 1).length() == 1) {
      n = Integer.parseInt(t.at(j + 1));
      k = j + 2;
      if (n < 1 || n > 4) return null;
    } else {
      Integer ord = Lexicon.ORDINALS.get(t.at(j));
      boolean latest =
          t.is(j, "latest") || t.is(j, "last") || t.is(j, "current") || t.is(j, "recent");
      if (ord == null && !latest && !(j > i && t.is(j, "quarter"))) return null;
      int q = ord != null || latest ? t.skipHyphen(j + 1) : j;
      if (t.is(q, "quarter") && t.is(q + 1, "-") && t.attached(q + 1))
        return null; // "quarter-to-quarter"
      if (t.is(q, "quarter") || t.is(q, "period") && latest && t.quarterShifted(i, 0) != null) {
        if (ord != null && ord > 4) return null;
        n = ord == null ? (latest && t.is(j, "current") ? 0 : -1) : ord;
      } else if (t.is(q, "half") && ord != null && ord <= 2) {
        n = ord;
        half = true;
      } else return null;
      k = q + 1;
      // "the third-quarter results": TimeML tags the adjective alone.
      if (q > j + 1 && j > i && explicitYear < 0) return quarter(t, j);
    }
    if ((t.is(k, "of") || t.is(k, ",")) && t.year(k + 1) > 0) {
      explicitYear = t.year(k + 1);
      k += 2;
    } else if (t.year(k) > 0) {
      explicitYear = t.year(k);
      k++;
    }
    String value;
    boolean anchored = explicitYear < 0 || yearFromAnchor;
    if (n <= 0) {
      // "the quarter" in a report is the one just ended; "the current quarter" is the running one.
      boolean plain = !latest(t, i, k);
      String discussed = n < 0 && explicitYear < 0 && plain ? t.quarterShifted(i, yearShift) : null;
      if (discussed != null) return new Match(i, k, Match.DATE, discussed, true);
      if (t.anchor == null) return new Match(i, k, Match.DATE, "XXXX-QX", false);
      LocalDate base = Grain.QUARTER.shift(t.anchor, n < 0 ? -1 : 0);
      if (explicitYear > 0) base = base.withYear(explicitYear);
      value = Grain.QUARTER.format(Grain.YEAR.shift(base, yearShift));
      return new Match(i, k, Match.DATE, value, true);
    }
    int year;
    if (explicitYear > 0) year = explicitYear;
    else if (t.anchor == null) year = -1;
    else
      year =
          (half ? t.anchor.getYear() : Resolve.yearOfQuarter(t.anchor, n, t.future(i))) + yearShift;
    String y = year < 0 ? "XXXX" : String.format("%04d", year);
    value = y + (half ? "-H" : "-Q") + n;
    return new Match(i, k, Match.DATE, value, anchored && year > 0);
  }

  private static boolean latest(Text t, int from, int to) {
    for (int k = from; k < to; k++)
      if (t.is(k, "latest") || t.is(k, "recent") || t.is(k, "current")) return true;
    return false;
  }

  /**
   * "the year-earlier period", "year-ago": the period under discussion a year before, or last year.
   */
  private static Match yearAgo(Text t, int i) {
    int j = t.is(i, "the") ? i + 1 : i;
    if (!t.is(j, "year")
        || !t.is(j + 1, "-")
        || !t.attached(j + 1)
        || !(t.is(j + 2, "earlier") || t.is(j + 2, "ago"))) return null;
    int end = j + 3;
    if (t.is(end, "period")) end++;
    else if (t.is(end, "quarter")) return null;
    else if (j > i) return null;
    String quarter = t.quarterShifted(i, -1);
    if (quarter != null) return new Match(i, end, Match.DATE, quarter, true);
    if (t.anchor == null) return new Match(i, end, Match.DATE, "XXXX", false);
    return new Match(i, end, Match.DATE, Integer.toString(t.anchor.getYear() - 1), true);
  }

  /** "summer", "the summer of 2022", "spring 2023" (this, last and next are relative rules). */
  private static Match season(Text t, int i) {
    int j = t.is(i, "the") ? i + 1 : i;
    String s = Lexicon.SEASONS.get(t.at(j));
    if (s == null) return null;
    int k = j + 1;
    int year = -1;
    if (t.is(k, "of") && t.year(k + 1) > 0) {
      year = t.year(k + 1);
      k += 2;
    } else if (t.year(k) > 0) {
      year = t.year(k);
      k++;
    }
    if (year > 0) return new Match(i, k, Match.DATE, year + "-" + s, false);
    // "fall" and "spring" are verbs and nouns too; bare seasons count only after "the", "in" or
    // "early/late".
    String p = t.at(j - 1);
    if (!(j > i
        || p.equals("in")
        || p.equals("early")
        || p.equals("late")
        || p.equals("mid")
        || p.equals("-")
        || p.equals("this")
        || p.equals("during"))) return null;
    if (s.equals("FA") && j > i && !t.is(i - 1, "in") && !t.is(i - 1, "this")) return null;
    if (t.anchor == null) return new Match(i, k, Match.DATE, "XXXX-" + s, false);
    return new Match(i, k, Match.DATE, t.anchor.getYear() + "-" + s, true);
  }

  /** Fixed and rule-based holidays: Christmas, New Year's Day, Independence Day, Thanksgiving. */
  private static Match holiday(Text t, int i) {
    if (i >= t.size() || !t.word(i).capitalised()) return null;
    String w = t.at(i);
    int k;
    String md = null;
    if (w.equals("christmas")) {
      if (t.is(i + 1, "eve")) {
        md = Lexicon.HOLIDAYS.get("christmas eve");
        k = i + 2;
      } else {
        md = Lexicon.HOLIDAYS.get("christmas");
        k = t.is(i + 1, "day") ? i + 2 : i + 1;
      }
    } else if (w.equals("new")
        && t.is(i + 1, "year")
        && (t.is(i + 2, "'") || t.is(i + 2, "\u2019"))
        && t.is(i + 3, "s")) {
      boolean eve = t.is(i + 4, "eve");
      md = eve ? Lexicon.HOLIDAYS.get("new year's eve") : Lexicon.HOLIDAYS.get("new year");
      k = i + 4;
      if (eve || t.is(k, "day")) k++;
      else return null;
    } else if (w.equals("independence") && t.is(i + 1, "day")) {
      md = Lexicon.HOLIDAYS.get("independence day");
      k = i + 2;
    } else if (w.equals("halloween")) {
      md = Lexicon.HOLIDAYS.get("halloween");
      k = i + 1;
    } else if (w.equals("thanksgiving")) {
      k = t.is(i + 1, "day") ? i + 2 : i + 1;
    } else return null;
    int year = t.year(k);
    if (year > 0) return new Match(i, k + 1, Match.DATE, holidayIn(year, md).toString(), false);
    if (t.anchor == null)
      return new Match(i, k, Match.DATE, md == null ? "XXXX-11" : "XXXX-" + md, false);
    int y = t.anchor.getYear();
    LocalDate now = holidayIn(y, md);
    LocalDate back = now.isAfter(t.anchor) ? holidayIn(y - 1, md) : now;
    LocalDate ahead = now.isAfter(t.anchor) ? now : holidayIn(y + 1, md);
    return new Match(
        i, k, Match.DATE, Resolve.pick(t.anchor, back, ahead, t.future(i)).toString(), true);
  }

  /**
   * A holiday in a year: a fixed MM-DD, or Thanksgiving (the fourth Thursday of November) when
   * {@code md} is null.
   */
  private static LocalDate holidayIn(int year, String md) {
    return md == null
        ? LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
        : LocalDate.parse(year + "-" + md);
  }
}

package org.sitrep.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Named parts of a year: quarters and halves, seasons ("summer 2022"), holidays ("Christmas"). */
final class PeriodRules {
  private PeriodRules() {}

  static Match at(Text t, int i) {
    Match m = Match.longer(QuarterRules.at(t, i), season(t, i));
    m = Match.longer(m, yearAgo(t, i));
    return Match.longer(m, holiday(t, i));
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

package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.Map;

/**
 * Dates counted from the anchor: "on Monday", "last June", "next week", "the coming year", "two
 * years ago".
 */
final class RelativeRules {
  private RelativeRules() {}

  private static final Map<String, Integer> STEPS =
      Map.ofEntries(
          Map.entry("this", 0),
          Map.entry("current", 0),
          Map.entry("last", -1),
          Map.entry("past", -1),
          Map.entry("previous", -1),
          Map.entry("next", 1),
          Map.entry("coming", 1),
          Map.entry("upcoming", 1),
          Map.entry("following", 1));

  static Match at(Text t, int i) {
    Match best = step(t, i);
    best = Match.longer(best, ago(t, i));
    return Match.longer(best, weekday(t, i));
  }

  /** this/last/next/coming + week, month, year, quarter, weekend, season, month name or weekday. */
  private static Match step(Text t, int i) {
    int j = i;
    boolean the = t.is(j, "the");
    if (the) j++;
    if (the && t.is(j, "weekend")) {
      // News says "over the weekend" of the one just past, or of the coming one in a future clause.
      if (t.anchor == null) return new Match(i, j + 1, Match.DATE, "XXXX-WXX-WE", false);
      boolean weekend = t.anchor.getDayOfWeek().getValue() >= 6;
      LocalDate d = t.future(i) || weekend ? t.anchor : t.anchor.minusWeeks(1);
      return new Match(i, j + 1, Match.DATE, Grain.WEEK.format(d) + "-WE", true);
    }
    Integer step = STEPS.get(t.at(j));
    if (step == null || (the && t.at(j).equals("this"))) return null;
    String w = t.at(j + 1);
    int end = j + 2;
    String unit = Lexicon.UNITS.get(w);
    Grain g = unit == null || w.endsWith("s") ? null : Grain.ofUnit(unit);
    if (g != null) {
      // "the next week" is a stretch of time; "the past week", like "last week", is read as the
      // calendar week.
      if (the && t.at(j).equals("next"))
        return new Match(i, end, Match.DURATION, Durations.value("1", unit), false);
      if (t.anchor == null) return new Match(i, end, Match.DATE, g.unknown(), false);
      return new Match(i, end, Match.DATE, g.format(g.shift(t.anchor, step)), true);
    }
    if (w.equals("weekend")) {
      if (t.anchor == null) return new Match(i, end, Match.DATE, "XXXX-WXX-WE", false);
      LocalDate d =
          Grain.WEEK.shift(
              t.anchor, step < 0 && t.anchor.getDayOfWeek().getValue() >= 6 ? -1 : step);
      return new Match(i, end, Match.DATE, Grain.WEEK.format(d) + "-WE", true);
    }
    if ((the && !(t.is(j, "previous") || t.is(j, "following")))
        || (the && !Lexicon.WEEKDAYS.containsKey(w))) return null;
    String season = Lexicon.SEASONS.get(w);
    if (season != null) {
      if (t.anchor == null) return new Match(i, end, Match.DATE, "XXXX-" + season, false);
      return new Match(
          i, end, Match.DATE, Resolve.yearOfSeason(t.anchor, season, step) + "-" + season, true);
    }
    Integer month = Lexicon.MONTHS.get(w);
    if (month != null && t.word(j + 1).capitalised()) {
      end = t.afterName(j + 1);
      if (t.anchor == null)
        return new Match(i, end, Match.DATE, String.format("XXXX-%02d", month), false);
      int y = step == 0 ? t.anchor.getYear() : Resolve.yearOfMonthStrict(t.anchor, month, step > 0);
      return new Match(i, end, Match.DATE, String.format("%04d-%02d", y, month), true);
    }
    Integer dow = Lexicon.WEEKDAYS.get(w);
    if (dow != null && t.word(j + 1).capitalised()) {
      end = t.afterName(j + 1);
      String part = Lexicon.DAY_PARTS.get(t.at(end));
      if (part != null) end++;
      if (t.anchor == null) return dayMatch(i, end, "XXXX-WXX-" + dow, part, false);
      LocalDate d =
          step == 0
              ? Resolve.weekday(t.anchor, dow, true)
              : Resolve.weekdayStrict(t.anchor, dow, step > 0);
      return dayMatch(i, end, d.toString(), part, true);
    }
    return null;
  }

  private static Match dayMatch(int from, int to, String day, String part, boolean anchored) {
    return part == null
        ? new Match(from, to, Match.DATE, day, anchored)
        : new Match(from, to, Match.TIME, day + "T" + part, anchored);
  }

  /** "two years ago", "a week earlier", "three days from now", "years ago". */
  private static Match ago(Text t, int i) {
    Numbers.Num n = Numbers.read(t, i, true);
    int j;
    boolean vague = false;
    if (n != null) j = n.end();
    else if (t.is(i, "several") || t.is(i, "many") || t.is(i, "few")) {
      j = i + 1;
      vague = true;
    } else if (t.is(i, "a") && t.is(i + 1, "few")) {
      j = i + 2;
      vague = true;
    } else {
      j = i;
      vague = true;
    }
    String unit = Lexicon.UNITS.get(t.at(j));
    if (unit == null) return null;
    int k = j + 1;
    int dir;
    if (t.is(k, "ago") || t.is(k, "earlier")) dir = -1;
    else if (t.is(k, "later") || t.is(k, "hence")) dir = 1;
    else if (t.is(k, "from") && t.is(k + 1, "now")) {
      dir = 1;
      k++;
    } else return null;
    if (vague || n.whole() < 0)
      return new Match(i, k + 1, Match.DATE, dir < 0 ? "PAST_REF" : "FUTURE_REF", false);
    Grain g = Grain.ofUnit(unit);
    long amount = n.whole();
    if (g == Grain.DECADE || g == Grain.CENTURY) {
      amount *= g == Grain.DECADE ? 10 : 100;
      g = Grain.YEAR;
    }
    if (g == null) g = Grain.DAY;
    // In earnings news "up from a year earlier" compares quarters: keep the grain of the quarter
    // under discussion.
    String quarter = g == Grain.YEAR && dir < 0 ? t.quarterShifted(i, -amount) : null;
    if (quarter != null) return new Match(i, k + 1, Match.DATE, quarter, true);
    if (t.anchor == null) return new Match(i, k + 1, Match.DATE, g.unknown(), false);
    return new Match(i, k + 1, Match.DATE, g.format(g.shift(t.anchor, dir * amount)), true);
  }

  /**
   * A weekday on its own, "on Friday", "Friday morning": the nearest one in the direction of the
   * clause.
   */
  private static Match weekday(Text t, int i) {
    Integer dow = Lexicon.WEEKDAYS.get(t.at(i));
    if (dow == null
        || !t.word(i).capitalised()
        || (t.at(i).length() < 4 && !(t.is(i + 1, ".") && t.attached(i + 1)))) return null;
    int end = t.afterName(i);
    String part = Lexicon.DAY_PARTS.get(t.at(end));
    if (part != null) end++;
    if (t.anchor == null) return dayMatch(i, end, "XXXX-WXX-" + dow, part, false);
    return dayMatch(i, end, Resolve.weekday(t.anchor, dow, t.future(i)).toString(), part, true);
  }
}

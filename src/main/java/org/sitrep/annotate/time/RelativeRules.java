package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.Map;

/**
 * Dates that need the anchor: "yesterday", "on Monday", "last June", "next week", "two years ago",
 * "now".
 */
final class RelativeRules {
  private RelativeRules() {}

  private static final Map<String, String> REFERENCES =
      Map.ofEntries(
          Map.entry("now", "PRESENT_REF"),
          Map.entry("currently", "PRESENT_REF"),
          Map.entry("current", "PRESENT_REF"),
          Map.entry("presently", "PRESENT_REF"),
          Map.entry("nowadays", "PRESENT_REF"),
          Map.entry("recently", "PAST_REF"),
          Map.entry("lately", "PAST_REF"),
          Map.entry("formerly", "PAST_REF"));
  private static final Map<String, Integer> STEPS =
      Map.ofEntries(
          Map.entry("this", 0),
          Map.entry("current", 0),
          Map.entry("last", -1),
          Map.entry("past", -1),
          Map.entry("previous", -1),
          Map.entry("next", 1),
          Map.entry("coming", 1),
          Map.entry("following", 1));

  static Match at(Text t, int i) {
    Match best = deictic(t, i);
    best = longer(best, reference(t, i));
    best = longer(best, step(t, i));
    best = longer(best, ago(t, i));
    best = longer(best, weekday(t, i));
    best = longer(best, theYear(t, i));
    best = longer(best, thatYear(t, i));
    return best;
  }

  /** How many words back a named year is still what "that year" means. */
  private static final int YEAR_REACH = 200;

  /** "that year", "that same year": the year named last. */
  private static Match thatYear(Text t, int i) {
    if (!t.is(i, "that")) return null;
    int j = t.is(i + 1, "same") ? i + 2 : i + 1;
    if (!t.is(j, "year") || t.lastYear == null || i - t.lastYearAt > YEAR_REACH) return null;
    return new Match(i, j + 1, Match.DATE, t.lastYear, true);
  }

  /**
   * "the year", "the full year", "the fiscal year": the current year, or a year-long stretch when
   * it "ended" a date.
   */
  private static Match theYear(Text t, int i) {
    if (!t.is(i, "the")) return null;
    int j = i + 1;
    if (t.is(j, "current")) j++;
    if (t.is(j, "full") || t.is(j, "fiscal") || t.is(j, "calendar")) j++;
    // "the year before" and "the year-earlier" look back from a time the text sets, not from
    // publication.
    if (!t.is(j, "year")
        || t.is(j + 1, "-")
        || t.is(j + 1, "before")
        || t.is(j + 1, "after")
        || t.is(j + 1, "earlier")) return null;
    int end = j + 1;
    if (t.is(end, "ended") || t.is(end, "ending") || t.is(end, "to"))
      return new Match(i, end, Match.DURATION, "P1Y", false);
    if (t.anchor == null) return new Match(i, end, Match.DATE, "XXXX", false);
    return new Match(i, end, Match.DATE, Integer.toString(t.anchor.getYear()), true);
  }

  static Match longer(Match a, Match b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.to() > a.to() ? b : a;
  }

  /** today, yesterday, tomorrow, tonight, last night, this morning, the day before yesterday. */
  private static Match deictic(Text t, int i) {
    String w = t.at(i);
    int off;
    int end = i + 1;
    String part = null;
    switch (w) {
      case "today" -> off = 0;
      case "yesterday" -> off = -1;
      case "tomorrow" -> off = 1;
      case "tonight" -> {
        off = 0;
        part = "NI";
      }
      case "last" -> {
        if (!t.is(i + 1, "night")) return null;
        off = -1;
        part = "NI";
        end = i + 2;
      }
      case "this" -> {
        part = Lexicon.DAY_PARTS.get(t.at(i + 1));
        if (part == null) return null;
        off = 0;
        end = i + 2;
      }
      case "the" -> {
        if (!t.is(i + 1, "day")) return null;
        if (t.is(i + 2, "before") && t.is(i + 3, "yesterday")) off = -2;
        else if (t.is(i + 2, "after") && t.is(i + 3, "tomorrow")) off = 2;
        else return null;
        end = i + 4;
      }
      default -> {
        return null;
      }
    }
    if (part == null && Lexicon.DAY_PARTS.containsKey(t.at(end)))
      part = Lexicon.DAY_PARTS.get(t.at(end++));
    if (t.anchor == null)
      return new Match(
          i,
          end,
          part == null ? Match.DATE : Match.TIME,
          "XXXX-XX-XX" + (part == null ? "" : "T" + part),
          false);
    String day = t.anchor.plusDays(off).toString();
    return part == null
        ? new Match(i, end, Match.DATE, day, true)
        : new Match(i, end, Match.TIME, day + "T" + part, true);
  }

  /** now, recently, soon, the past, the future, in recent years, the coming months. */
  private static Match reference(Text t, int i) {
    String w = t.at(i);
    String ref = REFERENCES.get(w);
    if (ref != null) return new Match(i, i + 1, Match.DATE, ref, false);
    if (w.equals("the") && (t.is(i + 1, "past") || t.is(i + 1, "future")) && !t.is(i + 2, "of")) {
      return new Match(
          i, i + 2, Match.DATE, t.is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF", false);
    }
    if (w.equals("the")
        && (t.is(i + 1, "near") || t.is(i + 1, "foreseeable") || t.is(i + 1, "immediate"))
        && t.is(i + 2, "future")) {
      return new Match(i, i + 3, Match.DATE, "FUTURE_REF", false);
    }
    if (w.equals("the") && (t.is(i + 1, "near") || t.is(i + 1, "short")) && t.is(i + 2, "term")) {
      return new Match(i, i + 3, Match.DATE, "FUTURE_REF", false);
    }
    if (w.equals("this") && t.is(i + 1, "moment"))
      return new Match(i, i + 2, Match.DATE, "PRESENT_REF", false);
    if (w.equals("this")
        && t.is(i + 2, "moment")
        && t.words.size() > i + 1
        && t.word(i + 1).isWord()
        && !t.word(i + 1).capitalised()) {
      return new Match(i, i + 3, Match.DATE, "PRESENT_REF", false); // "this crucial moment"
    }
    if (w.equals("at") && t.is(i + 1, "present"))
      return new Match(i, i + 2, Match.DATE, "PRESENT_REF", false);
    if (w.equals("these") && t.is(i + 1, "days"))
      return new Match(i, i + 2, Match.DATE, "PRESENT_REF", false);
    int j = w.equals("the") ? i + 1 : i;
    String unit = Lexicon.UNITS.get(t.at(j + 1));
    if (unit != null && t.at(j + 1).endsWith("s") && Grain.ofUnit(unit) != null) {
      if (t.is(j, "recent") || t.is(j, "past") && j == i)
        return new Match(i, j + 2, Match.DATE, "PAST_REF", false);
      if (t.is(j, "coming") || t.is(j, "upcoming"))
        return new Match(i, j + 2, Match.DATE, "FUTURE_REF", false);
    }
    return null;
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
    if (step == null || the && t.at(j).equals("this")) return null;
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
    if (the && !(t.is(j, "previous") || t.is(j, "following"))
        || the && !Lexicon.WEEKDAYS.containsKey(w)) return null;
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
        || t.at(i).length() < 4 && !(t.is(i + 1, ".") && t.attached(i + 1))) return null;
    int end = t.afterName(i);
    String part = Lexicon.DAY_PARTS.get(t.at(end));
    if (part != null) end++;
    if (t.anchor == null) return dayMatch(i, end, "XXXX-WXX-" + dow, part, false);
    return dayMatch(i, end, Resolve.weekday(t.anchor, dow, t.future(i)).toString(), part, true);
  }
}

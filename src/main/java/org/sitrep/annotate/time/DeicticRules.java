package org.sitrep.annotate.time;

import java.util.Map;

/**
 * Words that point at a time from where the writer stands: "today", "yesterday", "tonight", "this
 * morning", "now", "recently", "the future", "the year", "that year".
 */
final class DeicticRules {
  private DeicticRules() {}

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

  static Match at(Text t, int i) {
    Match best = deictic(t, i);
    best = Match.longer(best, reference(t, i));
    best = Match.longer(best, theYear(t, i));
    return Match.longer(best, thatYear(t, i));
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
      if (t.is(j, "recent") || (t.is(j, "past") && j == i))
        return new Match(i, j + 2, Match.DATE, "PAST_REF", false);
      if (t.is(j, "coming") || t.is(j, "upcoming"))
        return new Match(i, j + 2, Match.DATE, "FUTURE_REF", false);
    }
    return null;
  }
}

package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The words of one text with the anchor date, and the small look-ups every rule needs. */
final class Text {
  private static final Set<String> FUTURE_CUES =
      Set.of("will", "ll", "shall", "scheduled", "planning", "plans", "upcoming");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt",
          "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "ft", "mt", "prof", "rev", "u", "s");
  private static final int CUE_WINDOW = 10;

  /** How far back (in words) a mentioned quarter still sets the grain of "a year earlier". */
  static final int QUARTER_REACH = 150;

  final List<Word> words;
  final LocalDate anchor;

  /**
   * The last quarter value tagged so far ("1989-Q3") and the word it ended at; the tagger updates
   * them.
   */
  String lastQuarter;

  int lastQuarterAt = -1;

  /**
   * The last day tagged so far ("1998-10-23") and the word it ended at; a bare clock time refers to
   * it.
   */
  String lastDay;

  int lastDayAt = -1;

  /** The year of the last calendar value tagged so far; "that year" refers to it. */
  String lastYear;

  int lastYearAt = -1;

  Text(List<Word> words, LocalDate anchor) {
    this.words = words;
    this.anchor = anchor;
  }

  /**
   * Keeps what later anaphoric expressions ("that year", "a year earlier", "at 10 p.m.") refer to.
   */
  void remember(Match m, boolean namesQuarter) {
    if (!Match.DATE.equals(m.type())) return;
    String v = m.value();
    if (v.length() >= 4 && v.chars().limit(4).allMatch(Character::isDigit)) {
      lastYear = v.substring(0, 4);
      lastYearAt = m.to();
      if (v.length() == 10) {
        lastDay = v;
        lastDayAt = m.to();
      }
    }
    if (namesQuarter) {
      lastQuarter = v;
      lastQuarterAt = m.to();
    }
  }

  /**
   * The quarter under discussion at word {@code i}, shifted by {@code years}, or null when none was
   * mentioned lately.
   */
  String quarterShifted(int i, long years) {
    if (lastQuarter == null || i - lastQuarterAt > QUARTER_REACH) return null;
    return String.format(
        "%04d%s", Integer.parseInt(lastQuarter.substring(0, 4)) + years, lastQuarter.substring(4));
  }

  int size() {
    return words.size();
  }

  Word word(int i) {
    return words.get(i);
  }

  /** The lower-cased word at {@code i}, or "" past either end. */
  String at(int i) {
    return i >= 0 && i < words.size() ? words.get(i).lower() : "";
  }

  boolean is(int i, String w) {
    return at(i).equals(w);
  }

  boolean number(int i) {
    return i >= 0 && i < words.size() && words.get(i).isNumber();
  }

  /** Whether word {@code i} exists and follows the previous one with no space. */
  boolean attached(int i) {
    return i > 0 && i < words.size() && !words.get(i).spaceBefore();
  }

  /** Skips the full stop of an abbreviation such as "Sept." when it is glued to the word. */
  int skipDot(int i) {
    return is(i, ".") && attached(i) ? i + 1 : i;
  }

  /** Skips a hyphen between two words ("third-quarter", "two-year"). */
  int skipHyphen(int i) {
    return (is(i, "-") || is(i, "\u2010") || is(i, "\u2011")) && attached(i) && attached(i + 1)
        ? i + 1
        : i;
  }

  /**
   * The index after a month or weekday name at {@code i}, with the full stop of an abbreviation
   * ("Sept.", "Wed.").
   */
  int afterName(int i) {
    return Lexicon.FULL_NAMES.contains(at(i)) ? i + 1 : skipDot(i + 1);
  }

  boolean sentenceEnd(int i) {
    String w = at(i);
    if (w.equals("!") || w.equals("?") || w.equals(";")) return true;
    if (!w.equals(".")) return false;
    String prev = at(i - 1);
    // "Oct. 23", "Mr. Bush" and "Wed." do not end a sentence.
    return (!ABBREVIATIONS.contains(prev)
            && !Lexicon.MONTHS.containsKey(prev)
            && !Lexicon.WEEKDAYS.containsKey(prev))
        || prev.length() > 5;
  }

  /** Whether the clause around word {@code i} speaks of the future (news defaults to the past). */
  boolean future(int i) {
    for (int k = i - 1; k >= Math.max(0, i - CUE_WINDOW) && !sentenceEnd(k); k--)
      if (FUTURE_CUES.contains(at(k))) return true;
    for (int k = i + 1; k < Math.min(size(), i + CUE_WINDOW / 2) && !sentenceEnd(k); k++)
      if (FUTURE_CUES.contains(at(k))) return true;
    return false;
  }

  /** A year number written as four digits (or the digit token itself when {@code loose}). */
  int year(int i) {
    if (!number(i)) return -1;
    String t = words.get(i).text();
    if (t.length() != 4) return -1;
    for (int k = 0; k < 4; k++) if (!Character.isDigit(t.charAt(k))) return -1;
    return Integer.parseInt(t);
  }

  /**
   * A day of the month at {@code i} ("26", "26th", "twenty-sixth"), as {day, next index}, or null.
   */
  int[] dayOfMonth(int i) {
    if (number(i)) {
      String t = words.get(i).text();
      if (t.length() > 2 || !t.chars().allMatch(Character::isDigit)) return null;
      int d = Integer.parseInt(t);
      if (d < 1 || d > 31) return null;
      int next = i + 1;
      String suf = at(next);
      if (attached(next)
          && (suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th"))) next++;
      return new int[] {d, next};
    }
    Integer o = Lexicon.ORDINALS.get(at(i));
    if (o != null) return new int[] {o, i + 1};
    return null;
  }
}

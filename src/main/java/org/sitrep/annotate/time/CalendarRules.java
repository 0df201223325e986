package org.sitrep.annotate.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Dates written with calendar names and numbers: "June 26, 2023", "26 June", "2023-06-26", "June",
 * "2027", "1990s".
 */
final class CalendarRules {
  private CalendarRules() {}

  /** Words after which a bare four-digit number is a year even outside 1900-2099. */
  private static final Set<String> YEAR_CUES =
      Set.of(
          "in",
          "since",
          "by",
          "until",
          "till",
          "from",
          "during",
          "before",
          "after",
          "of",
          "year",
          "fiscal",
          "around",
          "circa",
          "early",
          "late",
          "mid",
          "through",
          "to",
          "between",
          "and",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "end",
          "beginning",
          "start");

  /** Words that make a following four-digit number a count rather than a year. */
  private static final Set<String> COUNT_AFTER =
      Set.of("%", "percent", "per", "pct", "million", "billion", "km", "kg");

  private static final java.util.Map<String, Integer> YEAR_STEPS =
      java.util.Map.of("this", 0, "last", -1, "next", 1);

  static Match at(Text t, int i) {
    Match m = monthFirst(t, i);
    if (m == null) m = dayFirst(t, i);
    if (m == null) m = numeric(t, i);
    if (m == null) m = decade(t, i);
    if (m == null) m = year(t, i);
    if (m == null) m = spokenYear(t, i);
    return m;
  }

  /**
   * A capitalised month name, or its abbreviation with an optional glued full stop; {month, next
   * index}.
   */
  static int[] month(Text t, int i) {
    if (i >= t.size() || !t.word(i).capitalised()) return null;
    Integer m = Lexicon.MONTHS.get(t.at(i));
    if (m == null) return null;
    return new int[] {m, t.afterName(i)};
  }

  /** An optional leading weekday: "Monday, Oct. 26". */
  private static int skipWeekday(Text t, int i) {
    if (Lexicon.WEEKDAYS.containsKey(t.at(i)) && t.word(i).capitalised()) {
      int j = t.afterName(i);
      if (t.is(j, ",")) j++;
      if (j < t.size() && Lexicon.MONTHS.containsKey(t.at(j))) return j;
      if (t.is(j, "the")) j++;
      if (t.dayOfMonth(j) != null) return j;
    }
    return i;
  }

  private static Match monthFirst(Text t, int i) {
    int j = skipWeekday(t, i);
    int[] mo = month(t, j);
    if (mo == null) return null;
    int k = mo[1];
    int[] day = t.number(k) ? t.dayOfMonth(k) : null;
    if (day != null) {
      int end = day[1];
      int y = -1;
      if (t.is(end, ",") && t.year(end + 1) > 0) {
        y = t.year(end + 1);
        end += 2;
      } else if (t.year(end) > 0) {
        y = t.year(end);
        end++;
      }
      return dayMatch(t, i, end, y, mo[0], day[0]);
    }
    int y = -1;
    int end = k;
    if (t.year(k) > 0) {
      y = t.year(k);
      end = k + 1;
    } else if ((t.is(k, ",") || t.is(k, "of")) && t.year(k + 1) > 0) {
      y = t.year(k + 1);
      end = k + 2;
    }
    if (y > 0) return new Match(i, end, Match.DATE, String.format("%04d-%02d", y, mo[0]), false);
    Integer step = YEAR_STEPS.get(t.at(k));
    if (j == i && step != null && t.is(k + 1, "year") && t.anchor != null) {
      // "in October this year", "April next year"
      return new Match(
          i, k + 2, Match.DATE, String.format("%04d-%02d", t.anchor.getYear() + step, mo[0]), true);
    }
    if (j != i) return null;
    String w = t.at(i);
    if (!Lexicon.FULL_NAMES.contains(w) && end == i + 1)
      return null; // "Jan" alone is more often a name than a month
    // "May" and "March" alone are verbs or names unless a preposition or modifier makes them dates.
    if ((w.equals("may") || w.equals("march")) && !dateContext(t, i)) return null;
    if (t.anchor == null)
      return new Match(i, end, Match.DATE, String.format("XXXX-%02d", mo[0]), false);
    int year = Resolve.yearOfMonth(t.anchor, mo[0], t.future(i));
    return new Match(i, end, Match.DATE, String.format("%04d-%02d", year, mo[0]), true);
  }

  /**
   * Whether a preposition or modifier before word {@code i} makes an ambiguous month name a date.
   */
  private static boolean dateContext(Text t, int i) {
    String p = t.at(i - 1);
    return p.equals("in")
        || p.equals("since")
        || p.equals("until")
        || p.equals("by")
        || p.equals("early")
        || p.equals("late")
        || p.equals("mid")
        || p.equals("-")
        || p.equals("last")
        || p.equals("next")
        || p.equals("this")
        || p.equals("of")
        || p.equals("from")
        || p.equals("through")
        || p.equals("before")
        || p.equals("after")
        || p.equals("during");
  }

  private static Match dayFirst(Text t, int i) {
    int j = skipWeekday(t, i);
    boolean the = t.is(j, "the");
    if (the) j++;
    int[] day = t.dayOfMonth(j);
    if (day == null || (!the && !t.number(j))) return null;
    int k = day[1];
    if (t.is(k, "of")) k++;
    int[] mo = month(t, k);
    if (mo == null) return null;
    int end = mo[1];
    int y = -1;
    if (t.year(end) > 0) {
      y = t.year(end);
      end++;
    } else if (t.is(end, ",") && t.year(end + 1) > 0) {
      y = t.year(end + 1);
      end += 2;
    }
    return dayMatch(t, i, end, y, mo[0], day[0]);
  }

  private static Match dayMatch(Text t, int from, int to, int year, int month, int day) {
    try {
      if (year > 0)
        return new Match(from, to, Match.DATE, LocalDate.of(year, month, day).toString(), false);
      if (t.anchor == null)
        return new Match(from, to, Match.DATE, String.format("XXXX-%02d-%02d", month, day), false);
      LocalDate d = Resolve.monthDay(t.anchor, month, day, t.future(from));
      return d == null ? null : new Match(from, to, Match.DATE, d.toString(), true);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** 2023-06-26 and 6/26/2023 (month first unless the first part cannot be a month). */
  private static Match numeric(Text t, int i) {
    int y = t.year(i);
    if (y > 0 && t.is(i + 1, "-") && t.attached(i + 1) && t.attached(i + 2) && t.number(i + 2)) {
      String mm = t.at(i + 2);
      if (t.is(i + 3, "-") && t.attached(i + 3) && t.attached(i + 4) && t.number(i + 4)) {
        String dd = t.at(i + 4);
        if (mm.length() == 2 && dd.length() == 2) {
          try {
            LocalDate d = LocalDate.of(y, Integer.parseInt(mm), Integer.parseInt(dd));
            return new Match(i, i + 5, Match.DATE, d.toString(), false);
          } catch (DateTimeException | NumberFormatException e) {
            return null;
          }
        }
      }
      return null;
    }
    if (!t.number(i)) return null;
    String w = t.at(i);
    // 26.06.2023 is European and day first; 6/26/2023 is American and month first when it can be.
    boolean dotted = w.indexOf('.') > 0;
    String[] parts = w.split(dotted ? "\\." : "/", -1);
    if (parts.length != 3 || (parts[2].length() != 4 && (dotted || parts[2].length() != 2)))
      return null;
    try {
      int a = Integer.parseInt(parts[0]),
          b = Integer.parseInt(parts[1]),
          c = Integer.parseInt(parts[2]);
      if (c < 100) c += c < 50 ? 2000 : 1900;
      LocalDate d = dotted || a > 12 ? LocalDate.of(c, b, a) : LocalDate.of(c, a, b);
      return new Match(i, i + 1, Match.DATE, d.toString(), false);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "the 1990s", "1990s", "the '90s", "the nineties", "the 21st century". */
  private static Match decade(Text t, int i) {
    int j = t.is(i, "the") ? i + 1 : i;
    int y = t.year(j);
    if (y > 0 && y % 10 == 0 && t.is(j + 1, "s") && t.attached(j + 1)) {
      return new Match(i, j + 2, Match.DATE, String.format("%03d", y / 10), false);
    }
    if ((t.is(j, "'") || t.is(j, "\u2019"))
        && t.number(j + 1)
        && t.at(j + 1).length() == 2
        && t.is(j + 2, "s")
        && t.attached(j + 1)
        && t.attached(j + 2)) {
      int yy = Integer.parseInt(t.at(j + 1));
      if (yy % 10 != 0) return null;
      int century =
          t.anchor != null && yy <= t.anchor.getYear() % 100 ? t.anchor.getYear() / 100 : 19;
      return new Match(i, j + 3, Match.DATE, String.format("%02d%d", century, yy / 10), false);
    }
    int[] ord = t.dayOfMonth(j);
    if (ord != null
        && t.is(ord[1], "century")
        && ord[0] >= 1
        && ord[0] <= 30
        && (j > i || t.number(j))) {
      return new Match(i, ord[1] + 1, Match.DATE, String.format("%02d", ord[0] - 1), false);
    }
    if (j > i) {
      String w = t.at(j);
      if (w.endsWith("ties") && Lexicon.NUMBERS.containsKey(w.substring(0, w.length() - 3) + "y")) {
        int tens = Lexicon.NUMBERS.get(w.substring(0, w.length() - 3) + "y");
        return new Match(i, j + 1, Match.DATE, "19" + tens / 10, false);
      }
    }
    return null;
  }

  /** Years read out in transcripts: "nineteen ninety-six", "the year two thousand". */
  private static Match spokenYear(Text t, int i) {
    int j = t.is(i, "the") && t.is(i + 1, "year") ? i + 2 : i;
    Integer hundreds = Lexicon.NUMBERS.get(t.at(j));
    if (hundreds != null && hundreds >= 10 && hundreds <= 20 && !t.is(j + 1, "hundred")) {
      Numbers.Num rest = Numbers.read(t, j + 1, false);
      if (rest != null && rest.whole() >= 10 && rest.whole() <= 99 && !t.number(j + 1)) {
        return new Match(
            i, rest.end(), Match.DATE, String.format("%02d%02d", hundreds, rest.whole()), false);
      }
    }
    if (j > i) {
      Numbers.Num n = Numbers.read(t, j, false);
      if (n != null && !t.number(j) && n.whole() >= 1000 && n.whole() <= 2099) {
        return new Match(i, n.end(), Match.DATE, Long.toString(n.whole()), false);
      }
    }
    return null;
  }

  /**
   * A year: "in 2027", "by the year 2027", "2024's", "fiscal 1989"; not "350 soldiers" nor "4,800".
   */
  private static Match year(Text t, int i) {
    int j = i;
    if (t.is(i, "the") && t.is(i + 1, "year")) j = i + 2;
    else if (t.is(i, "fiscal") || t.is(i, "year")) j = i + 1;
    int y = t.year(j);
    if (y < 0) return null;
    String before = t.at(j - 1);
    boolean cued = j > i || YEAR_CUES.contains(before);
    if (y < (cued ? 1000 : 1900) || y > 2099) return null;
    if (before.equals("$")
        || before.equals("#")
        || before.equals("\u00a3")
        || before.equals("\u20ac")) return null;
    if (before.equals("no") || (before.equals(".") && t.at(j - 2).equals("no"))) return null;
    String after = t.at(j + 1);
    if (COUNT_AFTER.contains(after)) return null;
    if (j == i
        && t.words.size() > j + 1
        && t.word(j + 1).isWord()
        && !t.word(j + 1).capitalised()
        && after.length() > 3
        && after.endsWith("s")
        && !after.equals("was")
        && !after.equals("has")) return null;
    if (t.is(j + 1, "-") && t.attached(j + 1) && t.number(j + 2)) return null;
    if (t.attached(j) && t.number(j - 1)) return null;
    return new Match(i, j + 1, Match.DATE, String.format("%04d", y), false);
  }
}

package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.TimeExpr;

/**
 * Finds German time expressions and gives each its TIMEX3 type and value, resolved against the
 * anchor (the publication date) as {@link TimeTagger} does for English: "12. März 2024", "März
 * 2024", "am Montag", "im vergangenen Juni", "Anfang letzten Jahres", "seit 2017", "bis 2027",
 * "gestern", "vor zwei Jahren", "drei Monate", "im Sommer 2024", "12.03.2024". The words are data
 * ({@code lexicon/de/times.tsv}, {@code lexicon/de/numbers.tsv}); prepositions stay outside the
 * expression ("am Montag" is "Montag") except "vor" of a span back ("vor zwei Jahren"). Linear in
 * the text: each rule looks at a bounded number of words from a position. Thread-safe.
 */
public final class GermanTimeTagger {
  private static final WordTable TIMES = WordTable.read("/org/sitrep/lexicon/de/times.tsv");
  private static final WordTable NUMBERS = WordTable.read("/org/sitrep/lexicon/de/numbers.tsv");
  private static final WordTable UNITS = WordTable.read("/org/sitrep/lexicon/de/quantities.tsv");
  private static final String[] ENDINGS = {"en", "em", "er", "es", "e"};

  private record M(int from, int to, String type, String value, boolean anchored) {}

  /** Tags {@code text}; {@code anchor} may be null (relative expressions then keep X's). */
  public List<TimeExpr> tag(String text, LocalDate anchor) {
    List<Word> w = Words.of(text);
    List<TimeExpr> out = new ArrayList<>();
    for (int i = 0; i < w.size(); ) {
      M m = at(w, i, anchor);
      if (m == null) {
        i++;
        continue;
      }
      int s = w.get(m.from()).start(), e = w.get(m.to() - 1).end();
      out.add(new TimeExpr(s, e, text.substring(s, e), m.type(), m.value(), m.anchored()));
      i = m.to();
    }
    return out;
  }

  private static M at(List<Word> w, int i, LocalDate a) {
    Word x = w.get(i);
    String modifier = TIMES.get("modifier", x.lower());
    if (modifier != null && Character.isUpperCase(x.text().charAt(0))) {
      // "Anfang letzten Jahres", "Ende März", "Mitte des Jahres 2025", "Anfang der Woche"
      int k = i + 1;
      if (is(w, k, "des") || is(w, k, "der")) k++;
      M inner = date(w, k, a, true);
      if (inner != null) return new M(i, inner.to(), inner.type(), inner.value(), inner.anchored());
      return null;
    }
    if (x.lower().equals("vor") && i + 2 < w.size()) {
      // "vor zwei Jahren": the date that far back
      Integer n = number(w.get(i + 1));
      String unit = TIMES.get("unit", w.get(i + 2).lower());
      if (n != null && unit != null && !unit.startsWith("T")) {
        if (a == null) return new M(i, i + 3, "DATE", "PAST_REF", false);
        LocalDate d =
            switch (unit) {
              case "Y" -> a.minusYears(n);
              case "M" -> a.minusMonths(n);
              case "W" -> a.minusWeeks(n);
              case "D" -> a.minusDays(n);
              default -> null;
            };
        if (d != null) return new M(i, i + 3, "DATE", grain(d, unit), true);
      }
    }
    M c = clock(w, i, a);
    if (c != null) return c;
    M d = date(w, i, a, false);
    if (d != null) return d;
    return duration(w, i);
  }

  /**
   * A date starting at word {@code i}; {@code afterModifier}: "Jahres" alone reads as this year.
   */
  private static M date(List<Word> w, int i, LocalDate a, boolean afterModifier) {
    if (i >= w.size()) return null;
    Word x = w.get(i);
    // 12.03.2024
    if (x.isNumber() && x.text().matches("\\d{1,2}\\.\\d{1,2}\\.(\\d{4}|\\d{2})")) {
      String[] p = x.text().split("\\.");
      int y = Integer.parseInt(p[2]);
      if (p[2].length() == 2) y += y < 50 ? 2000 : 1900;
      return valid(y, Integer.parseInt(p[1]), Integer.parseInt(p[0]))
          ? new M(i, i + 1, "DATE", iso(y, Integer.parseInt(p[1]), Integer.parseInt(p[0])), true)
          : null;
    }
    // 12. März [2024]
    if (x.isNumber()
        && x.text().matches("\\d{1,2}")
        && is(w, i + 1, ".")
        && i + 2 < w.size()
        && TIMES.has("month", w.get(i + 2).lower())) {
      int day = Integer.parseInt(x.text());
      int month = Integer.parseInt(TIMES.get("month", w.get(i + 2).lower()));
      int to = i + 3;
      if (is(w, to, ".")) to++;
      Integer year = year(w, to);
      if (year != null)
        return valid(year, month, day)
            ? new M(i, to + 1, "DATE", iso(year, month, day), true)
            : null;
      if (day < 1 || day > 31) return null;
      if (a == null) return new M(i, to, "DATE", "XXXX-" + two(month) + "-" + two(day), false);
      LocalDate d = Resolve.monthDay(a, month, day, future(w, i));
      return d == null ? null : new M(i, to, "DATE", d.toString(), true);
    }
    // [relative] Month [year] / [relative] weekday / [relative] unit / [relative] season
    int k = i;
    Integer rel = relative(x);
    if (rel != null) k++;
    if (k >= w.size()) return null;
    Word y = w.get(k);
    String month = TIMES.get("month", y.lower());
    if (month != null
        && y.capitalised()
        && !(y.lower().equals("mai") && rel == null && !cue(w, i))) {
      int mo = Integer.parseInt(month);
      int to = k + 1;
      if (y.text().length() <= 4 && is(w, to, ".")) to++;
      Integer year = year(w, to);
      if (year != null) return new M(i, to + 1, "DATE", year + "-" + two(mo), true);
      // "im März vergangenen Jahres", "im Mai des nächsten Jahres": the month of a year told
      // from the anchor's
      int r = is(w, to, "des") ? to + 1 : to;
      Integer back = r + 1 < w.size() && w.get(r).isWord() ? relative(w.get(r)) : null;
      if (back != null && a != null && "Y".equals(TIMES.get("unit", w.get(r + 1).lower())))
        return new M(i, r + 2, "DATE", (a.getYear() + back) + "-" + two(mo), true);
      if (y.lower().endsWith(".") || (y.text().length() <= 4 && !TIMES.has("month", y.lower())))
        return null;
      if (a == null) return new M(i, to, "DATE", "XXXX-" + two(mo), false);
      int yr =
          rel == null
              ? Resolve.yearOfMonth(a, mo, future(w, i))
              : rel == 0 ? a.getYear() : Resolve.yearOfMonthStrict(a, mo, rel > 0);
      return new M(i, to, "DATE", yr + "-" + two(mo), true);
    }
    String weekday = TIMES.get("weekday", y.lower());
    if (weekday != null && y.capitalised()) {
      int dow = Integer.parseInt(weekday);
      if (a == null) return new M(i, k + 1, "DATE", "XXXX-WXX-" + dow, false);
      LocalDate d =
          rel == null
              ? Resolve.weekday(a, dow, future(w, i))
              : rel == 0 ? Resolve.weekday(a, dow, true) : Resolve.weekdayStrict(a, dow, rel > 0);
      return new M(i, k + 1, "DATE", d.toString(), true);
    }
    String season = TIMES.get("season", y.lower());
    if (season != null && y.capitalised()) {
      Integer year = year(w, k + 1);
      if (year != null) return new M(i, k + 2, "DATE", year + "-" + season, true);
      if (rel == null) return null;
      if (a == null) return new M(i, k + 1, "DATE", "XXXX-" + season, false);
      return new M(i, k + 1, "DATE", Resolve.yearOfSeason(a, season, rel) + "-" + season, true);
    }
    String unit = TIMES.get("unit", y.lower());
    if (unit != null && y.capitalised() && !unit.startsWith("T")) {
      // "letzten Jahres", "diese Woche", "im kommenden Monat"; after a modifier "Jahres 2025"
      Integer year = unit.equals("Y") ? year(w, k + 1) : null;
      if (year != null && (rel == null || afterModifier))
        return new M(i, k + 2, "DATE", String.valueOf(year), true);
      if (rel == null && afterModifier && unit.equals("Y") && a != null)
        return new M(i, k + 1, "DATE", String.valueOf(a.getYear()), true);
      if (rel == null) return null;
      if (TIMES.has("plural", y.lower()))
        return new M(
            i,
            k + 1,
            "DATE",
            rel < 0 ? "PAST_REF" : rel > 0 ? "FUTURE_REF" : "PRESENT_REF",
            a != null);
      if (a == null) return new M(i, k + 1, "DATE", rel < 0 ? "PAST_REF" : "FUTURE_REF", false);
      return new M(i, k + 1, "DATE", shifted(a, unit, rel), true);
    }
    if (rel != null) return null;
    String deictic = TIMES.get("deictic", x.lower());
    // "Morgen" capitalised is the morning; "heute", "gestern", "morgen" are days.
    if (deictic != null && !(x.capitalised() && x.lower().equals("morgen"))) {
      if (a == null) return new M(i, i + 1, "DATE", "PRESENT_REF", false);
      return new M(i, i + 1, "DATE", a.plusDays(Integer.parseInt(deictic)).toString(), true);
    }
    // A decade: "1870er Jahren", "1920er-Jahre"
    if (x.isNumber()
        && x.text().matches("1\\d{2}0|20\\d0")
        && i + 1 < w.size()
        && !w.get(i + 1).spaceBefore()
        && w.get(i + 1).lower().equals("er")) {
      int d = i + 2;
      if (is(w, d, "-") && d + 1 < w.size() && !w.get(d).spaceBefore()) d++;
      int to = d < w.size() && TIMES.has("decade", w.get(d).lower()) ? d + 1 : i + 2;
      return new M(i, to, "DATE", x.text().substring(0, 3), true);
    }
    // A century: "18. Jahrhundert" is the 1700s, TIMEX3 "17"
    if (x.isNumber()
        && x.text().matches("\\d{1,2}")
        && is(w, i + 1, ".")
        && i + 2 < w.size()
        && TIMES.has("century", w.get(i + 2).lower())) {
      int c = Integer.parseInt(x.text());
      if (c >= 1 && c <= 22) return new M(i, i + 3, "DATE", two(c - 1), true);
    }
    // A bare year after a cue: "seit 2017", "bis 2027", "im Jahr 2025"; or before the verb of its
    // clause ("1748 wurde ...") or a comma, bracket or full stop ("Stuttgart 1990, ...")
    Integer year = year(w, i);
    if (year != null && (afterModifier || cue(w, i) || yearBefore(w, i) || yearAfterVerb(w, i)))
      return new M(i, i + 1, "DATE", String.valueOf(year), true);
    return null;
  }

  /**
   * A bare year right after the finite verb of its clause or an adverb of time ("wurde 1764 von
   * Messier entdeckt", "heiratete 1838 in Düsseldorf", "trat erstmals 1846 zusammen"), not before a
   * noun it would count ("wurden 2000 Menschen evakuiert").
   */
  private static boolean yearAfterVerb(List<Word> w, int i) {
    if (i == 0) return false;
    String before = w.get(i - 1).lower();
    if (!TIMES.has("year-after", before) && !TIMES.has("year-adverb", before)) return false;
    return i + 1 >= w.size() || !w.get(i + 1).capitalised();
  }

  /** The word after a bare year makes it one: a verb, or punctuation that closes its phrase. */
  private static boolean yearBefore(List<Word> w, int i) {
    if (i > 0 && (w.get(i - 1).isNumber() || TIMES.has("month", w.get(i - 1).lower())))
      return false;
    if (i + 1 >= w.size()) return true;
    Word next = w.get(i + 1);
    if (TIMES.has("year-after", next.lower())) return true;
    String t = next.text();
    return t.equals(",") || t.equals(";") || t.equals(")") || (t.equals(".") && i + 2 >= w.size());
  }

  /** "15 Uhr", "18.30 Uhr", "9:45 Uhr": a clock time on the anchor's day. */
  private static M clock(List<Word> w, int i, LocalDate a) {
    if (i >= w.size() || !w.get(i).isNumber()) return null;
    // "um 8.30 in der Firma": hours and minutes after "um" are a time of day without "Uhr"
    if (i > 0
        && TIMES.has("clock-cue", w.get(i - 1).lower())
        && w.get(i).text().matches("\\d{1,2}[.:]\\d{2}")
        && (i + 1 >= w.size() || !TIMES.has("clock", w.get(i + 1).lower()))) {
      boolean unit = i + 1 < w.size() && UNITS.has("unit", w.get(i + 1).lower());
      M m = unit ? null : clockAt(w.get(i).text(), i, i + 1, a);
      if (m != null) return m;
    }
    if (i + 1 >= w.size() || !TIMES.has("clock", w.get(i + 1).lower())) return null;
    return clockAt(w.get(i).text(), i, i + 2, a);
  }

  private static M clockAt(String text, int i, int to, LocalDate a) {
    String[] p = text.split("[.:]");
    if (p.length > 2 || p[0].length() > 2 || (p.length == 2 && p[1].length() != 2)) return null;
    int h = Integer.parseInt(p[0]), min = p.length == 2 ? Integer.parseInt(p[1]) : 0;
    if (h > 24 || min > 59) return null;
    String t = "T" + two(h) + ":" + two(min);
    return new M(i, to, "TIME", (a == null ? "XXXX-XX-XX" : a.toString()) + t, a != null);
  }

  /** "zwei Jahre", "drei Monaten", "48 Stunden": a duration. */
  private static M duration(List<Word> w, int i) {
    if (i + 1 >= w.size()) return null;
    Integer n = number(w.get(i));
    String unit = TIMES.get("unit", w.get(i + 1).lower());
    if (n == null || unit == null || !w.get(i + 1).capitalised()) return null;
    if (w.get(i).isNumber() && w.get(i).text().matches("\\d{4}")) return null;
    String v = unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
    if (unit.equals("DE")) v = "P" + (n * 10) + "Y";
    if (unit.equals("CE")) v = "P" + (n * 100) + "Y";
    return new M(i, i + 2, "DURATION", v, true);
  }

  private static String shifted(LocalDate a, String unit, int rel) {
    return switch (unit) {
      case "Y" -> String.valueOf(a.getYear() + rel);
      case "M" -> a.plusMonths(rel).toString().substring(0, 7);
      case "W" -> {
        LocalDate d = a.plusWeeks(rel);
        yield String.format(
            Locale.ROOT,
            "%d-W%02d",
            d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "D" -> a.plusDays(rel).toString();
      case "Q" -> {
        LocalDate d = a.plusMonths(3L * rel);
        yield d.getYear() + "-Q" + ((d.getMonthValue() + 2) / 3);
      }
      case "DE" -> String.valueOf((a.getYear() + 10 * rel) / 10);
      case "CE" -> String.valueOf((a.getYear() + 100 * rel) / 100);
      default -> String.valueOf(a.getYear() + rel);
    };
  }

  private static String grain(LocalDate d, String unit) {
    return switch (unit) {
      case "Y" -> String.valueOf(d.getYear());
      case "M" -> d.toString().substring(0, 7);
      default -> d.toString();
    };
  }

  /** The relative word at {@code x} ("letzten", "vergangenes", "nächste", "diesen"), or null. */
  private static Integer relative(Word x) {
    if (!x.isWord()) return null;
    String v = TIMES.get("relative", x.lower());
    for (int e = 0; v == null && e < ENDINGS.length; e++)
      if (x.lower().endsWith(ENDINGS[e]))
        v = TIMES.get("relative", x.lower().substring(0, x.lower().length() - ENDINGS[e].length()));
    return v == null ? null : Integer.parseInt(v);
  }

  /** A four-digit year 1000-2199 at word {@code i}, or null. */
  private static Integer year(List<Word> w, int i) {
    if (i >= w.size() || !w.get(i).isNumber() || !w.get(i).text().matches("\\d{4}")) return null;
    int y = Integer.parseInt(w.get(i).text());
    return y >= 1000 && y < 2200 ? y : null;
  }

  /** A number written in digits (up to 3) or as a word. */
  private static Integer number(Word x) {
    if (x.isNumber() && x.text().matches("\\d{1,3}")) return Integer.parseInt(x.text());
    String v = NUMBERS.get("number", x.lower());
    return v == null || !x.isWord() ? null : Integer.parseInt(v);
  }

  /** The word before {@code i} makes a bare year or "Mai" a date ("seit 2017", "im Mai"). */
  private static boolean cue(List<Word> w, int i) {
    if (i > 0 && TIMES.has("year-cue", w.get(i - 1).lower())) return true;
    return i > 1 && TIMES.has("year-link", w.get(i - 1).lower()) && year(w, i - 2) != null;
  }

  /** The clause around {@code i} speaks of the future ("wird", "soll", "bis"). */
  private static boolean future(List<Word> w, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 8) && !isSentenceEnd(w.get(k)); k--)
      if (TIMES.has("future", w.get(k).lower())) return true;
    for (int k = i + 1; k < Math.min(w.size(), i + 8) && !isSentenceEnd(w.get(k)); k++)
      if (TIMES.has("future", w.get(k).lower())) return true;
    return false;
  }

  private static boolean isSentenceEnd(Word x) {
    return x.text().equals(".") || x.text().equals("!") || x.text().equals("?");
  }

  private static boolean is(List<Word> w, int i, String lower) {
    return i >= 0 && i < w.size() && w.get(i).lower().equals(lower);
  }

  private static boolean valid(int y, int m, int d) {
    try {
      LocalDate.of(y, m, d);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static String iso(int y, int m, int d) {
    return LocalDate.of(y, m, d).toString();
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}

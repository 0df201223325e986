package org.sitrep.clean.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in text or markup, in the ways pages write them: ISO (2020-03-12, also as
 * the date part of a timestamp with its offset, which keeps the writer's own day), 12.03.2020,
 * 12/03/2020 and 03/12/2020, 2020年3月12日, and with month names in many languages ("12. März 2020",
 * "March 12, 2020", "le 3 mars 2020", "3 de marzo de 2020", "12 марта 2020"). Only full dates with
 * day, month and year are read; a date that does not exist (31.02.2020) is no date.
 */
public final class DateText {
  /** A date and where it was written. */
  public record Found(LocalDate date, int start, int end, String text) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
  private static final String DAY = "(?<!\\d)(\\d{1,2})";

  /** A word that may name a month; checked against the month names after matching. */
  private static final String MONTH = "(?<!\\p{L})(\\p{L}{3,12})\\.?(?!\\p{L})";

  private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private static final Pattern ISO =
      Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d./-])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?((?:19|20)\\d{2}|\\d{2})(?!\\d|[./-]\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          DAY
              + "(?:\\.|st|nd|rd|th|er|e|º|°)?[\\s.]*(?:de\\s+|of\\s+)?"
              + MONTH
              + ",?\\s*(?:de\\s+|del\\s+)?"
              + YEAR,
          FLAGS);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s*" + DAY + "(?:st|nd|rd|th)?\\.?,?\\s+" + YEAR, FLAGS);
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(?<!\\d)" + YEAR + "\\.?\\s+" + MONTH + "\\s+" + DAY + "(?!\\d)", FLAGS);

  private DateText() {}

  /**
   * Every date in {@code text}, in order, none overlapping. {@code monthFirst} reads an ambiguous
   * 03/12/2020 as March 12 (US usage); {@code shortYear} also reads 12.03.20, which is safe only
   * where a date is expected.
   */
  public static List<Found> find(String text, boolean monthFirst, boolean shortYear) {
    List<Found> all = new ArrayList<>();
    if (text == null || text.isEmpty() || (!shortYear && !ANY_YEAR.matcher(text).find()))
      return all;
    text = plainSpaces(text);
    Matcher m = ISO.matcher(text);
    while (m.find()) add(all, m, ymd(m.group(1), m.group(3), m.group(4)));
    m = CJK.matcher(text);
    while (m.find()) add(all, m, ymd(m.group(1), m.group(2), m.group(3)));
    m = NUMERIC.matcher(text);
    while (m.find()) add(all, m, numeric(m, monthFirst, shortYear));
    findWords(all, DAY_MONTH_YEAR.matcher(text), 3, 2, 1);
    findWords(all, MONTH_DAY_YEAR.matcher(text), 3, 1, 2);
    findWords(all, YEAR_MONTH_DAY.matcher(text), 1, 2, 3);
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      if (f.start() < end) continue;
      kept.add(f);
      end = f.end();
    }
    return kept;
  }

  /**
   * The text with no-break, thin and other typographic spaces ("4.&amp;thinsp;2.&amp;thinsp;2022",
   * "12.&amp;nbsp;März 2020") as plain spaces, one for one, so that positions stay the same.
   */
  static String plainSpaces(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\u00a0'
          || (ch >= '\u2000' && ch <= '\u200a')
          || ch == '\u202f'
          || ch == '\u205f'
          || ch == '\u3000') {
        if (c == null) c = text.toCharArray();
        c[i] = ' ';
      }
    }
    return c == null ? text : new String(c);
  }

  /** The first date in {@code text}, or null. */
  public static LocalDate first(String text, boolean monthFirst, boolean shortYear) {
    List<Found> found = find(text, monthFirst, shortYear);
    return found.isEmpty() ? null : found.get(0).date();
  }

  /**
   * A date as markup states it (meta content, JSON-LD, a {@code datetime} attribute): an ISO date
   * or timestamp, whose own day is kept whatever its offset, else the first date written in it
   * ("Wed, 08 Apr 2020 16:25:06 +0530"); null when it holds none.
   */
  public static LocalDate machine(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    Matcher compact = COMPACT.matcher(v);
    if (compact.matches()) return ymd(compact.group(1), compact.group(2), compact.group(3));
    return first(v, false, false);
  }

  private static final Pattern COMPACT =
      Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T?\\d{4,6}.*)?");

  /**
   * Matches of a pattern with a month word, by group numbers; a word that names no month is passed
   * over, and the search goes on from the next character.
   */
  private static void findWords(List<Found> all, Matcher m, int year, int month, int day) {
    int from = 0;
    while (m.find(from)) {
      LocalDate d = words(m.group(year), m.group(month), m.group(day));
      add(all, m, d);
      from = d != null ? m.end() : m.start() + 1;
    }
  }

  private static void add(List<Found> all, Matcher m, LocalDate d) {
    if (d != null) all.add(new Found(d, m.start(), m.end(), m.group()));
  }

  private static LocalDate numeric(Matcher m, boolean monthFirst, boolean shortYear) {
    String y = m.group(4);
    if (y.length() == 2) {
      if (!shortYear || m.group(2).equals("-")) return null;
      y = "20" + y;
    }
    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
    boolean mdy = m.group(2).equals("/") && (b > 12 || (monthFirst && a <= 12));
    return mdy ? of(y, a, b) : of(y, b, a);
  }

  private static LocalDate words(String year, String month, String day) {
    int mm = DateWords.get().month(month);
    return mm == 0 ? null : of(year, mm, Integer.parseInt(day));
  }

  private static LocalDate ymd(String y, String m, String d) {
    return of(y, Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate of(String year, int month, int day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, day);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}

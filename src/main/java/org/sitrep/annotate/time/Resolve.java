package org.sitrep.annotate.time;

import java.time.LocalDate;

/**
 * Picks which calendar occurrence an underspecified date (a weekday, a month, "Oct. 23") means,
 * seen from the anchor.
 */
final class Resolve {
  private Resolve() {}

  /**
   * The weekday ({@code 1} = Monday) on or before the anchor, or on or after it when {@code
   * future}; in a past clause the day after the anchor still wins over the same weekday six days
   * back.
   */
  static LocalDate weekday(LocalDate a, int dow, boolean future) {
    int diff = dow - a.getDayOfWeek().getValue();
    if (future) return a.plusDays(Math.floorMod(diff, 7));
    int back = Math.floorMod(-diff, 7);
    // The day after publication is "tomorrow" far more often than six days ago (TimeBank: 9 against
    // 3).
    return back == 6 ? a.plusDays(1) : a.minusDays(back);
  }

  /** "last Friday" and "next Friday": strictly before or strictly after the anchor. */
  static LocalDate weekdayStrict(LocalDate a, int dow, boolean future) {
    int diff = dow - a.getDayOfWeek().getValue();
    return future
        ? a.plusDays(Math.floorMod(diff - 1, 7) + 1)
        : a.minusDays(Math.floorMod(-diff - 1, 7) + 1);
  }

  /**
   * The year of the nearest occurrence of {@code month}. News speaks of the past, so a later month
   * wins only when it is less than half as far away, or the clause speaks of the future.
   */
  static int yearOfMonth(LocalDate a, int month, boolean future) {
    int diff = month - a.getMonthValue();
    if (diff == 0) return a.getYear();
    int back = diff < 0 ? -diff : 12 - diff;
    int ahead = 12 - back;
    boolean forward = future ? ahead <= back : 2 * ahead < back;
    return forward
        ? (diff > 0 ? a.getYear() : a.getYear() + 1)
        : (diff < 0 ? a.getYear() : a.getYear() - 1);
  }

  /**
   * The occurrence of a month and day around the anchor, with the same bias to the past as {@link
   * #yearOfMonth}.
   */
  static LocalDate monthDay(LocalDate a, int month, int day, boolean future) {
    LocalDate back = null, ahead = null;
    for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
      } catch (java.time.DateTimeException e) {
        continue;
      }
      if (!d.isAfter(a)) back = d;
      else if (ahead == null) ahead = d;
    }
    return pick(a, back, ahead, future);
  }

  /**
   * Between the last occurrence on or before the anchor and the next one after it, the one the text
   * most likely means.
   */
  static LocalDate pick(LocalDate a, LocalDate back, LocalDate ahead, boolean future) {
    if (back == null || ahead == null) return back == null ? ahead : back;
    long b = a.toEpochDay() - back.toEpochDay(), f = ahead.toEpochDay() - a.toEpochDay();
    return (future ? f <= b : 2 * f < b) ? ahead : back;
  }

  /**
   * "last June": the most recent June strictly before the anchor's month; "next June": strictly
   * after.
   */
  static int yearOfMonthStrict(LocalDate a, int month, boolean future) {
    if (future) return month > a.getMonthValue() ? a.getYear() : a.getYear() + 1;
    return month < a.getMonthValue() ? a.getYear() : a.getYear() - 1;
  }

  /**
   * The quarter a bare "the third quarter" means: this year's, unless it has not begun and nothing
   * points ahead.
   */
  static int yearOfQuarter(LocalDate a, int quarter, boolean future) {
    int current = (a.getMonthValue() + 2) / 3;
    return quarter <= current || future ? a.getYear() : a.getYear() - 1;
  }

  /** The season code of a date, meteorological seasons (northern hemisphere). */
  static String season(LocalDate d) {
    int m = d.getMonthValue();
    if (m >= 3 && m <= 5) return "SP";
    if (m >= 6 && m <= 8) return "SU";
    if (m >= 9 && m <= 11) return "FA";
    return "WI";
  }

  /**
   * The year of "last summer" ({@code step} -1), "this summer" (0) or "next summer" (1) seen from
   * the anchor.
   */
  static int yearOfSeason(LocalDate a, String season, int step) {
    String order = "SPSUFAWI";
    int wanted = order.indexOf(season);
    int now = order.indexOf(season(a));
    int year = a.getYear();
    if (step < 0) return wanted < now ? year : year - 1;
    if (step > 0) return wanted > now ? year : year + 1;
    return year;
  }
}

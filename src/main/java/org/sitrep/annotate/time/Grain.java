package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The granularity of a calendar value, and how to write and shift a date at that granularity in
 * TIMEX3.
 */
enum Grain {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  HALF,
  YEAR,
  DECADE,
  CENTURY;

  /** The TIMEX3 value of the period holding {@code d}. */
  String format(LocalDate d) {
    int y = d.getYear();
    return switch (this) {
      case DAY -> d.toString();
      case WEEK ->
          String.format(
              "%04d-W%02d",
              d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%04d-%02d", y, d.getMonthValue());
      case QUARTER -> String.format("%04d-Q%d", y, (d.getMonthValue() + 2) / 3);
      case HALF -> String.format("%04d-H%d", y, d.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> String.format("%04d", y);
      case DECADE -> String.format("%03d", y / 10);
      case CENTURY -> String.format("%02d", y / 100);
    };
  }

  /** The value written when there is no anchor to resolve against. */
  String unknown() {
    return switch (this) {
      case DAY -> "XXXX-XX-XX";
      case WEEK -> "XXXX-WXX";
      case MONTH -> "XXXX-XX";
      case QUARTER -> "XXXX-QX";
      case HALF -> "XXXX-HX";
      case YEAR -> "XXXX";
      case DECADE -> "XXX";
      case CENTURY -> "XX";
    };
  }

  LocalDate shift(LocalDate d, long n) {
    return switch (this) {
      case DAY -> d.plusDays(n);
      case WEEK -> d.plusWeeks(n);
      case MONTH -> d.plusMonths(n);
      case QUARTER -> d.plusMonths(3 * n);
      case HALF -> d.plusMonths(6 * n);
      case YEAR -> d.plusYears(n);
      case DECADE -> d.plusYears(10 * n);
      case CENTURY -> d.plusYears(100 * n);
    };
  }

  /** The grain named by a unit code of {@link Lexicon#UNITS}, or null for clock units. */
  static Grain ofUnit(String code) {
    return switch (code) {
      case "D" -> DAY;
      case "W" -> WEEK;
      case "M" -> MONTH;
      case "Q" -> QUARTER;
      case "Y" -> YEAR;
      case "DE" -> DECADE;
      case "CE" -> CENTURY;
      default -> null;
    };
  }
}

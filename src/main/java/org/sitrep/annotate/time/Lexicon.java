package org.sitrep.annotate.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists of English time expressions: months, weekdays, number words, units,
 * seasons, holidays.
 */
final class Lexicon {
  private Lexicon() {}

  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();

  /** Month and weekday names written in full, which never take an abbreviation's full stop. */
  static final Set<String> FULL_NAMES = new java.util.HashSet<>();

  static final Map<String, Integer> NUMBERS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();

  /** Unit word (singular or plural) to its TIMEX3 duration letter; T marks units of the clock. */
  static final Map<String, String> UNITS = new HashMap<>();

  static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
  static final Map<String, String> DAY_PARTS =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");

  /** Fixed-date holidays as MM-DD. */
  static final Map<String, String> HOLIDAYS =
      Map.of(
          "christmas", "12-25",
          "halloween", "10-31",
          "valentine", "02-14",
          "independence day", "07-04",
          "new year", "01-01",
          "christmas eve", "12-24",
          "new year's eve", "12-31",
          "boxing day", "12-26");

  static final Set<String> ZONES =
      Set.of(
          "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
          "cest", "eet", "eest", "msk");

  static {
    String[] months = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    for (int m = 0; m < 12; m++) {
      MONTHS.put(months[m], m + 1);
      FULL_NAMES.add(months[m]);
      MONTHS.put(months[m].substring(0, 3), m + 1);
    }
    MONTHS.put("sept", 9);
    String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int d = 0; d < 7; d++) {
      WEEKDAYS.put(days[d], d + 1);
      FULL_NAMES.add(days[d]);
      WEEKDAYS.put(days[d].substring(0, 3), d + 1);
    }
    WEEKDAYS.put("tues", 2);
    WEEKDAYS.put("weds", 3);
    WEEKDAYS.put("thur", 4);
    WEEKDAYS.put("thurs", 4);
    String[] units = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int k = 0; k < units.length; k++) NUMBERS.put(units[k], k);
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int k = 0; k < tens.length; k++) NUMBERS.put(tens[k], 20 + 10 * k);
    NUMBERS.put("fourty", 40);
    String[] ords = {
      "first",
      "second",
      "third",
      "fourth",
      "fifth",
      "sixth",
      "seventh",
      "eighth",
      "ninth",
      "tenth",
      "eleventh",
      "twelfth",
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth",
      "twentieth"
    };
    for (int k = 0; k < ords.length; k++) ORDINALS.put(ords[k], k + 1);
    ORDINALS.put("thirtieth", 30);
    unit("TS", "second", "seconds", "sec", "secs");
    unit("TM", "minute", "minutes", "min", "mins");
    unit("TH", "hour", "hours", "hr", "hrs");
    unit("D", "day", "days");
    unit("W", "week", "weeks");
    unit("M", "month", "months");
    unit("Q", "quarter", "quarters");
    unit("Y", "year", "years", "yr", "yrs");
    unit("DE", "decade", "decades");
    unit("CE", "century", "centuries");
  }

  private static void unit(String code, String... words) {
    for (String w : words) UNITS.put(w, code);
  }
}

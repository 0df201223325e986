package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpr;

/**
 * Properties of the normaliser checked over every day of several years (plain loops: jqwik is not
 * on the classpath).
 */
class TimeNormaliserPropertyTest {
  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private final TimeTagger tagger = new TimeTagger();

  private TimeExpr only(String text, LocalDate anchor) {
    List<TimeExpr> all = tagger.tag(text, anchor);
    assertEquals(1, all.size(), text + " @" + anchor + " -> " + all);
    return all.get(0);
  }

  @Test
  void writtenDatesRoundTripInEveryFormat() {
    LocalDate anchor = LocalDate.of(2022, 7, 1);
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      List<String> forms =
          List.of(
              month + " " + d.getDayOfMonth() + ", " + d.getYear(),
              d.getDayOfMonth() + " " + month + " " + d.getYear(),
              weekday + ", " + month + " " + d.getDayOfMonth() + ", " + d.getYear(),
              d.format(DateTimeFormatter.ISO_LOCAL_DATE),
              d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear());
      for (String form : forms) {
        TimeExpr e = only("It happened on " + form + " near the border.", anchor);
        assertEquals(form, e.text());
        assertEquals(d.toString(), e.value(), form);
      }
    }
  }

  @Test
  void deicticWordsShiftTheAnchor() {
    for (LocalDate a = FIRST; !a.isAfter(LAST); a = a.plusDays(1)) {
      assertEquals(a.minusDays(1).toString(), only("he said yesterday", a).value());
      assertEquals(a.plusDays(1).toString(), only("he will go tomorrow", a).value());
      assertEquals(Integer.toString(a.getYear() - 2), only("two years ago", a).value());
      assertEquals(a.minusMonths(1).toString().substring(0, 7), only("last month", a).value());
      LocalDate nextWeek = a.plusWeeks(1);
      assertEquals(
          String.format(
              "%d-W%02d",
              nextWeek.get(IsoFields.WEEK_BASED_YEAR),
              nextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
          only("next week", a).value());
    }
  }

  @Test
  void aBareWeekdayIsWithinTheWeekBeforeInPastClausesAndTheWeekAfterInFutureClauses() {
    for (LocalDate a = FIRST; !a.isAfter(LAST); a = a.plusDays(1)) {
      for (DayOfWeek w : DayOfWeek.values()) {
        String name = w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        LocalDate past = LocalDate.parse(only("The minister spoke on " + name + ".", a).value());
        assertEquals(w, past.getDayOfWeek());
        long back = ChronoUnit.DAYS.between(past, a);
        // the day after the anchor is read as "tomorrow" rather than six days back
        assertTrue(back >= -1 && back < 6, name + " @" + a + " -> " + past);
        LocalDate future =
            LocalDate.parse(only("The minister will speak on " + name + ".", a).value());
        long ahead = ChronoUnit.DAYS.between(a, future);
        assertTrue(ahead >= 0 && ahead < 7, name + " @" + a + " -> " + future);
      }
    }
  }

  @Test
  void aMonthAndDayWithoutYearIsNeverMoreThanAYearAway() {
    LocalDate d = LocalDate.of(2023, 1, 1);
    for (LocalDate a = FIRST; !a.isAfter(LAST); a = a.plusDays(3)) {
      for (int m = 1; m <= 12; m++) {
        String month = java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        LocalDate got = LocalDate.parse(only("on " + month + " 15 the troops", a).value());
        assertEquals(m, got.getMonthValue());
        assertTrue(
            Math.abs(ChronoUnit.DAYS.between(a, got)) <= 366,
            month + " @" + a + " -> " + got + " " + d);
      }
    }
  }

  @Test
  void spansAreOrderedDisjointAndQuoteTheText() {
    String[] words = {
      "the", "troops", "June", "Monday", "last", "next", "2027", "350", "4,800", "years", "ago",
          "for",
      "two", "more", "than", "a", "p.m.", "3", "-", "quarter", "third", "of", "early", "1990s",
      "10:30", "week", ",", ".", "\n", "Sept.", "26", "since", "every", "daily", "now", "tonight"
    };
    java.util.Random r = new java.util.Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 60; k++) b.append(words[r.nextInt(words.length)]).append(' ');
      String text = b.toString();
      int last = 0;
      for (TimeExpr e : tagger.tag(text, LocalDate.of(2023, 6, 28))) {
        assertTrue(e.start() >= last && e.end() > e.start(), text + " -> " + e);
        assertEquals(text.substring(e.start(), e.end()), e.text());
        assertTrue(!e.value().isEmpty() && !e.type().isEmpty(), e.toString());
        last = e.end();
      }
    }
  }
}

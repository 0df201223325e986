package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pathological inputs must take time proportional to their length: no regex backtracking, no
 * quadratic scans.
 */
class TimeTaggerLinearTimeTest {
  private static final LocalDate ANCHOR = LocalDate.of(2023, 6, 28);
  private static final int LENGTH = 100_000;
  private final TimeTagger tagger = new TimeTagger();

  private static String repeat(String unit) {
    StringBuilder b = new StringBuilder(LENGTH + unit.length());
    while (b.length() < LENGTH) b.append(unit);
    return b.toString();
  }

  private static String randomWords(long seed) {
    String[] words = {
      "the", "troops", "June", "Monday", "last", "next", "2027", "350", "4,800", "years", "ago",
      "for", "two", "more", "than", "a", "p", "m", "-", "'", "quarter", "third", "of", "early",
      "1990s", "10:30", "week"
    };
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(LENGTH + 20);
    while (b.length() < LENGTH) b.append(words[r.nextInt(words.length)]).append(' ');
    return b.toString();
  }

  private long millis(String text) {
    long t0 = System.nanoTime();
    tagger.tag(text, ANCHOR);
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void hundredThousandCharactersWithoutPunctuationTakeUnderThreeSeconds() {
    String[] inputs = {
      repeat("a"),
      repeat("1"),
      repeat("1,"),
      repeat("1:"),
      repeat("- "),
      repeat("-"),
      repeat("a.m."),
      repeat("'s "),
      repeat("two "),
      repeat("the last "),
      repeat("June "),
      repeat("Monday "),
      repeat("1990 "),
      repeat("more than "),
      repeat("twenty-"),
      repeat("\u00a0"),
      randomWords(1),
      randomWords(2)
    };
    for (int k = 0; k < 2; k++) for (String s : inputs) millis(s); // warm-up
    for (String s : inputs) {
      long ms = millis(s);
      // About 35 ms when the machine is idle; the bound leaves room for a loaded CI box, not for
      // backtracking.
      assertTrue(ms < 3000, "took " + ms + " ms on " + s.substring(0, 20) + "...");
    }
  }

  @Test
  void doublingTheInputRoughlyDoublesTheTime() {
    String one = randomWords(3);
    String two = one + one;
    for (int k = 0; k < 3; k++) {
      millis(one);
      millis(two);
    }
    long a = Math.max(1, millis(one));
    long b = millis(two);
    assertTrue(b < 4 * a + 200, "100k: " + a + " ms, 200k: " + b + " ms");
  }
}

package org.sitrep.annotate.quantity;

import java.util.Map;

/**
 * The English number vocabulary: cardinals, magnitudes (also the newsroom abbreviations) and
 * fraction words.
 */
final class NumberWords {
  private NumberWords() {}

  static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /**
   * Magnitudes written as words after a number, lower-cased. "m" and "b" are decided by the caller
   * (metre?).
   */
  static final Map<String, Double> MAGNITUDE =
      Map.ofEntries(
          Map.entry("hundred", 1e2),
          Map.entry("thousand", 1e3),
          Map.entry("k", 1e3),
          Map.entry("million", 1e6),
          Map.entry("mln", 1e6),
          Map.entry("mn", 1e6),
          Map.entry("mil", 1e6),
          Map.entry("mm", 1e6),
          Map.entry("billion", 1e9),
          Map.entry("bn", 1e9),
          Map.entry("bln", 1e9),
          Map.entry("trillion", 1e12),
          Map.entry("tn", 1e12),
          Map.entry("trn", 1e12),
          Map.entry("tln", 1e12),
          // South Asian press: a lakh is 100,000, a crore ten million ("Rs 40 crore").
          Map.entry("lakh", 1e5),
          Map.entry("lakhs", 1e5),
          Map.entry("crore", 1e7),
          Map.entry("crores", 1e7));

  /**
   * A magnitude spelled out in full, which may stack ("1.75 lakh crore", "two thousand million");
   * abbreviations ("k", "mn", "bln") never do.
   */
  static boolean isSpelledMagnitude(String w) {
    return w.length() >= 4 && MAGNITUDE.containsKey(w);
  }

  /** Denominators written as words: "a third", "two fifths". "half" is handled on its own. */
  static final Map<String, Integer> FRACTION =
      Map.ofEntries(
          Map.entry("half", 2),
          Map.entry("halves", 2),
          Map.entry("third", 3),
          Map.entry("thirds", 3),
          Map.entry("quarter", 4),
          Map.entry("quarters", 4),
          Map.entry("fourth", 4),
          Map.entry("fourths", 4),
          Map.entry("fifth", 5),
          Map.entry("fifths", 5),
          Map.entry("sixth", 6),
          Map.entry("sixths", 6),
          Map.entry("seventh", 7),
          Map.entry("sevenths", 7),
          Map.entry("eighth", 8),
          Map.entry("eighths", 8),
          Map.entry("ninth", 9),
          Map.entry("ninths", 9),
          Map.entry("tenth", 10),
          Map.entry("tenths", 10));

  /**
   * Plural round numbers used as vague counts: "thousands of", "dozens of", "tens of thousands".
   */
  static final Map<String, Double> VAGUE =
      Map.of(
          "tens",
          10.0,
          "dozens",
          12.0,
          "scores",
          20.0,
          "hundreds",
          1e2,
          "thousands",
          1e3,
          "millions",
          1e6,
          "billions",
          1e9);

  static boolean isCardinal(String w) {
    return SMALL.containsKey(w) || TENS.containsKey(w) || w.equals("hundred") || isBigMagnitude(w);
  }

  static boolean isBigMagnitude(String w) {
    return w.equals("thousand")
        || w.equals("million")
        || w.equals("billion")
        || w.equals("trillion");
  }
}

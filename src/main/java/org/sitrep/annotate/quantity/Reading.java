package org.sitrep.annotate.quantity;

/**
 * A number as read from tokens {@code first..last} (inclusive). {@code vague}: a round plural like
 * "thousands of", which means at least that many. {@code words}: written in words rather than
 * digits.
 */
record Reading(
    int first,
    int last,
    double value,
    double magnitude,
    boolean approximate,
    boolean vague,
    boolean words) {
  Reading withLast(int newLast, double newValue, double newMagnitude) {
    return new Reading(first, newLast, newValue, newMagnitude, approximate, vague, words);
  }

  Reading approx() {
    return new Reading(first, last, value, magnitude, true, vague, words);
  }
}

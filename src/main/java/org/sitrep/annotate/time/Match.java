package org.sitrep.annotate.time;

/**
 * A rule's finding: the words {@code [from, to)} it covers and the TIMEX3 type and value it gives
 * them.
 */
record Match(int from, int to, String type, String value, boolean anchored) {
  static final String DATE = "DATE";
  static final String TIME = "TIME";
  static final String DURATION = "DURATION";
  static final String SET = "SET";

  Match from(int newFrom) {
    return new Match(newFrom, to, type, value, anchored);
  }

  /** The one of two candidates that covers more words (the first on a tie); either may be null. */
  static Match longer(Match a, Match b) {
    if (a == null) return b;
    if (b == null) return a;
    return b.to() > a.to() ? b : a;
  }
}

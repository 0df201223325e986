package org.sitrep.model;

/**
 * A token from the language layer: its offsets into the body, the word as written, its part of
 * speech, lemma and named-entity tag (O when none), and the index of its sentence.
 */
public record Token(
    int start, int end, String word, String pos, String lemma, String ner, int sentence) {
  /**
   * The index of the first token starting at or after {@code offset} in tokens sorted by start;
   * size() when none.
   */
  public static int firstAtOrAfter(java.util.List<Token> toks, int offset) {
    int lo = 0, hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

package org.sitrep.model;

/**
 * A token from the language layer: its offsets into the body, the word as written, its part of
 * speech, lemma and named-entity tag (O when none), the index of its sentence, and the tagger's
 * probability for that named-entity tag (1 where the tag came from no statistical model).
 */
public record Token(
    int start,
    int end,
    String word,
    String pos,
    String lemma,
    String ner,
    int sentence,
    float nerProbability) {
  /** A token whose named-entity tag is certain. */
  public Token(
      int start, int end, String word, String pos, String lemma, String ner, int sentence) {
    this(start, end, word, pos, lemma, ner, sentence, 1f);
  }

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

package org.sitrep.annotate.quote;

import java.util.Arrays;
import java.util.Set;

/** Builds the word lists of this package; a list may repeat a word (Set.of would refuse it). */
final class Lexicon {
  private Lexicon() {}

  static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /** White space including the no-break spaces news sites put between "he" and "said". */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

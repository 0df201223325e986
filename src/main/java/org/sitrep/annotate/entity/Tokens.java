package org.sitrep.annotate.entity;

import java.util.List;
import org.sitrep.model.Token;

/** Offset arithmetic over a document's tokens, which are sorted by start. */
final class Tokens {
  private Tokens() {}

  /**
   * The index of the first token starting at or after {@code offset}; {@code toks.size()} when none
   * does.
   */
  static int firstAtOrAfter(List<Token> toks, int offset) {
    return Token.firstAtOrAfter(toks, offset);
  }
}

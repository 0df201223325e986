package org.sitrep.annotate.quantity;

import java.util.Locale;

/**
 * A token of the quantity lexer: a word, a run of digits, or one symbol, with its lower-cased form
 * (computed once: the lookarounds compare it many times) and whether space or a line break precedes
 * it.
 */
record Tok(
    int start,
    int end,
    String text,
    String lower,
    Kind kind,
    boolean spaceBefore,
    boolean lineBefore) {
  enum Kind {
    WORD,
    NUM,
    SYM
  }

  Tok(int start, int end, String text, Kind kind, boolean spaceBefore, boolean lineBefore) {
    this(start, end, text, text.toLowerCase(Locale.ROOT), kind, spaceBefore, lineBefore);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNum() {
    return kind == Kind.NUM;
  }

  boolean is(String s) {
    return lower.equals(s) || text.equalsIgnoreCase(s);
  }

  boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }
}

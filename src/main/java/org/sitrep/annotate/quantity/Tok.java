package org.sitrep.annotate.quantity;

import java.util.Locale;

/** A token of the quantity lexer: a word, a run of digits, or one symbol, with whether space precedes it. */
record Tok(int start, int end, String text, Kind kind, boolean spaceBefore, boolean lineBefore) {
  enum Kind {
    WORD,
    NUM,
    SYM
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNum() {
    return kind == Kind.NUM;
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }

  boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }
}

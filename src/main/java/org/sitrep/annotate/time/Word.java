package org.sitrep.annotate.time;

/**
 * One token of the text: a run of letters, a number, or a single other character, with its offsets.
 */
record Word(int start, int end, String text, String lower, char kind, boolean spaceBefore) {
  static final char LETTERS = 'w';
  static final char NUMBER = 'n';
  static final char OTHER = 'p';

  boolean isNumber() {
    return kind == NUMBER;
  }

  boolean isWord() {
    return kind == LETTERS;
  }

  boolean capitalised() {
    return kind == LETTERS && Character.isUpperCase(text.charAt(0));
  }
}

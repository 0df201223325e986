package org.sitrep.annotate.quote;

/**
 * A word or punctuation mark of the body with its part-of-speech tag when the language layer gave
 * one (else null).
 */
record Word(int start, int end, String text, String pos) {

  boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }
}

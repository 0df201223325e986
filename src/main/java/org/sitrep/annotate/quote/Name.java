package org.sitrep.annotate.quote;

/**
 * A name in the body: its offsets, text, entity type (PERSON, ORGANIZATION ... or null when it was
 * found without the entity layer), the title written before it in lower case ("defense minister",
 * or null) and the canonical full name the entity layer gave it (or null).
 */
record Name(int start, int end, String text, String type, String role, String canonical) {

  boolean maybeSpeaker() {
    return type == null || type.equals("PERSON") || type.equals("ORGANIZATION");
  }

  String lastWord() {
    int sp = text.lastIndexOf(' ');
    return sp < 0 ? text : text.substring(sp + 1);
  }

  int wordCount() {
    return text.split(" +").length;
  }
}

package org.sitrep.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a name: diacritics folded (NFKD, marks dropped, and the letters NFKD leaves
 * alone such as ø, ł and ß spelled out), lower case, hyphens and white space as one space, other
 * punctuation dropped. "Anušauskas" and "Anusauskas" share a key, as do "U.S." and "US". It lives
 * in the model so that entity, place and cross-document stages share one definition.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (Character.isWhitespace(c)
          || c == '-'
          || c == '‐'
          || c == '–'
          || c == '_'
          || c == '\u00a0') {
        space = b.length() > 0;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) continue;
      if (space) b.append(' ');
      space = false;
      b.append(fold(Character.toLowerCase(c)));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Capital letters of a multi-word name: "North Atlantic Treaty Organization" gives "NATO". */
  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      sb.append(w.charAt(0));
    }
    return sb.toString();
  }

  private static String fold(char c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ', 'ð' -> "d";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ı' -> "i";
      case 'þ' -> "th";
      default -> String.valueOf(c);
    };
  }
}

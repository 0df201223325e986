package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, digit runs and single symbols in one left-to-right pass. Hand-written
 * rather than a regex so that its cost stays linear on any input, including 100k-character lines of
 * digits.
 */
final class Lexer {
  private Lexer() {}

  static List<Tok> lex(String text) {
    List<Tok> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean space = true;
    boolean line = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        space = true;
        if (c == '\n') line = true;
        i++;
        continue;
      }
      int start = i;
      Tok.Kind kind;
      if (isDigit(c)
          || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)) && !afterAlnum(text, i))) {
        i = endOfNumber(text, i);
        if (i < n && vulgarFraction(text.charAt(i)) > 0 && text.charAt(i - 1) != '.') i++; // "2½"
        kind = Tok.Kind.NUM;
      } else if (vulgarFraction(c) > 0) { // "½ teaspoon"
        i++;
        kind = Tok.Kind.NUM;
      } else if (Character.isLetter(c)) {
        i++;
        while (i < n && Character.isLetter(text.charAt(i))) i++;
        kind = Tok.Kind.WORD;
      } else if (isApostrophe(c)
          && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))
          && afterAlnum(text, i)) {
        // "Germany's": the possessive becomes its own word token "'s".
        i++;
        while (i < n && Character.isLetter(text.charAt(i))) i++;
        kind = Tok.Kind.WORD;
      } else {
        i++;
        kind = Tok.Kind.SYM;
      }
      out.add(new Tok(start, i, text.substring(start, i), kind, space, line));
      space = false;
      line = false;
    }
    return out;
  }

  /**
   * Digits with inner separators: "4,000", "1.2", "1,234.5"; a separator must be followed by a
   * digit.
   */
  private static int endOfNumber(String text, int i) {
    int n = text.length();
    if (text.charAt(i) == '.') i++;
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) i++;
      else if ((c == ',' || c == '.') && i + 1 < n && isDigit(text.charAt(i + 1))) i++;
      else break;
    }
    return i;
  }

  private static boolean afterAlnum(String text, int i) {
    return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static final String VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";

  private static final double[] VULGAR_VALUES = {
    1.0 / 2, 1.0 / 3, 2.0 / 3, 1.0 / 4, 3.0 / 4, 1.0 / 5, 2.0 / 5, 3.0 / 5, 4.0 / 5, 1.0 / 6,
    5.0 / 6, 1.0 / 8, 3.0 / 8, 5.0 / 8, 7.0 / 8
  };

  /** The value of a vulgar fraction character ("½" 0.5, "¾" 0.75), or 0 for any other. */
  static double vulgarFraction(char c) {
    int k = VULGAR.indexOf(c);
    return k < 0 ? 0 : VULGAR_VALUES[k];
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}

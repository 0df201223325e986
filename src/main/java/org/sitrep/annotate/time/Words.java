package org.sitrep.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Word}s in one pass with no regular expression, so that tagging stays
 * linear in the length of the text whatever it holds.
 */
final class Words {
  private Words() {}

  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        i++;
        continue;
      }
      int j = i + 1;
      char kind;
      if (Character.isLetter(c)) {
        kind = Word.LETTERS;
        while (j < n && Character.isLetter(text.charAt(j))) j++;
      } else if (isDigit(c)) {
        kind = Word.NUMBER;
        while (j < n) {
          char d = text.charAt(j);
          if (isDigit(d)) j++;
          // 4,800 and 10:30 and 3.5 and 10/12/2023 stay one token; a separator must sit between
          // digits.
          else if ((d == ',' || d == '.' || d == ':' || d == '/')
              && j + 1 < n
              && isDigit(text.charAt(j + 1))) j += 2;
          else break;
        }
      } else {
        kind = Word.OTHER;
      }
      String t = text.substring(i, j);
      out.add(new Word(i, j, t, t.toLowerCase(Locale.ROOT), kind, space));
      space = false;
      i = j;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

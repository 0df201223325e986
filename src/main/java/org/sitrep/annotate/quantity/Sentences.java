package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * A plain-text sentence splitter for when the document has no sentence layer: breaks at line ends
 * and after ".", "!" or "?" followed by space and a capital, a quote or a digit. Good enough to
 * scope the counted-noun inheritance.
 */
final class Sentences {
  private Sentences() {}

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = c == '\n';
      if ((c == '.' || c == '!' || c == '?')
          && i + 2 < n
          && Character.isWhitespace(text.charAt(i + 1))) {
        char d = text.charAt(i + 2);
        end = Character.isUpperCase(d) || d == '"' || d == '\u201c' || Character.isDigit(d);
        // "Mr. Smith", "U.S. troops": a one- or two-letter word before the dot is an abbreviation.
        if (end
            && i >= 2
            && Character.isLetter(text.charAt(i - 1))
            && !Character.isLetter(text.charAt(i - 2))) end = false;
      }
      if (end) {
        if (i + 1 > start && !text.substring(start, i + 1).isBlank())
          out.add(new Span(start, i + 1));
        start = i + 1;
      }
    }
    if (start < n && !text.substring(start).isBlank()) out.add(new Span(start, n));
    return out;
  }
}

package org.sitrep.annotate.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Whether a sentence is a heading rather than a statement: one of the headings the cleaner found,
 * or a line of its own written in title case with no closing punctuation ("Military Exercise in
 * Belarus", "Call for Increased Defense Spending"). A heading names a topic; it reports nothing.
 */
final class Headings {
  private Headings() {}

  static boolean isHeading(String body, List<Token> sentence, Set<String> headings) {
    if (sentence.isEmpty()) return false;
    int start = sentence.get(0).start(), end = sentence.get(sentence.size() - 1).end();
    if (start < 0 || end > body.length() || start >= end) return false;
    String text = body.substring(start, end);
    if (headings.contains(EventStage.squash(text))) return true;
    return ownLine(body, start, end) && titleCase(sentence);
  }

  /** Nothing but white space between the line breaks around [start, end). */
  private static boolean ownLine(String body, int start, int end) {
    for (int i = start - 1; i >= 0 && body.charAt(i) != '\n'; i--)
      if (!Character.isWhitespace(body.charAt(i))) return false;
    for (int i = end; i < body.length() && body.charAt(i) != '\n'; i++)
      if (!Character.isWhitespace(body.charAt(i))) return false;
    return true;
  }

  /**
   * Two to fourteen words, no closing punctuation, every word capitalised but the short ones a
   * title writes in lower case, and at least one word not a name (a line of names is a byline or a
   * list entry, not a heading).
   */
  private static boolean titleCase(List<Token> sentence) {
    String last = sentence.get(sentence.size() - 1).word();
    if (last.isEmpty() || ".!?:;,\"”’'…)".indexOf(last.charAt(last.length() - 1)) >= 0)
      return false;
    int words = 0, common = 0;
    for (Token t : sentence) {
      String w = t.word();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
      words++;
      if (Words.HEADING_MINOR.contains(w.toLowerCase(Locale.ROOT))) continue;
      if (!Character.isUpperCase(w.charAt(0))) return false;
      if (t.ner() == null || t.ner().equals("O")) common++;
    }
    return words >= 2 && words <= 14 && common > 0;
  }
}

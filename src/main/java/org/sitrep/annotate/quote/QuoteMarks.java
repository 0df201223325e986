package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph. Double marks (curly, straight, low-9, guillemets)
 * always pair; single marks pair only when the opening one starts a word and the closing one ends
 * one, so that apostrophes in "don’t" or "Russia’s" never open a quote. A paragraph that opens a
 * quote and does not close it continues into the next paragraph when that one opens with a mark
 * (the English convention for quotes over several paragraphs).
 */
final class QuoteMarks {
  private QuoteMarks() {}

  static List<Candidate> find(String body) {
    List<Candidate> out = new ArrayList<>();
    int paragraph = 0;
    int openGroup = -1;
    int i = 0, n = body.length();
    while (i < n) {
      int end = body.indexOf('\n', i);
      if (end < 0) end = n;
      if (!body.substring(i, end).isBlank()) {
        int first = i;
        while (first < end && Lexicon.isSpace(body.charAt(first))) first++;
        int continued = openGroup >= 0 && isDoubleOpen(body, first) ? openGroup : -1;
        openGroup = scanParagraph(body, i, end, paragraph, continued, out);
        paragraph++;
      }
      i = end + 1;
    }
    return out;
  }

  /**
   * Adds the paragraph's candidates; returns the group of a double quote left open at its end, or
   * -1. The first quote of the paragraph joins {@code continued} when that is not -1.
   */
  private static int scanParagraph(
      String s, int from, int to, int paragraph, int continued, List<Candidate> out) {
    int open = -1;
    int nested = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isDouble(c)) continue;
      if (open < 0) {
        if (isDoubleOpen(s, i)) open = i;
        continue;
      }
      if (c == '«' && s.charAt(open) == '»') {
        // German guillemets point inwards: »…«
        addSingles(s, from, open, paragraph, out);
        out.add(new Candidate(open + 1, i, true, paragraph, groupFor(out, continued), true));
        continued = -1;
        from = i + 1;
        open = -1;
        continue;
      }
      if ((c == '“' && s.charAt(open) == '"') || (c == '«' && s.charAt(open) != '«')) {
        nested++; // curly marks nested in straight ones: a quote inside the quote
        continue;
      }
      if (nested > 0 && (c == '”' || c == '»')) {
        nested--;
        continue;
      }
      if (isDoubleClose(s, i) || !isDoubleOpen(s, i)) {
        addSingles(s, from, open, paragraph, out);
        out.add(new Candidate(open + 1, i, true, paragraph, groupFor(out, continued), true));
        continued = -1;
        from = i + 1;
        open = -1;
      }
    }
    if (open >= 0) {
      int e = to;
      while (e > open + 1 && Lexicon.isSpace(s.charAt(e - 1))) e--;
      addSingles(s, from, open, paragraph, out);
      if (e <= open + 1) return -1;
      int g = groupFor(out, continued);
      out.add(new Candidate(open + 1, e, true, paragraph, g, false));
      return g;
    }
    addSingles(s, from, to, paragraph, out);
    return -1;
  }

  private static int groupFor(List<Candidate> out, int continued) {
    return continued >= 0 ? continued : out.size();
  }

  private static void addSingles(String s, int from, int to, int paragraph, List<Candidate> out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((c == '‘' || c == '\'') && startsWord(s, i, from)) {
        int close = findSingleClose(s, i + 1, to);
        if (close > i + 1) {
          out.add(new Candidate(i + 1, close, false, paragraph, groupFor(out, -1), true));
          i = close;
        }
      }
    }
  }

  private static int findSingleClose(String s, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if ((c == '’' || c == '\'')
          && j > from
          && !Lexicon.isSpace(s.charAt(j - 1))
          && (j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1)))) {
        // "soldiers’ families": a plural possessive, not a closing mark
        boolean possessive =
            s.charAt(j - 1) == 's'
                && j + 2 < s.length()
                && s.charAt(j + 1) == ' '
                && Character.isLowerCase(s.charAt(j + 2))
                && j - from > 60;
        if (!possessive) return j;
      }
    }
    return -1;
  }

  private static boolean startsWord(String s, int i, int from) {
    boolean before =
        i == 0
            || i == from
            || Lexicon.isSpace(s.charAt(i - 1))
            || "([—–-“\"".indexOf(s.charAt(i - 1)) >= 0;
    return before && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  static boolean isDouble(char c) {
    return c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»';
  }

  static boolean isDoubleOpen(String s, int i) {
    if (i >= s.length()) return false;
    char c = s.charAt(i);
    if (c == '“' || c == '„' || c == '«') return true;
    if (c != '"' && c != '”' && c != '»') return false;
    boolean spaceBefore =
        i == 0 || Lexicon.isSpace(s.charAt(i - 1)) || "([—–:".indexOf(s.charAt(i - 1)) >= 0;
    boolean wordAfter = i + 1 < s.length() && !Lexicon.isSpace(s.charAt(i + 1));
    // »…« (German): an inward-pointing mark before a word opens
    if (c == '»') return spaceBefore && wordAfter && Character.isLetterOrDigit(s.charAt(i + 1));
    return spaceBefore && wordAfter;
  }

  static boolean isDoubleClose(String s, int i) {
    char c = s.charAt(i);
    if (c == '”' || c == '»') return true;
    if (c != '"' && c != '“') return false;
    boolean wordBefore = i > 0 && !Lexicon.isSpace(s.charAt(i - 1));
    boolean spaceAfter = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
    return wordBefore && spaceAfter;
  }
}

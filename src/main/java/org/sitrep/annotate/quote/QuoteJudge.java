package org.sitrep.annotate.quote;

import org.sitrep.model.Quote;

/**
 * Tells quotes from scare quotes and titles, and direct quotes from partial ones. A quote needs a
 * speech cue, or the shape of something said: a clause of several words that opens with a capital,
 * or a paragraph that follows a quoted one. A word or two in marks with no cue ('counter-Russia',
 * "Union state") is a term the writer keeps at arm's length, and a run of capitalised words is a
 * title.
 */
final class QuoteJudge {
  private static final java.util.Set<String> SMALL =
      Lexicon.set(
          "a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from",
          "vs.");

  private QuoteJudge() {}

  static boolean accept(String text, boolean doubleMarks, Attribution a, boolean followsQuote) {
    int n = 0, caps = 0;
    for (String w : text.split("[\\s\\u00a0—–]+")) {
      if (w.isEmpty() || !w.codePoints().anyMatch(Character::isLetterOrDigit)) continue;
      n++;
      // titles keep small words in lower case: "The Art of the Deal"
      if (n > 1 && SMALL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        caps++;
        continue;
      }
      int first = firstLetter(w);
      if (first >= 0 && Character.isUpperCase(w.charAt(first))) caps++;
    }
    if (n == 0) return false;
    boolean ends = endsClause(text);
    boolean title = n >= 2 && caps * 4 >= n * 3 && !ends;
    // a run of capitalised words is a title, unless a cue gives it a speaker (headlines capitalise
    // their quotes)
    if (title && (a == null || a.weak() || !a.hasMention())) return false;
    int first = firstLetter(text);
    boolean opensCapital =
        first >= 0
            && (Character.isUpperCase(text.charAt(first)) || Character.isDigit(text.charAt(first)));
    boolean strong = a != null && !a.weak();
    if (!doubleMarks) {
      return (strong && n >= 3) || (opensCapital && ends && n >= 6);
    }
    if (strong) return true;
    if (a != null) return n >= 3;
    if (followsQuote && n >= 3) return true;
    return (opensCapital && n >= 5 && ends) || n >= 10;
  }

  static Quote.Kind kind(String body, Candidate c) {
    String text = body.substring(c.start(), c.end());
    int first = firstLetter(text);
    if (first < 0
        || (!Character.isUpperCase(text.charAt(first)) && !Character.isDigit(text.charAt(first)))) {
      return Quote.Kind.PARTIAL;
    }
    int k = c.open() - 1;
    while (k >= 0 && body.charAt(k) == ' ') k--;
    if (k < 0 || body.charAt(k) == '\n' || ".!?:,—–;\"”“(".indexOf(body.charAt(k)) >= 0)
      return Quote.Kind.DIRECT;
    int ws = k;
    while (ws >= 0 && Character.isLetter(body.charAt(ws))) ws--;
    return SpeechCues.isVerb(body.substring(ws + 1, k + 1))
        ? Quote.Kind.DIRECT
        : Quote.Kind.PARTIAL;
  }

  private static boolean endsClause(String text) {
    String t = text.strip();
    if (t.isEmpty()) return false;
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == ',' || c == '?' || c == '!' || c == '…' || c == ';' || c == ':'
        || c == '—';
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return i;
    return -1;
  }
}

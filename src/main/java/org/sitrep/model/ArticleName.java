package org.sitrep.model;

/**
 * The one way an article is named wherever it is shown (commands, pages, reports): its title, else
 * its first sentence; either cut at a word boundary with an ellipsis when long. Never its id.
 */
public final class ArticleName {
  /** The longest name shown, in characters, the ellipsis included. */
  public static final int MAX = 90;

  /** How much of a body is enough to find its first sentence: what stores read for a name. */
  public static final int PREFIX = 400;

  private ArticleName() {}

  /** The name of an article with this title (may be null or blank) and body (or its start). */
  public static String of(String title, String body) {
    return of(title, body, MAX);
  }

  /** The name, cut to at most {@code max} characters. */
  public static String of(String title, String body, int max) {
    String t = squash(title);
    if (!t.isEmpty()) return clip(t, max);
    String b = squash(body);
    if (b.isEmpty()) return "(empty article)";
    return clip(firstSentence(b), max);
  }

  /** The name of a stored document. */
  public static String of(Document d) {
    return of(d.title(), d.body());
  }

  /**
   * The first sentence of a text: up to the first '.', '!' or '?' followed by a space and a capital
   * letter, a digit or a quotation mark, and not right after a one-letter word or a known
   * abbreviation's dot (a capital letter alone, "Mr", "Dr", "St").
   */
  static String firstSentence(String text) {
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') continue;
      if (text.charAt(i + 1) != ' ') continue;
      char n = text.charAt(i + 2);
      if (!(Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '“')) continue;
      if (c == '.' && abbreviation(text, i)) continue;
      return text.substring(0, i + 1);
    }
    return text;
  }

  private static boolean abbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
    int len = dot - w;
    if (len == 1) return true; // "J. Smith", "U.S. troops"
    if (len == 2
        && Character.isUpperCase(text.charAt(w))
        && Character.isLowerCase(text.charAt(w + 1))) return true; // "Mr. ", "Dr. ", "St. "
    return w > 0 && text.charAt(w - 1) == '.'; // "U.S." inner dots
  }

  /**
   * {@code s} cut at the last word boundary that leaves it at most {@code max} characters, an
   * ellipsis added; unchanged when short enough.
   */
  public static String clip(String s, int max) {
    if (s == null) return "";
    String t = squash(s);
    if (t.length() <= max) return t;
    int limit = Math.max(1, max - 1);
    int cut = t.lastIndexOf(' ', limit);
    if (cut < limit / 2) cut = limit; // one very long word: cut inside it
    return t.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
  }

  private static String squash(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}

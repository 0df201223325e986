package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lower-cased word terms for similarity measures, dropping function words and
 * numbers.
 */
public final class TextTerms {
  private static final Set<String> STOP =
      Set.of(
          "the",
          "and",
          "for",
          "that",
          "with",
          "was",
          "were",
          "are",
          "has",
          "have",
          "had",
          "this",
          "from",
          "but",
          "not",
          "his",
          "her",
          "its",
          "they",
          "their",
          "them",
          "she",
          "him",
          "you",
          "your",
          "our",
          "who",
          "which",
          "what",
          "when",
          "where",
          "will",
          "would",
          "could",
          "should",
          "can",
          "been",
          "being",
          "than",
          "then",
          "there",
          "these",
          "those",
          "also",
          "into",
          "about",
          "after",
          "before",
          "over",
          "said",
          "says",
          "more",
          "most",
          "some",
          "such",
          "only",
          "other",
          "one",
          "two",
          "all",
          "any",
          "out",
          "just",
          "very",
          "did",
          "does",
          "how",
          "why",
          "may",
          "might",
          "must",
          "each",
          "many",
          "much",
          "while",
          "because",
          "both",
          "between",
          "during",
          "through",
          "under",
          "again",
          "further",
          "once",
          "here",
          "own",
          "same",
          "too",
          "now",
          "new",
          "year",
          "years",
          "last",
          "first",
          "like",
          "get",
          "got",
          "make",
          "made",
          "told",
          "according",
          "people");

  private TextTerms() {}

  /** Content words of length 3 or more, in text order. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length(), i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int s = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) i++;
      if (i - s >= 3) {
        String w = text.substring(s, i).toLowerCase(Locale.ROOT);
        if (!STOP.contains(w) && !Character.isDigit(w.charAt(0))) out.add(w);
      }
    }
    return out;
  }

  /**
   * Content words with a weight: words written with a capital inside a sentence (names of people,
   * places, organisations, products) count {@code nameWeight} times, since they say more about
   * which story an article tells.
   */
  public static java.util.Map<String, Double> weighted(String text, double nameWeight) {
    java.util.Map<String, Double> out = new java.util.HashMap<>();
    int n = text.length(), i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '“')
          sentenceStart = true;
        i++;
      }
      int s = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) i++;
      if (i - s >= 3) {
        String w = text.substring(s, i).toLowerCase(Locale.ROOT);
        if (!STOP.contains(w) && !Character.isDigit(w.charAt(0))) {
          boolean name = !sentenceStart && Character.isUpperCase(text.charAt(s));
          out.merge(w, name ? nameWeight : 1.0, Double::sum);
        }
      }
      if (i > s) sentenceStart = false;
    }
    return out;
  }

  /** All words, lower-cased, numbers included: what shingles are made of. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length(), i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
      if (i > s) out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}

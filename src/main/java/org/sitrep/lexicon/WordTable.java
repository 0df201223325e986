package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A word list kept as data: rows of {@code kind}, {@code words} ({@code |}-separated, matched in
 * lower case; a phrase's words separated by spaces) and {@code value}; {@code #} starts a comment.
 * Read once by the class that owns it.
 */
public final class WordTable {
  private final Map<String, Map<String, String>> byKind = new HashMap<>();
  private int longestPhrase = 1;

  private WordTable() {}

  /** Reads a table from the classpath; a missing or malformed table is a build error. */
  public static WordTable read(String resource) {
    WordTable t = new WordTable();
    try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        if (c.length < 2)
          throw new IllegalStateException(resource + ":" + n + ": expected kind, words, value");
        Map<String, String> words = t.byKind.computeIfAbsent(c[0], k -> new HashMap<>());
        for (String w : c[1].split("\\|")) {
          String key = w.toLowerCase(Locale.ROOT);
          words.put(key, c.length > 2 ? c[2] : "");
          t.longestPhrase = Math.max(t.longestPhrase, key.split(" ").length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** The value of a word (any case) of this kind, or null. */
  public String get(String kind, String word) {
    Map<String, String> m = byKind.get(kind);
    return m == null || word == null ? null : m.get(word.toLowerCase(Locale.ROOT));
  }

  public boolean has(String kind, String word) {
    return get(kind, word) != null;
  }

  /** The words of a kind, the longest first (then in alphabetical order); empty when none. */
  public java.util.List<String> words(String kind) {
    Map<String, String> m = byKind.get(kind);
    if (m == null) return java.util.List.of();
    java.util.List<String> out = new java.util.ArrayList<>(m.keySet());
    out.sort(
        java.util.Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(java.util.Comparator.naturalOrder()));
    return out;
  }

  /** The most words a listed phrase has. */
  public int longestPhrase() {
    return longestPhrase;
  }
}

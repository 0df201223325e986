package org.sitrep.resolve.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.resolve.TextTerms;

/**
 * When two articles tell the same story, decided from the two articles alone, so that stories (the
 * connected components of this relation) are a function of the set of articles, whatever the order
 * they arrive in. An article becomes a vector of its content words weighted by how rare each word
 * is in general English (fixed weights from {@code word-frequencies.tsv}, not from the articles
 * stored, so a vector never changes once made); two articles are linked when the cosine of their
 * vectors reaches {@code threshold}, they share one of their {@code keys} heaviest words, and their
 * publication dates are at most {@code windowDays} apart (an undated article is near any date).
 * Candidates for a link are found through those shared key words, {@code perKey} rows per key at
 * most, the nearest in date first.
 */
public final class StoryRule {
  /** The rule's parameters. */
  public record Config(
      double threshold, int keys, int docTerms, int windowDays, int perKey, double nameWeight) {
    public static final Config DEFAULT = new Config(0.18, 8, 150, 3650, 16, 2.0);
  }

  private static final Map<String, Double> WEIGHTS = new HashMap<>();
  private static final double UNKNOWN;

  static {
    long total = 0;
    Map<String, Long> counts = new HashMap<>();
    try (InputStream in = StoryRule.class.getResourceAsStream("word-frequencies.tsv")) {
      if (in == null) throw new IllegalStateException("word-frequencies.tsv is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab < 0) continue;
        long n = Long.parseLong(line.substring(tab + 1).strip());
        if (line.startsWith("#total")) total = n;
        else if (!line.startsWith("#")) counts.put(line.substring(0, tab), n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (total <= 0) throw new IllegalStateException("word-frequencies.tsv gives no total");
    for (var e : counts.entrySet())
      WEIGHTS.put(e.getKey(), Math.log((total + 1.0) / (e.getValue() + 1.0)));
    UNKNOWN = Math.log(total + 1.0);
  }

  private StoryRule() {}

  /** How much a word says about a story: the log of its inverse frequency in general English. */
  public static double weight(String word) {
    return WEIGHTS.getOrDefault(word, UNKNOWN);
  }

  /**
   * An article's vector: its {@code docTerms} heaviest content words, unit length, in term order.
   * Words written with a capital inside a sentence count {@code nameWeight} times.
   */
  public static TreeMap<String, Double> vector(String text, Config config) {
    Map<String, Double> tf = TextTerms.weighted(text, config.nameWeight());
    List<Map.Entry<String, Double>> es = new ArrayList<>(tf.size());
    for (var e : tf.entrySet())
      es.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * weight(e.getKey())));
    es.sort(HEAVIEST);
    TreeMap<String, Double> v = new TreeMap<>();
    double n = 0;
    for (int i = 0; i < Math.min(es.size(), config.docTerms()); i++) {
      v.put(es.get(i).getKey(), es.get(i).getValue());
      n += es.get(i).getValue() * es.get(i).getValue();
    }
    double norm = Math.sqrt(n);
    if (norm > 0) v.replaceAll((k, x) -> x / norm);
    return v;
  }

  /** The words an article is found by: its {@code keys} heaviest, heaviest first. */
  public static List<String> keys(Map<String, Double> vector, Config config) {
    List<Map.Entry<String, Double>> es = new ArrayList<>(vector.entrySet());
    es.sort(HEAVIEST);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(es.size(), config.keys()); i++) out.add(es.get(i).getKey());
    return out;
  }

  /** The cosine of two unit vectors. */
  public static double similarity(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return similarity(b, a);
    double s = 0;
    for (var e : a.entrySet()) {
      Double x = b.get(e.getKey());
      if (x != null) s += x * e.getValue();
    }
    return s;
  }

  /** Whether two publication days (epoch days, null when undated) are near enough to link. */
  public static boolean near(Long a, Long b, Config config) {
    return a == null || b == null || Math.abs(a - b) <= config.windowDays();
  }

  /** A publication date's day (epoch day), or null when there is none or it cannot be read. */
  public static Long day(String date) {
    if (date == null || date.length() < 10) return null;
    try {
      return LocalDate.parse(date.substring(0, 10)).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** Heaviest first, then by term: a total order, so ties never depend on hashing. */
  private static final java.util.Comparator<Map.Entry<String, Double>> HEAVIEST =
      (x, y) -> {
        int c = Double.compare(y.getValue(), x.getValue());
        return c != 0 ? c : x.getKey().compareTo(y.getKey());
      };
}

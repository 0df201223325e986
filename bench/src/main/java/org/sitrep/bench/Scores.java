package org.sitrep.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level true positives, false positives and false negatives per type, with P/R/F1 per type
 * and overall.
 */
public final class Scores {
  private final Map<String, int[]> counts = new HashMap<>();

  /** Adds one sentence: an entity counts only when its span and type are both exact. */
  public void add(Set<NerBenchmark.Span> gold, Set<NerBenchmark.Span> predicted) {
    for (NerBenchmark.Span p : predicted) count(p.type())[gold.contains(p) ? 0 : 1]++;
    for (NerBenchmark.Span g : gold) if (!predicted.contains(g)) count(g.type())[2]++;
  }

  /**
   * Adds one document scored as sets of (type, text), as the GermEval task does: each key is a
   * type, a tab and the entity's text.
   */
  public void addTyped(Set<String> gold, Set<String> predicted) {
    for (String p : predicted) count(typeOf(p))[gold.contains(p) ? 0 : 1]++;
    for (String g : gold) if (!predicted.contains(g)) count(typeOf(g))[2]++;
  }

  private static String typeOf(String key) {
    return key.substring(0, key.indexOf('\t'));
  }

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  private int[] of(String type) {
    if (!type.equals("ALL")) return counts.getOrDefault(type, new int[3]);
    int[] all = new int[3];
    for (int[] c : counts.values()) for (int i = 0; i < 3; i++) all[i] += c[i];
    return all;
  }

  public double precision(String type) {
    int[] c = of(type);
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  public double recall(String type) {
    int[] c = of(type);
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  /** F1 of a type, or of all types pooled ("ALL", micro-averaged). */
  public double f1(String type) {
    double p = precision(type), r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The number of gold entities seen. */
  public int gold() {
    int[] c = of("ALL");
    return c[0] + c[2];
  }

  String row(String type) {
    return String.format(
        Locale.ROOT, "%.3f / %.3f / %.3f", precision(type), recall(type), f1(type));
  }
}

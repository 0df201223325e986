package org.sitrep.resolve.dedup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.resolve.TextTerms;

/**
 * Finds near-duplicate articles as they arrive: word 5-shingles, a 128-value MinHash signature, and
 * LSH over 32 bands of 4 rows, so a pair with Jaccard similarity 0.8 shares a band with probability
 * above 0.9999 and a pair at 0.3 with about 0.23 (then rejected by the signature estimate). Memory
 * is bounded: the last {@code window} signatures are kept in a ring, and bucket entries that point
 * at a reused slot are checked against the slot's signature before use.
 */
public final class NearDuplicates {
  public record Config(int shingle, int hashes, int bands, double threshold, int window) {
    public static final Config DEFAULT = new Config(5, 128, 32, 0.8, 200_000);

    public Config {
      if (hashes % bands != 0)
        throw new IllegalArgumentException("hashes must be a multiple of bands");
      if (threshold <= 0 || threshold > 1)
        throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
  }

  /**
   * The outcome of adding one article: the group it belongs to and, for a copy, the article it
   * copies.
   */
  public record Match(String group, String duplicateOf, double similarity) {
    public boolean isDuplicate() {
      return duplicateOf != null;
    }
  }

  private final Config config;
  private final long[] seedsA, seedsB;
  private final int[][] signatures;
  private final String[] ids, groups;
  private final Map<Long, Integer> buckets;
  private int next;

  public NearDuplicates(Config config) {
    this.config = config;
    this.seedsA = new long[config.hashes()];
    this.seedsB = new long[config.hashes()];
    java.util.SplittableRandom r = new java.util.SplittableRandom(0x5172E9L);
    for (int i = 0; i < config.hashes(); i++) {
      seedsA[i] = r.nextLong() | 1;
      seedsB[i] = r.nextLong();
    }
    signatures = new int[config.window()][];
    ids = new String[config.window()];
    groups = new String[config.window()];
    int cap = Math.min(config.window() * config.bands(), 8_000_000);
    buckets =
        new LinkedHashMap<>(1024, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Integer> e) {
            return size() > cap;
          }
        };
  }

  public NearDuplicates() {
    this(Config.DEFAULT);
  }

  /** Adds an article and tells whether it copies one seen before (within the window). */
  public synchronized Match add(String id, String text) {
    int[] sig = signature(text);
    int best = -1;
    double bestSim = 0;
    long[] keys = bandKeys(sig);
    for (long h : keys) {
      Integer slot = buckets.get(h);
      if (slot != null && signatures[slot] != null && slot != best) {
        double s = similarity(sig, signatures[slot]);
        if (s > bestSim) {
          bestSim = s;
          best = slot;
        }
      }
    }
    int slot = next;
    next = (next + 1) % config.window();
    signatures[slot] = sig;
    ids[slot] = id;
    boolean dup = best >= 0 && bestSim >= config.threshold();
    groups[slot] = dup ? groups[best] : id;
    for (long k : keys) buckets.put(k, slot);
    return dup ? new Match(groups[best], ids[best], bestSim) : new Match(id, null, bestSim);
  }

  /** The MinHash estimate of the Jaccard similarity of two texts' shingle sets. */
  public double similarity(String a, String b) {
    return similarity(signature(a), signature(b));
  }

  /**
   * The LSH bucket key of each band of a signature: two articles are candidates when they share a
   * key. Public, with {@link #signature} and {@link #similarity(int[], int[])}, so that a
   * distributed job groups by the same keys.
   */
  public long[] bandKeys(int[] sig) {
    int rows = config.hashes() / config.bands();
    long[] keys = new long[config.bands()];
    for (int b = 0; b < config.bands(); b++) {
      long h = b * 0x9E3779B97F4A7C15L;
      for (int r = 0; r < rows; r++) h = (h ^ sig[b * rows + r]) * 0xFF51AFD7ED558CCDL;
      keys[b] = h;
    }
    return keys;
  }

  /**
   * The share of equal values in two signatures: the MinHash estimate of their texts' Jaccard
   * similarity.
   */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return same / (double) a.length;
  }

  /**
   * The MinHash signature of a text's word shingles; the same text always gives the same signature.
   */
  public int[] signature(String text) {
    List<String> toks = TextTerms.tokens(text);
    int[] sig = new int[config.hashes()];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int k = config.shingle();
    int n = Math.max(1, toks.size() - k + 1);
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(toks.size(), i + k); j++) h = 31 * h + toks.get(j).hashCode();
      for (int f = 0; f < sig.length; f++) {
        int v = (int) ((seedsA[f] * h + seedsB[f]) >>> 32);
        if (v < sig[f]) sig[f] = v;
      }
    }
    return sig;
  }
}

package org.sitrep.resolve.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.resolve.TextTerms;

/**
 * Groups articles into stories as they arrive, in one pass. An article becomes a TF-IDF vector (IDF
 * from the articles seen so far); each story keeps a centroid of its members cut to its {@code
 * centroidTerms} heaviest terms, so a story costs the same memory whether it has ten articles or a
 * million. An article joins the story whose centroid is most similar (cosine) when that similarity
 * reaches {@code joinThreshold}, else it starts a story. Stories not joined within {@code
 * maxLiveStories} newer stories are retired from matching.
 */
public final class StoryGrouper {
  public record Config(
      double joinThreshold,
      int centroidTerms,
      int docTerms,
      int maxLiveStories,
      double nameWeight,
      int queryTerms) {
    public static final Config DEFAULT = new Config(0.08, 300, 400, 50_000, 2.0, 400);

    public Config(
        double joinThreshold,
        int centroidTerms,
        int docTerms,
        int maxLiveStories,
        double nameWeight) {
      this(joinThreshold, centroidTerms, docTerms, maxLiveStories, nameWeight, docTerms);
    }
  }

  /** Where an article went: its story and whether it started it. */
  public record Assignment(String storyId, boolean newStory, double similarity) {}

  private static final class Story {
    final String id;
    final Map<String, Double> centroid = new HashMap<>();

    Story(String id) {
      this.id = id;
    }
  }

  private final Config config;
  private final Map<String, Integer> df = new HashMap<>();
  private long docs;
  private final Map<String, Story> live = new HashMap<>();

  /**
   * Stories by last join, oldest first: only joining refreshes a story, so scoring candidates
   * leaves order alone.
   */
  private final LinkedHashMap<String, Boolean> recency;

  private final Map<String, Set<String>> postings = new HashMap<>();
  private long storyCounter;

  public StoryGrouper(Config config) {
    this.config = config;
    this.recency =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
            if (size() <= StoryGrouper.this.config.maxLiveStories()) return false;
            unindex(live.remove(e.getKey()));
            return true;
          }
        };
  }

  public StoryGrouper() {
    this(Config.DEFAULT);
  }

  /** Adds an article (its title and body as one text) and returns the story it belongs to. */
  public synchronized Assignment add(String text) {
    return add(terms(text));
  }

  /**
   * An article's weighted terms, what {@link #add(Map)} takes: a distributed job computes them
   * where the text is and sends only these to the one grouper.
   */
  public Map<String, Double> terms(String text) {
    return TextTerms.weighted(text, config.nameWeight());
  }

  /** Adds an article by its {@link #terms}; the same as adding its text. */
  public synchronized Assignment add(Map<String, Double> tf) {
    docs++;
    for (String w : tf.keySet()) df.merge(w, 1, Integer::sum);
    Map<String, Double> vec = vector(tf);

    Map<String, Double> dots = new HashMap<>();
    for (var e : top(vec, config.queryTerms())) {
      Set<String> ps = postings.get(e.getKey());
      if (ps == null) continue;
      for (String sid : ps) {
        Story s = live.get(sid);
        if (s == null) continue;
        Double c = s.centroid.get(e.getKey());
        if (c != null) dots.merge(sid, c * e.getValue(), Double::sum);
      }
    }
    Story best = null;
    double bestSim = 0;
    for (var e : dots.entrySet()) {
      Story s = live.get(e.getKey());
      double sim = e.getValue() / norm(s.centroid);
      if (sim > bestSim) {
        bestSim = sim;
        best = s;
      }
    }
    boolean fresh = best == null || bestSim < config.joinThreshold();
    Story s = fresh ? new Story("s" + ++storyCounter) : best;
    if (fresh) live.put(s.id, s);
    unindex(s);
    for (var e : vec.entrySet()) s.centroid.merge(e.getKey(), e.getValue(), Double::sum);
    truncate(s.centroid, config.centroidTerms());
    for (String w : s.centroid.keySet())
      postings.computeIfAbsent(w, k -> new HashSet<>()).add(s.id);
    recency.put(s.id, Boolean.TRUE);
    return new Assignment(s.id, fresh, bestSim);
  }

  public synchronized int liveStories() {
    return live.size();
  }

  private Map<String, Double> vector(Map<String, Double> tf) {
    Map<String, Double> v = new HashMap<>();
    for (var e : tf.entrySet()) {
      double idf = Math.log((docs + 1.0) / (df.get(e.getKey()) + 0.5));
      v.put(e.getKey(), (1 + Math.log(e.getValue())) * idf);
    }
    truncate(v, config.docTerms());
    double n = norm(v);
    if (n > 0) v.replaceAll((k, x) -> x / n);
    return v;
  }

  private static List<Map.Entry<String, Double>> top(Map<String, Double> v, int k) {
    List<Map.Entry<String, Double>> es = new ArrayList<>(v.entrySet());
    if (es.size() > k) {
      es.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
      es = es.subList(0, k);
    }
    return es;
  }

  private void unindex(Story s) {
    for (String w : s.centroid.keySet()) {
      Set<String> ps = postings.get(w);
      if (ps != null) {
        ps.remove(s.id);
        if (ps.isEmpty()) postings.remove(w);
      }
    }
  }

  private static void truncate(Map<String, Double> m, int k) {
    if (m.size() <= k) return;
    List<Map.Entry<String, Double>> es = new ArrayList<>(m.entrySet());
    es.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    for (int i = k; i < es.size(); i++) m.remove(es.get(i).getKey());
  }

  private static double norm(Map<String, Double> m) {
    double s = 0;
    for (double x : m.values()) s += x * x;
    return Math.sqrt(s);
  }
}

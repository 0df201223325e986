package org.sitrep.resolve.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stories as the connected components of {@link StoryRule}'s links, kept in memory: adding an
 * article looks up the articles that share its key words near its date (a bounded number per key),
 * links it to those similar enough, and merges the stories it links. The stories are the same
 * whatever order the articles come in, as long as no key word has more than {@code perKey} articles
 * on either side of a date within the window; a story's id is that of the story holding its
 * earliest member (publication date, undated last, then article id). The store keeps the same
 * grouping in tables ({@code store.StoredResolution}).
 */
public final class StoryLinks {
  /** Where an article went: its story, whether it started it, and the stories merged into it. */
  public record Assignment(String storyId, boolean newStory, List<String> merged) {}

  private record Doc(String id, Long day, TreeMap<String, Double> vector, String orderKey) {}

  /** A key's articles, ordered by day (undated first) then id, as the store's index orders them. */
  private static final java.util.Comparator<Doc> BY_DAY =
      (x, y) -> {
        if (x.day() == null || y.day() == null) {
          if (x.day() != null || y.day() != null) return x.day() == null ? -1 : 1;
        } else if (!x.day().equals(y.day())) return Long.compare(x.day(), y.day());
        return x.id().compareTo(y.id());
      };

  private final StoryRule.Config config;
  private final Map<String, Doc> docs = new HashMap<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, List<String>> members = new HashMap<>();
  private final Map<String, String> earliest = new HashMap<>();
  private final Map<String, TreeSet<Doc>> postings = new HashMap<>();
  private long counter;

  public StoryLinks(StoryRule.Config config) {
    this.config = config;
  }

  public StoryLinks() {
    this(StoryRule.Config.DEFAULT);
  }

  /** Adds an article (its title and body as one text) published on {@code date} (or null). */
  public synchronized Assignment add(String id, String date, String text) {
    return add(id, date, StoryRule.vector(text, config));
  }

  /** Adds an article by its {@link StoryRule#vector}. */
  public synchronized Assignment add(String id, String date, TreeMap<String, Double> vector) {
    String existing = storyOf.get(id);
    if (existing != null) return new Assignment(existing, false, List.of());
    Long day = StoryRule.day(date);
    Doc d = new Doc(id, day, vector, orderKey(date, id));
    List<String> keys = StoryRule.keys(vector, config);
    Set<String> linked = new LinkedHashSet<>();
    for (String k : keys) {
      TreeSet<Doc> ps = postings.get(k);
      if (ps == null) continue;
      for (Doc c : candidates(ps, d)) {
        String s = storyOf.get(c.id());
        if (linked.contains(s)) continue;
        if (StoryRule.near(day, c.day(), config)
            && StoryRule.similarity(vector, c.vector()) >= config.threshold()) linked.add(s);
      }
    }
    docs.put(id, d);
    for (String k : keys) postings.computeIfAbsent(k, x -> new TreeSet<>(BY_DAY)).add(d);
    if (linked.isEmpty()) {
      String s = "s" + ++counter;
      storyOf.put(id, s);
      members.computeIfAbsent(s, x -> new ArrayList<>()).add(id);
      earliest.put(s, d.orderKey());
      return new Assignment(s, true, List.of());
    }
    String keep = null;
    for (String s : linked)
      if (keep == null || earliest.get(s).compareTo(earliest.get(keep)) < 0) keep = s;
    List<String> merged = new ArrayList<>();
    for (String s : linked) {
      if (s.equals(keep)) continue;
      merged.add(s);
      for (String m : members.remove(s)) {
        storyOf.put(m, keep);
        members.get(keep).add(m);
      }
      earliest.remove(s);
    }
    storyOf.put(id, keep);
    members.get(keep).add(id);
    if (d.orderKey().compareTo(earliest.get(keep)) < 0) earliest.put(keep, d.orderKey());
    return new Assignment(keep, false, merged);
  }

  /** The story an article is in now, or null if it was not added. */
  public synchronized String storyOf(String id) {
    return storyOf.get(id);
  }

  /** How many stories there are. */
  public synchronized int stories() {
    return members.size();
  }

  /**
   * The articles of a key that a new one is compared with: up to {@code perKey} on or after its day
   * and up to {@code perKey} before it, nearest first, within the window, and up to {@code perKey}
   * undated ones; an undated article takes up to {@code perKey} undated and the {@code perKey}
   * latest dated ones.
   */
  private List<Doc> candidates(TreeSet<Doc> ps, Doc d) {
    int m = config.perKey();
    List<Doc> out = new ArrayList<>();
    int undated = 0;
    for (Doc c : ps) {
      if (c.day() != null || undated++ >= m) break;
      out.add(c);
    }
    if (d.day() == null) {
      int n = 0;
      for (Doc c : ps.descendingSet()) {
        if (c.day() == null || n++ >= m) break;
        out.add(c);
      }
      return out;
    }
    long day = d.day(), w = config.windowDays();
    int n = 0;
    for (Doc c : ps.tailSet(new Doc("", day, null, null), true)) {
      if (c.day() > day + w || n++ >= m) break;
      out.add(c);
    }
    n = 0;
    for (Doc c : ps.headSet(new Doc("", day, null, null), false).descendingSet()) {
      if (c.day() == null || c.day() < day - w || n++ >= m) break;
      out.add(c);
    }
    return out;
  }

  /** Publication date (undated last), then id: what "earliest member" means. */
  public static String orderKey(String date, String id) {
    return (date == null ? "\uffff" : date) + "\u0000" + id;
  }
}

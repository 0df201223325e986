package org.sitrep.resolve.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.resolve.TextTerms;

/**
 * Links quotes that render one statement. Two quotes by the same speaker are one statement when
 * their content words (crudely stemmed, so "assuming"/"assume" meet) overlap by at least {@code
 * minJaccard} and share at least {@code minShared} words: translations of one sentence keep its
 * nouns ("brigade", "leadership", "responsibility", "flank") while their verbs and adjectives vary.
 * Without a known speaker the bar is higher.
 */
public final class QuoteVariants {
  public record Config(double minJaccard, int minShared, double minJaccardNoSpeaker) {
    public static final Config DEFAULT = new Config(0.35, 4, 0.6);
  }

  /** A quote as the linker sees it. */
  public record Item(
      String docId, String outlet, String speaker, String text, int start, int end) {}

  /** One statement and every rendering of it, first seen first. */
  public record Statement(String id, String speaker, List<Item> variants) {}

  private final Config config;
  private final List<Statement> statements = new ArrayList<>();
  private final List<Set<String>> keys = new ArrayList<>();
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  public QuoteVariants(Config config) {
    this.config = config;
  }

  public QuoteVariants() {
    this(Config.DEFAULT);
  }

  /**
   * Adds a quote and returns the id of the statement it renders (a new one, or one seen before).
   */
  public synchronized String add(Item q) {
    Set<String> words = stems(q.text());
    Map<Integer, Integer> shared = new HashMap<>();
    for (String w : words)
      for (int s : byWord.getOrDefault(w, List.of())) shared.merge(s, 1, Integer::sum);
    int best = -1;
    double bestJ = 0;
    for (var e : shared.entrySet()) {
      Statement st = statements.get(e.getKey());
      boolean sameSpeaker = q.speaker() != null && Objects.equals(q.speaker(), st.speaker());
      boolean otherSpeaker = q.speaker() != null && st.speaker() != null && !sameSpeaker;
      if (otherSpeaker) continue;
      Set<String> k = keys.get(e.getKey());
      double j = e.getValue() / (double) (words.size() + k.size() - e.getValue());
      double bar = sameSpeaker ? config.minJaccard() : config.minJaccardNoSpeaker();
      if (e.getValue() >= config.minShared() && j >= bar && j > bestJ) {
        bestJ = j;
        best = e.getKey();
      }
    }
    if (best >= 0) {
      Statement st = statements.get(best);
      List<Item> vs = new ArrayList<>(st.variants());
      vs.add(q);
      statements.set(
          best, new Statement(st.id(), st.speaker() != null ? st.speaker() : q.speaker(), vs));
      return st.id();
    }
    int idx = statements.size();
    String id = "q" + (idx + 1);
    statements.add(new Statement(id, q.speaker(), List.of(q)));
    keys.add(words);
    for (String w : words) byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(idx);
    return id;
  }

  /** Statements with more than one rendering. */
  public synchronized List<Statement> linked() {
    return statements.stream().filter(s -> s.variants().size() > 1).toList();
  }

  public synchronized List<Statement> all() {
    return List.copyOf(statements);
  }

  /** The crudely stemmed content words of a quote: what two renderings are compared by. */
  public static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : TextTerms.words(text)) out.add(stem(w.toLowerCase(Locale.ROOT)));
    return out;
  }

  /** A light suffix stripper: enough to meet inflections of one word, never to join two words. */
  static String stem(String w) {
    for (String suf :
        new String[] {"ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "e", "ly"}) {
      if (w.length() > suf.length() + 3 && w.endsWith(suf))
        return w.substring(0, w.length() - suf.length());
    }
    return w;
  }
}

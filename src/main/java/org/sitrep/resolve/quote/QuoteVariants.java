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
 *
 * <p>Across languages a translation shares few words with its original, but the ones it shares are
 * names, numbers and loanwords ("Brigade", "NATO", "2027"): a quote in one language renders a
 * statement first seen in another when both have the same known speaker and they share at least
 * {@code minSharedAcrossLanguages} such words (four letters or more, or digits), and their articles
 * appeared within {@code maxDaysAcrossLanguages} days of each other: a translation follows its
 * original by days, and a speaker who says much the same thing months later says it again. An
 * article with no known date is not told apart by it. No translation is made.
 */
public final class QuoteVariants {
  public record Config(
      double minJaccard,
      int minShared,
      double minJaccardNoSpeaker,
      int minSharedAcrossLanguages,
      int maxDaysAcrossLanguages) {
    public static final Config DEFAULT = new Config(0.35, 4, 0.6, 2, 14);

    public Config(
        double minJaccard,
        int minShared,
        double minJaccardNoSpeaker,
        int minSharedAcrossLanguages) {
      this(
          minJaccard,
          minShared,
          minJaccardNoSpeaker,
          minSharedAcrossLanguages,
          DEFAULT.maxDaysAcrossLanguages());
    }

    public Config(double minJaccard, int minShared, double minJaccardNoSpeaker) {
      this(minJaccard, minShared, minJaccardNoSpeaker, DEFAULT.minSharedAcrossLanguages());
    }
  }

  /**
   * A quote as the linker sees it; {@code language} is its document's (ISO 639-1) and {@code date}
   * its document's publication date (ISO 8601, a day or finer), each null when not known.
   */
  public record Item(
      String docId,
      String outlet,
      String speaker,
      String text,
      int start,
      int end,
      String language,
      String date) {
    public Item(
        String docId,
        String outlet,
        String speaker,
        String text,
        int start,
        int end,
        String language) {
      this(docId, outlet, speaker, text, start, end, language, null);
    }

    public Item(String docId, String outlet, String speaker, String text, int start, int end) {
      this(docId, outlet, speaker, text, start, end, null, null);
    }
  }

  /** One statement and every rendering of it, first seen first. */
  public record Statement(String id, String speaker, List<Item> variants) {}

  private final Config config;
  private final List<Statement> statements = new ArrayList<>();
  private final List<Set<String>> keys = new ArrayList<>();
  private final List<String> languages = new ArrayList<>();
  private final List<String> dates = new ArrayList<>();
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
    // in statement order, so that of two equally close statements the earlier is taken
    Map<Integer, Integer> shared = new java.util.TreeMap<>();
    for (String w : words)
      for (int s : byWord.getOrDefault(w, List.of())) shared.merge(s, 1, Integer::sum);
    int best = -1;
    double bestJ = 0;
    int bestAcross = -1, bestAnchors = 0;
    Set<String> own = null;
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
    // not one in its own language: a rendering in another language of a statement by its speaker
    for (int k : best < 0 ? new java.util.TreeSet<>(shared.keySet()) : Set.<Integer>of()) {
      Statement st = statements.get(k);
      if (!acrossLanguages(q, st.speaker(), languages.get(k))) continue;
      if (!closeInTime(q.date(), dates.get(k), config.maxDaysAcrossLanguages())) continue;
      if (own == null) own = anchors(q.text());
      int a = sharedAnchors(own, st.variants().get(0).text());
      if (a >= config.minSharedAcrossLanguages() && a > bestAnchors) {
        bestAnchors = a;
        bestAcross = k;
      }
    }
    if (best < 0) best = bestAcross;
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
    languages.add(q.language());
    dates.add(q.date());
    for (String w : words) byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(idx);
    return id;
  }

  /**
   * True when a quote may render, in another language, a statement first seen in {@code
   * statementLanguage}: both languages known and different, and one known speaker. Whether it does
   * is then told by the {@link #anchors} they share.
   */
  public static boolean acrossLanguages(Item q, String statementSpeaker, String statementLanguage) {
    return q.language() != null
        && statementLanguage != null
        && !q.language().equals(statementLanguage)
        && q.speaker() != null
        && q.speaker().equals(statementSpeaker);
  }

  /**
   * True when two articles' dates lie at most {@code maxDays} days apart, or either is unknown or
   * unreadable (nothing tells them apart then).
   */
  public static boolean closeInTime(String date, String otherDate, int maxDays) {
    java.time.LocalDate a = day(date), b = day(otherDate);
    if (a == null || b == null) return true;
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b)) <= maxDays;
  }

  /** The day of an ISO 8601 date or date-time ("2024-05-22", "2024-05-22T10:15Z"), or null. */
  private static java.time.LocalDate day(String date) {
    if (date == null || date.length() < 10) return null;
    try {
      return java.time.LocalDate.parse(date.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The words a translation keeps, folded alike in any language: numbers, and words of four letters
   * or more (names, loanwords), lower case, without accents or a possessive ending, crudely stemmed
   * ("NATO's" and "NATO", "Brigade" and "brigade" meet).
   */
  public static Set<String> anchors(String text) {
    Set<String> out = new HashSet<>();
    String folded =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    for (String w : folded.split("[^\\p{L}\\p{Nd}]+")) {
      boolean number = !w.isEmpty() && w.chars().anyMatch(Character::isDigit);
      if (number || w.length() >= 4) out.add(number ? w : stem(w));
    }
    return out;
  }

  /** How many of {@code own} anchors the text of another rendering has. */
  public static int sharedAnchors(Set<String> own, String other) {
    int n = 0;
    for (String a : anchors(other)) if (own.contains(a)) n++;
    return n;
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

  /**
   * The first words of a quote's {@link #stems} in a fixed order, longest first (long words are the
   * rarer ones), then alphabetical: as many that any set of words sharing at least {@code
   * minShared} of them and overlapping by a Jaccard index of at least {@code bar} shares one of
   * these first words with them. Two sets sharing {@code k} words share one of the first {@code
   * size - k + 1} of each, and such a pair shares at least {@code bar} times either size. Empty
   * when no set can.
   */
  public static List<String> firstWords(Set<String> words, double bar, int minShared) {
    // the smallest overlap a pair above the bar can have, a hair lower against rounding
    int least = Math.max(minShared, (int) Math.ceil(bar * words.size() - 1e-9));
    int n = words.size() - least + 1;
    if (n <= 0) return List.of();
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(FIRST_WORDS);
    return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
  }

  private static final java.util.Comparator<String> FIRST_WORDS =
      java.util.Comparator.comparingInt(String::length)
          .reversed()
          .thenComparing(java.util.Comparator.naturalOrder());

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

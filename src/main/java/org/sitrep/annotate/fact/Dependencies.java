package org.sitrep.annotate.fact;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.Token;

/**
 * The grammatical structure of one English sentence: for each token the token it depends on and the
 * Universal Dependencies relation ("nsubj", "nsubj:pass", "obj", "nmod:poss", "nummod", "conj",
 * "case" ...), from CoreNLP's neural dependency parser and its English UD model (in the models jar
 * on the classpath, loaded when the first sentence needs a parse, not before), whose network is run
 * by {@link Network}: CoreNLP's transitions, at a fraction of the cost. Only the sentences whose
 * figure's owner the word order cannot place are parsed, on demand, so the cost follows those
 * figures, not the text. The parse reads the words and the part-of-speech tags the backbone gave
 * (from its sentence cache or its tagger alike), so one sentence always gets one parse; parses are
 * kept per words and tags in a small bounded cache of their own for repeated sentences (wire
 * copies).
 */
final class Dependencies {
  /** Longer sentences are tables or run-ons: they get no parse and keep the word-order rules. */
  static final int MAX_TOKENS = 80;

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private static final int CACHE_ENTRIES = 4096;

  /**
   * For CoreNLP's own prediction (used when {@link Network} cannot read the parser): hidden-layer
   * products the parser keeps for the word, tag and label features it has not pre-computed
   * (CoreNLP's default keeps 5,000): a larger table is evicted and refilled far less often, which
   * halves the time per sentence on news text; the products are the same either way, so the parses
   * are too. About 1 KB each at most.
   */
  static final int CACHED_FEATURES = 50_000;

  /** Feature products CoreNLP's parser computes at load, in double precision. */
  static final int PRE_COMPUTED = 20_000;

  /** Set when the parser starts loading in this process. */
  private static final AtomicBoolean LOADING = new AtomicBoolean();

  /** Sentences parsed in this process (not those served from the cache). */
  private static final AtomicLong PARSED = new AtomicLong();

  /**
   * The parser, loaded once per process when a sentence first needs a parse, on the thread that
   * needs it: a process whose documents have no figure the word order cannot place never loads it.
   */
  private static final class Holder {
    static final DependencyParser PARSER;

    /** The parser's network laid out for speed; null when this CoreNLP does not expose it. */
    static final Network NETWORK;

    static {
      LOADING.set(true);
      Network n = Network.of(load(0, 0), PRE_COMPUTED);
      NETWORK = n;
      PARSER = n != null ? null : load(CACHED_FEATURES);
    }
  }

  /** The parser with a table of {@code cachedFeatures} feature products. */
  static DependencyParser load(int cachedFeatures) {
    // fewer pre-computed feature products: a faster load for a parser that sees few sentences
    return load(PRE_COMPUTED, cachedFeatures);
  }

  /**
   * The parser with {@code preComputed} feature products computed at load and a table of {@code
   * cachedFeatures} more filled as sentences need them.
   */
  static DependencyParser load(int preComputed, int cachedFeatures) {
    Properties p = new Properties();
    p.setProperty("numPreComputed", Integer.toString(preComputed));
    p.setProperty("numCached", Integer.toString(Math.max(1, cachedFeatures)));
    return DependencyParser.loadFromModelFile(MODEL, p);
  }

  private static final Map<String, Dependencies> CACHE =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dependencies> e) {
          return size() > CACHE_ENTRIES;
        }
      };

  /** Set on a thread while it parses without the cache ({@link #uncached}). */
  private static final ThreadLocal<Boolean> UNCACHED = new ThreadLocal<>();

  /** Token i's head as an index into the sentence's tokens, -1 for the root. */
  private final int[] head;

  private final String[] rel;

  private Dependencies(int[] head, String[] rel) {
    this.head = head;
    this.rel = rel;
  }

  /** Whether the parser is loaded or loading in this process. */
  static boolean loadStarted() {
    return LOADING.get();
  }

  /**
   * Whether this process parses with {@link Network} (CoreNLP's parser with a faster forward pass)
   * rather than with CoreNLP's own prediction; loads the parser.
   */
  static boolean fast() {
    return Holder.NETWORK != null;
  }

  /** How many sentences this process has parsed (a sentence met again is not parsed again). */
  static long parsed() {
    return PARSED.get();
  }

  /**
   * What {@code work} gives when every sentence it needs is parsed afresh on this thread, neither
   * read from the cache nor added to it (as a process that has met none of them before).
   */
  static <T> T uncached(java.util.function.Supplier<T> work) {
    Boolean was = UNCACHED.get();
    UNCACHED.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      if (was == null) UNCACHED.remove();
      else UNCACHED.set(was);
    }
  }

  /**
   * The parse of the sentence made of tokens [from, to), or null when it is too long, has no tags
   * or cannot be parsed. The parser reads each token's word and tag, nothing else (not its lemma,
   * offsets or document), so the parse is a function of the words and tags, the cache's key.
   */
  static Dependencies of(List<Token> toks, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > MAX_TOKENS) return null;
    StringBuilder key = new StringBuilder(n * 8);
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      if (t.pos() == null) return null;
      key.append(t.word()).append('\u0001').append(t.pos()).append('\u0002');
    }
    boolean cached = UNCACHED.get() == null;
    String k = key.toString();
    if (cached) {
      synchronized (CACHE) {
        Dependencies d = CACHE.get(k);
        if (d != null) return d;
      }
    }
    PARSED.incrementAndGet();
    Dependencies d =
        Holder.NETWORK != null
            ? parse(Holder.NETWORK, toks, from, to)
            : parse(Holder.PARSER, toks, from, to);
    if (d == null || !cached) return d;
    synchronized (CACHE) {
      CACHE.put(k, d);
    }
    return d;
  }

  /** The parse by {@code network}, uncached. */
  static Dependencies parse(Network network, List<Token> toks, int from, int to) {
    List<CoreLabel> words = words(toks, from, to);
    try {
      return of(network.predict(words), to - from);
    } catch (RuntimeException e) {
      return null; // a sentence the parser cannot read keeps the word-order rules
    }
  }

  /** The parse by CoreNLP's {@code parser} itself, uncached. */
  static Dependencies parse(DependencyParser parser, List<Token> toks, int from, int to) {
    List<CoreLabel> words = words(toks, from, to);
    try {
      return of(parser.predict(words), to - from);
    } catch (RuntimeException e) {
      return null; // a sentence the parser cannot read keeps the word-order rules
    }
  }

  /** The heads and relations of a structure of n words. */
  private static Dependencies of(GrammaticalStructure gs, int n) {
    int[] head = new int[n];
    String[] rel = new String[n];
    java.util.Arrays.fill(head, -1);
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      if (dep < 0 || dep >= n) continue;
      int gov = td.gov().index() - 1;
      head[dep] = gov >= 0 && gov < n ? gov : -1;
      rel[dep] = td.reln().toString().intern(); // a few dozen relations, shared
    }
    return new Dependencies(head, rel);
  }

  /** Tokens [from, to) as the parser reads words: with their tags, indexed from 1. */
  private static List<CoreLabel> words(List<Token> toks, int from, int to) {
    List<CoreLabel> words = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Token t = toks.get(i);
      CoreLabel c = new CoreLabel();
      String w = normal(t.word());
      c.setWord(w);
      c.setValue(w);
      c.setOriginalText(t.word());
      c.setTag(t.pos());
      c.setLemma(t.lemma());
      c.setIndex(i - from + 1);
      words.add(c);
    }
    return words;
  }

  /** The word as the parser's model saw words: straight quotes. */
  private static String normal(String w) {
    return switch (w) {
      case "\u201C", "\u201D", "\u201E" -> "\"";
      case "\u2018", "\u2019" -> "'";
      case "\u2019s" -> "'s";
      default -> w;
    };
  }

  /** The number of tokens. */
  int size() {
    return head.length;
  }

  /** Token i's head (sentence-relative), -1 for the root or out of range. */
  int head(int i) {
    return i < 0 || i >= head.length ? -1 : head[i];
  }

  /** Token i's relation to its head ("root" for the root), "" out of range. */
  String rel(int i) {
    if (i < 0 || i >= rel.length) return "";
    return rel[i] == null ? "" : rel[i];
  }

  /** Whether token i's relation is {@code r} or a subtype of it ("nmod" matches "nmod:poss"). */
  boolean is(int i, String r) {
    String x = rel(i);
    return x.equals(r)
        || (x.startsWith(r) && x.length() > r.length() && x.charAt(r.length()) == ':');
  }

  /** The dependents of token h, in text order. */
  List<Integer> dependents(int h) {
    List<Integer> out = new ArrayList<>(4);
    for (int i = 0; i < head.length; i++) if (head[i] == h && h >= 0) out.add(i);
    return out;
  }

  /** The first dependent of h with relation {@code r} (or a subtype), -1 when none. */
  int dependent(int h, String r) {
    for (int i = 0; i < head.length; i++) if (head[i] == h && h >= 0 && is(i, r)) return i;
    return -1;
  }

  /** Whether token a lies in the subtree of token top (a itself included). */
  boolean under(int a, int top) {
    for (int i = a, n = 0; i >= 0 && n <= head.length; i = head[i], n++) if (i == top) return true;
    return false;
  }
}

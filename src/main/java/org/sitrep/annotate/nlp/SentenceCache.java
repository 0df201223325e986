package org.sitrep.annotate.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tags the backbone gave sentences it has already seen, so a sentence met again (wire copies
 * and reprints of one article differ by a paragraph) is not tagged again. The key is the sentence's
 * tokens as the tokenizer made them (each token's text and normalised word), not its offsets, so an
 * entry serves the same sentence anywhere in any document; the tokens themselves, with their
 * offsets, always come from the document at hand. POS tags, lemmas and NER labels are a function of
 * a sentence's tokens alone in the lean setting ({@link CoreNlp}), so a hit gives exactly what
 * tagging would. Least recently used entries go first once the cache holds more than its bound in
 * entries or estimated bytes. One per process ({@link #shared()}) serves every thread: the CLI, the
 * server and each Spark executor.
 */
public final class SentenceCache {
  /**
   * The POS tag, lemma and NER label of each token of one sentence, in token order. A lemma that is
   * the token's own text is held as null (the text is in the key, and {@link #lemma(int, String)}
   * gives it back from the token at hand); the others are the JVM's canonical copies, shared by
   * every sentence that has them. Tags and NER labels are a model's few shared strings.
   */
  record Tags(String[] pos, String[] lemma, String[] ner, float[] nerProbability) {
    /**
     * The tags of a sentence CoreNLP has just tagged; {@code universal} maps a model's universal
     * tags to Penn tags (null: the model gives Penn tags), and a missing lemma is the word itself.
     */
    static Tags of(
        List<CoreLabel> sentence,
        UniversalTags universal,
        java.util.function.Function<CoreLabel, String> ner) {
      int n = sentence.size();
      String[] p = new String[n], l = new String[n], e = new String[n];
      float[] pr = new float[n];
      for (int i = 0; i < n; i++) {
        CoreLabel t = sentence.get(i);
        String word = t.originalText();
        p[i] = universal == null ? t.tag() : universal.penn(word, t.tag());
        String lemma = t.lemma();
        l[i] = lemma == null || lemma.equals(word) ? null : lemma.intern();
        e[i] = ner.apply(t);
        pr[i] = probability(t);
      }
      return new Tags(p, l, e, pr);
    }

    /** The tagger's probability for a token's named-entity tag; 1 when it gave none. */
    private static float probability(CoreLabel t) {
      java.util.Map<String, Double> m =
          t.get(edu.stanford.nlp.ling.CoreAnnotations.NamedEntityTagProbsAnnotation.class);
      if (m == null || m.isEmpty()) return 1f;
      Double v = m.get(t.ner());
      return v == null ? 1f : v.floatValue();
    }

    /** The lemma of token i, whose text is {@code text}. */
    String lemma(int i, String text) {
      String l = lemma[i];
      return l != null ? l : text;
    }

    long bytes() {
      // the record and its four arrays; lemmas and tags are shared strings
      return 48 + 4 * (16 + 4L * pos.length);
    }
  }

  /** Megabytes for the shared cache: system property {@code sitrep.sentence.cache.mb}, 0 = off. */
  public static final String SIZE_PROPERTY = "sitrep.sentence.cache.mb";

  private static final long DEFAULT_MB = 64;
  private static volatile SentenceCache shared;

  private final long maxEntries;
  private final long maxBytes;
  private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong();
  private long bytes;
  private final LinkedHashMap<String, Tags> entries = new LinkedHashMap<>(1024, 0.75f, true);

  /** A cache of at most {@code maxEntries} sentences and about {@code maxBytes} bytes. */
  public SentenceCache(long maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1)
      throw new IllegalArgumentException("a sentence cache needs room for something");
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The process's cache, sized by {@link #SIZE_PROPERTY} (default 64 MB); null when that is 0. */
  public static SentenceCache shared() {
    SentenceCache c = shared;
    if (c == null) {
      synchronized (SentenceCache.class) {
        c = shared;
        if (c == null) {
          long mb = DEFAULT_MB;
          String v = System.getProperty(SIZE_PROPERTY);
          if (v != null && !v.isBlank()) {
            try {
              mb = Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
              System.err.println(
                  "sitrep: " + SIZE_PROPERTY + " must be a number of megabytes, was '" + v + "'");
            }
          }
          if (mb <= 0) return null;
          // about 650 bytes per sentence of news text (lemmas shared), at most 1.5 KB or so
          shared = c = new SentenceCache(mb * 700, mb * 1024 * 1024);
        }
      }
    }
    return c;
  }

  /** The key of a sentence: its tokens' words and texts, in order. */
  static String key(List<CoreLabel> sentence) {
    StringBuilder b = new StringBuilder(sentence.size() * 8);
    for (CoreLabel t : sentence) {
      String word = t.word(), text = t.originalText();
      b.append(word);
      if (text != null && !text.equals(word)) b.append('\u0002').append(text);
      b.append('\u0001');
    }
    return b.toString();
  }

  Tags get(String key) {
    Tags t;
    synchronized (entries) {
      t = entries.get(key);
    }
    (t == null ? misses : hits).incrementAndGet();
    return t;
  }

  void put(String key, Tags tags) {
    long size = tags.bytes() + 48 + 2L * key.length();
    synchronized (entries) {
      Tags old = entries.put(key, tags);
      if (old != null) return;
      bytes += size;
      var it = entries.entrySet().iterator();
      while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
        Map.Entry<String, Tags> e = it.next();
        bytes -= e.getValue().bytes() + 48 + 2L * e.getKey().length();
        it.remove();
      }
    }
  }

  /** Sentences answered from the cache so far. */
  public long hits() {
    return hits.get();
  }

  /** Sentences looked up and not found (then tagged). */
  public long misses() {
    return misses.get();
  }

  /** Sentences held now. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}

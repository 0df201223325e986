package org.sitrep.annotate.fact;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * CoreNLP's neural dependency parser run with its own model, features and transition system, but
 * with the network's forward pass laid out for speed: the weights are transposed once so that every
 * product is a run of independent multiply-adds over contiguous memory (which the JIT compiles to
 * vector instructions), and a feature's hidden-layer product is computed the first time a sentence
 * needs it and kept (CoreNLP instead pre-computes a fixed table of products at load, most of which
 * a process parsing a few hundred sentences never reads, and scores through nested loops over
 * boxed-key tables). Products and scores are summed in double precision as CoreNLP sums its
 * pre-computed ones, so the transitions chosen are CoreNLP's. Null from {@link #of} when the parser
 * does not expose what this needs (another CoreNLP version): the caller then uses CoreNLP's own
 * prediction.
 */
final class Network {
  /** Feature products kept at most (each the size of the hidden layer, 200 doubles: 1.6 KB). */
  static final int MAX_PRODUCTS = 50_000;

  /** Shift, left arc, left arc to the root label, right arc, right arc with the root label. */
  private static final int KINDS = 5;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final String[] transitions;

  /**
   * Each transition's kind for the transition system's rule of what may apply: whether it is a
   * shift, a left or a right arc, and whether its label is the root's ({@link #kindOf}).
   */
  private final int[] kind;

  /** For each kind, its first transition (the one asked whether it applies), -1 when none. */
  private final int[] representative = new int[KINDS];

  /** Input weights by (feature position, embedding dimension), each a row over hidden units. */
  private final float[][] w1t;

  /** Output weights by hidden unit, each a row over transitions. */
  private final double[][] w2t;

  private final float[] b1;
  private final float[][] embeddings;
  private final int hidden, dims, positions;

  /** The features whose products CoreNLP computes at load, in double precision, by key. */
  private final BitSet preComputed;

  /**
   * The parser's own ways from a transition's label to a relation, and from relations to a
   * structure.
   */
  private final Method relation, structure;

  /** The products kept: an open-addressing table from feature key to product (guarded by this). */
  private final Products products;

  private Network(
      DependencyParser parser,
      ArcStandard system,
      String[] transitions,
      float[][] w1,
      float[] b1,
      float[][] w2,
      float[][] e,
      BitSet preComputed,
      Method relation,
      Method structure,
      String rootLabel) {
    this.parser = parser;
    this.relation = relation;
    this.structure = structure;
    this.preComputed = preComputed;
    this.system = system;
    this.transitions = transitions;
    this.kind = new int[transitions.length];
    java.util.Arrays.fill(representative, -1);
    for (int t = 0; t < transitions.length; t++) {
      kind[t] = kindOf(transitions[t], rootLabel);
      if (representative[kind[t]] < 0) representative[kind[t]] = t;
    }
    this.b1 = b1;
    this.embeddings = e;
    this.hidden = b1.length;
    this.dims = e[0].length;
    this.positions = w1[0].length / dims;
    this.w1t = new float[w1[0].length][hidden];
    for (int h = 0; h < hidden; h++) for (int c = 0; c < w1[h].length; c++) w1t[c][h] = w1[h][c];
    this.w2t = new double[hidden][w2.length];
    for (int t = 0; t < w2.length; t++) for (int h = 0; h < hidden; h++) w2t[h][t] = w2[t][h];
    this.products = new Products(MAX_PRODUCTS);
  }

  /**
   * The network of {@code parser}'s model, or null when the parser does not expose it; its scores
   * are those of the parser loaded with {@code preComputed} pre-computed feature products (and a
   * table for the others), whatever {@code parser} itself pre-computed.
   */
  static Network of(DependencyParser parser, int preComputed) {
    try {
      Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      if (!(field(DependencyParser.class, "system").get(parser) instanceof ArcStandard system))
        return null;
      @SuppressWarnings("unchecked")
      List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(system);
      float[][] w1 = c.getW1(), w2 = c.getW2(), e = c.getE();
      float[] b1 = c.getb1();
      if (w2.length != ts.size() || w1.length != b1.length || e.length == 0) return null;
      if (w1[0].length % e[0].length != 0) return null;
      @SuppressWarnings("unchecked")
      List<Integer> pre = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
      BitSet first = new BitSet();
      for (Integer k : pre.subList(0, Math.min(preComputed, pre.size())))
        if (k != null && k >= 0) first.set(k);
      Method relation =
          DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
      Method structure =
          DependencyParser.class.getDeclaredMethod(
              "makeGrammaticalStructure", List.class, TreeGraphNode.class);
      relation.setAccessible(true);
      structure.setAccessible(true);
      String root = (String) field(ParsingSystem.class, "rootLabel").get(system);
      return new Network(
          parser,
          system,
          ts.toArray(String[]::new),
          w1,
          b1,
          w2,
          e,
          first,
          relation,
          structure,
          root);
    } catch (ReflectiveOperationException | RuntimeException ex) {
      return null;
    }
  }

  private static Field field(Class<?> c, String name) throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * The kind of transition {@code t} ("S", "L(label)", "R(label)"). The arc-standard system decides
   * whether a transition applies to a configuration from its kind alone (shift, left or right arc,
   * and for an arc whether its label is the root's) and the configuration's stack and buffer, so
   * one transition of each kind answers for all of its kind.
   */
  static int kindOf(String t, String rootLabel) {
    boolean left = t.startsWith("L"), right = t.startsWith("R");
    if (!left && !right) return 0;
    boolean root = t.length() >= 3 && t.substring(2, t.length() - 1).equals(rootLabel);
    return (left ? 1 : 3) + (root ? 1 : 0);
  }

  /** Which kinds of transition apply to {@code c}, by kind. */
  private void applicable(Configuration c, boolean[] open) {
    for (int k = 0; k < KINDS; k++)
      open[k] = representative[k] >= 0 && system.canApply(c, transitions[representative[k]]);
  }

  /** How many feature products are kept. */
  int products() {
    synchronized (products) {
      return products.size();
    }
  }

  /**
   * The grammatical structure of {@code words} (tagged, indexed from 1), as CoreNLP's {@code
   * DependencyParser.predict} makes it from the transitions: the same relations, the same
   * corrections of its language's grammatical structure.
   */
  GrammaticalStructure predict(List<CoreLabel> words) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, words);
    Configuration c = system.initialConfiguration(sentence);
    double[] h = new double[hidden];
    double[] scores = new double[transitions.length];
    int[] feature = new int[positions];
    double[][] rows = new double[positions][];
    boolean[] open = new boolean[KINDS];
    while (!system.isTerminal(c)) {
      applicable(c, open);
      // a configuration with one transition open (the shifts that start a sentence, the arc to
      // the root that ends it) takes that transition whatever the scores: none are computed
      String only = onlyApplicable(open);
      if (only != null) {
        system.apply(c, only);
        continue;
      }
      List<Integer> fs = parser.getFeatures(c);
      for (int j = 0; j < positions; j++) feature[j] = fs.get(j);
      score(feature, rows, h, scores);
      double best = Double.NEGATIVE_INFINITY;
      String next = null;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > best && open[kind[t]]) {
          best = scores[t];
          next = transitions[t];
        }
      }
      if (next == null) throw new IllegalStateException("no transition applies");
      system.apply(c, next);
    }
    try {
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      List<TypedDependency> deps = new ArrayList<>(words.size());
      for (int i = 1; i <= words.size(); i++) {
        int head = c.getHead(i);
        IndexedWord dep = new IndexedWord(words.get(i - 1));
        IndexedWord gov = head == 0 ? root : new IndexedWord(words.get(head - 1));
        GrammaticalRelation rel =
            head == 0
                ? GrammaticalRelation.ROOT
                : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
        deps.add(new TypedDependency(rel, gov, dep));
      }
      return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one transition open by {@code open} (by kind), or null when none or several are. */
  private String onlyApplicable(boolean[] open) {
    String only = null;
    for (int t = 0; t < transitions.length; t++) {
      if (!open[kind[t]]) continue;
      if (only != null) return null;
      only = transitions[t];
    }
    return only;
  }

  /**
   * The output layer's scores for the features (word, tag and label ids by position), with {@code
   * rows} (one per feature position) to hold each feature's product while they are summed.
   */
  private void score(int[] feature, double[][] rows, double[] h, double[] scores) {
    synchronized (products) {
      for (int j = 0; j < feature.length; j++) rows[j] = product(feature[j], j);
    }
    // the products are summed in feature order, as CoreNLP sums them; a kept product never changes
    java.util.Arrays.fill(h, 0);
    for (int j = 0; j < feature.length; j++) {
      double[] p = rows[j];
      for (int k = 0; k < hidden; k++) h[k] += p[k];
      rows[j] = null;
    }
    for (int k = 0; k < hidden; k++) {
      double x = h[k] + b1[k];
      h[k] = x * x * x;
    }
    java.util.Arrays.fill(scores, 0);
    for (int k = 0; k < hidden; k++) {
      double a = h[k];
      double[] row = w2t[k];
      for (int t = 0; t < scores.length; t++) scores[t] += a * row[t];
    }
  }

  /**
   * The hidden-layer product of the embedding of id {@code tok} at feature position {@code j}: in
   * double precision for the features CoreNLP pre-computes, rounded to float for the others, as
   * CoreNLP keeps them; both held as doubles (a float widens to a double exactly), so that they are
   * summed as CoreNLP sums them, in a loop over doubles alone, which the JIT compiles to vector
   * instructions. Kept when there is room; the caller holds the lock on {@link #products}.
   */
  private double[] product(int tok, int j) {
    int key = tok * positions + j;
    double[] kept = products.get(key);
    if (kept != null) return kept;
    double[] p = new double[hidden];
    float[] e = embeddings[tok];
    int off = j * dims;
    for (int d = 0; d < dims; d++) {
      float x = e[d];
      float[] row = w1t[off + d];
      for (int k = 0; k < hidden; k++) p[k] += x * row[k];
    }
    if (!preComputed.get(key)) for (int k = 0; k < hidden; k++) p[k] = (float) p[k];
    products.put(key, p);
    return p;
  }

  /**
   * Products by non-negative int key in open addressing (linear probing), without boxing; at most
   * {@code max} kept, none ever replaced, so a product read once stays valid. Not thread-safe.
   */
  static final class Products {
    private final int[] keys;
    private final double[][] values;
    private final int max;
    private int size;

    Products(int max) {
      this.max = max;
      int cap = Integer.highestOneBit(Math.max(2, max) * 2 - 1) << 1;
      keys = new int[cap];
      values = new double[cap][];
    }

    /** The product kept under {@code key}, or null. */
    double[] get(int key) {
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == 0) return null;
        if (k == key + 1) return values[i];
      }
    }

    /** Keeps {@code p} under {@code key} unless the table is full or already holds the key. */
    void put(int key, double[] p) {
      if (size >= max) return;
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key + 1) return;
        if (k == 0) {
          keys[i] = key + 1;
          values[i] = p;
          size++;
          return;
        }
      }
    }

    int size() {
      return size;
    }

    private static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}

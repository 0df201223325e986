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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
  /**
   * Feature products kept at most besides the pre-computed ones (each the size of the hidden layer,
   * 200 floats, about 0.8 KB): news text meets far more (word, position) features than the
   * pre-computed ones, and one not kept is computed again each time it is met.
   */
  static final int MAX_PRODUCTS = 150_000;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final String[] transitions;

  /** Input weights by (feature position, embedding dimension), each a row over hidden units. */
  private final float[][] w1t;

  /** Output weights by hidden unit, each a row over transitions. */
  private final double[][] w2t;

  private final float[] b1;
  private final float[][] embeddings;
  private final int hidden, dims, positions;

  /** The features whose products CoreNLP computes at load, in double precision. */
  private final Set<Integer> preComputed;

  /**
   * The parser's own ways from a transition's label to a relation, and from relations to a
   * structure.
   */
  private final Method relation, structure;

  /**
   * Feature products computed so far, by feature: a {@code double[]} for a pre-computed feature, a
   * {@code float[]} for the others (CoreNLP keeps those rounded to float, so nothing is lost).
   */
  private final ConcurrentHashMap<Integer, Object> products = new ConcurrentHashMap<>();

  /** How many of {@link #products} are rounded ones, which {@link #MAX_PRODUCTS} bounds. */
  private final java.util.concurrent.atomic.AtomicInteger rounded =
      new java.util.concurrent.atomic.AtomicInteger();

  private Network(
      DependencyParser parser,
      ArcStandard system,
      String[] transitions,
      float[][] w1,
      float[] b1,
      float[][] w2,
      float[][] e,
      Set<Integer> preComputed,
      Method relation,
      Method structure) {
    this.parser = parser;
    this.relation = relation;
    this.structure = structure;
    this.preComputed = preComputed;
    this.system = system;
    this.transitions = transitions;
    this.b1 = b1;
    this.embeddings = e;
    this.hidden = b1.length;
    this.dims = e[0].length;
    this.positions = w1[0].length / dims;
    this.w1t = new float[w1[0].length][hidden];
    for (int h = 0; h < hidden; h++) for (int c = 0; c < w1[h].length; c++) w1t[c][h] = w1[h][c];
    this.w2t = new double[hidden][w2.length];
    for (int t = 0; t < w2.length; t++) for (int h = 0; h < hidden; h++) w2t[h][t] = w2[t][h];
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
      Set<Integer> first = new HashSet<>(pre.subList(0, Math.min(preComputed, pre.size())));
      Method relation =
          DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
      Method structure =
          DependencyParser.class.getDeclaredMethod(
              "makeGrammaticalStructure", List.class, TreeGraphNode.class);
      relation.setAccessible(true);
      structure.setAccessible(true);
      return new Network(
          parser, system, ts.toArray(String[]::new), w1, b1, w2, e, first, relation, structure);
    } catch (ReflectiveOperationException | RuntimeException ex) {
      return null;
    }
  }

  private static Field field(Class<?> c, String name) throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** How many feature products are kept. */
  int products() {
    return products.size();
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
    while (!system.isTerminal(c)) {
      List<Integer> fs = parser.getFeatures(c);
      for (int j = 0; j < positions; j++) feature[j] = fs.get(j);
      score(feature, h, scores);
      double best = Double.NEGATIVE_INFINITY;
      String next = null;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > best && system.canApply(c, transitions[t])) {
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

  /** The output layer's scores for the features (word, tag and label ids by position). */
  void score(int[] feature, double[] h, double[] scores) {
    java.util.Arrays.fill(h, 0);
    for (int j = 0; j < feature.length; j++) addProduct(h, feature[j], j);
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
   * Adds to {@code h} the hidden-layer product of the embedding of id {@code tok} at feature
   * position {@code j}: in double precision for the features CoreNLP pre-computes, rounded to float
   * for the others, as CoreNLP keeps them (the rounded ones are widened as they are added, so that
   * every sum is one of doubles).
   */
  private void addProduct(double[] h, int tok, int j) {
    Integer key = tok * positions + j;
    Object kept = products.get(key);
    if (kept == null) kept = compute(key, tok, j);
    if (kept instanceof float[] f) {
      for (int k = 0; k < hidden; k++) h[k] += f[k];
    } else {
      double[] p = (double[]) kept;
      for (int k = 0; k < hidden; k++) h[k] += p[k];
    }
  }

  /** The product of feature {@code key}, kept unless the rounded ones are at their bound. */
  private Object compute(Integer key, int tok, int j) {
    double[] p = new double[hidden];
    float[] e = embeddings[tok];
    int off = j * dims;
    for (int d = 0; d < dims; d++) {
      float x = e[d];
      float[] row = w1t[off + d];
      for (int k = 0; k < hidden; k++) p[k] += x * row[k];
    }
    if (preComputed.contains(key)) {
      // at most the pre-computed features: no bound needed
      Object was = products.putIfAbsent(key, p);
      return was != null ? was : p;
    }
    float[] f = new float[hidden];
    for (int k = 0; k < hidden; k++) f[k] = (float) p[k];
    if (rounded.get() < MAX_PRODUCTS) {
      Object was = products.putIfAbsent(key, f);
      if (was != null) return was;
      rounded.incrementAndGet();
    }
    return f;
  }
}

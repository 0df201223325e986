package org.sitrep.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Sentences and tokens with POS, lemma and NER tags, from CoreNLP's lean setting. Offsets are
 * CoreNLP's character offsets into the body, so they point at the text as written (curly quotes and
 * dashes included). Every document is tokenized and split; a sentence tagged before, in this or any
 * other document, takes its tags from the {@link SentenceCache} instead of the tagger.
 */
public final class CoreNlpStage implements Stage {
  private final CoreNlpConfig config;
  private final SentenceCache cache;
  private final String language;

  /** A stage with the process's shared sentence cache ({@link SentenceCache#shared()}). */
  public CoreNlpStage(CoreNlpConfig config) {
    this(config, SentenceCache.shared());
  }

  /** A stage with its own cache, or none when {@code cache} is null. */
  public CoreNlpStage(CoreNlpConfig config, SentenceCache cache) {
    this(config, "en", cache);
  }

  /**
   * The stage for a language with CoreNLP models ({@link CoreNlp#LANGUAGES}), with the process's
   * shared sentence cache; the models are loaded when the first document is tagged, not here.
   */
  public CoreNlpStage(CoreNlpConfig config, String language) {
    this(config, language, SentenceCache.shared());
  }

  /** The stage for {@code language} with its own cache, or none when {@code cache} is null. */
  public CoreNlpStage(CoreNlpConfig config, String language, SentenceCache cache) {
    if (!CoreNlp.LANGUAGES.contains(language))
      throw new IllegalArgumentException("no CoreNLP models for '" + language + "'");
    this.language = language;
    this.config = config;
    this.cache = cache;
  }

  public CoreNlpStage() {
    this(CoreNlpConfig.DEFAULT);
  }

  /** The stage for German text, with CoreNLP's German models. */
  public static CoreNlpStage german() {
    return new CoreNlpStage(CoreNlpConfig.DEFAULT, "de");
  }

  /** The language whose models this stage tags with. */
  public String language() {
    return language;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  /**
   * German writes ordinals and day numbers with a full stop ("ab 1. Januar 2024", "am 30. März"),
   * which CoreNLP's German splitter takes for a sentence's end: such a break, in the same
   * paragraph, is no break.
   */
  private boolean endsOnOrdinal(List<CoreLabel> prev, List<CoreLabel> next, String body) {
    if (!language.equals("de") || prev.isEmpty() || next.isEmpty()) return false;
    CoreLabel last = prev.get(prev.size() - 1);
    String w = last.word();
    boolean ordinal = w.matches("\\d{1,2}\\.");
    if (!ordinal && w.equals(".") && prev.size() >= 2) {
      CoreLabel before = prev.get(prev.size() - 2);
      ordinal = before.word().matches("\\d{1,2}") && before.endPosition() == last.beginPosition();
    }
    if (!ordinal) return false;
    int from = last.endPosition(), to = next.get(0).beginPosition();
    return from <= to && to <= body.length() && body.substring(from, to).indexOf('\n') < 0;
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.BODY);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Annotated apply(Annotated doc) {
    String unreadable = unreadable(doc.body());
    if (unreadable != null)
      return doc.withDiagnostic(new Diagnostic(name(), "not annotated: " + unreadable));
    CoreNlp nlp = CoreNlp.get(language);
    long deadline = System.nanoTime() + config.budget().toNanos();
    Annotation split = new Annotation(doc.body());
    nlp.split.annotate(split);
    List<List<CoreLabel>> whole = new ArrayList<>();
    for (CoreMap s : split.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      if (!whole.isEmpty() && endsOnOrdinal(whole.get(whole.size() - 1), toks, doc.body()))
        whole.get(whole.size() - 1).addAll(toks);
      else whole.add(new ArrayList<>(toks));
    }
    List<List<CoreLabel>> pieces = new ArrayList<>();
    for (List<CoreLabel> toks : whole) {
      for (int i = 0; i < toks.size(); i += config.maxSentenceTokens()) {
        pieces.add(
            new ArrayList<>(
                toks.subList(i, Math.min(toks.size(), i + config.maxSentenceTokens()))));
      }
    }

    List<Span> sentences = new ArrayList<>(pieces.size());
    List<Token> tokens = new ArrayList<>();
    String budgetNote = null;
    for (int b = 0; b < pieces.size(); b += config.batchSentences()) {
      List<List<CoreLabel>> batch =
          pieces.subList(b, Math.min(pieces.size(), b + config.batchSentences()));
      if (System.nanoTime() > deadline) {
        budgetNote =
            "time budget of "
                + config.budget().toSeconds()
                + " s used up: tagged "
                + b
                + " of "
                + pieces.size()
                + " sentences";
        for (List<CoreLabel> p : pieces.subList(b, pieces.size()))
          addUntagged(p, sentences, tokens);
        break;
      }
      tag(nlp, batch, sentences, tokens);
    }
    Annotated out = doc.withSentences(sentences).withTokens(tokens);
    return budgetNote == null ? out : out.withDiagnostic(new Diagnostic(name(), budgetNote));
  }

  /**
   * Why a text is not worth tagging, or null: mostly replacement or control characters (bytes that
   * were not text), or one endless token. Such text would cost the tagger minutes and yield
   * nothing.
   */
  static String unreadable(String body) {
    int n = body.length();
    if (n < 200) return null;
    int junk = 0, run = 0, longest = 0;
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c == '\uFFFD'
          || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
          || (c >= 0x7F && c <= 0x9F)) junk++;
      if (Character.isWhitespace(c)) run = 0;
      else longest = Math.max(longest, ++run);
    }
    if (junk * 10L > n)
      return String.format(
          java.util.Locale.ROOT,
          "%d of %d characters are replacement or control characters (not text)",
          junk,
          n);
    if (longest * 2L > n && longest > 5_000)
      return "one unbroken run of " + longest + " characters without a space (not text)";
    return null;
  }

  /**
   * Tags a batch of sentences: those the cache knows from it, the others with CoreNLP in one call
   * (which the cache then keeps). Tokens and offsets are this document's in both cases.
   */
  private void tag(
      CoreNlp nlp, List<List<CoreLabel>> batch, List<Span> sentences, List<Token> tokens) {
    SentenceCache.Tags[] tags = new SentenceCache.Tags[batch.size()];
    String[] keys = new String[batch.size()];
    List<List<CoreLabel>> missing = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      if (cache != null) {
        keys[i] = language + '\u0003' + SentenceCache.key(batch.get(i));
        tags[i] = cache.get(keys[i]);
      }
      if (tags[i] == null) missing.add(batch.get(i));
    }
    if (!missing.isEmpty()) annotate(nlp, missing);
    for (int i = 0; i < batch.size(); i++) {
      List<CoreLabel> p = batch.get(i);
      if (tags[i] == null) {
        tags[i] = SentenceCache.Tags.of(p, nlp.universal, CoreNlpStage::nerOf);
        if (cache != null) cache.put(keys[i], tags[i]);
      }
      int idx = sentences.size();
      sentences.add(spanOf(p));
      SentenceCache.Tags t = tags[i];
      for (int j = 0; j < p.size(); j++) {
        CoreLabel l = p.get(j);
        tokens.add(
            new Token(
                l.beginPosition(),
                l.endPosition(),
                l.originalText(),
                t.pos()[j],
                t.lemma(j, l.originalText()),
                t.ner()[j],
                idx,
                t.nerProbability()[j]));
      }
    }
  }

  private static void annotate(CoreNlp nlp, List<List<CoreLabel>> batch) {
    List<CoreMap> sents = new ArrayList<>(batch.size());
    List<CoreLabel> all = new ArrayList<>();
    for (List<CoreLabel> p : batch) {
      CoreMap s = new ArrayCoreMap();
      s.set(CoreAnnotations.TokensAnnotation.class, p);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, sents.size());
      sents.add(s);
      all.addAll(p);
    }
    Annotation ann = new Annotation("");
    ann.set(CoreAnnotations.SentencesAnnotation.class, sents);
    ann.set(CoreAnnotations.TokensAnnotation.class, all);
    nlp.tag.annotate(ann);
  }

  private static void addUntagged(List<CoreLabel> p, List<Span> sentences, List<Token> tokens) {
    int idx = sentences.size();
    sentences.add(spanOf(p));
    for (CoreLabel t : p) {
      tokens.add(
          new Token(t.beginPosition(), t.endPosition(), t.originalText(), null, null, "O", idx));
    }
  }

  private static Span spanOf(List<CoreLabel> p) {
    return new Span(p.get(0).beginPosition(), p.get(p.size() - 1).endPosition());
  }

  private static String nerOf(CoreLabel t) {
    String n = t.ner();
    return n == null ? "O" : n;
  }
}

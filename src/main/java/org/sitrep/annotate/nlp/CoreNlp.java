package org.sitrep.annotate.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two CoreNLP pipelines of one language (splitting, then tagging), built once per process and
 * language, on first use, and shared by threads (CoreNLP's annotators are thread-safe for
 * annotate(); the expensive part is loading the models, 2-8 s). A language's models are loaded only
 * when a document in that language arrives: an English-only run never loads the German ones.
 */
public final class CoreNlp {
  /** The languages with CoreNLP models on the classpath. */
  public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "de");

  /**
   * The English NER models, in CoreNLP's order of precedence: the three-class model (persons,
   * organisations, places) and the CoNLL model, which adds MISC. CoreNLP's default runs the MUC
   * model between them, which adds only DATE, TIME, MONEY and PERCENT (a later model contributes
   * only labels no model before it has, on tokens no model before it labelled): the time and
   * quantity stages read dates, times and amounts from the text themselves, and the third model
   * cost about a fifth of the time per document.
   */
  static final java.util.List<String> ENGLISH_NER_MODELS =
      java.util.List.of(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  private static final Map<String, CoreNlp> INSTANCES = new ConcurrentHashMap<>();

  final String language;
  final StanfordCoreNLP split;
  final StanfordCoreNLP tag;

  /** The German model's universal tags as the Penn tags the stages read; null for English. */
  final UniversalTags universal;

  private CoreNlp(String language) {
    this.language = language;
    Properties base = language.equals("en") ? new Properties() : properties(language);
    Properties sp = new Properties();
    sp.putAll(base);
    sp.setProperty("annotators", "tokenize,ssplit");
    sp.setProperty("tokenize.language", language);
    // Paragraph breaks end sentences, so headings and datelines never glue onto the next sentence.
    sp.setProperty("ssplit.newlineIsSentenceBreak", "two");
    sp.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    split = new StanfordCoreNLP(sp);

    Properties tp = new Properties();
    tp.putAll(base);
    // No lemmatizer exists for German in CoreNLP: its tokens keep their word as lemma.
    tp.setProperty("annotators", language.equals("en") ? "pos,lemma,ner" : "pos,ner");
    tp.setProperty("enforceRequirements", "false");
    // SUTime and fine-grained regexner make NER 6x slower (DESIGN.md); times and fine types are our
    // own stages.
    tp.setProperty("ner.useSUTime", "false");
    tp.setProperty("ner.applyFineGrained", "false");
    tp.setProperty("ner.buildEntityMentions", "false");
    tp.setProperty("ner.applyNumericClassifiers", "false");
    tp.setProperty("ner.language", language);
    if (language.equals("en")) tp.setProperty("ner.model", String.join(",", ENGLISH_NER_MODELS));
    tag = new StanfordCoreNLP(tp);
    universal = language.equals("en") ? null : UniversalTags.get();
  }

  /** CoreNLP's own settings for a language, from the properties file in its models jar. */
  private static Properties properties(String language) {
    String name =
        "StanfordCoreNLP-" + (language.equals("de") ? "german" : language) + ".properties";
    Properties p = new Properties();
    try (InputStream in = CoreNlp.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("no CoreNLP models for '" + language + "'");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.remove("annotators");
    return p;
  }

  /** The English pipelines. */
  public static CoreNlp get() {
    return get("en");
  }

  /** The pipelines of a language in {@link #LANGUAGES}, loaded on first use. */
  public static CoreNlp get(String language) {
    if (!LANGUAGES.contains(language))
      throw new IllegalArgumentException("no CoreNLP models for '" + language + "'");
    return INSTANCES.computeIfAbsent(language, CoreNlp::new);
  }

  /** True once the models of this language are loaded in this process. */
  public static boolean loaded(String language) {
    return INSTANCES.containsKey(language);
  }
}

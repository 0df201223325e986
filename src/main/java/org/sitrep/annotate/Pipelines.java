package org.sitrep.annotate;

import java.util.EnumSet;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.event.EventStage;
import org.sitrep.annotate.fact.FactStage;
import org.sitrep.annotate.nlp.CoreNlpConfig;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.annotate.nlp.SentenceCache;
import org.sitrep.annotate.nlp.SentenceStage;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.quantity.GermanQuantityStage;
import org.sitrep.annotate.quantity.QuantityStage;
import org.sitrep.annotate.quote.QuoteStage;
import org.sitrep.annotate.time.GermanTimeStage;
import org.sitrep.annotate.time.TimeStage;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;

/**
 * The per-document pipelines Sitrep ships; the CLI, the server and the Spark job all build theirs
 * here.
 */
public final class Pipelines {
  private Pipelines() {}

  /** Every per-document stage, in dependency order: the pipeline for English text. */
  public static Pipeline standard() {
    return standard(new CoreNlpStage());
  }

  /**
   * {@link #standard()} with its own sentence cache for the backbone, in place of the process's
   * shared one; when {@code cache} is null, a pipeline without caches: every sentence is tagged and
   * parsed afresh, as in a process that has seen none before.
   */
  public static Pipeline standard(SentenceCache cache) {
    return standard(
        new CoreNlpStage(CoreNlpConfig.DEFAULT, cache),
        cache != null ? new FactStage() : FactStage.withoutParseCache());
  }

  private static Pipeline standard(CoreNlpStage backbone) {
    return standard(backbone, new FactStage());
  }

  private static Pipeline standard(CoreNlpStage backbone, FactStage facts) {
    return Pipeline.builder()
        // the facts stage's dependency parser loads when a sentence first needs it, if ever
        .add(backbone)
        .add(new EntityStage())
        .add(new TimeStage())
        .add(new QuantityStage())
        .add(new QuoteStage())
        .add(new EventStage())
        .add(facts)
        .build();
  }

  /**
   * For German text: CoreNLP's German models for tokens, sentences, tags and entities (loaded when
   * the first German document is tagged), entities repaired and tied to places with the German
   * names of the gazetteer, German roles and titles, times, quantities, quotes, events and facts,
   * each with its words in {@code lexicon/de}.
   */
  public static Pipeline german() {
    return Pipeline.builder()
        .add(CoreNlpStage.german())
        // The German place names are read when the first German document arrives.
        .add(
            new Lazily(
                "entities",
                EnumSet.of(Layer.SENTENCES, Layer.TOKENS),
                EnumSet.of(Layer.ENTITIES, Layer.PLACES),
                () -> new EntityStage(Gazetteer.german())))
        .add(new GermanTimeStage())
        .add(new GermanQuantityStage())
        .add(QuoteStage.german())
        .add(EventStage.german())
        .add(FactStage.german())
        .build();
  }

  /**
   * For text in a language without a model: sentences, and the times and quantities written in
   * digits. No entities, quotes or events, which would be English rules run over another language.
   */
  public static Pipeline languageNeutral() {
    return Pipeline.builder()
        .add(new SentenceStage())
        .add(LanguageNeutral.times(new TimeStage()))
        .add(LanguageNeutral.quantities(QuantityStage.onTextAlone()))
        .build();
  }

  /**
   * The pipeline for each document's language: {@link #standard()} for English (and for text whose
   * language is not known), {@link #german()} for German, {@link #languageNeutral()} for every
   * language without a model. A new language model is one more {@code .language(code, pipeline)}
   * line.
   */
  public static LanguagePipelines byLanguage() {
    return LanguagePipelines.builder("en", standard())
        .language("de", german())
        .fallback(languageNeutral())
        .build();
  }
}

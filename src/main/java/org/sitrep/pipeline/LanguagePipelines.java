package org.sitrep.pipeline;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;

/**
 * The pipeline for each language, chosen by the document's language. A language with a model gets
 * its own pipeline; any other language gets the language-neutral one and a diagnostic naming the
 * layers that were skipped, so no model is run over text it was not made for. A document whose
 * language is not known is read as the default language. Adding a language is adding one entry.
 *
 * <pre>{@code
 * LanguagePipelines p = LanguagePipelines.builder("en", english).fallback(neutral).build();
 * Annotated a = p.run(document);
 * }</pre>
 */
public final class LanguagePipelines {
  /** The stage name of the diagnostic left on a document read without a language model. */
  public static final String STAGE = "language";

  private final String defaultLanguage;
  private final Map<String, Pipeline> byLanguage;
  private final Pipeline fallback;

  private LanguagePipelines(
      String defaultLanguage, Map<String, Pipeline> byLanguage, Pipeline fallback) {
    this.defaultLanguage = defaultLanguage;
    this.byLanguage = Map.copyOf(byLanguage);
    this.fallback = fallback;
  }

  /** A set whose unknown-language documents go to {@code pipeline}, the default language's. */
  public static Builder builder(String defaultLanguage, Pipeline pipeline) {
    return new Builder(defaultLanguage, pipeline);
  }

  /** The languages that have a model, as ISO 639-1 codes. */
  public Set<String> languages() {
    return byLanguage.keySet();
  }

  /** The code a document is annotated as: its own language, or the default when it has none. */
  public String languageOf(Document d) {
    return languageOf(d.language());
  }

  /** The code a document with this language (null when not known) is annotated as. */
  public String languageOf(String language) {
    return language == null || language.isBlank()
        ? defaultLanguage
        : language.toLowerCase(Locale.ROOT);
  }

  /** True when the language has a model of its own. */
  public boolean hasModel(String language) {
    return byLanguage.containsKey(language);
  }

  /** The pipeline a document in this language goes through. */
  public Pipeline pipelineFor(String language) {
    return byLanguage.getOrDefault(language, fallback);
  }

  /** The layers a document in this language gets. */
  public Set<Layer> layersFor(String language) {
    return pipelineFor(language).layers();
  }

  /**
   * The layers the default language gets that this language does not: empty for a language with
   * every stage, the layers without rules for a language with a model of its own.
   */
  public Set<Layer> skippedFor(String language) {
    Set<Layer> skipped = EnumSet.noneOf(Layer.class);
    skipped.addAll(byLanguage.get(defaultLanguage).layers());
    skipped.removeAll(layersFor(language));
    return skipped;
  }

  public Annotated run(Document d) {
    String lang = languageOf(d);
    Pipeline p = byLanguage.get(lang);
    if (p != null) {
      Annotated a = p.run(d);
      Set<Layer> skipped = skippedFor(lang);
      if (skipped.isEmpty()) return a;
      return a.withDiagnostic(
          new Diagnostic(
              STAGE,
              "no rules for language '"
                  + lang
                  + "' yet: skipped "
                  + names(skipped)
                  + "; kept "
                  + names(layersFor(lang))));
    }
    Annotated a = fallback.run(d);
    return a.withDiagnostic(
        new Diagnostic(
            STAGE,
            "no model for language '"
                + lang
                + "': skipped "
                + names(skippedFor(lang))
                + "; kept "
                + names(layersFor(lang))));
  }

  /** Layer names in lower case, in the enum's order, comma-separated. */
  public static String names(Set<Layer> layers) {
    List<Layer> sorted = layers.stream().sorted().toList();
    return sorted.isEmpty()
        ? "nothing"
        : sorted.stream()
            .map(l -> l.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
  }

  public static final class Builder {
    private final String defaultLanguage;
    private final Map<String, Pipeline> byLanguage = new LinkedHashMap<>();
    private Pipeline fallback;

    private Builder(String defaultLanguage, Pipeline pipeline) {
      this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
      byLanguage.put(defaultLanguage, Objects.requireNonNull(pipeline, "pipeline"));
    }

    /** The pipeline of one more language with a model. */
    public Builder language(String code, Pipeline pipeline) {
      byLanguage.put(code.toLowerCase(Locale.ROOT), Objects.requireNonNull(pipeline, "pipeline"));
      return this;
    }

    /** The pipeline of every language without a model; without one, such text gets none. */
    public Builder fallback(Pipeline pipeline) {
      this.fallback = pipeline;
      return this;
    }

    public LanguagePipelines build() {
      Pipeline f = fallback != null ? fallback : Pipeline.builder().build();
      return new LanguagePipelines(defaultLanguage, byLanguage, f);
    }
  }
}

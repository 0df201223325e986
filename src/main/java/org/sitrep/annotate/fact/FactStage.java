package org.sitrep.annotate.fact;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The facts layer: each figure of the article read as a fact (subject, measure, place, value, kind,
 * status, date, attribution, evidence), computed once per document so that resolution, timelines
 * and pages read it instead of re-reading the text. It reads the sentences (a fact's evidence and
 * clause) and the tokens (parts of speech and lemmas) besides the layers it builds on.
 */
public final class FactStage implements Stage {
  private final boolean german;
  private final boolean cachedParses;

  public FactStage() {
    this(false, true);
  }

  private FactStage(boolean german, boolean cachedParses) {
    this.german = german;
    this.cachedParses = cachedParses;
  }

  /**
   * The English stage that parses every sentence it needs afresh, without the process's cache of
   * parses (the same facts, computed as by a process that has seen no sentence before).
   */
  public static FactStage withoutParseCache() {
    return new FactStage(false, false);
  }

  /** How many sentences this process has given the dependency parser (not those it had already). */
  public static long sentencesParsed() {
    return Dependencies.parsed();
  }

  /**
   * The stage for German text ({@link GermanFacts}): counted figures with their measure from {@code
   * lexicon/de/measures.tsv}, subject, place and status from the German event and entity layers.
   */
  public static FactStage german() {
    return new FactStage(true, true);
  }

  @Override
  public String name() {
    return "facts";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(
        Layer.SENTENCES,
        Layer.TOKENS,
        Layer.ENTITIES,
        Layer.TIMES,
        Layer.QUANTITIES,
        Layer.QUOTES,
        Layer.EVENTS);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.FACTS);
  }

  @Override
  public Annotated apply(Annotated doc) {
    List<Fact> facts =
        german
            ? GermanFacts.find(doc)
            : cachedParses
                ? FactFinder.find(doc)
                : Dependencies.uncached(() -> FactFinder.find(doc));
    return doc.withFacts(facts);
  }
}

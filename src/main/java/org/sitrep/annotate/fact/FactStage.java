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
 * and pages read it instead of re-reading the text.
 */
public final class FactStage implements Stage {
  @Override
  public String name() {
    return "facts";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.ENTITIES, Layer.TIMES, Layer.QUANTITIES, Layer.QUOTES, Layer.EVENTS);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.FACTS);
  }

  @Override
  public Annotated apply(Annotated doc) {
    List<Fact> facts = FactFinder.find(doc);
    return doc.withFacts(facts);
  }
}

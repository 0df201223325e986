package org.sitrep.annotate;

import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.event.EventStage;
import org.sitrep.annotate.fact.FactStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.annotate.quantity.QuantityStage;
import org.sitrep.annotate.quote.QuoteStage;
import org.sitrep.annotate.time.TimeStage;
import org.sitrep.pipeline.Pipeline;

/**
 * The per-document pipelines Sitrep ships; the CLI, the server and the Spark job all build theirs
 * here.
 */
public final class Pipelines {
  private Pipelines() {}

  /** Every per-document stage, in dependency order. */
  public static Pipeline standard() {
    return Pipeline.builder()
        .add(new CoreNlpStage())
        .add(new EntityStage())
        .add(new TimeStage())
        .add(new QuantityStage())
        .add(new QuoteStage())
        .add(new EventStage())
        .add(new FactStage())
        .build();
  }
}

package org.sitrep.annotate;

import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.pipeline.Pipeline;

/** The per-document pipelines Sitrep ships; the CLI, the server and the Spark job all build theirs here. */
public final class Pipelines {
  private Pipelines() {}

  /** Every per-document stage, in dependency order. */
  public static Pipeline standard() {
    return Pipeline.builder().add(new CoreNlpStage()).add(new EntityStage()).build();
  }
}

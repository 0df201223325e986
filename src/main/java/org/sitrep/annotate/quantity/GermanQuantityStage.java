package org.sitrep.annotate.quantity;

import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/** Adds the QUANTITIES layer to German text with {@link GermanQuantityTagger}. */
public final class GermanQuantityStage implements Stage {
  private final GermanQuantityTagger tagger = new GermanQuantityTagger();

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.BODY, Layer.TIMES);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    return doc.withQuantities(tagger.tag(doc.body(), doc.times()));
  }
}

package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The pipeline stage for quantities: reads the body (and the sentence layer when an earlier stage added one) and adds
 * the QUANTITIES layer. Sentence spans are optional, so this stage needs only BODY.
 */
public final class QuantityStage implements Stage {
  private final QuantityTagger tagger = new QuantityTagger();

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.BODY);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    List<Span> sentences = doc.sentences();
    List<Quantity> found = tagger.tag(doc.body(), sentences, doc.tokens());
    return doc.withQuantities(new ArrayList<>(found));
  }
}

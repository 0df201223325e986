package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;

class QuantityStageTest {
  private final QuantityStage stage = new QuantityStage();

  private static Annotated doc(String body) {
    return Annotated.of(
        new Document("d1", List.of(), null, null, null, Published.UNKNOWN, "en", List.of(), body));
  }

  @Test
  void declaresWhatItNeedsAndAdds() {
    assertEquals(Set.of(Layer.BODY, Layer.SENTENCES, Layer.TOKENS), stage.needs());
    assertEquals(Set.of(Layer.BODY), QuantityStage.onTextAlone().needs());
    assertEquals(Set.of(Layer.QUANTITIES), stage.adds());
    assertEquals("quantities", stage.name());
  }

  @Test
  void addsQuantitiesAndLeavesOtherLayersAlone() {
    Annotated in = doc("Germany will send up to 350 more soldiers to Lithuania in 2027.");
    Annotated out = stage.apply(in);
    assertEquals(1, out.quantities().size());
    Quantity q = out.quantities().get(0);
    assertEquals(350, q.value());
    assertEquals(in.sentences(), out.sentences());
    assertEquals(in.entities(), out.entities());
    assertEquals(in.document(), out.document());
  }

  @Test
  void theTextAloneStageRunsInAPipelineThatHasOnlyTheBody() {
    Pipeline p = Pipeline.builder().add(QuantityStage.onTextAlone()).build();
    Annotated out = p.run(doc("Germany has 500 soldiers in Lithuania.").document());
    assertEquals(1, out.quantities().size());
    assertEquals(List.of(), out.diagnostics());
  }

  @Test
  void anOverlongBodyIsTaggedUpToTheLimitWithADiagnostic() {
    Annotated out =
        new QuantityStage(20).apply(doc("They sent 500 soldiers and then 300 more tanks."));
    assertEquals(1, out.quantities().size());
    assertEquals(1, out.diagnostics().size());
    assertTrue(out.diagnostics().get(0).message().contains("tagged up to 20"));
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThrows(IllegalArgumentException.class, () -> new QuantityStage(0));
  }

  @Test
  void usesTheSentenceLayerWhenPresent() {
    String body = "Some 1,000 troops are there; the force will grow to 4,800 soon";
    // One sentence given by an earlier stage: the bare 4,800 inherits from the same sentence.
    Annotated in = doc(body).withSentences(List.of(new Span(0, body.length())));
    List<Quantity> qs = stage.apply(in).quantities();
    assertEquals("troops", qs.get(1).counted());
  }
}

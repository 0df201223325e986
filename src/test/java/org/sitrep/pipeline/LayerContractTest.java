package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/** Fault-injecting stages: the pipeline refuses what their declarations do not allow. */
class LayerContractTest {
  private static Stage stage(
      String name, Set<Layer> needs, Set<Layer> adds, UnaryOperator<Annotated> f) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> needs() {
        return needs;
      }

      @Override
      public Set<Layer> adds() {
        return adds;
      }

      @Override
      public Annotated apply(Annotated doc) {
        return f.apply(doc);
      }
    };
  }

  private static final Stage SENTENCES =
      stage(
          "sentences",
          EnumSet.of(Layer.BODY),
          EnumSet.of(Layer.SENTENCES),
          a -> a.withSentences(List.of(new Span(0, a.body().length()))));

  private static Document doc() {
    return new Document(
        "id",
        List.of(),
        "Outlet",
        null,
        "Title",
        Published.UNKNOWN,
        "en",
        List.of(),
        "Two hundred soldiers arrived.");
  }

  private static Quantity one(int value) {
    return new Quantity(
        0, 3, "Two", value, null, null, "soldiers", false, Quantity.Bound.EXACT, null);
  }

  @Test
  void theStrictCheckIsOnInTheTests() {
    assertTrue(Pipeline.STRICT, "run the tests with -Dsitrep.strict=true (pom.xml)");
  }

  @Test
  void aPipelineWithoutTheLayerAStageNeedsDoesNotBuild() {
    Stage needsTimes = stage("q", EnumSet.of(Layer.TIMES), EnumSet.of(Layer.QUANTITIES), a -> a);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Pipeline.builder().add(SENTENCES).add(needsTimes).build());
    assertTrue(e.getMessage().contains("needs layer TIMES"), e.getMessage());
  }

  @Test
  void aStageThatReadsALayerItDidNotDeclareIsRefused() {
    // Declares only the body, but counts sentences.
    Stage sneaky =
        stage(
            "sneaky",
            EnumSet.of(Layer.BODY),
            EnumSet.of(Layer.QUANTITIES),
            a -> a.withQuantities(List.of(one(a.sentences().size()))));
    Pipeline p = Pipeline.builder().add(SENTENCES).add(sneaky).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(doc()));
    assertTrue(e.getMessage().startsWith("contract: stage 'sneaky' reads a layer"), e.getMessage());
  }

  @Test
  void aStageThatChangesALayerItDoesNotAddIsRefused() {
    Stage meddler =
        stage(
            "meddler",
            EnumSet.of(Layer.SENTENCES),
            EnumSet.of(Layer.QUANTITIES),
            a -> a.withSentences(List.of()).withQuantities(List.of(one(1))));
    Pipeline p = Pipeline.builder().add(SENTENCES).add(meddler).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(doc()));
    assertTrue(e.getMessage().contains("changed layer SENTENCES"), e.getMessage());
  }

  @Test
  void anHonestStagePasses() {
    Stage honest =
        stage(
            "honest",
            EnumSet.of(Layer.SENTENCES),
            EnumSet.of(Layer.QUANTITIES),
            a -> a.withQuantities(List.of(one(a.sentences().size()))));
    Annotated out = Pipeline.builder().add(SENTENCES).add(honest).build().run(doc());
    assertEquals(1.0, out.quantities().get(0).value());
  }
}

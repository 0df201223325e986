package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;

/**
 * The first document starts what a later stage needs loaded, once; the wrapped stage's work and
 * declarations are unchanged.
 */
class PreloadingTest {
  private static final class Marking implements Stage {
    @Override
    public String name() {
      return "marking";
    }

    @Override
    public Set<Layer> needs() {
      return EnumSet.of(Layer.BODY);
    }

    @Override
    public Set<Layer> adds() {
      return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Annotated apply(Annotated doc) {
      return doc.withDiagnostic(new Diagnostic(name(), "seen"));
    }
  }

  private static Annotated doc(String body) {
    return Annotated.of(
        Document.of(
            Source.file("t.txt"), null, null, null, Published.UNKNOWN, "en", List.of(), body));
  }

  @Test
  void theFirstDocumentStartsThePreloadOnceAndTheStageWorksAsBefore() {
    AtomicInteger preloads = new AtomicInteger();
    Marking inner = new Marking();
    Preloading p = new Preloading(inner, preloads::incrementAndGet);
    assertEquals(inner.name(), p.name());
    assertEquals(inner.needs(), p.needs());
    assertEquals(inner.adds(), p.adds());
    assertFalse(p.started());
    assertEquals(0, preloads.get());
    Annotated a = p.apply(doc("One."));
    assertTrue(p.started());
    assertEquals(1, preloads.get());
    assertEquals(inner.apply(doc("One.")).diagnostics(), a.diagnostics());
    p.apply(doc("Two."));
    p.apply(doc("Three."));
    assertEquals(1, preloads.get());
  }

  @Test
  void theEnglishPipelineStartsThePreloadWithItsBackbone() {
    Pipeline en = Pipelines.standard();
    Stage first = en.stages().get(0);
    assertTrue(first instanceof Preloading, "the backbone starts the preload: " + first);
    assertEquals("corenlp", first.name());
    assertSame(Preloading.class, first.getClass());
    assertFalse(((Preloading) first).started(), "building a pipeline loads nothing");
  }
}

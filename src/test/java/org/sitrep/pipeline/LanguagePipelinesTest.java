package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

class LanguagePipelinesTest {
  /** A stage that adds its layers and marks the document with one sentence, its own mark. */
  record Mark(String name, Set<Layer> adds, int mark) implements Stage {
    @Override
    public Set<Layer> needs() {
      return EnumSet.of(Layer.BODY);
    }

    @Override
    public Annotated apply(Annotated doc) {
      return doc.withSentences(List.of(new Span(0, mark)));
    }
  }

  private static Document doc(String language) {
    return Document.of(
        Source.file("t"), null, null, null, Published.UNKNOWN, language, List.of(), "Some text.");
  }

  private final Pipeline english =
      Pipeline.builder()
          .add(new Mark("en", EnumSet.of(Layer.SENTENCES, Layer.ENTITIES, Layer.EVENTS), 1))
          .build();
  private final Pipeline german =
      Pipeline.builder()
          .add(new Mark("de", EnumSet.of(Layer.SENTENCES, Layer.ENTITIES), 2))
          .build();
  private final Pipeline neutral =
      Pipeline.builder().add(new Mark("neutral", EnumSet.of(Layer.SENTENCES), 3)).build();

  @Test
  void eachLanguageGetsItsPipelineAndOthersTheNeutralOne() {
    LanguagePipelines p =
        LanguagePipelines.builder("en", english).language("DE", german).fallback(neutral).build();
    assertEquals(1, p.run(doc("en")).sentences().get(0).end());
    assertEquals(2, p.run(doc("de")).sentences().get(0).end());
    assertEquals(1, p.run(doc(null)).sentences().get(0).end(), "unknown language: the default");
    Annotated fr = p.run(doc("fr"));
    assertEquals(3, fr.sentences().get(0).end());
    assertEquals(1, fr.diagnostics().size());
    assertEquals(LanguagePipelines.STAGE, fr.diagnostics().get(0).stage());
    assertTrue(
        fr.diagnostics().get(0).message().contains("'fr': skipped entities, events"),
        fr.diagnostics().get(0).message());
    Annotated de = p.run(doc("de"));
    assertEquals(1, de.diagnostics().size(), "a model without every stage says what it skips");
    assertTrue(
        de.diagnostics().get(0).message().contains("'de' yet: skipped events"),
        de.diagnostics().get(0).message());
    assertTrue(p.run(doc("en")).diagnostics().isEmpty());
    assertEquals(EnumSet.of(Layer.EVENTS), p.skippedFor("de"));
    assertEquals(Set.of("en", "de"), p.languages());
  }
}

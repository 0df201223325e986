package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Layer;

class TimeStageTest {
  private static Annotated doc(String body, Published published) {
    return Annotated.of(
        Document.of(
            Source.file("t.txt"), "outlet", "label", "title", published, "en", List.of(), body));
  }

  @Test
  void declaresWhatItNeedsAndAdds() {
    TimeStage s = new TimeStage();
    assertEquals(Set.of(Layer.BODY), s.needs());
    assertEquals(Set.of(Layer.TIMES), s.adds());
    assertEquals("times", s.name());
  }

  @Test
  void anchorsOnThePublishedDate() {
    Annotated out =
        new TimeStage()
            .apply(
                doc(
                    "The minister said on Monday that troops arrive in 2027.",
                    Published.stated("2023-06-28")));
    assertEquals(2, out.times().size());
    assertEquals("2023-06-26", out.times().get(0).value());
    assertTrue(out.times().get(0).anchored());
    assertTrue(out.diagnostics().isEmpty());
  }

  @Test
  void leavesRelativeTimesUnanchoredWithoutADate() {
    Annotated out = new TimeStage().apply(doc("The minister said on Monday.", Published.UNKNOWN));
    assertEquals("XXXX-WXX-1", out.times().get(0).value());
    assertFalse(out.times().get(0).anchored());
  }

  @Test
  void aBadPublishedDateIsADiagnosticNotACrash() {
    Annotated out =
        new TimeStage()
            .apply(doc("yesterday", new Published("June 2023", Published.How.INFERRED, "x")));
    assertEquals("XXXX-XX-XX", out.times().get(0).value());
    assertEquals(1, out.diagnostics().size());
  }

  @Test
  void anExhaustedBudgetKeepsWhatWasFoundAndSaysSo() {
    Annotated out =
        new TimeStage(Duration.ofNanos(1))
            .apply(doc("yesterday ".repeat(5000), Published.stated("2023-06-28")));
    assertEquals(1, out.diagnostics().size());
    assertTrue(out.diagnostics().get(0).message().contains("budget"));
    assertTrue(out.times().size() < 5000);
  }

  @Test
  void rejectsANonPositiveBudget() {
    assertThrows(IllegalArgumentException.class, () -> new TimeStage(Duration.ZERO));
  }

  @Test
  void aHundredThousandCharacterLineWithoutPunctuationFinishesWithinTheBudget() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 100_000) line.append("two years ago last June 2027 troops more than ");
    long t0 = System.nanoTime();
    Annotated out = new TimeStage().apply(doc(line.toString(), Published.stated("2023-06-28")));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(out.diagnostics().isEmpty(), out.diagnostics().toString());
    assertTrue(out.times().size() > 4000, out.times().size() + " times");
    assertTrue(ms < TimeStage.DEFAULT_BUDGET.toMillis(), ms + " ms");
  }
}

package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

class DateInferenceTest {
  private static Document doc(String body, Published p) {
    return Document.of(Source.file("t"), null, null, null, p, "en", List.of(), body);
  }

  @Test
  void datelineGivesAnInferredDateWithItsEvidence() {
    Document d =
        DateInference.apply(
            doc(
                "VILNIUS, June 26, 2023 (Reuters) - Germany is willing to send troops.",
                Published.UNKNOWN));
    assertEquals("2023-06-26", d.published().value());
    assertEquals(Published.How.INFERRED, d.published().how());
    assertEquals("VILNIUS, June 26, 2023 (Reuters) -", d.published().evidence());
  }

  @Test
  void labelledAndBareDateLines() {
    assertEquals(
        "2024-12-08",
        DateInference.apply(doc("Updated: 8 December 2024\n\nThe brigade...", Published.UNKNOWN))
            .published()
            .value());
    assertEquals(
        "2022-02-07",
        DateInference.apply(
                doc("Monday, February 7, 2022\nGermany will send...", Published.UNKNOWN))
            .published()
            .value());
    assertEquals(
        "2024-05-22",
        DateInference.apply(doc("2024-05-22\n\nGermany is deploying...", Published.UNKNOWN))
            .published()
            .value());
  }

  @Test
  void datesInsideTheStoryAndStatedDatesAreLeftAlone() {
    Document inStory =
        doc("The treaty signed on March 3, 1999 still binds both sides.", Published.UNKNOWN);
    assertSame(inStory, DateInference.apply(inStory));
    Document noYear =
        doc("VILNIUS, June 26 (Reuters) - Germany is willing to send troops.", Published.UNKNOWN);
    assertSame(noYear, DateInference.apply(noYear));
    Document stated =
        doc("VILNIUS, June 26, 2023 (Reuters) - text", Published.stated("2023-06-27"));
    assertSame(stated, DateInference.apply(stated));
    Document impossible = doc("February 30, 2023\nText.", Published.UNKNOWN);
    assertSame(impossible, DateInference.apply(impossible));
  }
}

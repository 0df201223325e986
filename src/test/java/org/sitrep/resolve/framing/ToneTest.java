package org.sitrep.resolve.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;

class ToneTest {
  private static Annotated doc(String body, Quote... qs) {
    return Annotated.of(
            Document.of(
                Source.file("t"), null, null, null, Published.UNKNOWN, "en", List.of(), body))
        .withQuotes(List.of(qs));
  }

  @Test
  void alarmedCoverageIsMoreNegativeThanMatterOfFactCoverage() {
    double alarmed =
        Tone.of(
            doc("The dangerous escalation is sure to trigger alarm and fear of war and attack."));
    double calm =
        Tone.of(doc("The allies welcomed the agreement to strengthen security and cooperation."));
    assertTrue(alarmed < 0 && calm > 0, alarmed + " vs " + calm);
    assertEquals(100.0 * -6 / 14, alarmed, 1e-9); // dangerous, escalation, alarm, fear, war, attack
  }

  @Test
  void quotedWordsAreTheSpeakersNotTheOutlets() {
    String body = "He said war and attack and threat would follow.";
    int s = body.indexOf("war"), e = body.indexOf(" would");
    assertEquals(
        0.0,
        Tone.of(
            doc(
                body,
                new Quote(s, e, body.substring(s, e), "X", -1, -1, "said", Quote.Kind.PARTIAL))));
  }
}

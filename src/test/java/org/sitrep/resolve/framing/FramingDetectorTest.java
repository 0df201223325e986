package org.sitrep.resolve.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

class FramingDetectorTest {
  private static Annotated doc(String body, Quote... quotes) {
    List<Span> sents = new ArrayList<>();
    int s = 0;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) == '.' && (i + 1 == body.length() || body.charAt(i + 1) == ' ')) {
        sents.add(new Span(s, i + 1));
        s = i + 2;
      }
    }
    Document d =
        Document.of(
            Source.file("t"), "Outlet", null, null, Published.UNKNOWN, "en", List.of(), body);
    return Annotated.of(d).withSentences(sents).withQuotes(List.of(quotes));
  }

  @Test
  void contestedNamesLoadedWordingAndUnsourcedClaimsAreMarkedWithTheirSentence() {
    Annotated a =
        doc(
            "Crucially, and sure to trigger deep alarm for Moscow, the force will grow. "
                + "The tanks have by many accounts done nothing to sway the battle in Kiev's favor. "
                + "The minister said the situation was alarming.");
    List<FramingMarker> ms = FramingDetector.detect(a);
    assertTrue(
        ms.stream()
            .anyMatch(
                m ->
                    m.kind().equals("loaded")
                        && m.text().equals("sure to trigger deep alarm for Moscow")),
        ms.toString());
    assertTrue(
        ms.stream()
            .anyMatch(
                m ->
                    m.kind().equals("unsourced-claim")
                        && m.text().startsWith("by many accounts done nothing to sway")));
    assertTrue(
        ms.stream()
            .anyMatch(
                m ->
                    m.kind().equals("naming")
                        && m.text().equals("Kiev")
                        && m.sentence().contains("many accounts")));
    assertTrue(
        ms.stream().noneMatch(m -> m.text().contains("alarming")),
        "attributed to the minister: not the outlet's voice");
    assertEquals(
        1, ms.stream().filter(m -> m.kind().equals("loaded")).count(), "one marker per clause");
  }

  @Test
  void wordsInsideQuotesAreTheSpeakersNotTheOutlets() {
    String body = "He called it a brutal attack on Kiev.";
    int qs = body.indexOf("a brutal"), qe = body.indexOf('.');
    Annotated a =
        doc(
            body,
            new Quote(qs, qe, body.substring(qs, qe), "X", -1, -1, "called", Quote.Kind.PARTIAL));
    assertTrue(FramingDetector.detect(a).isEmpty());
  }
}

package org.sitrep.annotate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;

/**
 * The stage on hand-built layers, without CoreNLP: what it does when the layers other stages add
 * are empty or thin.
 */
class EventStageLayersTest {
  private static final String BODY = "Germany sent troops to Lithuania .";

  /**
   * Tokens as CoreNLP would tag them; {@code tagged} false leaves POS and lemma out, as an
   * over-budget document.
   */
  private static Annotated doc(boolean tagged, List<Mention> mentions) {
    String[][] t = {
      {"Germany", "NNP", "Germany"},
      {"sent", "VBD", "send"},
      {"troops", "NNS", "troops"},
      {"to", "TO", "to"},
      {"Lithuania", "NNP", "Lithuania"},
      {".", ".", "."}
    };
    List<Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (String[] w : t) {
      int s = BODY.indexOf(w[0], at);
      tokens.add(
          new Token(
              s, s + w[0].length(), w[0], tagged ? w[1] : null, tagged ? w[2] : null, "O", 0));
      at = s + w[0].length();
    }
    Document d =
        Document.of(Source.file("t"), null, null, null, Published.UNKNOWN, "en", List.of(), BODY);
    return Annotated.of(d)
        .withSentences(List.of(new Span(0, BODY.length())))
        .withTokens(tokens)
        .withEntities(mentions);
  }

  private static List<Mention> names() {
    return List.of(
        Mention.of(0, 7, "Germany", "LOCATION").withCanonical("Germany"),
        Mention.of(
                BODY.indexOf("Lithuania"), BODY.indexOf("Lithuania") + 9, "Lithuania", "LOCATION")
            .withCanonical("Lithuania"));
  }

  @Test
  void declaresWhatItNeedsAndAdds() {
    EventStage s = new EventStage();
    assertEquals(java.util.Set.of(Layer.EVENTS), s.adds());
    assertTrue(
        s.needs()
            .containsAll(List.of(Layer.TOKENS, Layer.ENTITIES, Layer.TIMES, Layer.QUANTITIES)));
  }

  @Test
  void withoutCountriesActorsAreNames() {
    Event e = new EventStage().apply(doc(true, names())).events().get(0);
    assertEquals("deploy", e.type());
    assertEquals("Germany", e.actor());
    assertEquals("Lithuania", e.target());
    assertEquals(-1, e.quantityIndex());
    assertEquals(null, e.time());
  }

  @Test
  void withCountriesActorsAreIsoCodes() {
    List<Mention> m =
        names().stream()
            .map(x -> x.withPlace(x.text().equals("Germany") ? "DEU" : "LTU", 0, 0))
            .toList();
    Event e = new EventStage().apply(doc(true, m)).events().get(0);
    assertEquals("DEU", e.actor());
    assertEquals("LTU", e.target());
  }

  @Test
  void withoutEntitiesTheFrameHasNoArguments() {
    Event e = new EventStage().apply(doc(true, List.of())).events().get(0);
    assertEquals("deploy", e.type());
    assertEquals(null, e.actor());
  }

  @Test
  void untaggedTokensYieldNoEvents() {
    assertTrue(new EventStage().apply(doc(false, names())).events().isEmpty());
  }

  @Test
  void timeGrowsLinearlyEvenInOneHugeSentence() {
    // 30,000 repetitions of the six tokens in one 180k-token sentence: scans are capped at
    // Clause.REACH tokens, so
    // this takes under a second warm (0.8 s measured on a shared, overloaded 2-core box); a
    // quadratic scan would take
    // hours. The bound is loose because the test machine is shared.
    Annotated one = doc(true, names());
    List<Token> tokens = new java.util.ArrayList<>();
    List<Mention> mentions = new java.util.ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int r = 0; r < 30_000; r++) {
      int base = body.length();
      body.append(BODY).append(' ');
      for (Token t : one.tokens()) {
        tokens.add(
            new Token(base + t.start(), base + t.end(), t.word(), t.pos(), t.lemma(), t.ner(), 0));
      }
      for (Mention m : one.entities())
        mentions.add(Mention.of(base + m.start(), base + m.end(), m.text(), m.type()));
    }
    Document d =
        Document.of(
            Source.file("t"),
            null,
            null,
            null,
            Published.UNKNOWN,
            "en",
            List.of(),
            body.toString());
    Annotated big =
        Annotated.of(d)
            .withSentences(List.of(new Span(0, body.length())))
            .withTokens(tokens)
            .withEntities(mentions);
    long t0 = System.nanoTime();
    List<Event> events = new EventStage().apply(big).events();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(30_000, events.size());
    assertTrue(ms < 30_000, "took " + ms + " ms");
  }

  @Test
  void ploverCategoryIsReadableFromTheEventType() {
    assertEquals("MOBILIZE", EventType.of("deploy").plover());
    assertEquals(null, EventType.of("no such type"));
  }

  @Test
  void emptyDocument() {
    Document d =
        Document.of(Source.file("t"), null, null, null, Published.UNKNOWN, "en", List.of(), "");
    assertTrue(new EventStage().apply(Annotated.of(d)).events().isEmpty());
  }
}

package org.sitrep.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class CoreNlpStageTest {
  private static Annotated run(String body, CoreNlpConfig cfg) {
    Document d =
        Document.of(Source.file("t"), null, null, null, Published.UNKNOWN, "en", List.of(), body);
    return new CoreNlpStage(cfg).apply(Annotated.of(d));
  }

  @Test
  void offsetsPointIntoBodyAsWritten() {
    String body =
        "Germany will send up to 350 more soldiers, Defense Minister Christine Lambrecht said.\n\n"
            + "“We are strengthening our contribution,” Lambrecht said — in Vilnius.";
    Annotated a = run(body, CoreNlpConfig.DEFAULT);
    assertTrue(a.sentences().size() >= 2, "paragraphs split sentences");
    for (Token t : a.tokens()) assertEquals(t.word(), body.substring(t.start(), t.end()));
    assertTrue(
        a.tokens().stream().anyMatch(t -> t.word().equals("“")), "curly quote kept as written");
    assertTrue(
        a.tokens().stream()
            .anyMatch(t -> t.word().equals("Lambrecht") && t.ner().equals("PERSON")));
    assertTrue(
        a.tokens().stream()
            .anyMatch(t -> t.word().equals("Vilnius") && t.ner().equals("LOCATION")));
    for (Span s : a.sentences()) assertTrue(s.end() <= body.length());
  }

  @Test
  void englishNamesAreTaggedAndTimesAndAmountsLeftToTheirStages() {
    Annotated a =
        run(
            "Last Friday, Apple paid $2 billion, or 5 percent more, for a German start-up at 10"
                + " a.m. in Berlin, Tim Cook said.",
            CoreNlpConfig.DEFAULT);
    java.util.Map<String, String> ner = new java.util.HashMap<>();
    for (Token t : a.tokens()) ner.put(t.word(), t.ner());
    assertEquals("ORGANIZATION", ner.get("Apple"));
    assertEquals("LOCATION", ner.get("Berlin"));
    assertEquals("PERSON", ner.get("Cook"));
    assertEquals("MISC", ner.get("German"));
    for (Token t : a.tokens())
      assertTrue(
          !List.of("DATE", "TIME", "MONEY", "PERCENT").contains(t.ner()),
          t.word() + " tagged " + t.ner());
  }

  @Test
  void paragraphBreakEndsSentence() {
    Annotated a =
        run(
            "Military Exercise in Belarus\n\nLithuania raised its readiness.",
            CoreNlpConfig.DEFAULT);
    assertEquals(2, a.sentences().size());
  }

  @Test
  void longLineWithoutPunctuationIsCutAndBounded() {
    String body = "word ".repeat(20_000);
    Annotated a = run(body, new CoreNlpConfig(150, Duration.ofSeconds(60), 40));
    assertEquals(20_000, a.tokens().size());
    assertTrue(a.sentences().size() >= 20_000 / 150);
  }

  @Test
  void budgetExhaustedKeepsTokensAndSaysSo() {
    String body = "Germany sent troops to Lithuania. ".repeat(3000);
    Annotated a = run(body, new CoreNlpConfig(150, Duration.ofMillis(1), 1));
    assertEquals(3000, a.sentences().size());
    assertEquals(1, a.diagnostics().size());
    assertTrue(a.diagnostics().get(0).message().contains("budget"));
  }
}

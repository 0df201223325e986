package org.sitrep.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;

/** German quotes on hand-written text, one phenomenon each, with the people as entity mentions. */
class GermanQuotesTest {
  private static List<Quote> quotes(String body, String... people) {
    List<Mention> ms = new ArrayList<>();
    for (String p : people) {
      for (int at = body.indexOf(p); at >= 0; at = body.indexOf(p, at + 1))
        ms.add(Mention.of(at, at + p.length(), p, "PERSON"));
    }
    ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Annotated a = SimpleSentences.annotated(body).withEntities(ms);
    return QuoteStage.german().apply(a).quotes();
  }

  @Test
  void theSpeakerFollowsTheCueAfterTheQuote() {
    List<Quote> qs =
        quotes(
            "Boris Pistorius war in Vilnius. „Wir übernehmen Verantwortung für die Ostflanke“,"
                + " sagte Pistorius.",
            "Boris Pistorius",
            "Pistorius");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals("Boris Pistorius", qs.get(0).speaker());
    assertEquals("sagte", qs.get(0).cue());
    assertEquals(Quote.Kind.DIRECT, qs.get(0).kind());
  }

  @Test
  void soDerMinisterGoesToThePersonWithThatTitle() {
    List<Quote> qs =
        quotes(
            "Verteidigungsminister Boris Pistorius reiste nach Litauen. »Die Brigade wird bis 2027"
                + " einsatzbereit sein«, so der Minister.",
            "Boris Pistorius");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals("Boris Pistorius", qs.get(0).speaker());
    assertTrue(qs.get(0).text().startsWith("Die Brigade"), qs.get(0).text());
  }

  @Test
  void aCueBeforeTheQuoteHasItsSubjectBeforeIt() {
    List<Quote> qs =
        quotes(
            "Gitanas Nausėda sagte am Montag: „Wir danken unseren deutschen Freunden sehr.“",
            "Gitanas Nausėda");
    assertEquals(1, qs.size(), qs.toString());
    assertEquals("Gitanas Nausėda", qs.get(0).speaker());
  }

  @Test
  void reportedSpeechInTheSubjunctiveIsAnIndirectQuote() {
    List<Quote> qs =
        quotes(
            "Boris Pistorius besuchte die Truppe. Er sagte, die Brigade sei ein Zeichen der"
                + " Solidarität. Deutschland stehe fest an der Seite Litauens.",
            "Boris Pistorius");
    assertEquals(2, qs.size(), qs.toString());
    assertEquals(Quote.Kind.INDIRECT, qs.get(0).kind());
    assertEquals("die Brigade sei ein Zeichen der Solidarität", qs.get(0).text());
    assertEquals("Boris Pistorius", qs.get(0).speaker());
    assertTrue(qs.get(1).text().startsWith("Deutschland stehe"), qs.get(1).text());
    assertEquals("Boris Pistorius", qs.get(1).speaker());
  }

  @Test
  void aTermInMarksWithoutCueIsNoQuote() {
    List<Quote> qs = quotes("Die sogenannte „Zeitenwende“ prägt die Politik der Regierung.");
    assertTrue(qs.isEmpty(), qs.toString());
  }

  @Test
  void anIndicativeClauseAfterSaidIsNotReportedSpeech() {
    List<Quote> qs = quotes("Er sagte, dass er am Montag kommt.");
    assertTrue(qs.isEmpty(), qs.toString());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;

/**
 * German fact forms beyond counted troops and sums: the owner carried from the sentences before,
 * counts with no noun of their own ("um 133.000 auf 2.462.000" after "die Zahl der Arbeitslosen"),
 * changes past hedges, percentages of the noun before "von", small story counts left out, and a day
 * number's full stop that ends no sentence.
 */
class GermanFactFormsTest {
  static Annotated run(String text) {
    return GermanFactFixture.run("2023-10-20", text);
  }

  static Fact on(Annotated a, String figure) {
    return GermanFactFixture.on(a, figure);
  }

  @Test
  void aBareCountCountsWhatTheClauseCounts() {
    Annotated a =
        run(
            "Im Januar hat sich die Zahl der Arbeitslosen gegenüber dem Vormonat erhöht, und zwar"
                + " um 133.000 auf 2.462.000. Die Beschäftigung nahm im November um 84.000 zu.");
    Fact up = on(a, "133.000"), level = on(a, "2.462.000"), jobs = on(a, "84.000");
    assertEquals("unemployed", up.measure());
    assertEquals(Fact.Kind.CHANGE, up.kind());
    assertEquals(133000, up.value(), 1e-6);
    assertEquals("unemployed", level.measure());
    assertEquals(Fact.Kind.LEVEL, level.kind());
    assertEquals(2462000, level.value(), 1e-6);
    assertEquals("employment", jobs.measure());
    assertEquals(84000, jobs.value(), 1e-6);
  }

  @Test
  void aBareNumberWithNothingCountedIsNoFact() {
    Annotated a = run("Die Temperatur lag am Mittag bei 30. Der Läufer kam im Ziel auf 80.");
    assertTrue(a.facts().isEmpty(), a.facts().toString());
  }

  @Test
  void theOwnerIsCarriedFromTheSentenceBefore() {
    Annotated a =
        run(
            "Volkswagen legte am Dienstag seine Zahlen vor. Der Konzern verbuchte einen Verlust von"
                + " 1,2 Milliarden Euro.");
    Fact f = on(a, "1,2 Milliarden Euro");
    assertEquals("loss", f.measure());
    assertEquals("Volkswagen", f.subject());
    assertEquals(1.2e9, f.value(), 1);
  }

  @Test
  void aQuotesSpeakerIsNoOwner() {
    Annotated a =
        run(
            "„Wir müssen die Kosten ausgleichen“, erklärt die Geschäftsführerin Linda Kisabaka."
                + " Die Kinderstreifenkarte kostet dann 9,60 Euro.");
    Fact f = on(a, "9,60 Euro");
    assertNotEquals("Linda Kisabaka", f.subject());
    assertEquals("cost", f.measure());
  }

  @Test
  void aChangeIsReadPastHedges() {
    Fact f =
        on(run("Die Kosten für Strom sind um durchschnittlich knapp 30 Prozent gestiegen."), "30");
    assertEquals(Fact.Kind.CHANGE, f.kind());
    assertEquals(30, f.value(), 1e-9);
    assertEquals("cost", f.measure());
    Fact down = on(run("Die Anleihe wurde um 5,7 Cents niedriger indiziert."), "5,7");
    assertEquals(-0.057, down.value(), 1e-9);
    assertEquals("EUR", down.unit());
  }

  @Test
  void aPercentageOfTheNounBeforeVon() {
    Fact f = on(run("Die Firma kommt auf eine stoffliche Wiederverwertung von 96 Prozent."), "96");
    assertEquals("wiederverwertung", f.measure());
    assertEquals(96, f.value(), 1e-9);
  }

  @Test
  void smallStoryCountsAreNoFacts() {
    Annotated a =
        run(
            "Der Präsident reiste zu den vier Festspielen. Der Preis für zwei Tarifzonen bleibt"
                + " gleich. Einer von vier Angriffen bedroht die Firmen.");
    assertTrue(a.facts().isEmpty(), a.facts().toString());
    // a listed measure stays a fact even when small and in words
    Fact troops = on(run("Deutschland schickt zehn Soldaten nach Litauen."), "zehn");
    assertEquals("troops", troops.measure());
  }

  @Test
  void aDayNumbersFullStopEndsNoSentence() {
    Annotated a = run("Die Ticketpreise werden ab 1. Januar 2024 um 12,7 Prozent angehoben.");
    assertEquals(1, a.sentences().size());
    Fact f = on(a, "12,7");
    assertEquals("price", f.measure());
    assertEquals(Fact.Kind.CHANGE, f.kind());
    assertEquals(Fact.Status.PLANNED, f.status());
  }

  @Test
  void troopsPledgedAndInTotal() {
    Fact pledged =
        on(run("Deutschland hat Litauen bis 2027 insgesamt 4.800 Soldaten zugesagt."), "4.800");
    assertEquals("troops", pledged.measure());
    assertEquals("Germany", pledged.subject());
    assertEquals(Fact.Status.PLEDGED, pledged.status());
    assertEquals(Fact.Kind.TOTAL, pledged.kind());
  }
}

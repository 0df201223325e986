package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/** Sums of money and percentages in German text as facts, through the German pipeline. */
class GermanMoneyFactsTest {
  static List<Fact> facts(String text) {
    return GermanFactFixture.facts("2024-04-08", text);
  }

  /** subject|measure|kind|value|unit|change of each fact. */
  static String read(String text) {
    return String.join(
        "; ",
        facts(text).stream()
            .map(
                f ->
                    f.subject()
                        + "|"
                        + f.measure()
                        + "|"
                        + f.kind()
                        + "|"
                        + f.value()
                        + "|"
                        + f.unit()
                        + "|"
                        + f.change())
            .toList());
  }

  @Test
  void aSumKeepsItsScaleAndCurrencyAndIsMeasuredByWhatIsDoneWithIt() {
    assertEquals(
        "Germany|money spent|LEVEL|2.5E9|EUR|null",
        read("Deutschland will 2,5 Milliarden Euro für die Bundeswehr ausgeben."));
    assertEquals(
        Fact.Status.PLANNED,
        facts("Deutschland will 2,5 Milliarden Euro für die Bundeswehr ausgeben.").get(0).status());
  }

  @Test
  void aSumIsMeasuredByTheHeadOfTheNounItBelongsTo() {
    assertEquals(
        "Siemens|loss|LEVEL|1.2E9|EUR|null",
        read("Siemens meldete einen Quartalsverlust von 1,2 Milliarden Euro."));
    assertEquals(
        "null|cost|LEVEL|4.9E7|EUR|null",
        read("Die Kosten für den Umbau belaufen sich auf rund 49 Millionen Euro."));
  }

  @Test
  void aPercentOfAWholeIsAShare() {
    List<Fact> f = facts("Deutschland will zwei Prozent des BIP für Verteidigung ausgeben.");
    assertEquals(1, f.size(), f.toString());
    assertEquals("share of GDP", f.get(0).measure());
    assertEquals(Fact.Kind.SHARE, f.get(0).kind());
    assertEquals(2.0, f.get(0).value());
    assertEquals("percent", f.get(0).unit());
    assertEquals("Germany", f.get(0).subject());
  }

  @Test
  void aMovingLevelGivesItsChangeAfterUmAndItsNewLevelAfterAuf() {
    assertEquals(
        "null|unemployment rate|LEVEL|5.2|percent|increase",
        read("Die Arbeitslosenquote stieg auf 5,2 Prozent."));
    assertEquals(
        "null|revenue|CHANGE|23.0|percent|increase; null|revenue|LEVEL|1.5E9|USD|increase",
        read("Der Umsatz stieg um 23 Prozent auf 1,5 Milliarden Dollar."));
    assertEquals(
        "null|inflation rate|CHANGE|-0.4|percentage point|decrease",
        read("Die Inflationsrate sank um 0,4 Prozentpunkte."));
  }

  @Test
  void aPercentWithNoNounItBelongsToGivesNoFact() {
    List<Fact> f = facts("Das sagten 40 Prozent, und es war ein schöner Tag.");
    assertTrue(f.isEmpty(), f.toString());
  }
}

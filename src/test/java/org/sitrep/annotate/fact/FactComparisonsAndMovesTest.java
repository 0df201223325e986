package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * What a percent measures when the sentence says it by grammar rather than by a noun after it: a
 * comparative with its own noun phrase, a change noun past adjectives, a verb whose particle gives
 * the direction, a forecast with a "for" phrase, an economy that grows, a move that led to a level,
 * a running move "so far", a level set before its clause, and an average of what was measured.
 */
class FactComparisonsAndMovesTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactMeasuresTest.on(text, value);
  }

  @Test
  void aComparativeWithItsOwnNounPhraseIsAChangeOfThatNoun() {
    Fact f = on("The brewer sold 12 percent fewer cans than a year before.", -12);
    assertEquals("cans sold", f.measure());
    assertEquals(Fact.Kind.CHANGE, f.kind());
    Fact more = on("Dealers ordered 20 percent more of the electric vans than planned.", 20);
    assertEquals(Fact.Kind.CHANGE, more.kind());
    assertEquals("vans ordered", more.measure());
  }

  @Test
  void adjectivesBetweenTheFigureAndItsChangeNounModifyTheChange() {
    Fact f = on("The insurer reported a 35 percent year-on-year fall in premiums.", -35);
    assertEquals("premiums", f.measure());
    assertEquals(Fact.Kind.CHANGE, f.kind());
  }

  @Test
  void aVerbOfMovementTakesItsDirectionFromItsParticle() {
    Fact down = on("Copper ticked down 0.6 percent on Friday.", -0.6);
    assertEquals(Fact.Kind.CHANGE, down.kind());
    Fact up = on("The lira inched up 1.5 percent.", 1.5);
    assertEquals(Fact.Kind.CHANGE, up.kind());
  }

  @Test
  void aForecastWithAForPhraseMeasuresWhatItIsFor() {
    Fact f = on("The agency trimmed its forecast for Dutch growth to 1.4 percent.", 1.4);
    assertEquals("growth", f.measure());
    assertEquals(Fact.Status.HYPOTHETICAL, f.status());
    Fact moved =
        on("The fund nudged up its forecast for Polish growth by 0.3 percentage points.", 0.3);
    assertEquals("growth", moved.measure());
  }

  @Test
  void anEconomyThatGrowsOrShrinksHasThatGrowth() {
    assertEquals("growth", on("The Irish economy grew 3.4 percent last year.", 3.4).measure());
    assertEquals("growth", on("The economy shrank 0.8 percent in the spring.", -0.8).measure());
  }

  @Test
  void aMoveInPercentThatLedToALevelIsAMoveOfThatLevel() {
    Fact f = on("Arabica fell 3.5 percent to $1.80 a pound on Monday.", -3.5);
    assertEquals("price", f.measure());
    assertEquals(Fact.Kind.CHANGE, f.kind());
  }

  @Test
  void aRunningMoveSoFarKeepsItsSign() {
    Fact f = on("The benchmark index has dropped 9 percent so far this year.", -9);
    assertEquals(Fact.Kind.CHANGE, f.kind());
  }

  @Test
  void aLevelSetBeforeTheClauseIsOfTheClausesSubject() {
    assertEquals(
        "jobless rate",
        on("At 5.9 percent, the national jobless rate is the highest in a decade.", 5.9).measure());
  }

  @Test
  void anAverageWithNoSubjectOfItsOwnIsOfThePercentBeforeIt() {
    String s =
        "The county's vacancy rate is 4 percent but stays under the state average of 6 percent.";
    assertEquals("vacancy rate", on(s, 6).measure());
  }

  @Test
  void aCoordinatedVerbStartsAPredicateWhoseMoneyNounsItDoesNotShare() {
    Fact f = on("Copper reversed early losses and was up 4 cents to $3.85 a pound.", 3.85);
    assertFalse(f.measure().startsWith("loss"), f.measure());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Measures that go on past their counted noun (rates, age groups), sums given to a first object,
 * and moves in points of what a clause names.
 */
class FactRatesAndGroupsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactMeasuresTest.on(text, value);
  }

  @Test
  void aRateIsItsOwnMeasureAndNoRunningTotal() {
    Fact perPeople = on("The province reported 45 new infections per 100,000 residents.", 45);
    assertEquals("infections per 100,000 residents", perPeople.measure());
    Fact every = on("The county recorded 8.2 deaths for every 1,000 births.", 8.2);
    assertEquals("deaths per 1,000 births", every.measure());
    assertNotEquals(Fact.Kind.TOTAL, every.kind());
    assertEquals(
        "patients admitted per day",
        on("The clinic admitted 120 patients a day during the heatwave.", 120).measure());
    // the denominator is no observation of its own
    for (Fact f :
        FactFinderTest.facts("The province reported 45 new infections per 100,000 residents."))
      assertTrue(f.value() != 100_000, f.toString());
    // a figure after the rate, with no noun of its own, is the same rate
    String t = "Norway logged 40.1 cases per 100,000 people, up from 32.5 a week earlier.";
    String rate = on(t, 40.1).measure();
    assertTrue(rate.endsWith("per 100,000 people"), rate);
    assertEquals(rate, on(t, 32.5).measure());
  }

  @Test
  void aTimeAfterACountIsNoRate() {
    assertEquals("arrests", on("The ministry counted 30 arrests a day later.", 30).measure());
  }

  @Test
  void anAgeGroupIsPartOfWhatIsCounted() {
    assertEquals(
        "people over 65",
        on("Nearly 2 million people over 65 live in the capital.", 2e6).measure());
    assertEquals(
        "residents aged 65 and over",
        on("About 3,000 residents aged 65 and over received the vaccine.", 3000).measure());
    assertEquals(
        "share of residents aged 65 and over",
        on("About 40 per cent of residents aged 65 and over live alone.", 40).measure());
    // "over 10 days" is a stretch of time, not an age
    String moved = on("The army moved 20 soldiers over 10 days.", 20).measure();
    assertTrue(moved.startsWith("troops") && !moved.contains("over"), moved);
    // the age itself is no observation
    for (Fact f : FactFinderTest.facts("Nearly 2 million people over 65 live in the capital."))
      assertTrue(f.value() != 65, f.toString());
  }

  @Test
  void aSumGivenToAFirstObjectIsNamedByItsVerb() {
    assertEquals("fine", on("The watchdog fined Acme $3 million for the leak.", 3e6).measure());
    assertEquals("fine", on("Regulators have fined the airline £2.5 million.", 2.5e6).measure());
  }

  @Test
  void pointsMoveWhatTheClauseNames() {
    Fact move = on("Unemployment rose 2 points to 7.5 percent.", 2);
    assertEquals("unemployment rate", move.measure());
    assertEquals(Fact.Kind.CHANGE, move.kind());
    Fact support = on("Support for the governor fell three points in a month.", -3);
    assertEquals("support", support.measure());
    // a name's index keeps its own measure
    assertEquals("index level", on("The Dow rose 150 points to 28,000.", 150).measure());
  }

  @Test
  void aMoneyNounClosingTheSumIsItsMeasureNotAChange() {
    Fact loss = on("The brewer booked a $3.4 billion loss for the year.", 3.4e9);
    assertEquals("loss", loss.measure());
    assertEquals(Fact.Kind.LEVEL, loss.kind());
  }

  @Test
  void aPartOutOfAWholeIsAShare() {
    Fact f = on("Seven out of ten nurses backed the strike.", 70);
    assertEquals("percent", f.unit());
    assertEquals("share of nurses", f.measure());
    assertEquals("share of flats", on("One in every four flats stood empty.", 25).measure());
    for (Fact g : FactFinderTest.facts("Seven out of ten nurses backed the strike."))
      assertTrue(g.value() != 10, g.toString());
  }

  @Test
  void aComparativeMovesWhatTheSameVerbDidBefore() {
    String t =
        "Norway had spent $3.1 million on the search by May. Sweden has spent about 12% more"
            + " than Norway.";
    Fact more = on(t, 12);
    assertEquals("money spent", more.measure());
    assertEquals(Fact.Kind.CHANGE, more.kind());
    // with no such figure before, the comparative is no measure of spending
    assertNotEquals(
        "money spent", on("Sweden has spent about 12% more than Norway.", 12).measure());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/** Measures, kinds and statuses of figures, and figures that are no observations. */
class FactMeasuresTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  static List<Fact> facts(String text) {
    return FactFinderTest.facts(text);
  }

  static Fact on(String text, double value) {
    List<Fact> fs = facts(text);
    for (Fact f : fs) if (f.value() == value) return f;
    throw new AssertionError(text + ": no fact of " + value + " in " + fs);
  }

  @Test
  void moneyIsNamedByTheMoneyNounOfItsClause() {
    // "each" after a sum spread over its owners is no price
    assertEquals(
        "cash",
        on(
                "The two charities' reserves and coffers had shrunk to $3.5 million each by June.",
                3.5e6)
            .measure());
    assertEquals(
        "profit per share",
        on("Its quarterly profit amounted to $2.05 per share, the retailer said.", 2.05).measure());
    Fact rev =
        on(
            "The annual revenue of the brewer made up $4.2 billion in 2018, up from $3.9 billion.",
            4.2e9);
    assertEquals("revenue", rev.measure());
    // a sum with no noun of its own continues the one before it
    assertEquals(
        "revenue",
        on(
                "The annual revenue of the brewer made up $4.2 billion in 2018, up from $3.9 billion.",
                3.9e9)
            .measure());
  }

  @Test
  void aSumAMarketMovesAThingByIsItsPrice() {
    Fact wheat = on("Wheat futures climbed 12 cents to $5.40 a bushel in Chicago.", 0.12);
    assertEquals("price", wheat.measure());
    assertEquals("Wheat futures", wheat.subject());
    assertEquals(Fact.Kind.CHANGE, wheat.kind());
    Fact level = on("Wheat futures climbed 12 cents to $5.40 a bushel in Chicago.", 5.40);
    assertEquals("price", level.measure());
    assertEquals("Wheat futures", level.subject());
    // a currency's price, its name not its country's
    Fact pound = on("The British pound slipped to $1.2510 on Tuesday.", 1.2510);
    assertEquals("price", pound.measure());
    assertEquals("British pound", pound.subject());
    // "fell" has the participle "fallen", and a verb that only moves a level acts on no money
    for (Fact f : facts("Shares of the carmaker were volatile. The stock fell $3.10 on Monday."))
      assertTrue(!f.measure().contains("falled"), f.toString());
    // "sold $X in goods" is what was sold; "sold for $X" its price
    assertEquals(
        "sales",
        on("The retailer said it sold $4.5 billion in goods last quarter.", 4.5e9).measure());
    assertEquals(
        "price", on("The painting sold for $2.3 million at auction on Friday.", 2.3e6).measure());
  }

  @Test
  void anIndexIsNamedByItsWholeNameWhateverItsHeadNoun() {
    String r =
        "The Standard & Poor's 500-stock index gained 8.21 points to 1,950.40 and the Nasdaq"
            + " composite rose 20.5 points to 4,410.85.";
    Fact sp = on(r, 1950.40);
    assertEquals("index level", sp.measure());
    assertEquals("Standard & Poor's 500", sp.subject());
    Fact nasdaq = on(r, 4410.85);
    assertEquals("index level", nasdaq.measure());
    assertEquals("Nasdaq", nasdaq.subject());
  }

  @Test
  void whatBefellTheCountedThingsPastTheCopulaAndAReport() {
    assertEquals(
        "deaths", on("Police say 42 people are dead after the flood in the valley.", 42).measure());
    assertEquals(
        "homes destroyed",
        on("About 900 homes are reported to have been destroyed in the fire.", 900).measure());
  }

  @Test
  void marketFiguresAfterTheirSum() {
    String r = "The insurer reported net income of $410 million, or 61 cents a share.";
    Fact perShare = on(r, 0.61); // cents are a hundredth of the dollars before them
    assertEquals("income per share", perShare.measure());
    assertEquals("USD per share", perShare.unit());
    assertEquals(
        "price",
        on("The peso touched an intraday low of $0.05 against the dollar.", 0.05).measure());
    String p = "The ferry line carried 2.3 million passengers in May, up 4 percent.";
    Fact up = on(p, 4);
    assertEquals("passengers", up.measure());
    assertEquals(Fact.Kind.CHANGE, up.kind());
    // the month of May is no modal verb
    assertEquals(Fact.Status.CURRENT, on(p, 2.3e6).status());
  }

  @Test
  void verbsEndingInAgedAreNoAgesAndComparativesAreChanges() {
    assertEquals("buildings damaged", on("The storm damaged 4,000 buildings.", 4000).measure());
    Fact more =
        on("The automaker sold 4.1 million trucks in 2019, 3 percent more than a year earlier.", 3);
    assertEquals("trucks sold", more.measure());
    assertEquals(Fact.Kind.CHANGE, more.kind());
    for (Fact f : facts("The firm is one of the top 10 lenders in the country."))
      assertTrue(f.value() != 10, f.toString());
  }

  @Test
  void aPartAndItsWholeBothCount() {
    String s = "The Greens won 11 of the 17 seats on the council.";
    assertEquals("seats", on(s, 17).measure());
    assertTrue(on(s, 11).measure().startsWith("seats"), on(s, 11).toString());
    // a part of people the text does not count is told, not counted
    for (Fact f : facts("Two of the men were later released by the police."))
      assertTrue(f.value() != 2, f.toString());
    for (Fact f : facts("The mayor called the bridge one of the seven marvels of the region."))
      assertTrue(f.value() != 7, f.toString());
  }

  @Test
  void aGrowthOfPercentagesIsAChangeOfTheThingsCountedBefore() {
    String s =
        "The plant built 40,000 tractors and 12,000 harvesters, a respective growth of 9 % and 14 %"
            + " on the year before.";
    Fact tractors = on(s, 9), harvesters = on(s, 14);
    assertTrue(tractors.measure().startsWith("tractors"), tractors.toString());
    assertTrue(harvesters.measure().startsWith("harvesters"), harvesters.toString());
    assertEquals(Fact.Kind.CHANGE, harvesters.kind());
  }

  @Test
  void aBareFigureAVerbPutsAtTakesTheGaugedNoun() {
    assertEquals(
        "magnitude",
        on("Seismologists in Chile later put the tremor at 7.1 after a review.", 7.1).measure());
  }

  @Test
  void marginsOfErrorAndThresholds() {
    assertEquals(
        "margin of error",
        on("The survey of 1,200 adults has a margin of error of 2.8 percent.", 2.8).measure());
    Fact t = on("It takes 270 electoral votes to win the presidency.", 270);
    assertEquals("presidency", t.subject());
  }

  @Test
  void tollsAndPerfectActionsAreTotalsAndForecastsHypothetical() {
    assertEquals(
        Fact.Kind.TOTAL,
        on("Floods in the region have killed 48 people since Monday, officials said.", 48).kind());
    assertEquals(
        Fact.Kind.TOTAL, on("The city has spent $12 million on the clean-up.", 12e6).kind());
    assertEquals(
        Fact.Status.HYPOTHETICAL,
        on(
                "An analyst estimated that over three million tablets will have been shipped by March.",
                3e6)
            .status());
  }

  @Test
  void ordinalsAfterACountingNounAndIncomeBracketsAreNoObservations() {
    for (Fact f : facts("By day 12 of the strike, families earning $40,000 or more had left."))
      assertTrue(f.value() != 12 && f.value() != 40000, f.toString());
  }

  @Test
  void aLevelAVerbMovesAnObjectToIsTheObjectsAndSoIsTheLevelItLeft() {
    String text =
        "The government will increase its sales tax to 21 percent from 19, the minister said.";
    Fact to = on(text, 21);
    assertEquals("tax rate", to.measure());
    assertEquals(Fact.Kind.LEVEL, to.kind());
    // the bare level it started from is of the same thing, in the same unit (a tax in percent is
    // a rate)
    Fact from = on(text, 19);
    assertEquals("tax rate", from.measure());
    assertEquals("percent", from.unit());
  }

  @Test
  void aStateAfterTheCopulaNamesWhatTheThingsAreCountedAs() {
    assertEquals(
        "climbers missing",
        on("Rescuers said six climbers were missing after the avalanche.", 6).measure());
    // without such a state the counted noun alone
    assertEquals(
        "climbers",
        on("Rescuers said six climbers were on the mountain after the avalanche.", 6).measure());
  }
}

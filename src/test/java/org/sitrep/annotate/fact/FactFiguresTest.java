package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Figures of every shape become facts with their measure: units of measure, fractions, shares of
 * people doing something, levels a change started from, and the shapes that are no observation.
 */
class FactFiguresTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  static List<Fact> facts(String text) {
    return FactFinderTest.facts(text);
  }

  static Fact on(String text, double value) {
    List<Fact> fs = facts(text);
    for (Fact f : fs) if (Math.abs(f.value() - value) < 1e-9) return f;
    throw new AssertionError(text + ": no fact of " + value + " in " + fs);
  }

  static boolean none(String text, double value) {
    for (Fact f : facts(text)) if (Math.abs(Math.abs(f.value()) - value) < 1e-9) return false;
    return true;
  }

  @Test
  void aSubstanceAfterAUnitIsNotMadePlural() {
    Fact f = on("The mine produced 2.4 million ounces of silver last year.", 2.4e6);
    assertTrue(f.measure().startsWith("silver"), f.toString());
    assertEquals("ounce", f.unit());
  }

  @Test
  void aUnitWithNoNounMeasuresItsDimension() {
    Fact area = on("The national park covers 350 square kilometres.", 350);
    assertEquals("area", area.measure());
    assertEquals("temperature", on("The sea has warmed by 0.8°C since 1950.", 0.8).measure());
    // a distance that places something is no measure
    assertTrue(none("The village lies 30km south-east of the capital.", 30));
    // a size that names a product's variant is a designation
    assertTrue(none("The tablet comes in a 64 GB model and a 128 GB model.", 64));
  }

  @Test
  void fractionsInWordsAreSharesInPercent() {
    Fact f = on("More than half of the nurses backed the strike.", 50);
    assertEquals("percent", f.unit());
    assertEquals(Fact.Kind.SHARE, f.kind());
    // an ordinal is no fraction
    assertTrue(none("Police identified a fifth suspect on Monday.", 20));
  }

  @Test
  void aPercentThatDoesSomethingIsTheShareDoingIt() {
    assertEquals(
        "share skipping breakfast",
        on("About 18% regularly skipped breakfast, the survey found.", 18).measure());
  }

  @Test
  void theLevelAChangeStartedFrom() {
    Fact from = on("The vacancy rate climbed from 3.2 per cent to 4.0 per cent.", 3.2);
    assertEquals("vacancy rate", from.measure());
    assertEquals(Fact.Kind.LEVEL, from.kind());
    assertEquals(
        "vacancy rate",
        on("The vacancy rate climbed from 3.2 per cent to 4.0 per cent.", 4.0).measure());
    assertEquals(
        "admissions",
        on("The daily count of admissions was 412, down from 530 a week earlier.", 530).measure());
    assertEquals(
        "infections", on("The daily rise in infections was 845 on Tuesday.", 845).measure());
  }

  @Test
  void percentShapes() {
    assertEquals(
        "inflation",
        on("Inflation is likely to fall to a record low of 0.9 per cent next year.", 0.9)
            .measure());
    Fact cut = on("The central bank announced a 0.25 per cent rate cut.", -0.25);
    assertEquals("rate", cut.measure());
    assertEquals(Fact.Kind.CHANGE, cut.kind());
    assertEquals(
        "exports", on("Imports fell by 8 per cent and exports down by 3 per cent.", -3).measure());
  }

  @Test
  void countsThatDieAndNounsInQuotes() {
    assertEquals(
        "deaths",
        on("Experts said 12,000 Canadians could die if nothing is done.", 12000).measure());
    assertEquals(
        "parks", on("The city wants 60 new \u201cpocket parks\u201d by 2030.", 60).measure());
  }

  @Test
  void moneyShapes() {
    assertEquals("value", on("The jewels, worth €2 million, were recovered.", 2e6).measure());
    assertEquals(
        "road programme",
        on("Ministers approved the £3 billion (€3.4 billion) road programme for Wales.", 3e9)
            .measure());
    assertEquals(
        "money sought", on("The museum is seeking 400,000 euros from donors.", 4e5).measure());
  }

  @Test
  void howOftenIsNoFigure() {
    assertTrue(none("Clinics opened from two days a week to six days a week.", 6));
  }

  @Test
  void aRangeOfChangesStaysOneRange() {
    String s =
        "Home prices are 20 to 40 percent more than in 2010 and in some towns 90 percent more.";
    Fact range = on(s, 20);
    assertEquals(Fact.Kind.CHANGE, range.kind());
    assertEquals(40.0, range.valueMax());
    // the range's upper end is no level of its own
    assertTrue(facts(s).stream().noneMatch(f -> f.value() == 40), facts(s).toString());
    // a comparative closing the figure with no "than": more of what the figure before measured
    Fact more = on(s, 90);
    assertEquals(Fact.Kind.CHANGE, more.kind());
    assertTrue(more.measure().startsWith("price"), more.toString());
  }

  @Test
  void anIndexTheTextDoesNotNameAndItsRestatedMove() {
    String s = "The main share index fell 41.5 points, or 0.7 percent, to 5,930.2 on Friday.";
    Fact points = on(s, -41.5);
    assertEquals("index level", points.measure());
    assertEquals(Fact.Kind.CHANGE, points.kind());
    Fact pct = on(s, -0.7);
    assertEquals("index level", pct.measure());
    assertEquals("percent", pct.unit());
    Fact level = on(s, 5930.2);
    assertEquals("index level", level.measure());
    assertEquals(Fact.Kind.LEVEL, level.kind());
  }

  @Test
  void pointsScoredAreCounted() {
    Fact f = on("The striker scored 14 points in the second half.", 14);
    assertEquals("points", f.measure());
  }

  @Test
  void theUnitsOwnWordIsNoMeasure() {
    Fact f = on("Analysts said the 2.3 per cent growth would disappoint investors.", 2.3);
    assertEquals("growth", f.measure());
  }

  @Test
  void countedNounsAfterGluedSignsCapitalsAndAdverbs() {
    assertEquals(
        "share of workforce",
        on("12%of the US workforce is self-employed, the survey found.", 12).measure());
    Fact hubs = on("Plans for 500 nationwide \u201cyouth hubs\u201d were shelved.", 500);
    assertTrue(hubs.measure().startsWith("hubs"), hubs.toString());
  }

  @Test
  void gerunds() {
    assertEquals("skipping", Naming.gerund("skip"));
    assertEquals("using", Naming.gerund("use"));
    assertEquals("reporting", Naming.gerund("report"));
    assertEquals("dying", Naming.gerund("die"));
  }

  @Test
  void aVerbTaggedAsANounMovesTheFigure() {
    Fact slump = on("Sales slump 5% as demand cools.", -5);
    assertEquals("sales", slump.measure());
    assertEquals(Fact.Kind.CHANGE, slump.kind());
    Fact slide =
        on("Growth was estimated to slide to a decadal low of 5 per cent for the year.", 5);
    assertEquals("growth", slide.measure());
    assertEquals(Fact.Status.HYPOTHETICAL, slide.status());
  }

  @Test
  void aBareLevelANameIsOnContinuesTheList() {
    String text =
        "Iceland and Slovakia had rates of 80.4 and 25.9 respectively, while Curacao was on 66.7.";
    assertEquals("rate", on(text, 66.7).measure());
    assertEquals(Fact.Kind.LEVEL, on(text, 66.7).kind());
    // a name on a figure with nothing before it to continue measures nothing
    assertTrue(none("Curacao was on 66.7 at the weekend.", 66.7));
  }

  @Test
  void theSubjectBeforeAClauseThatDescribesIt() {
    assertEquals(
        "deaths",
        on("The daily rise in deaths announced in the state on Friday was 777.", 777).measure());
    assertEquals(
        "deaths",
        on(
                "The daily rise in deaths announced in the state on Friday was 777 - down from the"
                    + " record high of 799 the day before.",
                799)
            .measure());
    Fact fine =
        on(
            "The penalties for those who refuse to self-isolate are to be increased to a maximum"
                + " of £10,000.",
            10000);
    assertEquals("fine", fine.measure());
    assertEquals("GBP", fine.unit());
    assertEquals(
        "energy",
        on(
                "Renewable energy from hydroelectricity, solar power, and wind turbines, increased 6"
                    + " percent in 2019.",
                6)
            .measure());
  }

  @Test
  void aClauseKeepsItsOwnNoun() {
    // the toll is the toll's, though the next clause counts people
    List<Fact> fs = facts("The toll rose to 130; 350 people were injured.");
    assertEquals("deaths", on("The toll rose to 130; 350 people were injured.", 130).measure());
    assertEquals(2, fs.size(), fs.toString());
    // a figure after a semicolon with no noun of its own still counts what the clause before did
    assertEquals(
        "jobs", on("The company cut 500 jobs; its rival added 300.", 300).measure().split(" ")[0]);
    // a negation in a contrasting clause is not the figure's
    Fact treated = on("Another 48 are still being treated but are no longer in danger.", 48);
    assertEquals("people treated", treated.measure());
    assertEquals(Fact.Status.CURRENT, treated.status());
  }

  @Test
  void aLevelCrossedIsNoChange() {
    Fact f = on("Unemployment claims had topped 6 million for the second week in a row.", 6e6);
    assertEquals(Fact.Kind.LEVEL, f.kind());
    assertEquals(6e6, f.value());
  }

  @Test
  void theNumberOfPeopleWhoDiedCountsDeaths() {
    assertEquals(
        "deaths", on("The number of people killed in the attacks rose to 130.", 130).measure());
    assertEquals(
        "injuries", on("The number of people who were injured climbed to 350.", 350).measure());
    assertEquals(
        "deaths",
        on(
                "Officials said the final number of Americans who would die in the outbreak"
                    + " \"looks more like 60,000\".",
                60000)
            .measure());
    // people who did something else are no deaths
    assertEquals("people", on("The number of people who voted rose to 3,000.", 3000).measure());
  }

  @Test
  void ratesMoveByPointsOfTheirObject() {
    Fact bp = on("The central bank cut its benchmark rate by 25 basis points on Thursday.", -25);
    assertEquals("benchmark rate", bp.measure());
    assertEquals("basis point", bp.unit());
    assertEquals(Fact.Kind.CHANGE, bp.kind());
    Fact pct = on("The lender raised interest rates by 0.5 percent in March.", 0.5);
    assertEquals("interest rate", pct.measure());
    assertEquals(Fact.Kind.CHANGE, pct.kind());
    // what the verb moves is its object, not a share of anything
    assertEquals("price", on("The grocer increased prices by 4 percent.", 4).measure());
  }
}

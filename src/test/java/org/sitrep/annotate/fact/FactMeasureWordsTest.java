package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Measures named from the words of a figure's phrase: compounds, owners' possessives, names that
 * end in a number, the base of a comparison, and the statuses and periods around them.
 */
class FactMeasureWordsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactMeasuresTest.on(text, value);
  }

  @Test
  void anOwnersPossessiveIsNoCountedNoun() {
    String s = "Around 80% of the country's electricity comes from coal, up from 75% in 2015.";
    assertEquals("share of electricity", on(s, 80).measure());
    // the level the change started from is of the same measure, and the year after it is its own
    Fact base = on(s, 75);
    assertEquals("share of electricity", base.measure());
    assertEquals("2015", base.period());
    assertNull(on(s, 80).period());
  }

  @Test
  void aYearAfterTheBaseOfAComparisonIsTheBases() {
    String s =
        "The brewer's revenue rose 8 percent to $12.3 billion in 2019 from $11.4 billion in 2018.";
    assertEquals("2019", on(s, 12.3e9).period());
    assertEquals("2018", on(s, 11.4e9).period());
  }

  @Test
  void anIndexNameThatEndsInItsNumber() {
    Fact f = on("The FTSE 100 closed at 7,512 on Friday.", 7512);
    assertEquals("index level", f.measure());
    assertEquals("FTSE 100", f.subject());
    Fact pct = on("The Nasdaq Composite rose 1.2% to 9,000.", 1.2);
    assertEquals("index level", pct.measure());
    assertEquals(Fact.Kind.CHANGE, pct.kind());
  }

  @Test
  void aParticipleThatPutsTheSubjectAtALevel() {
    Fact f = on("The deposit rate was raised to 1.75% on Thursday.", 1.75);
    assertEquals("deposit rate", f.measure());
    assertEquals(Fact.Kind.LEVEL, f.kind());
  }

  @Test
  void compoundsKeepTheNounThatNamesTheirKind() {
    assertEquals(
        "capital raising",
        on("De Grey completed an oversubscribed $100 million capital raising this week.", 1e8)
            .measure());
    assertEquals(
        "stimulus package",
        on("Parliament approved the stimulus package of $1.75 billion.", 1.75e9).measure());
    assertEquals(
        "tax break",
        on("Donors to the museum get a 90 percent tax break on their gifts.", 90).measure());
  }

  @Test
  void aPlanNamedAndAnExpectationBeatenAreNoPlans() {
    String s =
        "A quarter of voters backed the plan, and profit rose more than expected to $2 billion.";
    assertEquals(Fact.Status.CURRENT, on(s, 25).status());
    assertEquals(Fact.Status.CURRENT, on(s, 2e9).status());
    assertEquals(
        Fact.Status.PLANNED,
        on("The carmaker plans to close 400 dealerships next year.", 400).status());
  }

  @Test
  void aPluralTaggedAsAVerbAfterANumberIsCounted() {
    Fact f = on("Davis scored 31 points and grabbed 12 rebounds in the win.", 12);
    assertTrue(f.measure().startsWith("rebounds"), f.measure());
  }

  @Test
  void theShareOfThoseAParticipleDescribes() {
    Fact f = on("In Chicago, 33% of those hospitalised are African Americans.", 33);
    assertEquals("share of those hospitalised", f.measure());
    assertEquals(Fact.Kind.SHARE, f.kind());
  }

  @Test
  void aChangeSetBesideACountIsItsChange() {
    Fact f = on("The carmaker sold 1.2 million vehicles last year, a 7% increase on 2018.", 7);
    assertEquals("vehicles sold", f.measure());
    assertEquals(Fact.Kind.CHANGE, f.kind());
  }

  @Test
  void thingsAPassiveVerbOfChangeActsOnAreCountedWithIt() {
    assertEquals(
        "jobs added",
        on("The unemployment rate fell to 3.5%, while 250,000 jobs were added.", 250000).measure());
  }

  @Test
  void aMonthAFigureIsAboutIsItsPeriod() {
    String s = "Inflation eased to 2.1% in October from 2.4% in September.";
    assertEquals("2019-10", on(s, 2.1).period());
    assertEquals("2019-09", on(s, 2.4).period());
  }
}

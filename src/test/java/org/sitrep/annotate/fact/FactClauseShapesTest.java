package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Subjects and measures across the shapes English clauses take around a figure: an aside between a
 * subject and its verb, an infinitive of result after a comma, long noun phrases, an object raised
 * or lowered by and to a figure, a forecast moved.
 */
class FactClauseShapesTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactGrammarTest.on(text, value);
  }

  @Test
  void anAsideBetweenSubjectAndVerbIsPassedOver() {
    String s = "Brent crude, used to price international oils, fell 24 cents, to $42.46 a barrel.";
    assertEquals("Brent crude", on(s, -0.24).subject());
    assertEquals("Brent crude", on(s, 42.46).subject());
  }

  @Test
  void anInfinitiveAfterACommaSharesTheMainClausesSubject() {
    String s =
        "The Dow Jones industrial average fell 24.11 points, or 0.1 percent, to close at"
            + " 18,432.24.";
    Fact f = on(s, 18432.24);
    assertEquals(Fact.Kind.LEVEL, f.kind());
    assertEquals(on(s, -24.11).subject(), f.subject());
  }

  @Test
  void aVerbThatActsOnMoneyMovesAnObjectByOrToAFigure() {
    Fact cut = on("Acme lowered its prices by 5 percent.", -5);
    assertEquals(Fact.Kind.CHANGE, cut.kind());
    assertEquals("Acme", cut.subject());
    // money raised stays money raised
    assertEquals(
        "money raised", on("Senator Maria Lopez raised $8 million in May.", 8e6).measure());
  }

  @Test
  void aMovedForecastMeasuresWhatIsForecastOfThePlaceItNames() {
    String s =
        "The IMF raised its British growth forecast by 0.1 percentage points to 1.8 percent.";
    Fact by = on(s, 0.1), to = on(s, 1.8);
    assertEquals("growth", by.measure());
    assertEquals("growth", to.measure());
    assertEquals(Fact.Kind.CHANGE, by.kind());
    assertEquals(Fact.Kind.LEVEL, to.kind());
    assertEquals(by.subject(), to.subject());
    assertEquals(Fact.Status.HYPOTHETICAL, to.status());
  }

  @Test
  void aRelativeClauseAfterACommaDescribesTheNameBeforeIt() {
    assertEquals(
        "Syriza", on("Voters backed Syriza, which won 27 percent of the vote.", 27).subject());
  }
}

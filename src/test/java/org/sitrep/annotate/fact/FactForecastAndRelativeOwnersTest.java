package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Owners that the grammar of a clause gives past the names nearest the figure: the name a forecast
 * is for (not the forecaster), the clause subject of a change measured "from" someone's estimate,
 * and the name a relative clause set off by a comma speaks of, when the entity layer missed it.
 */
class FactForecastAndRelativeOwnersTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static String subjectOf(String text, double value) {
    return FactGrammarTest.on(text, value).subject();
  }

  @Test
  void aForecastMovedToALevelIsOfWhatItIsFor() {
    assertEquals("Chile", subjectOf("The OECD raised its forecast for Chile to 2.3 percent.", 2.3));
    assertEquals(
        "Norway",
        subjectOf("The central bank cut its outlook for Norway by 0.3 percentage points.", 0.3));
  }

  @Test
  void aChangeFromSomeonesEstimateIsTheClauseSubjects() {
    String text =
        "Chile's economy will grow 2.3 percent, up 0.4 points from the OECD's last estimate.";
    assertEquals("Chile", subjectOf(text, 0.4));
    // a figure drawn from a body named as such is still that body's
    assertEquals(
        "Netherlands",
        subjectOf("The new battalion will have 900 soldiers, about 400 from the Dutch army.", 400));
  }

  @Test
  void aRelativeClauseAfterACommaSpeaksOfTheNameBeforeIt() {
    // a party name the entity layer does not mark
    assertEquals(
        "Popular Renewal",
        subjectOf("Any coalition would need Popular Renewal, which gained 57 seats.", 57));
    // a month before ", which" is no one
    assertNotEquals(
        "March", subjectOf("Turnout rose in March, which saw 40,000 new voters register.", 40000));
  }
}

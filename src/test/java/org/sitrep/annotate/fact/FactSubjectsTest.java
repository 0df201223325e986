package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Owners of figures that no name right beside them gives: a clause whose verb is left out, an owner
 * after "for", a pronoun in a reported clause, a subject the entity layer did not mark, the world.
 */
class FactSubjectsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactGrammarTest.on(text, value);
  }

  @Test
  void aClauseWithItsVerbLeftOutIsItsOwnNamesFigure() {
    String text = "Portugal has reported about 12,000 infections and Greece 4,300, officials said.";
    assertEquals("Portugal", on(text, 12000).subject());
    assertEquals("Greece", on(text, 4300).subject());
  }

  @Test
  void aSumForANamedBeneficiaryIsTheirs() {
    Fact f = on("On Monday, lenders approved the €40 billion aid package for Ireland.", 4e10);
    assertEquals("Ireland", f.subject());
  }

  @Test
  void aPronounInAReportedClauseIsTheReportingSubject() {
    Fact f =
        on(
            "Globex Corp. launched a review in May. Last week, the firm told the Energy Commission"
                + " that it had cut 1,200 jobs.",
            1200);
    assertEquals("Globex Corp.", f.subject());
  }

  @Test
  void theMeasureItselfIsNeverItsOwnSubject() {
    Fact f = on("Quarterly exports fell 7 percent, the statistics office said.", -7);
    assertEquals(false, "Quarterly exports".equals(f.subject()) || "exports".equals(f.subject()));
  }

  @Test
  void aGlobalFigureIsTheWorlds() {
    Fact f = on("Scientists said the global ocean temperature rose 0.6°C over the decade.", 0.6);
    assertEquals("world", f.subject());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Levels reached after a move: the level an infinitive of a closing verb gives after the move's
 * figure, the head of a long subject phrase with an "on" owner, and the verbs that either act on a
 * sum or move a level.
 */
class FactMovedLevelsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactMeasuresTest.on(text, value);
  }

  @Test
  void anInfinitiveAfterTheMovesFigureSharesTheClausesSubject() {
    String s = "The index fell 2 percent to close at 7,512.";
    Fact level = on(s, 7512);
    assertEquals("index level", level.measure());
    assertEquals(Fact.Kind.LEVEL, level.kind());
    assertEquals(Fact.Kind.CHANGE, on(s, -2).kind());
    Fact named = on("The S&P 500 rose 0.5% to end at 4,100.", 4100);
    assertEquals("index level", named.measure());
    assertEquals("S&P 500", named.subject());
  }

  @Test
  void aLongSubjectPhraseKeepsTheNounItsOwnerHangsOn() {
    Fact f = on("The yield on the benchmark 10-year U.S. Treasury note rose to 4.2 percent.", 4.2);
    assertEquals("yield", f.measure());
    assertEquals(Fact.Kind.LEVEL, f.kind());
  }

  @Test
  void raisingAnObjectToAFigureIsALevelAndRaisingASumIsWhatWasRaised() {
    Fact rate = on("The central bank will raise the rate to 5%.", 5);
    assertEquals("rate", rate.measure());
    assertEquals(Fact.Kind.LEVEL, rate.kind());
    assertEquals("increase", rate.change());
    assertEquals(
        "interest rate",
        on("The Fed raised interest rates to 5.25 percent on Wednesday.", 5.25).measure());
    Fact money = on("The campaign raised $8 million in March.", 8e6);
    assertEquals("money raised", money.measure());
    assertNull(money.change());
  }
}

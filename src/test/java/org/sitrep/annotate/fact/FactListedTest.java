package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Fact;

/**
 * Measures of figures with no noun of their own: the members of a list of bare figures ("had yields
 * of 3.1 and 2.7").
 */
class FactListedTest {
  @BeforeAll
  static void load() {
    FactFinderTest.pipeline = Pipelines.standard();
  }

  private static Fact on(List<Fact> facts, double value) {
    for (Fact f : facts) if (Math.abs(f.value() - value) < 1e-9) return f;
    throw new AssertionError("no fact on " + value + " in " + facts);
  }

  @Test
  void everyMemberOfAListOfBareFiguresTakesTheListNoun() {
    List<Fact> facts =
        FactFinderTest.facts(
            "Sweden and Norway had rates of 40.2 and 12.7 respectively, the agency said.");
    assertEquals("rate", on(facts, 40.2).measure());
    assertEquals("rate", on(facts, 12.7).measure());
    List<Fact> bonds =
        FactFinderTest.facts("The two bonds offered yields of 3.1 and 2.7 last week.");
    for (double v : new double[] {3.1, 2.7}) assertEquals("yield", on(bonds, v).measure());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Fact;

/**
 * Figures that are read but must not become observations of their own: a sum restated in another
 * currency, an age range, a zero that only says "almost nothing", a year that dates a noun, and a
 * range read twice.
 */
class FactEmitTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.pipeline = Pipelines.standard();
  }

  private static List<Fact> facts(String text) {
    return FactFinderTest.facts(text);
  }

  private static String values(List<Fact> fs) {
    StringBuilder b = new StringBuilder();
    for (Fact f : fs) b.append(f.value()).append(' ').append(f.unit()).append("; ");
    return b.toString();
  }

  @Test
  void aSumRestatedInAnotherCurrencyIsOneFact() {
    for (String text :
        List.of(
            "The gallery sold the drawing for 3.2 million euros ($3.5 million) in May.",
            "Lenders approved a €40 billion ($44 billion) loan for Portugal on Monday.",
            "The club paid £8 million, or about $10 million, for the striker.")) {
      List<Fact> fs = facts(text);
      assertEquals(1, fs.size(), text + " -> " + values(fs));
      assertFalse(fs.get(0).unit().startsWith("USD"), text + " -> " + values(fs));
    }
    // two sums of their own in brackets stay two facts
    List<Fact> two = facts("Acme earned $45 million in 2019 (after $30 million in 2018).");
    assertTrue(two.stream().anyMatch(f -> f.value() == 30e6), values(two));
  }

  @Test
  void anAgeRangeIsNoCount() {
    for (String text :
        List.of(
            "The survey questioned 512 nurses between the ages of 25-40.",
            "The survey questioned 512 nurses ages 25 to 40 in Ohio.")) {
      List<Fact> fs = facts(text);
      assertTrue(fs.stream().anyMatch(f -> f.value() == 512), text + " -> " + values(fs));
      assertTrue(fs.stream().noneMatch(f -> f.value() == 25), text + " -> " + values(fs));
    }
  }

  @Test
  void almostNothingIsNoFigure() {
    assertEquals(List.of(), facts("The interest the city pays on its loans is close to zero."));
    List<Fact> none = facts("Officials said zero deaths were reported in the county on Friday.");
    assertEquals(1, none.size(), values(none));
    assertEquals(0, none.get(0).value());
  }

  @Test
  void aYearThatDatesANounIsNoCount() {
    List<Fact> fs =
        facts("The agency says 2017 figures show that 41% of the town's residents rent.");
    assertTrue(fs.stream().noneMatch(f -> f.value() == 2017), values(fs));
    assertTrue(fs.stream().anyMatch(f -> f.value() == 41), values(fs));
    assertFalse(facts("The army sent 2000 soldiers to the border.").isEmpty());
  }

  @Test
  void aRangeWithOneUnitIsNotAChangeAndALevel() {
    List<Fact> fs = facts("Rents in the district are 20 to 40 percent higher than in 2010.");
    assertTrue(fs.size() <= 1, values(fs));
    List<Fact> split = facts("The Nikkei fell 212.4 to 9,412.");
    assertEquals(2, split.size(), values(split));
  }

  @Test
  void aFigureSaidAgainIsAFactPerMentionAndOneObservationOfOneKind() {
    org.sitrep.model.Annotated a =
        FactFinderTest.annotate(
            "Losing face: 6,000 surgical masks stolen from Kobe hospital. A total of 6,000"
                + " surgical masks have been lost at the hospital.");
    List<Fact> fs = FactFinder.find(a);
    List<Fact> six = fs.stream().filter(f -> f.value() == 6000).toList();
    assertEquals(2, six.size(), values(fs));
    assertTrue(six.get(0).evidenceStart() < six.get(1).evidenceStart(), "each its own sentence");
    // the article says it twice; its series hears it once, as the running total it is
    List<org.sitrep.resolve.fact.Observation> os =
        org.sitrep.resolve.fact.StoredFacts.observations(a.withFacts(fs)).stream()
            .filter(o -> o.value() == 6000)
            .toList();
    assertEquals(1, os.size(), os.toString());
    assertEquals("total", os.get(0).kind());
    // a change and a level of one figure stay apart
    List<Fact> split = facts("The Nikkei fell 212.4 to 9,412.");
    assertEquals(2, split.stream().map(Fact::kind).distinct().count(), values(split));
  }

  @Test
  void onePluralAndItsSingularAreOneMeasure() {
    assertEquals(Naming.canonical("prices"), Naming.canonical("price"));
    assertEquals(Naming.canonical("rates"), Naming.canonical("rate"));
    assertEquals("share price", Naming.canonical("share prices"));
    // counted nouns keep their plural; words the tables do not list are kept as named
    assertEquals("jobs", Naming.canonical("jobs"));
    assertEquals("sales", Naming.canonical("sales"));
    assertEquals("news", Naming.canonical("news"));
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/** Who a figure is about, read from the clause's grammar, on sentences of several domains. */
class SubjectsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static String subjectOf(String text, double value) {
    List<Fact> facts = FactFinderTest.facts(text);
    for (Fact f : facts) if (f.value() == value) return f.subject();
    throw new AssertionError("no fact of " + value + " in " + text + " -> " + facts);
  }

  @Test
  void eachClauseGivesItsFigureToItsOwnSubject() {
    String s =
        "Toyota sold 2.3 million vehicles last year, while Honda sold 1.1 million vehicles and"
            + " Nissan shipped 900,000 vehicles.";
    assertEquals("Toyota", subjectOf(s, 2_300_000));
    assertEquals("Honda", subjectOf(s, 1_100_000));
    assertEquals("Nissan", subjectOf(s, 900_000));
    // a participial phrase takes the subject of its main clause
    assertEquals("Siemens", subjectOf("Siemens reported a record year, adding 1,200 jobs.", 1200));
  }

  @Test
  void aPossessiveRightBeforeTheFigureOwnsIt() {
    assertEquals(
        "Globex",
        subjectOf("Acme posted sales of $4 billion, ahead of Globex's $3.2 billion.", 3.2e9));
  }

  @Test
  void aPlaceOwnsWhatHappenedInItsRelativeClause() {
    assertEquals(
        "Leyte",
        subjectOf(
            "The typhoon struck the island of Leyte, where at least 45 people were killed.", 45));
    assertEquals(
        "Kerala", subjectOf("The floods in Kerala that killed 300 people destroyed roads.", 300));
  }

  @Test
  void aListOfNamesIsNamedByItsFirstMember() {
    assertEquals(
        "Texas",
        subjectOf("Texas, Ohio and Florida hold primaries with 300 delegates at stake.", 300));
  }

  @Test
  void theCompanyPointsBackToTheLastCompanyNamed() {
    assertEquals(
        "Nokia",
        subjectOf(
            "Nokia was founded in Finland. Analysts said on Monday that the company will cut 1,000"
                + " jobs.",
            1000));
  }

  @Test
  void aNameInsideAModifierOfTheSubjectIsNotTheSubject() {
    assertNull(subjectOf("The plant in Bavaria will employ about 3,000 workers.", 3000));
  }
}

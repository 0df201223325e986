package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Who a figure is about when the text names who reports it, pairs it with a rival's, shares it in a
 * tie, lists it with another or repeats a measure it gave an owner before.
 */
class SubjectsSourcesTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  /** The subjects of the facts of the value, in order. */
  private static List<String> subjectsOf(String text, double value) {
    List<String> out = new ArrayList<>();
    List<Fact> facts = FactFinderTest.facts(text);
    for (Fact f : facts) if (f.value() == value) out.add(f.subject());
    if (out.isEmpty())
      throw new AssertionError("no fact of " + value + " in " + text + " -> " + facts);
    return out;
  }

  private static String subjectOf(String text, double value) {
    return subjectsOf(text, value).get(0);
  }

  @Test
  void whoEstimatesAFigureIsItsSourceNotItsSubject() {
    String s =
        "Chile has counted 1,200 deaths from the floods. In a briefing on Friday, Dr Maria Lopez"
            + " estimated that 5,000 could die before the rains end.";
    assertEquals("Chile", subjectOf(s, 5000));
  }

  @Test
  void aMeasureTheArticleGaveAnOwnerKeepsItWhenTheClauseNamesNone() {
    String s =
        "Global sea level rose by 4 millimetres last year, the Ocean Watch Institute said. The"
            + " institute's Lena Holm warned that sea level would rise by 30 centimetres by 2050.";
    assertEquals("world", subjectOf(s, 4));
    assertEquals("world", subjectOf(s, 30));
  }

  @Test
  void aSumFromSomeoneIsTheirsPastARestatedSum() {
    assertEquals(
        "Kering",
        subjectOf(
            "The museum received 12 million euros ($13 million) from Kering to restore the"
                + " painting.",
            12_000_000));
  }

  @Test
  void aFigureListedAfterAnotherHasItsOwner() {
    String s =
        "Denmark is sending soldiers to Latvia. The battalion in Latvia will have about 900"
            + " soldiers and 150 armoured vehicles.";
    assertEquals("Denmark", subjectOf(s, 900));
    assertEquals("Denmark", subjectOf(s, 150));
  }

  @Test
  void aTieGivesTheFigureToEachParty() {
    String s =
        "Mayor Ruth Olsen, who was tied with Peter Lind at 38 percent last month, is now ahead of"
            + " the incumbent 45 percent to 36 percent, a new survey shows.";
    assertEquals(List.of("Ruth Olsen", "Peter Lind"), subjectsOf(s, 38));
    assertEquals("Ruth Olsen", subjectOf(s, 45));
    // the description of the rival is the other person named before it
    assertEquals("Peter Lind", subjectOf(s, 36));
    String t =
        "In Bergen, Olsen leads Lind 40 percent to 37 percent. In Oslo, the candidates were tied"
            + " at 39 percent.";
    assertEquals(List.of("Olsen", "Lind"), subjectsOf(t, 39));
  }

  @Test
  void theFirstOfAPairAgainstAPossessiveIsTheOtherOnes() {
    String s =
        "A new survey shows Lind with a six-point lead, with 44 percent to Olsen's 38 percent.";
    assertEquals("Lind", subjectOf(s, 44));
    assertEquals("Olsen", subjectOf(s, 38));
    assertNotEquals("Olsen", subjectOf(s, 44));
  }

  @Test
  void aDatelineNamesTheCountryOfAStatisticNoOneOwns() {
    String s =
        "Power cuts spread across the region\n\nKYIV, Ukraine — Inflation rose to 26 percent in"
            + " May, the central bank said on Tuesday. Officials in Lviv and Odesa met on Monday, and"
            + " a spokesman in Kharkiv described the talks.";
    assertEquals("Ukraine", subjectOf(s, 26));
    assertEquals("Ukraine", Topic.dateline("KYIV, Ukraine — Prices rose.").name());
    assertEquals(null, Topic.dateline("Prices rose in Kyiv — and elsewhere."));
  }

  @Test
  void electricityGenerationIsANationalStatistic() {
    assertEquals(
        "Norway", subjectOf("Norwegian electricity generation fell 4 percent in 2023.", -4));
  }

  @Test
  void aBodyNamedOnlyInCitationsIsNotWhatTheArticleIsAbout() {
    String s =
        "Plastic waste in the oceans keeps growing (Marine Data Office, 2024). Beaches collected"
            + " 12 million tonnes of it last year (Marine Data Office, 2024). Rivers carried more"
            + " debris than ever (Marine Data Office, 2024).";
    assertNotEquals("Marine Data Office", subjectOf(s, 12_000_000));
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Subjects the clause does not name but points to: pronouns, descriptions, a verb sharing the
 * subject of the verb before it, the place of a toll, the survey of a sample, the one a share of
 * voters backs, and the article's topic.
 */
class FactReferencesTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact factOf(String text, double value) {
    List<Fact> facts = FactFinderTest.facts(text);
    for (Fact f : facts) if (Math.abs(f.value()) == value) return f;
    throw new AssertionError("no fact of " + value + " in " + text + " -> " + facts);
  }

  @Test
  void aPossessivePronounPointsBackToTheLastNameOfItsKind() {
    Fact f =
        factOf(
            "Senator Maria Lopez ended her campaign on Tuesday. Her campaign's accounts had fallen"
                + " to $300,000 by the end of April.",
            300_000);
    assertEquals("Maria Lopez", f.subject());
    Fact p = factOf("Nestle reported results on Thursday. Its net profit rose 9 percent.", 9);
    assertEquals("Nestle", p.subject());
    assertEquals("profit", p.measure());
    assertEquals(9, p.value());
  }

  @Test
  void aPronounAfterADescriptionIsTheDescriptions() {
    // "it" is the company, which no name before it is: unknown, not the country named before
    assertNull(
        factOf(
                "Lithuania borders Russia. The company said on Monday it would hire 300 engineers"
                    + " next year.",
                300)
            .subject());
  }

  @Test
  void aDescriptionWithModifiersPointsBackToTheLastCompany() {
    Fact f =
        factOf(
            "Mazda said demand was strong. Shares of the Japanese carmaker rose 4 percent on"
                + " Friday.",
            4);
    assertEquals("Mazda", f.subject());
  }

  @Test
  void aSecondVerbSharesTheSubjectOfTheFirst() {
    Fact f =
        factOf("Exports of Chile rose in March, fell in April and dropped 4 percent in May.", 4);
    assertEquals("Chile", f.subject());
    assertEquals(-4, f.value());
    assertEquals(Fact.Kind.CHANGE, f.kind());
  }

  @Test
  void aChangeInAnOwnedNounIsAChangeOfThatNoun() {
    Fact f =
        factOf(
            "Tesco opened two stores. Tesco posted a 14 percent increase in its online sales.", 14);
    assertEquals("Tesco", f.subject());
    assertEquals("sales", f.measure());
    assertEquals(Fact.Kind.CHANGE, f.kind());
  }

  @Test
  void aTollWithNoOneNamedIsTheTollOfThePlace() {
    Fact f = factOf("At least 23 people were killed in Kandahar on Sunday.", 23);
    assertEquals("Kandahar", f.subject());
    assertEquals("deaths", f.measure());
  }

  @Test
  void aShareOfVotersBackingSomeoneIsTheirSupport() {
    Fact f =
        factOf(
            "The survey also found that 58 percent of independent voters now support Jane Ramirez"
                + " for governor.",
            58);
    assertEquals("Jane Ramirez", f.subject());
    assertEquals("support", f.measure());
    assertEquals(Fact.Kind.SHARE, f.kind());
  }

  @Test
  void aSampleAndAMarginOfErrorAreThePolls() {
    String s =
        "The poll of 1,024 registered voters has a margin of error of plus or minus 3.5"
            + " percentage points.";
    assertEquals("poll", factOf(s, 1024).subject());
    Fact m = factOf(s, 3.5);
    assertEquals("poll", m.subject());
    assertEquals("margin of error", m.measure());
  }

  @Test
  void aFigureNoClauseOwnsIsAboutTheArticlesTopic() {
    Fact f =
        factOf(
            "Volvo makes trucks. Volvo said on Monday that orders were weak. Volvo is based in"
                + " Sweden. Analysts expect a further 600 layoffs.",
            600);
    assertEquals("Volvo", f.subject());
    // with no name standing out the subject stays unknown
    assertNull(
        factOf(
                "Volvo makes trucks. Scania makes buses. The market is weak. Analysts expect a"
                    + " further 600 layoffs.",
                600)
            .subject());
  }

  @Test
  void aSumComparedWithAnEarlierOneContinuesItsMeasureAndSubject() {
    String s =
        "Kellogg Co. posted results on Tuesday. The Michigan company earned $210 million, or 58"
            + " cents a share, compared with $190 million, or 52 cents a share, a year earlier.";
    for (double v : new double[] {210e6, 190e6}) {
      Fact f = factOf(s, v);
      assertEquals("Kellogg Co.", f.subject(), f.toString());
      assertEquals("earnings", f.measure());
    }
    // cents are a hundredth of the currency of the sums before them
    for (double v : new double[] {0.58, 0.52}) {
      Fact f = factOf(s, v);
      assertEquals("Kellogg Co.", f.subject(), f.toString());
      assertEquals("earnings per share", f.measure());
      assertEquals("USD per share", f.unit());
    }
  }

  @Test
  void whoForecastsAFigureIsNotItsSubject() {
    Fact f =
        factOf(
            "Acme said its net profit came to $1.14 per share, while Wall Street expected just 77"
                + " cents.",
            0.77);
    assertEquals("Acme", f.subject());
    assertEquals("USD", f.unit());
  }

  @Test
  void pointsAfterPercentagePointsAreMoreOfTheSameMeasure() {
    Fact f =
        factOf(
            "Since last week's poll, Smith's standing improved by two percentage points while"
                + " Jones's fell by three points.",
            3);
    assertEquals("Jones", f.subject());
    assertEquals("standing", f.measure());
    assertEquals(-3, f.value());
  }

  @Test
  void peopleOnBoardBelongToNoPlaceTheyAreSentTo() {
    Fact f = factOf("A ferry sank off the coast of Sulawesi with 120 souls on board.", 120);
    assertEquals("people on board", f.measure());
    assertNull(f.subject());
    Fact q = factOf("Officials upgraded the deadly Chile earthquake to 8.8 on Sunday.", 8.8);
    assertEquals("Chile", q.subject());
    assertEquals("magnitude", q.measure());
  }

  @Test
  void aFigureWithNoOwnerIsAboutTheSubjectOfTheSentenceBefore() {
    String s = "Acme Corp. reported results on Monday. Sales rose 12% to $4.1 billion.";
    assertEquals("Acme Corp.", factOf(s, 12).subject());
    assertEquals("sales", factOf(s, 12).measure());
    // a source before is no subject
    assertNull(
        factOf("Reuters said on Monday that markets were calm. Sales rose 12%.", 12).subject());
  }

  @Test
  void peopleArrestedOrEvacuatedAreCountedForThePlace() {
    Fact f = factOf("Police arrested 14 people in Lyon on Friday.", 14);
    assertEquals("Lyon", f.subject());
    assertEquals("people arrested", f.measure());
  }

  @Test
  void aShareOfAMarketIsAMarketShare() {
    Fact f = factOf("Apple has a 20% share of the smartphone market.", 20);
    assertEquals("Apple", f.subject());
    assertEquals("market share", f.measure());
    assertEquals(Fact.Kind.SHARE, f.kind());
  }

  @Test
  void aChangeOfACompoundNounIsAChangeOfItsHead() {
    Fact f = factOf("Heinz reported a 12% drop in third-quarter profit.", 12);
    assertEquals("Heinz", f.subject());
    assertEquals("profit", f.measure());
    assertEquals(-12, f.value());
  }
}

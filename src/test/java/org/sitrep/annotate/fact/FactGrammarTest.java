package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Subjects and measures read from the grammar of the clause in sentences of many kinds of news:
 * polls, strikes, markets, companies, epidemics.
 */
class FactGrammarTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  static Fact on(String text, double value) {
    List<Fact> fs = FactFinderTest.facts(text);
    for (Fact f : fs) if (f.value() == value) return f;
    throw new AssertionError(text + ": no fact of " + value + " in " + fs);
  }

  @Test
  void aShareThatBacksSomeoneIsTheirSupport() {
    String poll = "In the survey, 52 percent chose Smith while 41 percent chose Jones.";
    assertEquals("Smith|support", key(on(poll, 52)));
    assertEquals("Jones|support", key(on(poll, 41)));
    String vote = "Among union members, 61 percent would vote for former Gov. Maria Lopez.";
    assertEquals("Maria Lopez|support", key(on(vote, 61)));
  }

  @Test
  void aThresholdIsTheGoalsOnlyWhenNoOneNeedsIt() {
    assertEquals("Siemens", on("Siemens needs 400 engineers to restart the plant.", 400).subject());
    assertEquals("budget bill", on("It takes 60 votes to pass the budget bill.", 60).subject());
    assertEquals(
        "Senate majority",
        on("The party is far from the 51 seats needed to win the Senate majority.", 51).subject());
  }

  @Test
  void respectivelyPairsCoordinatedNamesWithCoordinatedFigures() {
    String s = "Toyota and Honda sold 23,000 cars and 20,000 trucks, respectively, in May.";
    assertEquals("Toyota|cars sold", key(on(s, 23000)));
    assertEquals("Honda|trucks sold", key(on(s, 20000)));
  }

  @Test
  void aParticipleAfterASumNamesWhatWasDoneAndItsByPhraseByWhom() {
    Fact f = on("The $9 million raised by Senator Maria Lopez came from small donors.", 9e6);
    assertEquals("Maria Lopez|money raised", key(f));
    Fact v = on("Regulators said 4 million vehicles had been recalled by Ford since 2019.", 4e6);
    assertEquals("Ford|vehicles recalled", key(v));
  }

  @Test
  void aPlaceModifyingAPersonsOfficeOwnsNoFigure() {
    Fact f = on("The Ohio governor has raised $5 million for the campaign.", 5e6);
    assertNotEquals("Ohio", f.subject());
    assertNull(f.subject());
  }

  @Test
  void namesGivenAShareWithAtContinueTheShareBeforeThem() {
    String s =
        "Nokia held 35 percent of the U.S. phone market, with Motorola at 20 percent, followed by"
            + " Samsung at 12 percent.";
    assertEquals("Nokia|market share", key(on(s, 35)));
    assertEquals("Motorola|market share", key(on(s, 20)));
    assertEquals(Fact.Kind.SHARE, on(s, 20).kind());
    assertEquals("Samsung|market share", key(on(s, 12)));
    List<Fact> each =
        FactFinderTest.facts("Rounding out the top five were Sony and Philips at 4 percent each.");
    assertEquals(
        List.of("Sony", "Philips"),
        each.stream().filter(f -> f.value() == 4).map(Fact::subject).toList());
    // a time or a place after "at" is no one's share
    for (Fact f : FactFinderTest.facts("The index opened in London at 2 percent higher."))
      assertNotEquals("London", f.subject());
  }

  @Test
  void aPassiveParticipleIsNamedAsTheTextWritesIt() {
    Fact f = on("Another 12 seats are split among the smaller parties.", 12);
    assertEquals("seats split", f.measure());
  }

  private static String key(Fact f) {
    return f.subject() + "|" + f.measure();
  }
}

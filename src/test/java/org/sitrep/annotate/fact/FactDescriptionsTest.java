package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Owners the text gives by a description or by the clause around the figure: "the island" after
 * Hart Island, "a hospital in Osaka" for the Osaka Red Cross Hospital, the subject a fronted "With
 * N ..." phrase leads to, the group a share is of.
 */
class FactDescriptionsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static String subjectOf(String text, double value) {
    return FactGrammarTest.on(text, value).subject();
  }

  @Test
  void aDefiniteDescriptionIsTheNameEndingInItsNoun() {
    String text =
        "Workers were seen digging trenches on Hart Island. Officials say burials are being"
            + " ramped up. About 40 bodies a week are buried on the island, officials said.";
    assertEquals("Hart Island", subjectOf(text, 40));
  }

  @Test
  void aFrontedWithPhraseIsTheMainClauseSubjects() {
    String text =
        "Globex Corp. finished its first drilling campaign in May. The results were encouraging."
            + " With $3 million in the bank, Globex Corp. is planning a second campaign.";
    assertEquals("Globex Corp.", subjectOf(text, 3e6));
  }

  @Test
  void aFrontedAbsoluteClauseGivesNoOwner() {
    String text = "With 95% of precincts reporting, Smith had 52% of the vote.";
    assertNull(subjectOf(text, 95));
    assertEquals("Smith", subjectOf(text, 52));
  }

  @Test
  void aShareOfAGroupOfPeopleIsTheGroups() {
    String text =
        "The survey was published on Monday. More than 41.5% of college students reported"
            + " skipping meals; 12.5% reported fasting.";
    assertEquals("college students", subjectOf(text, 41.5));
    // the next share with no whole of its own is of the same group
    assertEquals("college students", subjectOf(text, 12.5));
  }

  @Test
  void anOrganisationDescribedByItsNounAndAWordOfItsNameIsThatOrganisation() {
    String text =
        "A total of 3,000 doses of vaccine have been stolen from a hospital in Osaka, police said."
            + " The doses had been kept in a storeroom of the Osaka Red Cross Hospital, officials"
            + " at the institution said.";
    assertEquals("Osaka Red Cross Hospital", subjectOf(text, 3000));
  }

  @Test
  void anAccountWrittenAsAGenitiveNamesTheSource() {
    assertEquals(
        "Reuters",
        FactGrammarTest.on("Reuters' tally showed that 130 people had been killed.", 130)
            .attributedTo());
    assertEquals(
        "the health ministry",
        FactGrammarTest.on(
                "At least 4,000 people have died, according to the health ministry's latest"
                    + " figures.",
                4000)
            .attributedTo());
    // an owner's possessive that is no account is no source
    assertNull(FactGrammarTest.on("Apple's sales rose 12% in the quarter.", 12).attributedTo());
  }
}

package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.annotate.entity.GermanNamesTest.german;
import static org.sitrep.annotate.entity.GermanNamesTest.typeOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Mention;

/**
 * The German context repairs on made-up sentences whose tags are given as the German model writes
 * them, so that each rule is seen without the tagger.
 */
class GermanContextTest {

  @Test
  void aLoneSurnameOfAPersonNamedInFullIsThatPerson() {
    List<Mention> ms =
        german(
            "Die/DT/O Ministerin/NN/O Jana/NNP/PERSON Kowalczyk/NNP/PERSON kam/VB/O nach/IN/O"
                + " Kiel/NNP/LOCATION ./././O Kowalczyk/NNP/ORGANIZATION lobte/VB/O"
                + " Kiel/NNP/LOCATION ,/,/O später/RB/O auch/RB/O Kowalczyk/NNP/O ./././O");
    long persons =
        ms.stream().filter(m -> m.text().equals("Kowalczyk") && m.type().equals("PERSON")).count();
    assertEquals(2, persons, "both lone mentions are the minister: " + ms);
    assertTrue(
        ms.stream().noneMatch(m -> m.text().equals("Kiel") && !m.type().equals("LOCATION")),
        "a place that is no person's surname stays: " + ms);
  }

  @Test
  void aSurnameGluedToACompoundIsNoMentionOfThePerson() {
    List<Mention> ms =
        german(
            "Jana/NNP/PERSON Kowalczyk/NNP/PERSON verteidigte/VB/O die/DT/O Kowalczyk/NNP/O"
                + " ~-/:/O ~Reform/NN/O ./././O");
    assertTrue(
        ms.stream().noneMatch(m -> m.text().equals("Kowalczyk")), "no lone surname in " + ms);
  }

  @Test
  void aPlaceAndAClubsYearIsAClub() {
    List<Mention> ms =
        german(
            "Gestern/RB/O verlor/VB/O Kleinstadt/NNP/LOCATION 05/CD/O gegen/IN/O"
                + " Großdorf/NNP/LOCATION ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Kleinstadt 05"));
    assertEquals("LOCATION", typeOf(ms, "Großdorf"));
  }

  @Test
  void aNumberCountingTheNounAfterItStaysOutOfTheName() {
    List<Mention> ms =
        german(
            "In/IN/O Kleinstadt/NNP/LOCATION 12/CD/O Verletzte/NN/O und/CC/O bei/IN/O"
                + " Rieger/NNP/ORGANIZATION 400/CD/O Stellen/NN/O ./././O");
    assertEquals("LOCATION", typeOf(ms, "Kleinstadt"));
    assertEquals("ORGANIZATION", typeOf(ms, "Rieger"));
  }

  @Test
  void aMakerAndAModelNumberIsAProduct() {
    List<Mention> ms =
        german(
            "Sein/DT/O Rieger/NN/ORGANIZATION 208/CD/O fährt/VB/O ,/,/O der/DT/O"
                + " Hallbach/NNP/ORGANIZATION 747/NNP/ORGANIZATION fliegt/VB/O ./././O");
    assertEquals("MISC", typeOf(ms, "Rieger 208"));
    assertEquals("MISC", typeOf(ms, "Hallbach 747"));
    assertTrue(
        ms.stream().noneMatch(m -> m.type().equals("ORGANIZATION")), "no maker left in " + ms);
  }

  @Test
  void aYearAfterAFirmIsNoModelNumber() {
    List<Mention> ms =
        german(
            "Bei/IN/O Rieger/NNP/ORGANIZATION 2008/CD/O stieg/VB/O der/DT/O Umsatz/NN/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Rieger"));
  }

  @Test
  void anUntaggedEndOfARouteToAPlaceIsAPlaceEvenAtTheSentencesStart() {
    List<Mention> ms =
        german(
            "Zwischen/IN/O Nordheim/NNP/O und/CC/O Kleinstadt/NNP/LOCATION liegt/VB/O ein/DT/O"
                + " Feld/NN/O ,/,/O sagte/VB/O Jana/NNP/PERSON Kowalczyk/NNP/PERSON ./././O");
    assertEquals("LOCATION", typeOf(ms, "Nordheim"));
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Feld")), "a common noun stays: " + ms);
  }
}

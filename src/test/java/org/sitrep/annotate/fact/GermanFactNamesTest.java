package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * The names German figures are shown under: an acronym followed by what it stands for is the
 * acronym; a company named after a place's adjective and a class noun is found and owns the figure
 * of its relative clause.
 */
class GermanFactNamesTest {

  @Test
  void anAcronymFollowedByItsExpansionIsTheAcronym() {
    assertEquals("EnBW", GermanFacts.shortForm("EnBW Energie Baden-Württemberg"));
    assertEquals("EnBW", GermanFacts.shortForm("EnBW Energie Baden-Württemberg AG"));
    assertEquals("BASF", GermanFacts.shortForm("BASF Badische Anilin- und Soda-Fabrik"));
    assertEquals("HHLA", GermanFacts.shortForm("HHLA Hamburger Hafen und Logistik AG"));
    assertEquals("KfW", GermanFacts.shortForm("KfW Kreditanstalt für Wiederaufbau"));
  }

  @Test
  void aNameWhoseWordsAreNotTheAcronymsExpansionStaysWhole() {
    assertEquals("Siemens Energy", GermanFacts.shortForm("Siemens Energy"));
    assertEquals("RWE Power", GermanFacts.shortForm("RWE Power"));
    assertEquals("SAP SE", GermanFacts.shortForm("SAP SE"));
    assertEquals("ZDF", GermanFacts.shortForm("ZDF"));
  }

  @Test
  void theFigureOfAnExpandedNameIsTheAcronyms() {
    Fact f =
        GermanFactFixture.on(
            GermanFactFixture.run(
                "2024-04-08",
                "Die KfW Kreditanstalt für Wiederaufbau beschäftigt rund 8.000 Mitarbeiter."),
            "8.000");
    assertEquals("KfW", f.subject());
  }

  @Test
  void aCompanyAfterAPlacesAdjectiveAndAClassNounOwnsItsRelativeClausesFigure() {
    Fact f =
        GermanFactFixture.on(
            GermanFactFixture.run(
                "2024-04-08",
                "Der Fonds ist an dem Kölner Unternehmen Korvatec beteiligt, das 1.200 Kunden in"
                    + " Deutschland beliefert."),
            "1.200");
    assertEquals("Korvatec", f.subject());
  }
}

package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitlesTest {
  @Test
  void spellingsOfOneOfficeNormaliseToOne() {
    assertEquals("Defense Minister", Titles.normalise("defence minister"));
    assertEquals("Defense Minister", Titles.normalise("Defense Minister"));
    assertEquals("Defense Minister", Titles.normalise("Minister of Defence"));
    assertEquals("Foreign Minister", Titles.normalise("Minister of Foreign Affairs"));
    assertEquals("Interior Minister", Titles.normalise("home affairs minister"));
    assertEquals("Secretary-General", Titles.normalise("Secretary General"));
    assertEquals("Secretary-General", Titles.normalise("secretary-general"));
    assertEquals("Chief of Defense", Titles.normalise("Chief of Defence"));
    assertEquals("Chief of Defense", Titles.normalise("defence chief"));
    assertEquals("Lieutenant General", Titles.normalise("Lt. Gen."));
    assertEquals("Commander-in-Chief", Titles.normalise("commander in chief"));
    assertEquals("Deputy Prime Minister", Titles.normalise("deputy prime minister"));
    assertEquals("Vice President", Titles.normalise("Vice-President"));
    assertEquals("Secretary of State", Titles.normalise("Secretary of State"));
    assertEquals("President", Titles.normalise("President"));
  }

  @Test
  void titlesAreRecognisedWholeOnly() {
    assertTrue(Titles.isTitle("Chancellor"));
    assertTrue(Titles.isTitle("Foreign Minister"));
    assertTrue(Titles.isTitle("NATO Secretary-General".substring(5)));
    assertFalse(Titles.isTitle("Boris"));
    assertFalse(Titles.isTitle("Minister Boris"));
  }
}

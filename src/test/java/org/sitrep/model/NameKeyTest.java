package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void diacriticsCaseAndPunctuationFold() {
    assertEquals(NameKey.of("Arvydas Anusauskas"), NameKey.of("Arvydas Anušauskas"));
    assertEquals("arvydas anusauskas", NameKey.of("Arvydas  Anušauskas"));
    assertEquals(NameKey.of("US"), NameKey.of("U.S."));
    assertEquals("jean claude juncker", NameKey.of("Jean-Claude Juncker"));
    assertEquals("strasse", NameKey.of("Straße"));
    assertEquals("lodz", NameKey.of("Łódź"));
    assertEquals("obrien", NameKey.of("O'Brien"));
    assertEquals("", NameKey.of("—"));
  }

  @Test
  void differentNamesStayApart() {
    assertNotEquals(NameKey.of("Boris Pistorius"), NameKey.of("Boris Johnson"));
  }
}

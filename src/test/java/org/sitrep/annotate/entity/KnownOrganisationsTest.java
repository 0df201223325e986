package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownOrganisationsTest {
  @Test
  void collapsingWhiteSpaceIsWhatTheRegularExpressionGave() {
    String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u001F.";
    Random r = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--)
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String s = b.toString();
      assertEquals(
          s.strip().replaceAll("\\s+", " "), KnownOrganisations.collapsed(s), "for '" + s + "'");
    }
  }

  @Test
  void aListedNameIsFoundWhateverItsSpacing() {
    KnownOrganisations k = KnownOrganisations.get();
    assertTrue(k.find("NATO").isPresent());
    assertTrue(k.find(" European \n  Union ").isPresent());
    assertTrue(k.find("European Union").isPresent());
    assertTrue(k.find("Europeanunion").isEmpty());
  }
}

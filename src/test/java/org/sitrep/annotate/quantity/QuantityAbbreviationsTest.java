package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;

/** Initials with full stops and a missing space do not cut what a figure counts. */
class QuantityAbbreviationsTest {
  private final QuantityTagger tagger = new QuantityTagger();

  private Quantity only(String text) {
    List<Quantity> qs = tagger.tag(text);
    assertEquals(1, qs.size(), () -> "expected one quantity in '" + text + "', got " + qs);
    return qs.get(0);
  }

  @Test
  void initialsWithFullStopsAreNotTheCountedThing() {
    Quantity q = only("Rivals hold 31 percent of the U.K. grocery market.");
    assertEquals("percent", q.unit());
    assertEquals("grocery market", q.counted());
    assertEquals("troops", only("Officials said 900 U.S. troops would stay.").counted());
  }

  @Test
  void aPercentSignGluedToTheNextWord() {
    Quantity q = only("Some 62%of tenants oppose the scheme.");
    assertEquals("percent", q.unit());
    assertEquals(62.0, q.value());
  }
}

package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Quantity;

/** Proportions ("one in five"), stacked magnitudes ("lakh crore") and "a 2% rate cut". */
class QuantityProportionsTest {
  private final QuantityTagger tagger = new QuantityTagger();

  private Quantity only(String text) {
    return OnlyQuantity.in(tagger, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "One in five adults in the region now works from home.|20|adults",
        "The survey found that 1 in 10 voters had not decided.|10|voters",
        "Three in four households own a car.|75|households",
        "About one in eight of the trains ran late last winter.|12.5|trains",
      })
  void aPartInAWholeIsAShareInPercent(String text, double value, String counted) {
    Quantity q = only(text);
    assertEquals(value, q.value(), 1e-9, text);
    assertEquals("percent", q.unit(), text);
    assertEquals(counted, q.counted(), text);
  }

  @Test
  void notAProportion() {
    // A year or a unit after "in" keeps the plain reading.
    for (Quantity q : tagger.tag("The club signed one striker in 2019."))
      assertNotEquals("percent", q.unit(), q.toString());
    for (Quantity q : tagger.tag("A bus leaves every one in ten minutes."))
      assertNotEquals("percent", q.unit(), q.toString());
    // Digits with no noun after them may be a score: "won 3 in 5".
    for (Quantity q : tagger.tag("On the road the visitors won 3 in 5."))
      assertNotEquals("percent", q.unit(), q.toString());
    // A larger part than whole is no proportion.
    for (Quantity q : tagger.tag("Twelve in three rows stood at the gate."))
      assertNotEquals("percent", q.unit(), q.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The state set aside Rs 2.5 lakh crore for roads.|2500000000000",
        "Farmers were promised 20 thousand crore rupees in relief.|200000000000",
        "The plant was valued at 3 thousand crore rupees.|30000000000",
        "The dam cost Rs 40 crore.|400000000",
      })
  void aLargerMagnitudeWordAfterASmallerOneMultiplies(String text, double value) {
    assertEquals(value, only(text).value(), 1, text);
  }

  @Test
  void abbreviatedMagnitudesDoNotStack() {
    Quantity q = only("Sales reached $5bn million-dollar deals aside.");
    assertEquals(5e9, q.value(), 1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The bank announced a 0.5 per cent rate cut on Friday.|decrease",
        "Nurses won a 4% pay rise after the strike.|increase",
        "Smokers face a 10 percent tax hike next year.|increase",
      })
  void aNounOfWhatChangedBeforeTheChangeNoun(String text, String change) {
    assertEquals(change, only(text).change(), text);
  }

  @Test
  void aShareFollowedByAPlainNounIsNoChange() {
    assertNull(only("Turnout reached 61% in the capital.").change());
  }
}

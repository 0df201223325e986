package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;

/** Adversarial inputs: the tagger must stay linear and never throw. */
class QuantityRobustnessTest {
  // Warm, each input here tags in well under a second; the margin is for a cold JIT on a shared,
  // loaded machine.
  // Quadratic or backtracking behaviour on these sizes takes minutes, so the limit still catches
  // it.
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private final QuantityTagger tagger = new QuantityTagger();

  @Test
  void aLongLineOfWordsWithoutPunctuation() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 100_000) sb.append("more than about some up to between ");
    assertTimeoutPreemptively(LIMIT, () -> tagger.tag(sb.toString()));
  }

  @Test
  void aTableOfNumbers() {
    StringBuilder sb = new StringBuilder();
    Random rnd = new Random(7);
    while (sb.length() < 100_000)
      sb.append(rnd.nextInt(100000)).append(rnd.nextBoolean() ? " " : " - ");
    List<Quantity> qs = assertTimeoutPreemptively(LIMIT, () -> tagger.tag(sb.toString()));
    assertTrue(qs.size() > 1000);
  }

  @Test
  void aLineOfSpacedSmallNumbers() {
    String text = "1 2 3 4 5 6 7 8 9 ".repeat(12_000) + "1/2 3/4 ".repeat(5_000);
    assertTimeoutPreemptively(LIMIT, () -> tagger.tag(text));
  }

  @Test
  void oneRunawayNumber() {
    String digits = "1,234".repeat(20_000) + "9".repeat(50_000) + ".5.5.5";
    assertTimeoutPreemptively(LIMIT, () -> tagger.tag(digits));
  }

  @Test
  void numberWordsWithoutEnd() {
    String words =
        "one hundred and twenty-one thousand ".repeat(3_000)
            + "tens of thousands of ".repeat(2_000);
    assertTimeoutPreemptively(LIMIT, () -> tagger.tag(words));
  }

  @Test
  void bareNumbersAfterACollectiveNounInOneHugeSentence() {
    String text = "some 1,000 troops; the force " + "grew to 4,800 and ".repeat(8_000);
    List<Quantity> qs = assertTimeoutPreemptively(LIMIT, () -> tagger.tag(text));
    assertTrue(qs.size() >= 8_000);
  }

  @Test
  void bareNumbersAfterACollectiveNounWithNothingToInherit() {
    String text = "the force grew to 4,800 and ".repeat(8_000);
    assertTimeoutPreemptively(LIMIT, () -> tagger.tag(text));
  }

  @Test
  void randomCharactersNeverThrow() {
    Random rnd = new Random(42);
    String alphabet = "0123456789,.-–/:%$€£ abcKkmMbn\n'’softhe";
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 500; k++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      String text = sb.toString();
      for (Quantity q : tagger.tag(text)) {
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        assertTrue(q.end() > q.start());
      }
    }
  }
}

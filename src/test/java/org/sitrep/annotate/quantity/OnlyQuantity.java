package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.sitrep.model.Quantity;

/** The one quantity a tagger finds in a text, for tests that read one figure a sentence. */
final class OnlyQuantity {
  private OnlyQuantity() {}

  /** The quantity {@code tagger} finds in {@code text}; fails unless it finds exactly one. */
  static Quantity in(QuantityTagger tagger, String text) {
    List<Quantity> qs = tagger.tag(text);
    assertEquals(1, qs.size(), () -> "expected one quantity in '" + text + "', got " + qs);
    return qs.get(0);
  }
}

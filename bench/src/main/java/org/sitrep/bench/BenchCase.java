package org.sitrep.bench;

import java.util.List;

/**
 * One test case of the recognizers-text specs: a sentence and the results the spec expects, from
 * file {@code suite} (e.g. "NumberModel"). Offsets are characters into {@code input}; {@code end}
 * is exclusive.
 */
record BenchCase(String suite, String input, List<Expected> expected) {
  /**
   * One expected result: its text and span, and the resolved value and unit when the spec gives
   * them.
   */
  record Expected(String text, int start, int end, String value, String unit, String iso) {}
}

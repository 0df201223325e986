package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Floors on the recognizers-text pass rates, a little under what the tagger scores today (93.0%
 * over the included categories on 2026-12-06), so a regression fails the build. Skipped when
 * ../shared/bench is absent.
 */
@Tag("bench")
class QuantityBenchmarkTest {
  private static final double TOTAL_FLOOR = 0.90;

  /** Per-category floors for the categories closest to news text. */
  private static final Map<String, Double> FLOORS =
      Map.of(
          "currency",
          0.95,
          "percent",
          1.0,
          "number/digits",
          1.0,
          "number/none",
          1.0,
          "range/bounds",
          0.9,
          "range/spans",
          0.8,
          "dimension",
          0.85,
          "date/not-amount",
          0.85,
          "duration",
          0.8,
          "quantulum3/pounds",
          0.8);

  @Test
  void passRatesStayAboveTheirFloors() throws IOException {
    Path bench = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench");
    assumeTrue(QuantityBenchmark.present(bench), "no benchmark data at " + bench);
    Map<String, QuantityBenchmark.Tally> tallies = QuantityBenchmark.run(bench);
    QuantityBenchmark.Tally all = QuantityBenchmark.included(tallies);
    System.out.printf(
        "quantity benchmark: %d/%d included cases pass (%.1f%%)%n",
        all.passed(), all.total(), 100 * all.rate());
    assertTrue(all.total() > 300, "too few included cases: " + all.total());
    assertTrue(
        all.rate() >= TOTAL_FLOOR, "included pass rate " + all.rate() + " below " + TOTAL_FLOOR);
    for (Map.Entry<String, Double> f : FLOORS.entrySet()) {
      QuantityBenchmark.Tally t = tallies.get(f.getKey());
      assertTrue(
          t != null && t.rate() >= f.getValue(),
          f.getKey()
              + ": "
              + (t == null ? "missing" : t.passed() + "/" + t.total())
              + " below "
              + f.getValue());
    }
  }
}

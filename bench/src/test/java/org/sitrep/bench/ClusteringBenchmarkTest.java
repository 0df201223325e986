package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.story.StoryRule;

class ClusteringBenchmarkTest {
  @Test
  void bcubedOfKnownClusterings() {
    assertArrayEquals(
        new double[] {1, 1, 1},
        ClusteringBenchmark.bcubed(List.of("a", "a", "b"), List.of("x", "x", "y")),
        1e-9);
    double[] allInOne = ClusteringBenchmark.bcubed(List.of("a", "a", "b"), List.of("x", "x", "x"));
    assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, allInOne[0], 1e-9);
    assertEquals(1.0, allInOne[1], 1e-9);
  }

  @Test
  void storyOfWikiRefFileNames() {
    assertEquals("parisattacks2015", ClusteringBenchmark.goldOf("ParisAttacks2015 (12).txt"));
    assertEquals(
        "malaysia.airlines.flight", ClusteringBenchmark.goldOf("malaysia.airlines.flight.137.txt"));
    assertEquals("samsung.galaxy.s5", ClusteringBenchmark.goldOf("samsung.galaxy.s5.13.txt"));
  }

  @Test
  void wikiRef220StoryGroupingReachesTarget() throws Exception {
    assumeTrue(BenchPaths.present("clustering-wikiref"), "shared benchmark data absent");
    var s =
        ClusteringBenchmark.run(
            BenchPaths.bench("clustering-wikiref").resolve("WikiRef220"),
            StoryRule.Config.DEFAULT,
            5);
    assertTrue(s.f1() >= 0.90, "B-cubed F1 " + s.f1());
  }
}

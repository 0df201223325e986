package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearBenchmarkTest {
  @Test
  void readsDiscontinuousContentWithItsSource() throws Exception {
    String body = "“We won,” said Ann. “Again.” Bob thinks so.";
    Path ann = Files.createTempFile("polnear", ".ann");
    Files.writeString(
        ann,
        String.join(
                "\n",
                "T1\tContent 0 9;19 28\t“We won,” “Again.”",
                "T2\tCue 10 14\tsaid",
                "T3\tSource 15 18\tAnn",
                "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3",
                "T4\tContent 29 36\tBob thinks")
            + "\n");
    List<PolnearBenchmark.GoldQuote> gold = PolnearBenchmark.readGold(ann, body);
    Files.delete(ann);
    assertEquals(1, gold.size(), "only contents with quotation marks are direct quotes");
    assertEquals(2, gold.get(0).content().size());
    assertEquals("Ann", gold.get(0).source().get(0).of(body));
  }

  @Test
  void quoteMarks() {
    assertTrue(PolnearBenchmark.hasQuoteMark("he said “yes”"));
    assertFalse(PolnearBenchmark.hasQuoteMark("Russia’s army"));
  }

  @Test
  void devScoresAboveTheFloor() throws Exception {
    Path dev = PolnearBenchmark.defaultFolder().resolve("data/dev");
    assumeTrue(Files.isDirectory(dev), "PolNeAR benchmark data absent");
    PolnearBenchmark.Score s = PolnearBenchmark.run(dev, false, 0);
    assertTrue(s.f1() >= 0.915, "quote F1 " + s.f1());
    assertTrue(s.speakerAccuracy() >= 0.875, "speaker accuracy " + s.speakerAccuracy());
  }
}

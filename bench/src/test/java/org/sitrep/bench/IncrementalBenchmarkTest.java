package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental benchmark adds the same number of new articles to every store, in turns, and each
 * store's picture is the one adding them to that store alone gives.
 */
class IncrementalBenchmarkTest {
  @TempDir Path tmp;

  @Test
  void everyStoreTakesEveryNewArticleInTurnsAndKeepsItsOwnPicture() throws Exception {
    SyntheticCorpus corpus =
        new SyntheticCorpus(7, SyntheticCorpus.fillerFrom(Path.of("examples")));
    try (IncrementalBenchmark.Sized small = new IncrementalBenchmark.Sized(40, tmp.resolve("a"));
        IncrementalBenchmark.Sized large = new IncrementalBenchmark.Sized(90, tmp.resolve("b"));
        IncrementalBenchmark.Sized alone = new IncrementalBenchmark.Sized(90, tmp.resolve("c"))) {
      for (IncrementalBenchmark.Sized s : List.of(small, large, alone))
        IncrementalBenchmark.fill(corpus, s);
      IncrementalBenchmark.addInTurns(corpus, List.of(small, large), 35, 4, 10);
      IncrementalBenchmark.addInTurns(corpus, List.of(alone), 35, 4, 10);
      assertEquals(35, small.added);
      assertEquals(35, large.added);
      assertTrue(small.cpuNs > 0 && large.cpuNs > 0 && large.wallNs >= large.cpuNs / 4);
      assertEquals(90 + 35, large.store.count(), "stored");
      assertEquals(0, large.store.unresolved(), "resolved");
      assertEquals(alone.last, large.last, "the same articles give the same picture");
    }
  }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the SemEval-2015 Task 4 track A benchmark on the trial data and guards a floor; skipped when
 * the shared benchmark folder is not there. Loads CoreNLP once for 30 short articles (about 30 s on
 * the shared machine).
 */
class TimelineBenchmarkTest {
  @Test
  void everyEntityGetsATimelineAndTheScoreStaysAboveTheFloor(@TempDir Path out) throws Exception {
    Path folder = TimelineBenchmark.defaultFolder();
    assumeTrue(
        Files.isDirectory(folder), "no SemEval-2015 Task 4 data at " + folder.toAbsolutePath());
    TimelineBenchmark.Report r = TimelineBenchmark.run(folder, out);
    System.out.println(r.lines());
    assertEquals(30, r.documents(), "trial corpus documents");
    assertTrue(r.entities().size() >= 6, "gold timelines scored: " + r.entities().size());
    for (TimelineBenchmark.EntityScore e : r.entities()) {
      assertTrue(Files.isRegularFile(e.written()), "no timeline written for " + e.entity());
      String first = Files.readAllLines(e.written()).get(0);
      assertEquals(e.entity(), first, "first line of " + e.written() + " names the target entity");
    }
    assertTrue(
        r.overall().f1() > 10,
        "favourable F1 " + r.overall().f1() + " is at most 10\n" + r.lines());
    assertTrue(
        r.expected().f1() > 5, "expected F1 " + r.expected().f1() + " is at most 5\n" + r.lines());
  }
}

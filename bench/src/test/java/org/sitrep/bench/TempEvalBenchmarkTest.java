package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Guards the TempEval-3 score of the time tagger; skipped when the shared benchmark folder is not
 * there.
 */
class TempEvalBenchmarkTest {
  @Test
  void valueF1StaysAboveTheFloor() {
    Path folder = TempEvalBenchmark.defaultFolder();
    assumeTrue(Files.isDirectory(folder), "no TempEval-3 data at " + folder.toAbsolutePath());
    TempEvalBenchmark.Report r = TempEvalBenchmark.run(folder, null);
    System.out.println(r.lines());
    assertTrue(r.documents() > 0, "no .tml files under " + folder);
    assertTrue(r.valueF1() >= 0.75, "value F1 " + r.valueF1() + " is below 0.75\n" + r.lines());
  }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the trafilatura extraction benchmark; skipped when the shared benchmark folder is absent.
 */
@Tag("bench")
class ExtractionBenchmarkTest {
  @Test
  void f1IsAtLeastNinety() throws Exception {
    Path folder = ExtractionBenchmark.defaultFolder();
    assumeTrue(Files.isRegularFile(folder.resolve("evaldata.json")), "no benchmark at " + folder);
    assumeTrue(Files.isRegularFile(folder.resolve("html-pages.tar.gz")), "no pages at " + folder);

    ExtractionBenchmark.Result r = ExtractionBenchmark.run(folder, 2, null);
    SnippetScore s = r.score();
    System.out.printf(
        Locale.ROOT,
        "extraction benchmark: P %.3f R %.3f F1 %.3f, %.1f pages/s, %.1f pages/CPU-s%n",
        s.precision(),
        s.recall(),
        s.f1(),
        r.pagesPerSecond(),
        r.pagesPerCpuSecond());
    assertEquals(0, r.missing(), "gold entries without a page in the archive");
    assertEquals(0, r.failures(), "pages whose extraction threw");
    assertTrue(s.f1() >= 0.90, "F1 " + s.f1());
  }
}

package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared benchmark data lives: {@code -Dsitrep.shared}, else {@code ../shared} beside the
 * project.
 */
public final class BenchPaths {
  private BenchPaths() {}

  public static Path shared() {
    String p = System.getProperty("sitrep.shared");
    if (p != null) return Path.of(p);
    Path here = Path.of("").toAbsolutePath();
    return here.resolve("../shared").normalize();
  }

  public static Path bench(String name) {
    return shared().resolve("bench").resolve(name);
  }

  public static boolean present(String name) {
    return Files.isDirectory(bench(name));
  }

  /** Peak resident set size of this process in MB, from /proc (Linux), or -1 elsewhere. */
  public static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }
}

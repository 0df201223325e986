package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.CommandRun;

class BenchCommandTest {
  @TempDir static Path tmp;

  static CommandRun run(String... args) {
    return CommandRun.of(BenchCommand::run, args);
  }

  @Test
  void benchSaysWhatItTakesAndNamesMissingDataInOneLine() {
    CommandRun help = run("quotes", "--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().startsWith("sitrep bench quotes [FOLDER]"), help.out());
    CommandRun missing = run("extraction", tmp.resolve("no-such-folder").toString());
    assertTrue(missing.code() != 0);
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(
        missing.err().contains("no-such-folder")
            && missing.err().contains("usage: sitrep bench extraction"),
        missing.err());
  }

  @Test
  void listsEveryBenchmarkAndRefusesAnUnknownNameInOneLine() {
    CommandRun list = run("--help");
    assertEquals(0, list.code(), list.err());
    for (String name : BenchCommand.BENCHES.keySet())
      assertTrue(list.out().contains(name), name + " missing from: " + list.out());
    CommandRun unknown = run("no-such-bench");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("sitrep: no benchmark 'no-such-bench'"), unknown.err());
  }

  @Test
  void aBadArgumentIsOneLineWithTheUsage() {
    CommandRun r = run("incremental", "--docs", "many");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("usage: sitrep bench incremental"), r.err());
  }
}

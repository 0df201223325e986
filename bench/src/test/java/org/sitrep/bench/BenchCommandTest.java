package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir static Path tmp;

  record Run(int code, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = BenchCommand.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void benchSaysWhatItTakesAndNamesMissingDataInOneLine() {
    Run help = run("quotes", "--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().startsWith("sitrep bench quotes [FOLDER]"), help.out());
    Run missing = run("extraction", tmp.resolve("no-such-folder").toString());
    assertTrue(missing.code() != 0);
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    assertTrue(
        missing.err().contains("no-such-folder")
            && missing.err().contains("usage: sitrep bench extraction"),
        missing.err());
  }

  @Test
  void listsEveryBenchmarkAndRefusesAnUnknownNameInOneLine() {
    Run list = run("--help");
    assertEquals(0, list.code(), list.err());
    for (String name : BenchCommand.BENCHES.keySet())
      assertTrue(list.out().contains(name), name + " missing from: " + list.out());
    Run unknown = run("no-such-bench");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("sitrep: no benchmark 'no-such-bench'"), unknown.err());
  }

  @Test
  void aBadArgumentIsOneLineWithTheUsage() {
    Run r = run("incremental", "--docs", "many");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("usage: sitrep bench incremental"), r.err());
  }
}

package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Tokens;

class TokenCommandTest {
  @TempDir Path dir;

  private record Out(int code, String out) {}

  private static Out run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Out(code, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void createPrintsTheTokenLastListShowsItRevokeEndsIt() {
    String d = dir.toString();
    Out created = run("token", "create", "--data", d, "--name", "desk", "--read-only");
    assertEquals(0, created.code());
    String[] lines = created.out().strip().split("\n");
    String token = lines[lines.length - 1].strip();
    try (Tokens t = Tokens.open(dir)) {
      assertEquals(new Tokens.Access("desk", true), t.check(token).orElseThrow());
    }
    Out list = run("token", "list", "--data", d);
    assertTrue(list.out().contains("desk") && list.out().contains("read-only"), list.out());
    assertTrue(!list.out().contains(token));
    assertEquals(2, run("token", "create", "--data", d, "--name", "desk").code());
    assertEquals(0, run("token", "revoke", "--data", d, "desk").code());
    assertEquals(2, run("token", "revoke", "--data", d, "desk").code());
    try (Tokens t = Tokens.open(dir)) {
      assertTrue(t.check(token).isEmpty());
    }
  }
}

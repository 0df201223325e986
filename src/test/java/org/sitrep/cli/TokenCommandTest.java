package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Tokens;
import org.sitrep.testing.CommandRun;

class TokenCommandTest {
  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(Main::run, args);
  }

  @Test
  void createPrintsTheTokenLastListShowsItRevokeEndsIt() {
    String d = dir.toString();
    CommandRun created = run("token", "create", "--data", d, "--name", "desk", "--read-only");
    assertEquals(0, created.code());
    String[] lines = created.out().strip().split("\n");
    String token = lines[lines.length - 1].strip();
    try (Tokens t = Tokens.open(dir)) {
      assertEquals(new Tokens.Access("desk", true), t.check(token).orElseThrow());
    }
    CommandRun list = run("token", "list", "--data", d);
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

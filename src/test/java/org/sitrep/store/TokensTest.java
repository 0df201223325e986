package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {
  @TempDir Path dir;

  @Test
  void onlyTheHashIsKeptAndATokenWorksUntilRevoked() throws Exception {
    String token;
    try (Tokens t = Tokens.open(dir)) {
      token = t.create("newsroom", false);
      assertTrue(token.startsWith("sitrep_") && token.length() > 40, token);
      assertEquals(new Tokens.Access("newsroom", false), t.check(token).orElseThrow());
      assertTrue(t.check(token + "x").isEmpty());
      assertTrue(t.check(null).isEmpty());
      String other = t.create(null, true);
      assertEquals(new Tokens.Access("token-1", true), t.check(other).orElseThrow());
      assertThrows(IllegalArgumentException.class, () -> t.create("newsroom", true));
    }
    byte[] file = Files.readAllBytes(dir.resolve(Tokens.FILE));
    assertFalse(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(token));
    try (Tokens t = Tokens.open(dir)) {
      assertEquals(2, t.list().size());
      assertTrue(t.revoke("newsroom"));
      assertFalse(t.revoke("newsroom"));
      assertTrue(t.check(token).isEmpty());
    }
  }
}

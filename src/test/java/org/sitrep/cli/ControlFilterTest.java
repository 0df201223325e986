package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ControlFilterTest {
  private static String through(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = ControlFilter.wrap(bytes)) {
      out.print(s);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void escapeSequencesAndC1ControlsAreNeutralised() {
    assertEquals(
        "\uFFFD[2J\uFFFD[31mTitle\uFFFD]0;pwned\uFFFD done",
        through("\u001b[2J\u001b[31mTitle\u009d]0;pwned\u0007 done"));
  }

  @Test
  void ordinaryTextIsUnchangedByteForByte() {
    String s = "+ 1a2b  Vilnius \u2013 Anu\u0161auskas said \u00abyes\u00bb\u00a0\u00c2\n\ttab\r\n";
    assertEquals(s, through(s));
  }
}

package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalMarkdownTest {
  static final String MD =
      "# Situation report: Troops\n\n## Key figures\n\n- **Germany / troops**: \\~780 current [1]\n"
          + "  > About 780 \\*soldiers\\* [1]\n1. 2024 · <https://example.org/a>\n";

  @Test
  void escapesAreRemovedAndMarkupRendered() {
    String plain = TerminalMarkdown.render(MD, false);
    assertFalse(plain.contains("\\~"), plain);
    assertTrue(plain.contains("• Germany / troops: ~780 current [1]"), plain);
    assertTrue(plain.contains("  │ About 780 *soldiers* [1]"), plain);
    assertTrue(plain.contains("Key figures\n-----------\n"), plain);
    assertTrue(plain.contains("https://example.org/a") && !plain.contains("<https"), plain);
  }

  @Test
  void boldIsBoldOnAColourTerminal() {
    String ansi = TerminalMarkdown.render(MD, true);
    assertTrue(ansi.contains("\u001b[1mGermany / troops\u001b[0m"), ansi);
    assertEquals(
        TerminalMarkdown.render(MD, false), ansi.replaceAll("\u001b\\[[0-9;]*m", ""), "same text");
  }

  @Test
  void countsAreWrittenInTheRightNumber() {
    assertEquals("1 story", Labels.count(1, "story"));
    assertEquals("2 stories", Labels.count(2, "story"));
    assertEquals("0 outlets", Labels.count(0, "outlet"));
    assertEquals("3 people", Labels.count(3, "person"));
    assertEquals("1 observation", Labels.count(1, "observation"));
    assertEquals("40 of 45 entities", Labels.shown(40, 45, "entity"));
    assertEquals("45 entities", Labels.shown(45, 45, "entity"));
  }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snippet metric must match trafilatura's evaluation, or the published peer scores are not
 * comparable.
 */
class ExtractionScoreTest {
  @Test
  void normalisesWhitespaceLikePython() {
    assertEquals("a b c", SnippetScore.norm("  a\u00a0\n\tb\u2009\u3000c \u001f"));
    assertEquals(
        "a\u200bb", SnippetScore.norm("a\u200bb"), "zero-width space is not whitespace in Python");
  }

  @Test
  void countsSnippetsAcrossPages() {
    SnippetScore s = new SnippetScore();
    s.add(
        List.of("main text", "second  line"),
        List.of("Impressum", "Share"),
        "main\ntext and second line. Share");
    s.add(List.of("lost"), List.of("menu"), null);
    assertEquals(2, s.truePositives());
    assertEquals(1, s.falsePositives());
    assertEquals(1, s.falseNegatives());
    assertEquals(2, s.trueNegatives());
    assertEquals(2.0 / 3, s.precision(), 1e-9);
    assertEquals(2.0 / 3, s.recall(), 1e-9);
    assertEquals(4.0 / 6, s.accuracy(), 1e-9);
    assertEquals(4.0 / 6, s.f1(), 1e-9);
  }
}

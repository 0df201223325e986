package org.sitrep.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Text the tagger would spend minutes on for nothing is recognised before it is tagged. */
class UnreadableTextTest {
  @Test
  void replacementCharactersAreNotText() {
    String s = "Some words here. " + "\uFFFD".repeat(150_000);
    assertNotNull(CoreNlpStage.unreadable(s));
  }

  @Test
  void controlCharactersAreNotText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5_000; i++) b.append(i % 3 == 0 ? (char) (i % 7 + 1) : 'a').append(' ');
    assertNotNull(CoreNlpStage.unreadable(b.toString()));
  }

  @Test
  void oneEndlessTokenIsNotText() {
    assertNotNull(CoreNlpStage.unreadable("Short intro. " + "x".repeat(100_000)));
  }

  @Test
  void articlesTablesAndLongLinesAreText() {
    assertNull(
        CoreNlpStage.unreadable("The harbour reopened on Friday, officials said. ".repeat(50)));
    assertNull(CoreNlpStage.unreadable("1 2 3 4 5 6 7 8 9 10 | 11 | 12\n".repeat(200)));
    assertNull(
        CoreNlpStage.unreadable(
            "See https://example.org/"
                + "a".repeat(3_000)
                + " for the full list of results. ".repeat(100)));
  }
}

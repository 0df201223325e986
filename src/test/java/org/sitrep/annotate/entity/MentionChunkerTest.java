package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The chunker's word-shape rules, which need no tagger. */
class MentionChunkerTest {
  private static String word(String body, String part) {
    int s = body.indexOf(part), e = s + part.length();
    return body.substring(
        MentionChunker.hyphenatedStart(body, s), MentionChunker.hyphenatedEnd(body, e));
  }

  @Test
  void hyphenatedNamesAreOneWord() {
    assertEquals("Itar-Tass", word("said Itar-Tass on Monday", "Itar"));
    assertEquals("Ata-ur-Rehman", word("bowled by Ata-ur-Rehman .", "Ata"));
    assertEquals("Al-Akhbar", word("the daily Al-Akhbar said", "Akhbar"));
    assertEquals("F-16", word("an F-16 jet", "F"));
    assertEquals(
        "Moscow",
        word("a Moscow-backed group", "Moscow"),
        "a lowercase tail is an adjective, not a name");
    assertEquals("Soviet", word("the post-Soviet era", "Soviet"));
  }

  @Test
  void compoundAdjectivesEndAfterTheirLowercaseWord() {
    String body = "the London-based group";
    int end = body.indexOf("London") + "London".length();
    assertEquals(body.indexOf(" group"), MentionChunker.compoundAdjectiveEnd(body, end));
    String name = "at Chester-le-Street today";
    assertEquals(-1, MentionChunker.compoundAdjectiveEnd(name, name.indexOf("-le")));
  }
}

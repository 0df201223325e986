package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleNameTest {
  @Test
  void aTitleIsTheName() {
    assertEquals("Germany sends troops", ArticleName.of("  Germany  sends\ntroops ", "Body."));
  }

  @Test
  void withoutATitleTheFirstSentenceNamesTheArticle() {
    assertEquals(
        "Germany has deployed 2,050 soldiers to Poland.",
        ArticleName.of(null, "Germany has deployed 2,050 soldiers to Poland. Berzins said so."));
    assertEquals(
        "Mr. Smith met U.S. officials in Vilnius.",
        ArticleName.of(" ", "Mr. Smith met U.S. officials in Vilnius. Then he left."));
  }

  @Test
  void aLongNameIsCutAtAWordWithAnEllipsis() {
    String body =
        "This week Germany has begun deploying troops to the Baltic state of Lithuania, which"
            + " borders Russia and Belarus, as part of a wider effort to enhance NATO's eastern flank.";
    String n = ArticleName.of(null, body);
    assertTrue(n.length() <= ArticleName.MAX, n);
    assertTrue(n.endsWith("…"), n);
    String kept = n.substring(0, n.length() - 1);
    assertTrue(body.startsWith(kept), n);
    assertEquals(' ', body.charAt(kept.length()), "cut before a space, not inside a word: " + n);
  }

  @Test
  void clipKeepsShortTextAndCutsOneLongWordInside() {
    assertEquals("short", ArticleName.clip("short", 10));
    assertEquals("abcdefghi…", ArticleName.clip("abcdefghijklmnop", 10));
    assertEquals("one two…", ArticleName.clip("one two, three", 10));
  }

  @Test
  void anEmptyArticleIsSaidToBeEmpty() {
    assertEquals("(empty article)", ArticleName.of(null, "  "));
  }
}

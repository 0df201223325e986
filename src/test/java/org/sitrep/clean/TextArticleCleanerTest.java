package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextArticleCleanerTest {
  private final TextArticleCleaner cleaner = new TextArticleCleaner();

  /** The five samples in examples/ against the hand-made gold in ../shared/gold/seeds.gold.json. */
  @TestFactory
  List<DynamicTest> samplesMatchGold() throws IOException {
    Path gold =
        Path.of(System.getProperty("sitrep.shared", "../shared"), "gold", "seeds.gold.json");
    assumeTrue(Files.isRegularFile(gold), "shared gold not present: " + gold);
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode g : new ObjectMapper().readTree(gold.toFile()).path("documents")) {
      String file = g.path("file").asText();
      tests.add(
          DynamicTest.dynamicTest(file, () -> assertMatchesGold(g, Path.of("examples", file))));
    }
    return tests;
  }

  static void assertMatchesGold(JsonNode g, Path file) throws IOException {
    Extracted e = new TextArticleCleaner().extract(Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(textOrNull(g.get("label")), e.label(), "label");
    assertEquals(textOrNull(g.get("title")), e.title(), "title");
    assertEquals(textOrNull(g.get("published")), e.published(), "published");
    if (g.has("headings")) {
      List<String> headings = new ArrayList<>();
      g.get("headings").forEach(h -> headings.add(h.asText()));
      assertEquals(headings, e.headings(), "headings");
    }
    String start = g.path("body_starts_with").asText();
    assertTrue(e.body().startsWith(start), () -> "body starts with: " + e.body().substring(0, 80));
    for (JsonNode bad : g.path("body_must_not_contain")) {
      assertFalse(e.body().contains(bad.asText()), "body contains " + bad);
    }
    assertEquals("en", e.language());
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  @Test
  void labelTitleDateAndHeadings() {
    String text =
        "WorldNews\n\nPorts Reopen After the Storm\n\ndate 2024-02-03\n\nThe harbour reopened on Friday.\n\n"
            + "What Comes Next\n\nShips will queue for days, officials said.\n";
    Extracted e = cleaner.extract(text);
    assertEquals("WorldNews", e.label());
    assertEquals("Ports Reopen After the Storm", e.title());
    assertEquals("2024-02-03", e.published());
    assertEquals("date 2024-02-03", e.publishedEvidence());
    assertEquals(List.of("What Comes Next"), e.headings());
    assertEquals(
        "The harbour reopened on Friday.\n\nWhat Comes Next\n\nShips will queue for days, officials said.",
        e.body());
  }

  @Test
  void furnitureOfOtherSitesIsDropped() {
    String text =
        "The council voted on Tuesday to close the bridge.\n"
            + "Advertisement\n"
            + "Read more: Council budget falls short\n"
            + "Subscribe to our daily newsletter. Enter your email address\n"
            + "Repairs will take a year, the mayor said.\n"
            + "Share this article\n"
            + "You might also like\n"
            + "Another story about something else entirely.\n";
    Extracted e = cleaner.extract(text);
    assertEquals(
        "The council voted on Tuesday to close the bridge.\n\nRepairs will take a year, the mayor said.",
        e.body());
    assertNull(e.title());
  }

  @Test
  void ordinaryProseMentioningSignUpIsKept() {
    String text =
        "Lithuania agreed to sign up to the pact on Monday, the minister said, after weeks of talks.\n"
            + "The deal enters into force next year.\n";
    assertTrue(cleaner.extract(text).body().startsWith("Lithuania agreed to sign up"));
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    String text =
        "A title for it\n\nThe first line of a paragraph\nwraps onto a second line.\n\nAnother one here.\n";
    Extracted e = cleaner.extract(text);
    assertEquals("A title for it", e.title());
    assertEquals(
        "The first line of a paragraph wraps onto a second line.\n\nAnother one here.", e.body());
  }

  @Test
  void bylineWrittenDateAndAgencyTailAreNotBody() {
    String text =
        "Ports Reopen After the Storm\n\nBy Jane Doe and John Roe, Reuters\n\nPublished on 3 February 2024\n\n"
            + "The harbour reopened on Friday.\n\n(Reporting by Jane Doe; Editing by John Roe)\n";
    Extracted e = cleaner.extract(text);
    assertEquals("Ports Reopen After the Storm", e.title());
    assertEquals("2024-02-03", e.published());
    assertEquals("The harbour reopened on Friday.", e.body());
    assertEquals("2024-03-01", TextArticleCleaner.isoDate("March 1, 2024"));
    assertEquals("2024-03-01", TextArticleCleaner.isoDate("Mar. 1 2024"));
    assertNull(TextArticleCleaner.isoDate("Smarch 1, 2024"));
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    String text = "Title of It\n\nBy the end of the year, the brigade will be complete.\n";
    assertEquals(
        "By the end of the year, the brigade will be complete.", cleaner.extract(text).body());
  }

  @Test
  void invalidDateMarkerIsNotADate() {
    Extracted e = cleaner.extract("date 2024-02-31\n\nSomething happened today in the city.\n");
    assertNull(e.published());
  }

  @Test
  void standingsListsAndShortLinesStayInTheBody() {
    String text =
        "SOCCER - ENGLISH LEAGUE STANDINGS.\n\nLONDON 1996-08-31\n\n"
            + "English soccer league standings after Saturday's matches:\n\n"
            + "Premier league\n\nChelsea 3 2 1 0 5 2 7\n\nArsenal 3 2 0 1 4 2 6\n\n"
            + "Newcastle 3 1 1 1 3 3 4\n\nWinners\n\n- Alan Shearer\n\n- Gianfranco Zola\n";
    Extracted e = cleaner.extract(text);
    for (String kept :
        List.of(
            "Premier league",
            "Chelsea 3 2 1 0 5 2 7",
            "Newcastle 3 1 1 1 3 3 4",
            "Winners",
            "- Gianfranco Zola")) {
      assertTrue(e.body().contains(kept), () -> "lost '" + kept + "': " + e.body());
    }
    // Rows of a table head nothing, and a line above rows is the table's caption: neither is a
    // heading. A line above a list heads the list.
    assertFalse(
        e.headings().stream().anyMatch(h -> h.matches(".*\\d \\d.*")), e.headings()::toString);
    assertFalse(e.headings().contains("Premier league"), e.headings()::toString);
    assertTrue(e.headings().contains("Winners"), e.headings()::toString);
  }

  @Test
  void aHeadingStaysInTheBodyAndIsListedOnlyWhenItHeadsProse() {
    String text =
        "The brigade will be stationed near Vilnius, officials said.\n\n"
            + "Military Exercise in Belarus\n\nRussian troops arrived on Monday, the ministry said.\n\n"
            + "Tags Germany NATO\n";
    Extracted e = cleaner.extract(text);
    assertEquals(List.of("Military Exercise in Belarus"), e.headings());
    assertTrue(e.body().contains("\n\nMilitary Exercise in Belarus\n\n"), e.body());
    assertTrue(e.body().endsWith("Tags Germany NATO"), e.body());
  }

  @Test
  void emptyTextGivesEmptyBody() {
    assertEquals("", cleaner.extract(" \n\n ").body());
  }
}

package org.sitrep.resolve.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteVariantsTest {
  @Test
  void twoTranslationsOfOneStatementAreLinked() {
    QuoteVariants v = new QuoteVariants();
    String a =
        v.add(
            new QuoteVariants.Item(
                "d2",
                "A",
                "Boris Pistorius",
                "With this war-ready brigade, we are assuming a leadership responsibility here in the alliance and on NATO's eastern flank",
                0,
                1));
    String b =
        v.add(
            new QuoteVariants.Item(
                "d3",
                "B",
                "Boris Pistorius",
                "With this combat-ready brigade, we are taking on leadership responsibility within the alliance here at NATO’s eastern flank",
                0,
                1));
    assertEquals(a, b);
    assertEquals(1, v.linked().size());
    assertEquals(2, v.linked().get(0).variants().size());
  }

  @Test
  void differentStatementsOrSpeakersStayApart() {
    QuoteVariants v = new QuoteVariants();
    String a =
        v.add(
            new QuoteVariants.Item(
                "d1",
                "A",
                "Boris Pistorius",
                "This is the first time that we have permanently stationed such a unit outside of Germany",
                0,
                1));
    String b =
        v.add(
            new QuoteVariants.Item(
                "d2",
                "B",
                "Boris Pistorius",
                "The speed of the project clearly shows that Germany understood the new security reality",
                0,
                1));
    String c =
        v.add(
            new QuoteVariants.Item(
                "d3",
                "C",
                "Olaf Scholz",
                "This is the first time that we have permanently stationed such a unit outside of Germany",
                0,
                1));
    assertNotEquals(a, b);
    assertNotEquals(a, c, "the same words from another speaker are another statement");
  }

  private static final String GERMAN =
      "Mit dieser kriegstüchtigen Brigade übernehmen wir hier im Bündnis und an der Ostflanke der"
          + " NATO Führungsverantwortung";
  private static final String ENGLISH =
      "With this war-ready brigade, we are assuming a leadership responsibility here in the"
          + " alliance and on NATO's eastern flank";

  private static QuoteVariants.Item item(String doc, String speaker, String text, String lang) {
    return new QuoteVariants.Item(doc, "O", speaker, text, 0, 1, lang);
  }

  @Test
  void aStatementAndItsTranslationAreLinkedByTheWordsTheyKeep() {
    QuoteVariants v = new QuoteVariants();
    String de = v.add(item("d1", "Boris Pistorius", GERMAN, "de"));
    String en = v.add(item("d2", "Boris Pistorius", ENGLISH, "en"));
    assertEquals(de, en);
    assertEquals(2, v.linked().get(0).variants().size());
  }

  @Test
  void acrossLanguagesTheSpeakerAndTwoSharedNamesAreNeeded() {
    QuoteVariants v = new QuoteVariants();
    String de = v.add(item("d1", "Boris Pistorius", GERMAN, "de"));
    // another speaker
    assertNotEquals(de, v.add(item("d2", "Olaf Scholz", ENGLISH, "en")));
    // the same language: the ordinary bar, which two shared words do not reach
    assertNotEquals(
        de,
        v.add(
            item(
                "d3",
                "Boris Pistorius",
                "Die Brigade der NATO braucht mehr Geld und bessere Kasernen",
                "de")));
    // one shared word only
    assertNotEquals(
        de, v.add(item("d4", "Boris Pistorius", "The brigade needs barracks and money", "en")));
    // no language known: no link across languages
    assertNotEquals(de, v.add(item("d5", "Boris Pistorius", ENGLISH, null)));
  }

  private static QuoteVariants.Item dated(String doc, String text, String lang, String date) {
    return new QuoteVariants.Item(doc, "O", "Boris Pistorius", text, 0, 1, lang, date);
  }

  @Test
  void aTranslationIsLinkedOnlyWhenItsArticleAppearedCloseToTheOriginal() {
    // the same words in English five months later: said again, not a translation of this one
    QuoteVariants v = new QuoteVariants();
    String de = v.add(dated("d1", GERMAN, "de", "2024-04-08"));
    assertNotEquals(de, v.add(dated("d2", ENGLISH, "en", "2024-09-10T09:00:00Z")));
    assertEquals(0, v.linked().size());
    // two days later: its translation
    v = new QuoteVariants();
    de = v.add(dated("d1", GERMAN, "de", "2024-04-08"));
    assertEquals(de, v.add(dated("d3", ENGLISH, "en", "2024-04-10")));
    // an article with no known date is not told apart by it
    v = new QuoteVariants();
    de = v.add(dated("d1", GERMAN, "de", "2024-04-08"));
    assertEquals(de, v.add(dated("d4", ENGLISH, "en", null)));
  }

  @Test
  void theWindowIsInclusiveAndWorksBothWays() {
    int days = QuoteVariants.Config.DEFAULT.maxDaysAcrossLanguages();
    assertTrue(QuoteVariants.closeInTime("2024-04-08", "2024-04-08", days));
    assertTrue(
        QuoteVariants.closeInTime(
            "2024-04-08", java.time.LocalDate.of(2024, 4, 8).plusDays(days).toString(), days));
    assertFalse(
        QuoteVariants.closeInTime(
            java.time.LocalDate.of(2024, 4, 8).plusDays(days + 1).toString(), "2024-04-08", days));
    assertTrue(QuoteVariants.closeInTime("not a date", "2024-04-08", days));
  }

  /**
   * Any two word sets that share at least {@code minShared} words and overlap by at least the bar
   * share one of their first words; a set too small to reach {@code minShared} has none.
   */
  @Test
  void setsAboveTheBarShareAFirstWord() {
    java.util.Random r = new java.util.Random(5);
    String[] vocabulary = new String[40];
    for (int i = 0; i < vocabulary.length; i++)
      vocabulary[i] = "w".repeat(1 + i % 7) + Integer.toString(i, 36);
    int pairs = 0;
    for (double bar : new double[] {0.35, 0.5, 0.6, 0.8}) {
      for (int t = 0; t < 20_000; t++) {
        java.util.Set<String> a = new java.util.HashSet<>(), b = new java.util.HashSet<>();
        int n = 1 + r.nextInt(16), m = 1 + r.nextInt(16);
        while (a.size() < Math.min(n, vocabulary.length))
          a.add(vocabulary[r.nextInt(vocabulary.length)]);
        // b: some of a's words and some others
        for (String w : a) if (r.nextInt(4) > 0 && b.size() < m) b.add(w);
        while (b.size() < m) b.add(vocabulary[r.nextInt(vocabulary.length)]);
        java.util.Set<String> common = new java.util.HashSet<>(a);
        common.retainAll(b);
        double j = common.size() / (double) (a.size() + b.size() - common.size());
        java.util.List<String> fa = QuoteVariants.firstWords(a, bar, 4);
        java.util.List<String> fb = QuoteVariants.firstWords(b, bar, 4);
        if (a.size() < 4) assertEquals(java.util.List.of(), fa);
        if (common.size() < 4 || j < bar) continue;
        pairs++;
        assertTrue(
            fa.stream().anyMatch(fb::contains), a + " and " + b + " at " + bar + ": " + fa + fb);
      }
    }
    assertTrue(pairs > 1_000, pairs + " pairs above the bar");
  }
}

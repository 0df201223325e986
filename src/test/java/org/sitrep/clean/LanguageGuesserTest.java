package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private static final String GERMAN =
      "Am Montag hat der Bundestag über den Haushalt beraten. Die Regierung will im kommenden Jahr"
          + " mehr Geld für die Verteidigung ausgeben, sagte der Finanzminister in Berlin. Die"
          + " Opposition kritisierte den Plan und forderte, dass auch die Länder mehr Mittel"
          + " erhalten. Am Freitag soll das Parlament abstimmen.";

  @Test
  void germanProseIsGerman() {
    assertEquals("de", LanguageGuesser.guess(GERMAN));
  }

  @Test
  void aShortEnglishTextStaysEnglish() {
    assertEquals("en", LanguageGuesser.guess("The talks ended on Friday and the ministers left."));
    assertEquals("en", LanguageGuesser.guess("Germany will send a brigade to Lithuania, he said."));
  }

  @Test
  void aMixedPageGetsItsMainLanguage() {
    String page =
        GERMAN
            + "\n\n\"We are ready,\" the minister said in English.\n\n"
            + GERMAN.replace("Montag", "Dienstag");
    assertEquals("de", LanguageGuesser.guess(page));
    String english =
        "The government will spend more on defence next year, the finance minister said in Berlin"
            + " on Monday. The opposition criticised the plan and asked that the states get more"
            + " money too. Parliament is to vote on Friday.";
    assertEquals("en", LanguageGuesser.guess(english + "\n\nZitat: Die Regierung hat recht."));
  }

  @Test
  void otherLanguagesAndScripts() {
    assertEquals(
        "fr",
        LanguageGuesser.guess(
            "Le gouvernement a annoncé mardi une hausse du budget de la défense pour les trois"
                + " prochaines années, a déclaré le ministre."));
    assertEquals(
        "ru",
        LanguageGuesser.guess("Министр обороны заявил, что учения начнутся уже на этой неделе."));
    assertEquals(
        "bg",
        LanguageGuesser.guess("Министърът каза, че това е важно за страната и че те са готови."));
    assertEquals(
        "en",
        LanguageGuesser.guess(
            "Japan is a safe country, they said. The word for it is 安全 (あんぜん) in Japanese."));
    assertEquals(LanguageGuesser.UNDETERMINED, LanguageGuesser.guess("ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠦᠨ ᠦᠰᠦᠭ"));
  }

  @Test
  void aTableOfNamesIsNotReadAsAnotherLanguage() {
    String results =
        "Women's 100 metres\n1. Merlene Ottey (Jamaica) 10.94\n2. Mary Onyali (Nigeria) 11.07\n"
            + "3. Irina Privalova (Russia) 11.11\nMen's 800 metres\n1. Wilson Kipketer (Denmark)"
            + " 1:43.34\n2. Vebjoern Rodal (Norway) 1:43.96\nU.S. Open results: Ivanisevic (Croatia)"
            + " beat Stich (Germany) 6-3 6-4";
    String lang = LanguageGuesser.guess(results);
    assertTrue(lang == null || lang.equals("en"), lang);
    assertNull(LanguageGuesser.guess("Obama Merkel Macron"));
  }

  /** Real German sentences: each block of ten consecutive sentences is told German. */
  @Test
  void germanNewsSentencesAreGerman() throws IOException {
    Path dev =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"),
            "bench/ner-germeval2014/NER-de-dev.tsv");
    assumeTrue(Files.isRegularFile(dev), "no GermEval dev data at " + dev);
    List<String> sentences = new ArrayList<>();
    StringBuilder s = new StringBuilder();
    for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (s.length() > 0) sentences.add(s.toString());
        s.setLength(0);
      } else if (!line.startsWith("#")) {
        s.append(line.split("\t")[1]).append(' ');
      }
      if (sentences.size() >= 300) break;
    }
    int german = 0, blocks = 0;
    for (int i = 0; i + 10 <= sentences.size(); i += 10) {
      blocks++;
      String lang = LanguageGuesser.guess(String.join("\n", sentences.subList(i, i + 10)));
      assertNotEquals("en", lang);
      if ("de".equals(lang)) german++;
    }
    assertEquals(blocks, german);
  }

  @Test
  void theTextOverridesAWrongDeclaration() {
    assertEquals("de", LanguageGuesser.decide("en", GERMAN));
    assertEquals("en", LanguageGuesser.decide("en", "Obama Merkel Macron"));
    assertEquals("fr", LanguageGuesser.decide("fr", "Macron"));
  }
}

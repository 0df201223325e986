package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Document;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.server.Ingest;
import org.sitrep.store.Store;

/**
 * The bilingual pair of {@link BilingualGoldenTest} with the English article's date moved: the
 * statement quoted in German and in English is one statement when the articles appeared days apart,
 * two when they appeared months apart (the same words said again are another statement).
 */
class BilingualDatesTest {
  @TempDir Path dir;

  private List<QuoteVariants.Statement> linked(String englishDate) throws Exception {
    try (Store store = Store.open(dir.resolve(englishDate))) {
      Ingest ingest = new Ingest(store, Pipelines::byLanguage);
      for (String name : List.of("de.txt", "en.txt")) {
        String text;
        try (InputStream in =
            getClass().getResourceAsStream("/org/sitrep/golden/bilingual/" + name)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (name.startsWith("en")) {
          assertTrue(text.contains("date 2024-04-08"), "the English article's date line");
          text = text.replace("date 2024-04-08", "date " + englishDate);
        }
        List<Ingest.Skipped> skipped = new ArrayList<>();
        List<Document> docs =
            ingest.parse(
                "text/plain",
                text.getBytes(StandardCharsets.UTF_8),
                new Ingest.Meta(
                    null, name.startsWith("de") ? "Tagesblatt" : "Daily", null, null, null),
                skipped);
        assertEquals(1, ingest.run(docs, skipped).stored().size(), name);
      }
      return store.situation().statements().stream().filter(s -> s.variants().size() > 1).toList();
    }
  }

  @Test
  void theTranslationIsLinkedOnlyWithinDaysOfTheOriginal() throws Exception {
    List<QuoteVariants.Statement> close = linked("2024-04-10");
    assertEquals(1, close.size(), close.toString());
    assertEquals("2024-04-10", close.get(0).variants().get(1).date());
    List<QuoteVariants.Statement> far = linked("2024-09-12");
    assertEquals(List.of(), far, "articles five months apart");
  }
}

package org.sitrep.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

/** The five samples in examples/, read as a directory, against ../shared/gold/seeds.gold.json. */
class SourcesGoldenTest {
  @Test
  void samplesMatchGold() throws IOException {
    Path gold =
        Path.of(System.getProperty("sitrep.shared", "../shared"), "gold", "seeds.gold.json");
    assumeTrue(Files.isRegularFile(gold), "shared gold not present: " + gold);
    Run run = Run.of(Path.of("examples"));
    assertEquals(List.of(), run.problems());
    // examples/README.md is documentation beside the corpus, not an article
    assertEquals(new ReadStats(5, 5, 0), run.stats());
    JsonNode docs = new ObjectMapper().readTree(gold.toFile()).path("documents");
    assertEquals(docs.size(), run.documents().size());
    for (int i = 0; i < docs.size(); i++) {
      JsonNode g = docs.get(i);
      Document d = run.documents().get(i);
      String file = g.path("file").asText();
      assertTrue(d.source().path().endsWith(file), "sorted order: " + d.source().path());
      assertEquals(text(g.get("label")), d.label(), file + " label");
      assertEquals(text(g.get("title")), d.title(), file + " title");
      String published = text(g.get("published"));
      assertEquals(published, d.published().value(), file + " published");
      assertEquals(
          published == null ? Published.How.UNKNOWN : Published.How.STATED, d.published().how());
      if (g.has("headings")) {
        List<String> headings = new ArrayList<>();
        g.get("headings").forEach(h -> headings.add(h.asText()));
        assertEquals(headings, d.headings(), file + " headings");
      }
      assertTrue(d.body().startsWith(g.path("body_starts_with").asText()), file + " body start");
      for (JsonNode bad : g.path("body_must_not_contain")) {
        assertFalse(d.body().contains(bad.asText()), file + " " + bad);
      }
      assertEquals("en", d.language());
      assertEquals(Document.idOf(d.body()), d.id());
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}

package org.sitrep.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

class JsonFeedReaderTest {
  @TempDir Path dir;

  @Test
  void itemsPreferFullText() throws IOException {
    String feed =
        """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Example JSON", "language": "en-US",
         "items": [
          {"id": "1", "url": "https://example.org/1", "title": "One", "date_published": "2024-03-04T23:00:00-05:00",
           "content_html": "<p>First paragraph.</p><p>Second paragraph.</p>", "summary": "Sum"},
          {"id": "2", "title": "Two", "content_text": "Plain text item.\\n\\nSecond part."},
          {"id": "3", "title": "Three", "summary": "Only the summary."},
          {"id": "4", "title": "Four"}
         ]}
        """;
    Run run = Run.of(Run.write(dir.resolve("feed.json"), feed));
    assertEquals(3, run.documents().size());
    Document one = run.documents().get(0);
    assertEquals("First paragraph.\n\nSecond paragraph.", one.body());
    assertEquals("2024-03-04", one.published().value(), "the publisher's own calendar day");
    assertEquals("1", one.source().recordId());
    assertEquals("Example JSON", one.outlet());
    assertEquals("en", one.language());
    assertEquals("Plain text item.\n\nSecond part.", run.documents().get(1).body());
    assertEquals("Only the summary.", run.documents().get(2).body());
    assertEquals("item 4", run.onlyProblem().where());
  }

  @Test
  void sharedBenchJsonFeed() {
    Path feed =
        Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "feeds", "feed.json");
    assumeTrue(Files.isRegularFile(feed), "shared bench feed not present");
    Run run = Run.of(feed);
    assertFalse(run.documents().isEmpty());
    for (Document d : run.documents()) {
      assertFalse(d.body().contains("<"), d.body());
      assertTrue(d.source().url().startsWith("https://www.npr.org/"));
    }
  }

  @Test
  void malformedJsonFeed() throws IOException {
    String bad = "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [ }";
    Run run = Run.of(Run.write(dir.resolve("bad.json"), bad));
    assertTrue(run.onlyProblem().reason().startsWith("malformed JSON"), run.onlyProblem().reason());
    assertTrue(run.onlyProblem().where().startsWith("line 1"));
  }
}

package org.sitrep.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

class JsonLinesReaderTest {
  @TempDir Path dir;

  @Test
  void givenFieldsWinOverInferredOnes() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"id\": \"r-1\", \"url\": \"https://example.org/1\", \"outlet\": \"Wire\", \"title\": \"Given title\","
                + " \"published\": \"2024-02-03T08:00:00Z\", \"label\": \"Given\","
                + " \"text\": \"InferredLabel\\n\\nInferred title here\\n\\ndate 2020-01-01\\n\\nThe body, it said.\"}",
            "",
            "{\"html\": " + quoted(HtmlPageReaderTest.PAGE.formatted("utf-8")) + "}",
            "{\"id\": 7, \"text\": \"date 2021-05-06\\n\\nNothing given but text, it said.\"}");
    Path f = Run.write(dir.resolve("a.jsonl"), lines);
    Run run = Run.of(f);
    assertEquals(List.of(), run.problems());
    assertEquals(3, run.documents().size());
    Document a = run.documents().get(0);
    assertEquals("Given title", a.title());
    assertEquals("Given", a.label());
    assertEquals("Wire", a.outlet());
    assertEquals(Published.stated("2024-02-03"), a.published());
    assertEquals("The body, it said.", a.body());
    assertEquals(new Source(f.toString(), "https://example.org/1", "r-1", 1), a.source());
    Document b = run.documents().get(1);
    assertTrue(b.body().contains("reopened on Friday"), b.body());
    assertEquals(3, b.source().offset());
    assertNull(b.source().recordId());
    Document c = run.documents().get(2);
    assertEquals("7", c.source().recordId());
    assertEquals("2021-05-06", c.published().value(), "inferred when not given");
  }

  private static String quoted(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndTheRestIsRead() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"text\": \"First good one, it said.\"}",
            "{not json",
            "[1, 2]",
            "{\"title\": \"no text\"}",
            "{\"text\": \"Last good one, it said.\", \"published\": \"last Tuesday\"}");
    Run run = Run.of(Run.write(dir.resolve("b.ndjson"), lines));
    assertEquals(2, run.documents().size());
    assertEquals(
        List.of("line 2", "line 3", "line 4", "line 5"),
        run.problems().stream().map(p -> p.where()).toList());
    assertEquals(new ReadStats(1, 2, 3), run.stats(), "the bad date is a warning, not a skip");
  }

  @Test
  void jsonLinesAreSniffedFromStdinAndGzip() throws IOException {
    byte[] line =
        "{\"text\": \"From stdin, it said.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("From stdin, it said.", Run.stdin(line).only().body());
    Path gz = Run.gzip(dir.resolve("c.jsonl.gz"), line);
    assertEquals(1, Run.of(gz).only().source().offset());
  }

  @Test
  void prettyPrintedJsonIsOneProblemNotOnePerLine() throws IOException {
    Path f =
        Run.write(
            dir.resolve("pretty.json"),
            "{\n  \"text\": \"Some text, it said.\",\n  \"id\": 1\n}\n");
    Run run = Run.of(f);
    assertEquals(0, run.documents().size());
    assertEquals("line 1", run.onlyProblem().where());
  }

  @Test
  void overLongLineIsSkipped() throws IOException {
    String big = "{\"text\": \"" + "x".repeat(2000) + "\"}";
    Path f = Run.write(dir.resolve("d.jsonl"), big + "\n{\"text\": \"Short one, it said.\"}\n");
    Run run = Run.of(new SourceLimits(1000), new java.io.ByteArrayInputStream(new byte[0]), f);
    assertEquals("Short one, it said.", run.only().body());
    assertEquals("line 1", run.onlyProblem().where());
  }
}

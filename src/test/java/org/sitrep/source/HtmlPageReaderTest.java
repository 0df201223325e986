package org.sitrep.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.Extracted;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

/** HTML pages go to the page extractor; these tests hold only what any extractor must do. */
class HtmlPageReaderTest {
  static final String PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"%s\"><title>Port reopens</title></head><body>"
          + "<p>The harbour in Klaipėda reopened on Friday after the storm, officials said.</p>"
          + "<p>Ships will queue for days, the port authority said.</p></body></html>";

  @TempDir Path dir;

  @Test
  void htmlFileBecomesADocument() throws IOException {
    Document d = Run.of(Run.write(dir.resolve("page.html"), PAGE.formatted("utf-8"))).only();
    assertEquals("Port reopens", d.title());
    assertTrue(d.body().contains("reopened on Friday"), d.body());
    assertEquals(dir.resolve("page.html").toString(), d.source().path());
  }

  @Test
  void htmlIsSniffedWithoutExtension() throws IOException {
    assertEquals(
        "Port reopens",
        Run.of(Run.write(dir.resolve("page"), PAGE.formatted("utf-8"))).only().title());
  }

  @Test
  void metaCharsetIsHonoured() throws IOException {
    Charset baltic = Charset.forName("ISO-8859-13");
    Path f = Files.write(dir.resolve("latin.html"), PAGE.formatted("iso-8859-13").getBytes(baltic));
    Run run = Run.of(f);
    assertEquals(0, run.problems().size(), run.problems().toString());
    assertTrue(run.only().body().contains("Klaipėda"));
  }

  @Test
  void aPageWithoutTextIsSkippedWithAProblem() throws IOException {
    Run run =
        Run.of(
            Run.write(
                dir.resolve("empty.html"),
                "<html><head><title>x</title></head><body></body></html>"));
    assertEquals(0, run.documents().size());
    assertEquals("no article text found in the page", run.onlyProblem().reason());
  }

  @Test
  void pageDatesAreStatedUrlDatesInferred() {
    Extracted meta =
        new Extracted(
            "t",
            "b",
            List.of(),
            "2024-05-01",
            "meta article:published_time=2024-05-01",
            null,
            null,
            null);
    assertEquals(
        new Published("2024-05-01", Published.How.STATED, "meta article:published_time=2024-05-01"),
        HtmlPages.published(meta));
    Extracted url =
        new Extracted("t", "b", List.of(), "2024-05-01", "URL 2024/05/01", null, null, null);
    assertEquals(
        new Published("2024-05-01", Published.How.INFERRED, "URL 2024/05/01"),
        HtmlPages.published(url));
  }
}

package org.sitrep.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problem;

/** Bytes that are mostly text with a flaw in them are read, not dropped. */
class HostileBytesTest {
  @TempDir Path dir;

  private static String page(int paragraphs) {
    StringBuilder b = new StringBuilder("<html><head><title>Harbour reopens</title></head><body>");
    b.append("<article><h1>Harbour reopens</h1>");
    for (int i = 0; i < paragraphs; i++)
      b.append("<p>The harbour of Klaipeda reopened on Friday after the storm, officials said, ")
          .append("and the first ferries left for Kiel in the evening with ")
          .append(i)
          .append(" trucks on board.</p>");
    return b.append("</article></body></html>").toString();
  }

  @Test
  void aFewNulBytesInALargePageAreDroppedWithAWarning() throws IOException {
    byte[] html = page(450).getBytes(UTF_8);
    assertTrue(html.length > 70_000);
    html[5_000] = 0;
    html[40_000] = 0;
    Path f = Files.write(dir.resolve("page.html"), html);
    Run run = Run.of(f);
    Document d = run.only();
    assertTrue(d.body().contains("reopened on Friday"), d.body());
    assertTrue(d.body().indexOf('\0') < 0);
    Problem p = run.onlyProblem();
    assertTrue(p.reason().contains("2 NUL byte(s) removed"), p.reason());
    assertEquals(false, p.skipped());
  }

  @Test
  void gzipInsideGzipIsRead() throws IOException {
    byte[] once = gzip(page(3).getBytes(UTF_8));
    Path f = Files.write(dir.resolve("page.html.gz"), gzip(once));
    Run run = Run.of(f);
    assertTrue(run.only().body().contains("reopened on Friday"));
    assertTrue(run.problems().isEmpty(), run.problems().toString());
  }

  @Test
  void undeclaredLegacyTextIsReadAsWindows1252() throws IOException {
    String text =
        "Caf\u00e9 owners in M\u00fcnchen said prices rose \u2013 again. ".repeat(40).concat("\n");
    Path f =
        Files.write(
            dir.resolve("legacy.txt"),
            ("Prices\n\n" + text).getBytes(Charset.forName("windows-1252")));
    Run run = Run.of(f);
    assertTrue(run.only().body().contains("Caf\u00e9 owners in M\u00fcnchen"), run.only().body());
    assertTrue(run.only().body().indexOf('\uFFFD') < 0);
    assertTrue(
        run.problems().stream().anyMatch(p -> p.reason().contains("read as windows-1252")),
        run.problems().toString());
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}

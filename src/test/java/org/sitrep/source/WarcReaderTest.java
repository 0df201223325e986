package org.sitrep.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

class WarcReaderTest {
  static final Instant CAPTURED = Instant.parse("2024-04-08T10:15:00Z");

  @TempDir Path dir;

  /** Writes warcinfo, then per page a request and a response; returns the response offsets. */
  static List<Long> writeWarc(Path file, WarcCompression compression, int pages)
      throws IOException {
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      w.write(new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build());
      for (int i = 1; i <= pages; i++) {
        String url = "https://example.org/article/" + i;
        w.write(
            new WarcRequest.Builder(url)
                .date(CAPTURED)
                .body(
                    MediaType.HTTP_REQUEST,
                    ("GET /article/" + i + " HTTP/1.1\r\nHost: example.org\r\n\r\n")
                        .getBytes(UTF_8))
                .build());
        String html =
            "<html><head><title>Article "
                + i
                + "</title></head><body><p>Article number "
                + i
                + " reports that the brigade arrived, officials said.</p></body></html>";
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(UTF_8))
                .build();
        offsets.add(w.position());
        w.write(new WarcResponse.Builder(url).date(CAPTURED).body(http).build());
      }
      HttpResponse image =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("image/png"), new byte[] {1, 2})
              .build();
      w.write(
          new WarcResponse.Builder("https://example.org/logo.png")
              .date(CAPTURED)
              .body(image)
              .build());
    }
    return offsets;
  }

  @Test
  void htmlResponsesBecomeDocuments() throws IOException {
    Path f = dir.resolve("crawl.warc");
    List<Long> offsets = writeWarc(f, WarcCompression.NONE, 2);
    Run run = Run.of(f);
    assertEquals(List.of(), run.problems());
    assertEquals(2, run.documents().size());
    Document d = run.documents().get(0);
    assertEquals("https://example.org/article/1", d.source().url());
    assertEquals((long) offsets.get(0), d.source().offset());
    assertTrue(d.source().recordId().startsWith("urn:uuid:"));
    assertTrue(d.body().contains("Article number 1"));
    assertEquals(
        new Published("2024-04-08", Published.How.INFERRED, "WARC-Date 2024-04-08T10:15:00Z"),
        d.published());
    assertEquals(new ReadStats(1, 2, 0), run.stats());
  }

  @Test
  void gzippedWarcIsReadPerRecordWithCompressedOffsets() throws IOException {
    Path f = dir.resolve("crawl.warc.gz");
    List<Long> offsets = writeWarc(f, WarcCompression.GZIP, 3);
    Run run = Run.of(f);
    assertEquals(List.of(), run.problems());
    assertEquals(offsets, run.documents().stream().map(d -> d.source().offset()).toList());
  }

  @Test
  void warcFromStdin() throws IOException {
    Path f = dir.resolve("crawl.warc.gz");
    writeWarc(f, WarcCompression.GZIP, 2);
    assertEquals(2, Run.stdin(Files.readAllBytes(f)).documents().size());
  }

  @Test
  void htmlResourcesCountAndErrorPagesDoNot() throws IOException {
    Path f = dir.resolve("mixed.warc");
    String page = HtmlPageReaderTest.PAGE.formatted("utf-8");
    try (WarcWriter w = new WarcWriter(f)) {
      HttpResponse notFound =
          new HttpResponse.Builder(404, "Not Found")
              .body(MediaType.HTML_UTF8, page.getBytes(UTF_8))
              .build();
      w.write(
          new WarcResponse.Builder("https://example.org/missing")
              .date(CAPTURED)
              .body(notFound)
              .build());
      w.write(
          new WarcResource.Builder(java.net.URI.create("https://example.org/saved"))
              .date(CAPTURED)
              .body(MediaType.HTML_UTF8, page.getBytes(UTF_8))
              .build());
    }
    Run run = Run.of(f);
    assertEquals(List.of(), run.problems());
    assertEquals("https://example.org/saved", run.only().source().url());
  }
}

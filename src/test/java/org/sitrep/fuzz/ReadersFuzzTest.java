package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.sitrep.annotate.quantity.QuantityStage;
import org.sitrep.annotate.time.TimeTagger;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Quantity;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.SourceLimits;
import org.sitrep.source.Sources;

/**
 * Fuzz targets: every reader, and the time and quantity normalisers, take any bytes without an
 * exception escaping (bad input becomes a problem line, never a crash), within their limits. In a
 * test run each target replays its committed corpus ({@code src/test/resources/org/sitrep/fuzz/
 * ReadersFuzzTestInputs/TARGET/}); with {@code JAZZER_FUZZ=1} it fuzzes ({@code .ci/run} gives each
 * target a bounded time), and a crash, a hang over its budget or running out of memory fails.
 */
class ReadersFuzzTest {
  private static final SourceLimits LIMITS = new SourceLimits(1 << 20);

  private static void read(String name, byte[] data) {
    List<Document> docs = new ArrayList<>();
    new Sources(Problems.silent(), LIMITS).read(name, new ByteArrayInputStream(data), docs::add);
    for (Document d : docs) {
      if (d.body() == null || d.body().isEmpty())
        throw new AssertionError("a document without a body");
    }
  }

  @FuzzTest(maxDuration = "20s")
  void text(byte[] data) {
    read("fuzz.txt", data);
  }

  @FuzzTest(maxDuration = "20s")
  void html(byte[] data) {
    read("fuzz.html", data);
  }

  @FuzzTest(maxDuration = "20s")
  void xmlFeed(byte[] data) {
    read("fuzz.rss", data);
  }

  @FuzzTest(maxDuration = "20s")
  void jsonFeed(byte[] data) {
    read("fuzz.json", prefixed("{\"version\":\"https://jsonfeed.org/version/1.1\",", data));
  }

  @FuzzTest(maxDuration = "20s")
  void jsonLines(byte[] data) {
    read("fuzz.jsonl", data);
  }

  @FuzzTest(maxDuration = "20s")
  void warc(byte[] data) {
    read("fuzz.warc", prefixed("WARC/1.0\r\n", data));
  }

  @FuzzTest(maxDuration = "20s")
  void gzip(byte[] data) {
    read("fuzz.gz", data);
    read("fuzz-wrapped.html.gz", gzipped(data));
  }

  @FuzzTest(maxDuration = "20s")
  void times(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    for (TimeExpr t : new TimeTagger().tag(text, LocalDate.of(2024, 3, 5)))
      if (t.start() < 0 || t.end() > text.length() || t.start() > t.end())
        throw new AssertionError("time outside the text: " + t);
  }

  @FuzzTest(maxDuration = "20s")
  void quantities(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    if (text.isBlank()) return;
    Document d =
        new Document(
            null,
            List.of(new Source("fuzz.txt", null, null, -1)),
            null,
            null,
            null,
            null,
            "en",
            List.of(),
            text);
    for (Quantity q : new QuantityStage().apply(Annotated.of(d)).quantities()) {
      if (q.start() < 0 || q.end() > text.length() || q.start() > q.end())
        throw new AssertionError("quantity outside the text: " + q);
      if (Double.isNaN(q.value())) throw new AssertionError("a quantity without a value: " + q);
    }
  }

  private static byte[] prefixed(String prefix, byte[] data) {
    byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[p.length + data.length];
    System.arraycopy(p, 0, out, 0, p.length);
    System.arraycopy(data, 0, out, p.length, data.length);
    return out;
  }

  private static byte[] gzipped(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}

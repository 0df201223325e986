package org.sitrep.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Problems;

/** The stream entry points read what the file entry point reads, named by the caller. */
class SourcesStreamTest {
  @TempDir Path dir;

  @Test
  void aStreamIsReadLikeTheFileItCameFrom() throws IOException {
    Path f = Run.write(dir.resolve("a.txt"), SourcesTest.ARTICLE);
    Document fromFile = Run.of(f).only();
    List<Document> docs = new ArrayList<>();
    ReadStats stats =
        new Sources(Problems.silent())
            .read(
                "hdfs://cluster/news/a.txt",
                new ByteArrayInputStream(Files.readAllBytes(f)),
                docs::add);
    assertEquals(new ReadStats(1, 1, 0), stats);
    Document d = docs.get(0);
    assertEquals("hdfs://cluster/news/a.txt", d.source().path());
    assertEquals(fromFile.withSources(d.sources()), d);
  }

  @Test
  void theNamePicksTheKind() {
    String jsonl =
        "{\"id\": \"r1\", \"text\": \""
            + "The brigade arrived in Vilnius on Monday. ".repeat(3)
            + "\"}\n";
    List<Document> docs = new ArrayList<>();
    new Sources(Problems.silent())
        .read("s3a://bucket/day.jsonl", new ByteArrayInputStream(jsonl.getBytes(UTF_8)), docs::add);
    assertEquals("r1", docs.get(0).source().recordId());
  }

  @Test
  void aReopenableInputResumesAfterADamagedWarcRecord() throws IOException {
    Path f = dir.resolve("damaged.warc.gz");
    List<Long> offsets = WarcReaderTest.writeWarc(f, WarcCompression.GZIP, 3);
    damage(f, offsets.get(1) + 30, 16);
    List<Long> opened = new ArrayList<>();
    StreamOpener opener =
        offset -> {
          opened.add(offset);
          InputStream in = Files.newInputStream(f);
          in.skipNBytes(offset);
          return in;
        };
    Problems problems = Problems.silent();
    List<Document> docs = new ArrayList<>();
    ReadStats stats = new Sources(problems).read("s3a://bucket/damaged.warc.gz", opener, docs::add);
    assertEquals(
        List.of("https://example.org/article/1", "https://example.org/article/3"),
        docs.stream().map(d -> d.source().url()).toList());
    assertEquals(
        List.of(offsets.get(0), offsets.get(2)),
        docs.stream().map(d -> d.source().offset()).toList());
    Problem p = problems.all().get(0);
    assertEquals(1, problems.all().size());
    assertEquals("s3a://bucket/damaged.warc.gz", p.file());
    assertEquals("byte " + offsets.get(1), p.where());
    assertTrue(p.reason().startsWith("corrupt WARC record"), p.reason());
    assertTrue(opened.size() > 2, "the input was opened again to resume: " + opened);
    assertEquals(new ReadStats(1, 2, 1), stats);
  }

  @Test
  void aStreamReadOnceLosesTheRestAfterADamagedWarcRecord() throws IOException {
    Path f = dir.resolve("damaged.warc");
    List<Long> offsets = WarcReaderTest.writeWarc(f, WarcCompression.NONE, 3);
    damage(f, offsets.get(1) + 20, 8);
    Problems problems = Problems.silent();
    List<Document> docs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(f)) {
      new Sources(problems).read("damaged.warc", in, docs::add);
    }
    assertEquals(1, docs.size());
    assertTrue(problems.all().get(0).reason().endsWith("the rest of the stream was not read"));
  }

  @Test
  void aWalkPassesOverHiddenFilesAndCorpusDocumentation() {
    assertTrue(
        Sources.walksPast("README.md")
            && Sources.walksPast("LICENSE")
            && Sources.walksPast(".hidden.txt"));
    assertTrue(
        !Sources.walksPast("000_354fb2ecf45f77ce.txt") && !Sources.walksPast("CC-NEWS-1.warc.gz"));
  }

  private static void damage(Path f, long at, int n) throws IOException {
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.seek(at);
      raf.write(new byte[n]);
    }
  }
}

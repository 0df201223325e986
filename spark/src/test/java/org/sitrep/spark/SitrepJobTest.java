package org.sitrep.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.json.ContractJson;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;

/**
 * The job in local[2] over a WARC holding the five sample articles as HTML responses, a near copy
 * of the first, an image and a damaged record: its Parquet rows are what `sitrep annotate` prints
 * for the same pages, and the damaged record is in the failures with its offset.
 */
class SitrepJobTest {
  static final Instant CAPTURED = Instant.parse("2024-04-08T10:15:00Z");

  @TempDir static Path dir;
  static SparkSession spark;
  static Path warc;
  static long damagedAt;
  static SitrepJob.Summary summary;

  @BeforeAll
  static void runJob() throws IOException {
    warc = dir.resolve("crawl.warc");
    damagedAt = writeWarc(warc);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("sitrep-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            // published_date stays the string the job wrote ("unknown" included), not an inferred
            // date
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .getOrCreate();
    summary =
        SitrepJob.run(
            spark,
            new JobOptions(List.of(warc.toString()), dir.resolve("out").toString(), null, 4));
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void articlesAreWhatSitrepAnnotatePrintsForTheSamePages() throws IOException {
    Map<String, JsonNode> expected = new HashMap<>();
    for (String line : cliAnnotate(warc).split("\n")) {
      JsonNode n = ContractJson.MAPPER.readTree(line);
      expected.put(n.get("id").asText(), withoutSource(n));
    }

    Map<String, JsonNode> actual = new HashMap<>();
    for (Row r :
        spark
            .read()
            .parquet(dir.resolve("out/articles").toString())
            .select(ContractSchema.toJson())
            .collectAsList()) {
      JsonNode back =
          ContractJson.toJson(ContractJson.fromJson(ContractJson.MAPPER.readTree(r.getString(0))));
      // compared as the CLI's text reads back, so that a number is the same node type on both sides
      back = ContractJson.MAPPER.readTree(ContractJson.MAPPER.writeValueAsString(back));
      actual.put(back.get("id").asText(), withoutSource(back));
    }
    assertEquals(6, expected.size());
    assertEquals(expected.keySet(), actual.keySet());
    for (String id : expected.keySet()) assertEquals(expected.get(id), actual.get(id), id);
    assertTrue(actual.values().stream().allMatch(a -> a.get("entities").size() > 0));
    assertTrue(
        actual.values().stream().anyMatch(a -> a.get("facts").size() > 0),
        "the facts layer is written to Parquet and read back");
  }

  @Test
  void theDamagedRecordIsAFailureWithItsOffsetAndTheImageIsNot() {
    List<Row> failures =
        spark.read().parquet(dir.resolve("out/failures").toString()).collectAsList();
    assertEquals(1, failures.size(), failures.toString());
    Row f = failures.get(0);
    assertEquals("read", f.getAs("stage"));
    assertTrue(f.<String>getAs("input").endsWith("crawl.warc"), f.toString());
    assertEquals("byte " + damagedAt, f.getAs("where"));
    assertEquals(damagedAt, (long) f.<Long>getAs("offset"));
    assertTrue(f.<String>getAs("reason").startsWith("corrupt WARC record"), f.toString());
    assertTrue(f.<Boolean>getAs("skipped"));
    // the CLI's readers report the same record the same way
    Problems problems = Problems.silent();
    new Sources(problems).read(List.of(warc.toString()), d -> {});
    Problem p = problems.all().get(0);
    assertEquals(List.of(f.getAs("where"), f.getAs("reason")), List.of(p.where(), p.reason()));
  }

  @Test
  void theNearCopyJoinsTheGroupOfItsOriginalAndTheirStory() {
    List<Row> rows =
        spark
            .read()
            .parquet(dir.resolve("out/articles").toString())
            .select(
                col("id"),
                col("source.url"),
                col("duplicate_group"),
                col("duplicate_of"),
                col("story"),
                col("published_date"),
                col("published.value"))
            .collectAsList();
    Map<String, Row> byUrl = new HashMap<>();
    for (Row r : rows) byUrl.put(r.getString(1), r);
    Row original = byUrl.get("https://example.org/news/0"),
        copy = byUrl.get("https://example.org/copy/0");
    assertEquals(original.getString(2), copy.getString(2));
    assertNotNull(original.getString(3) == null ? copy.getString(3) : original.getString(3));
    assertEquals(original.getString(4), copy.getString(4));
    for (Row r : rows) {
      if (r != original && r != copy) {
        assertEquals(r.getString(0), r.getString(2));
        assertNull(r.getString(3));
      }
      String value = r.getString(6);
      assertEquals(
          value != null && value.matches("\\d{4}-\\d{2}-\\d{2}") ? value : "unknown",
          r.getString(5));
    }
    assertEquals(5, rows.stream().map(r -> r.getString(2)).distinct().count());
  }

  @Test
  void storiesCountDistinctReports() {
    List<Row> stories = spark.read().parquet(dir.resolve("out/stories").toString()).collectAsList();
    long articles = stories.stream().mapToLong(r -> r.<Long>getAs("articles")).sum();
    long reports = stories.stream().mapToLong(r -> r.<Long>getAs("distinct_reports")).sum();
    assertEquals(6, articles);
    assertEquals(5, reports);
    assertEquals(new SitrepJob.Summary(6, 1, 1, summary.stories(), summary.seconds()), summary);
  }

  @Test
  void theArticlesGoBackIntoTheEmbeddedStoreAsTheyAre() throws IOException {
    Path data = dir.resolve("store");
    List<String> articles = List.of(dir.resolve("out/articles").toString());
    assertEquals(
        new ParquetIngest.Counts(6, 0, 0), ParquetIngest.ingest(spark, articles, data, 4, true));
    assertEquals(
        new ParquetIngest.Counts(0, 6, 0), ParquetIngest.ingest(spark, articles, data, 4, false));
    try (org.sitrep.store.Store store = org.sitrep.store.Store.open(data)) {
      assertEquals(6, store.count());
      Row r =
          spark.read().parquet(articles.get(0)).select(col("id"), ContractSchema.toJson()).first();
      JsonNode stored = ContractJson.toJson(store.get(r.getString(0)).orElseThrow());
      assertEquals(
          ContractJson.toJson(ContractJson.fromJson(ContractJson.MAPPER.readTree(r.getString(1)))),
          stored);
      assertTrue(store.situation() != null);
    }
  }

  /** What {@code sitrep annotate FILE} prints, run in-process through the CLI's own entry point. */
  private static String cliAnnotate(Path file) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    int code;
    try {
      System.setOut(new java.io.PrintStream(out, true, UTF_8));
      code = org.sitrep.cli.Main.run("annotate", "--threads", "2", file.toString());
    } finally {
      System.setOut(stdout);
    }
    assertEquals(0, code);
    return out.toString(UTF_8).strip();
  }

  private static JsonNode withoutSource(JsonNode n) {
    ObjectNode o = ((ObjectNode) n).deepCopy();
    o.remove("source");
    o.remove("sources");
    return o;
  }

  /**
   * The sample articles as HTML responses, with a damaged record, an image and a near copy; returns
   * the damage.
   */
  static long writeWarc(Path file) throws IOException {
    List<Path> samples;
    try (Stream<Path> s =
        Files.list(Path.of(System.getProperty("sitrep.examples", "../examples")))) {
      samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, samples.size());

    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.NONE)) {
      for (int i = 0; i < samples.size(); i++) {
        write(
            w,
            "https://example.org/news/" + i,
            "text/html; charset=utf-8",
            page(Files.readString(samples.get(i))));
        if (i == 1) {
          damagedAtHolder[0] = w.position();
          write(
              w,
              "https://example.org/broken",
              "text/html",
              page("A page whose record is damaged.\n"));
        }
        if (i == 2)
          write(
              w,
              "https://example.org/logo.png",
              "image/png",
              new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      }
      String first = Files.readString(samples.get(0));
      write(
          w,
          "https://example.org/copy/0",
          "text/html; charset=utf-8",
          page(first + "\nThis article was first published by a partner agency.\n"));
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(damagedAtHolder[0] + 20);
      raf.write(new byte[8]);
    }
    return damagedAtHolder[0];
  }

  private static final long[] damagedAtHolder = new long[1];

  private static void write(WarcWriter w, String url, String type, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    w.write(new WarcResponse.Builder(url).date(CAPTURED).body(http).build());
  }

  /**
   * A simple news page: the first short line is the title, every other line a paragraph of the
   * article.
   */
  static byte[] page(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String title =
        lines.stream()
            .filter(l -> l.length() <= 150 && !l.equals("EuropeLandWar"))
            .findFirst()
            .orElse("Article");
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(escape(title))
            .append("</title></head><body><article>");
    for (String l : lines) if (!l.equals(title)) b.append("<p>").append(escape(l)).append("</p>\n");
    return b.append("</article></body></html>").toString().getBytes(UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

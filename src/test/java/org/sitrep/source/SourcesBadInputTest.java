package org.sitrep.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problem;

/**
 * Bad input is normal input: each case gets exactly one problem naming the file, and the run goes
 * on.
 */
class SourcesBadInputTest {
  @TempDir Path dir;

  /** Reads the bad file followed by a good one, and returns the one problem about the bad file. */
  private Problem onlyProblemFor(Path bad, boolean skipped) throws IOException {
    Path good = Run.write(dir.resolve("zz-good.txt"), SourcesTest.ARTICLE);
    Run run = Run.of(bad, good);
    Problem p = run.onlyProblem();
    assertEquals(bad.toString(), p.file());
    assertEquals(skipped, p.skipped(), p.line());
    assertTrue(
        run.documents().stream().anyMatch(d -> d.source().path().equals(good.toString())),
        "the run went on");
    return p;
  }

  @Test
  void randomBytes() throws IOException {
    byte[] noise = new byte[100_000];
    new Random(42).nextBytes(noise);
    for (String name : List.of("noise.bin", "noise.txt", "noise.html", "noise")) {
      Path f = Files.write(dir.resolve(name), noise);
      assertTrue(onlyProblemFor(f, true).reason().startsWith("binary data"), name);
    }
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    assertEquals(
        "empty file",
        onlyProblemFor(Files.write(dir.resolve("empty.txt"), new byte[0]), true).reason());
    assertEquals(
        "empty file",
        onlyProblemFor(Run.write(dir.resolve("blank.html"), " \n\t\n"), true).reason());
    assertEquals(
        "empty file",
        onlyProblemFor(Run.gzip(dir.resolve("empty.gz"), new byte[0]), true).reason());
  }

  @Test
  void invalidUtf8IsReplacedWithAWarning() throws IOException {
    byte[] text =
        "Prices rose by 5 % in Vilnius, officials said. Caf\u00e9 owners complained."
            .getBytes(UTF_8);
    byte[] bad = Arrays.copyOf(text, text.length);
    int at = new String(text, UTF_8).indexOf('5');
    bad[at] = (byte) 0xC3; // a lead byte without its continuation
    Path f = Files.write(dir.resolve("latin.txt"), bad);
    Problem p = onlyProblemFor(f, false);
    assertEquals("byte " + at, p.where());
    assertTrue(p.reason().startsWith("invalid UTF-8"), p.reason());
    Document d = Run.of(f).only();
    assertTrue(d.body().contains("\uFFFD"));
  }

  @Test
  void invalidUtf8InAFeedIsReplacedWithAWarning() throws IOException {
    String rss =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>x</title><description>Prices rose by @ percent, it said.</description></item></channel></rss>";
    byte[] bytes = rss.getBytes(UTF_8);
    int at = rss.indexOf('@');
    bytes[at] = (byte) 0xE2; // a three-byte lead followed by ASCII
    Path f = Files.write(dir.resolve("latin.rss"), bytes);
    Problem p = onlyProblemFor(f, false);
    assertEquals("byte " + at, p.where());
    assertTrue(Run.of(f).only().body().startsWith("Prices rose by \uFFFD percent"));
  }

  @Test
  void truncatedGzip() throws IOException {
    byte[] text = SourcesTest.ARTICLE.repeat(200).getBytes(UTF_8);
    Path whole = Run.gzip(dir.resolve("whole.gz"), text);
    byte[] gz = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.delete(whole);
    assertEquals("truncated gzip file", onlyProblemFor(cut, true).reason());
  }

  @Test
  void truncatedGzipAfterSomeRecordsIsReadInPart() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      String text =
          "Record "
              + i
              + " of many, with words that do not repeat too often: "
              + Integer.toHexString(i * 7919);
      lines.append("{\"id\": ").append(i).append(", \"text\": \"").append(text).append(".\"}\n");
    }
    Path whole = Run.gzip(dir.resolve("whole.gz"), lines.toString().getBytes(UTF_8));
    byte[] gz = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.delete(whole);
    Run run = Run.of(cut);
    assertFalse(run.documents().isEmpty());
    Problem p = onlyProblemFor(cut, false);
    assertTrue(
        p.reason().startsWith("truncated gzip file; the rest of the file was not read after"),
        p.reason());
  }

  @Test
  void malformedXml() throws IOException {
    String xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item></channel>";
    Path f = Run.write(dir.resolve("broken.rss"), xml);
    Problem p = onlyProblemFor(f, true);
    assertTrue(p.reason().startsWith("malformed XML at line 2"), p.reason());
  }

  @Test
  void billionLaughsIsRefusedQuickly() throws IOException {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    dtd.append(
            "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><description>&lol9;</description>")
        .append("</item></channel></rss>");
    Path f = Run.write(dir.resolve("lol.xml"), dtd.toString());
    Problem p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> onlyProblemFor(f, true));
    assertTrue(p.reason().contains("DOCTYPE"), p.reason());
  }

  @Test
  void externalEntityIsNeverResolved() throws IOException {
    Path secret = Run.write(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT-4711");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
            + "<description>&xxe;</description></item></channel></rss>";
    Path f = Run.write(dir.resolve("xxe.rss"), xxe);
    Run run = Run.of(f);
    assertEquals(List.of(), run.documents());
    assertTrue(run.onlyProblem().reason().contains("DOCTYPE"));
    assertFalse(run.onlyProblem().line().contains("TOP-SECRET"));
  }

  @Test
  void fiftyMegabyteHtmlPageIsSkippedQuickly() throws IOException {
    Path f = dir.resolve("huge.html");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("<html><body>".getBytes(UTF_8));
      byte[] para = ("<p>" + "word ".repeat(200) + "</p>\n").getBytes(UTF_8);
      for (long n = 0; n < 50L << 20; n += para.length) out.write(para);
      out.write("</body></html>".getBytes(UTF_8));
    }
    Problem p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> onlyProblemFor(f, true));
    assertEquals("larger than the 10 MiB limit for one document", p.reason());
  }

  @Test
  void deeplyNestedHtmlDoesNotCrash() throws IOException {
    // 2,000 levels: deeper pages make the rewritten extractor's selectors slow (20,000 levels took
    // 16 s), which is
    // the extractor's to bound; here the point is that nesting never crashes the reader.
    String page =
        "<html><body>"
            + "<div>".repeat(2_000)
            + "Deep text, it said."
            + "</div>".repeat(2_000)
            + "</body></html>";
    Path f = Run.write(dir.resolve("deep.html"), page);
    Path good = Run.write(dir.resolve("zz-good.txt"), SourcesTest.ARTICLE);
    Run run = Run.of(f, good);
    assertTrue(run.problems().size() <= 1, run.problems().toString());
    assertTrue(run.documents().stream().anyMatch(d -> d.source().path().equals(good.toString())));
  }

  @Test
  void gzipBombIsCutAtTheLimit() throws IOException {
    Path f = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
      byte[] zeros = " ".repeat(1 << 20).getBytes(UTF_8);
      for (int i = 0; i < 64; i++) out.write(zeros);
    }
    assertEquals("larger than the 10 MiB limit for one document", onlyProblemFor(f, true).reason());
  }

  @Test
  void warcWithACorruptRecord() throws IOException {
    Path f = dir.resolve("damaged.warc");
    List<Long> offsets = WarcReaderTest.writeWarc(f, WarcCompression.NONE, 3);
    damage(f, offsets.get(1) + 20, 8);
    Run run = Run.of(f);
    assertEquals(
        List.of("https://example.org/article/1", "https://example.org/article/3"),
        run.documents().stream().map(d -> d.source().url()).toList());
    Problem p = run.onlyProblem();
    assertEquals("byte " + offsets.get(1), p.where(), p.line());
    assertTrue(p.reason().startsWith("corrupt WARC record"), p.reason());
  }

  @Test
  void gzippedWarcWithACorruptRecord() throws IOException {
    Path f = dir.resolve("damaged.warc.gz");
    List<Long> offsets = WarcReaderTest.writeWarc(f, WarcCompression.GZIP, 3);
    damage(f, offsets.get(1) + 30, 16);
    Run run = Run.of(f);
    assertEquals(
        List.of("https://example.org/article/1", "https://example.org/article/3"),
        run.documents().stream().map(d -> d.source().url()).toList());
    assertEquals("byte " + offsets.get(1), run.onlyProblem().where(), run.onlyProblem().line());
  }

  @Test
  void truncatedWarc() throws IOException {
    Path f = dir.resolve("cut.warc");
    List<Long> offsets = WarcReaderTest.writeWarc(f, WarcCompression.NONE, 2);
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(offsets.get(1) + 300);
    }
    Run run = Run.of(f);
    assertEquals(1, run.documents().size());
    assertEquals("byte " + offsets.get(1), run.onlyProblem().where());
  }

  @Test
  void unreadableDirectory() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Run.write(locked.resolve("a.txt"), SourcesTest.ARTICLE);
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      // root (as in CI containers) reads through permissions; then there is nothing to test here
      assumeFalse(Files.isReadable(locked) && canList(locked), "permissions do not stop this user");
      Problem p = onlyProblemFor(locked, true);
      assertEquals("cannot read directory: permission denied", p.reason());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void danglingSymlinkInADirectory() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(sub.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Run run = Run.of(sub);
    assertEquals(link.toString(), run.onlyProblem().file());
    assertEquals("no such file or directory", run.onlyProblem().reason());
  }

  @Test
  void symlinkLoopIsWalkedOnce() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("loop"));
    Run.write(sub.resolve("a.txt"), SourcesTest.ARTICLE);
    Files.createSymbolicLink(sub.resolve("again"), sub);
    Run run = Run.of(sub);
    assertEquals(1, run.documents().size());
    assertEquals(List.of(), run.problems());
  }

  private static boolean canList(Path d) {
    try (var s = Files.list(d)) {
      var unused = s.count(); // walks the listing, not only opens it
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void damage(Path f, long at, int n) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.seek(at);
      byte[] junk = new byte[n];
      Arrays.fill(junk, (byte) 0x00);
      raf.write(junk);
    }
  }
}

package org.sitrep.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problems;

class SourcesTest {
  static final String ARTICLE =
      "Harbour Reopens\n\nThe harbour reopened on Friday after the storm, officials said.\n";

  @TempDir Path dir;

  @Test
  void directoriesAreWalkedRecursivelyInSortedOrder() throws IOException {
    Run.write(dir.resolve("b/2.txt"), "Second article text here, it said.");
    Run.write(dir.resolve("b/1.txt"), "First article text here, it said.");
    Run.write(dir.resolve("a.txt"), "Zeroth article text here, it said.");
    Run.write(dir.resolve(".hidden.txt"), "Hidden file text, never read.");
    Run.write(dir.resolve("README.md"), "# About this corpus");
    Run run = Run.of(dir);
    assertEquals(
        List.of("a.txt", "b/1.txt", "b/2.txt"),
        run.documents().stream()
            .map(d -> dir.relativize(Path.of(d.source().path())).toString())
            .toList());
    assertEquals(new ReadStats(3, 3, 0), run.stats());
  }

  @Test
  void aNamedReadmeIsRead() throws IOException {
    Path readme =
        Run.write(dir.resolve("README.txt"), "A readme that someone asked for by name, it said.");
    assertEquals(1, Run.of(readme).documents().size());
  }

  @Test
  void plainTextFile() throws IOException {
    Document d = Run.of(Run.write(dir.resolve("a.txt"), ARTICLE)).only();
    assertEquals("Harbour Reopens", d.title());
    assertEquals("The harbour reopened on Friday after the storm, officials said.", d.body());
    assertEquals(dir.resolve("a.txt").toString(), d.source().path());
    assertEquals(-1, d.source().offset());
  }

  @Test
  void textWithoutExtensionIsSniffed() throws IOException {
    assertEquals(
        "Harbour Reopens", Run.of(Run.write(dir.resolve("article"), ARTICLE)).only().title());
  }

  @Test
  void gzipIsRecognisedByNameOrByMagicBytes() throws IOException {
    Path named = Run.gzip(dir.resolve("a.txt.gz"), ARTICLE.getBytes(UTF_8));
    Path unnamed = Run.gzip(dir.resolve("b.dat"), ARTICLE.getBytes(UTF_8));
    Run run = Run.of(named, unnamed);
    assertEquals(2, run.documents().size());
    assertEquals("Harbour Reopens", run.documents().get(1).title());
  }

  @Test
  void stdinIsReadForADash() {
    Document d = Run.stdin(ARTICLE.getBytes(UTF_8)).only();
    assertEquals("-", d.source().path());
    assertEquals("Harbour Reopens", d.title());
  }

  @Test
  void missingPathIsAProblemNotAnException() {
    Run run = Run.of(dir.resolve("nope.txt"));
    assertEquals("no such file or directory", run.onlyProblem().reason());
    assertEquals(new ReadStats(1, 0, 1), run.stats());
  }

  @Test
  void misuseThrows() {
    Sources s = new Sources(Problems.silent());
    assertThrows(NullPointerException.class, () -> s.read(null, d -> {}));
    assertThrows(NullPointerException.class, () -> s.read(List.of("x"), null));
    assertThrows(IllegalArgumentException.class, () -> new SourceLimits(0));
  }

  @Test
  void aFailingConsumerIsNotReportedAsBadInput() throws IOException {
    Path f = Run.write(dir.resolve("a.txt"), ARTICLE);
    Problems problems = Problems.silent();
    IllegalStateException boom = new IllegalStateException("downstream full");
    Sources s = new Sources(problems);
    assertEquals(
        boom,
        assertThrows(
            IllegalStateException.class,
            () ->
                s.read(
                    List.of(f.toString()),
                    d -> {
                      throw boom;
                    })));
    assertEquals(List.of(), problems.all());
  }

  @Test
  void utf16WithByteOrderMarkIsText() throws IOException {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    Document d = Run.of(Files.write(dir.resolve("u16.txt"), all)).only();
    assertEquals("Harbour Reopens", d.title());
    assertNull(d.label());
  }
}

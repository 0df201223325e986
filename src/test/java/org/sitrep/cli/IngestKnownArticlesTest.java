package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;
import org.sitrep.store.Store;
import org.sitrep.testing.CommandRun;

/**
 * A resumed ingest recognises the articles it stored before by their id before annotating them: a
 * run over articles the store holds only adds sources, and never loads a language model.
 */
class IngestKnownArticlesTest {
  @TempDir Path dir;

  @Test
  void articlesStoredAlreadyAreNotAnnotatedAgain() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    List<String> names = List.of("000_354fb2ecf45f77ce.txt", "001_fdf32aae2420c610.txt");
    for (String n : names) Files.copy(Path.of("examples", n), in.resolve(n));
    // The same two articles under one more name each: repeats within the run.
    for (String n : names) Files.copy(Path.of("examples", n), in.resolve("copy-" + n));
    Path data = dir.resolve("data");
    // What an earlier, interrupted run stored: the articles as the readers make them, with a layer
    // no pipeline would add, so that a fresh annotation would show.
    List<Document> docs = new ArrayList<>();
    new Sources(new Problems(p -> {}))
        .read(names.stream().map(n -> in.resolve(n).toString()).toList(), docs::add);
    assertEquals(2, docs.size());
    try (Store s = Store.open(data)) {
      for (Document d : docs)
        s.put(Annotated.of(d).withSentences(List.of(new Span(0, 1), new Span(1, 2))));
    }

    CommandRun r = CliTest.run("ingest", in.toString(), "--data", data.toString(), "--no-resolve");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(4, lines.size(), r.out());
    for (String l : lines) {
      assertTrue(l.startsWith("= "), l);
      assertTrue(l.contains("(already stored"), l);
      assertFalse(l.contains("entities"), "no annotation counts: nothing was annotated: " + l);
    }
    assertEquals(2, lines.stream().filter(l -> l.endsWith("source added)")).count(), r.out());
    try (Store s = Store.openReader(data)) {
      assertEquals(2, s.count());
      for (Document d : docs) {
        Annotated kept = s.get(d.id()).orElseThrow();
        assertEquals(2, kept.sentences().size(), "the stored annotation is kept");
        assertEquals(2, kept.document().sources().size());
      }
    }
  }
}

package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;

/** Many readers beside one writer on a data directory; a second writer waits for the first. */
class StoreReadersTest {
  @TempDir Path dir;

  private static List<Annotated> items(int from, int to) {
    List<Annotated> out = new ArrayList<>();
    for (int i = from; i < to; i++) if (!CrashCorpus.isRepeat(i)) out.add(CrashCorpus.item(i));
    return out;
  }

  @Test
  void readersSeeTheWritersCommitsWithoutItsLockAndNeverWrite() {
    try (Store writer = Store.open(dir)) {
      writer.putAll(items(0, 30));
      writer.commitIndex();
      long stored = writer.count();
      try (Store reader = Store.openReader(dir);
          Store another = Store.openReader(dir)) {
        assertTrue(reader.readOnly());
        assertFalse(writer.readOnly());
        assertEquals(stored, reader.count());
        assertEquals(stored, another.indexedCount());
        assertEquals(1, reader.search(SearchQuery.of("marker7")).total());
        String id = CrashCorpus.item(7).document().id();
        assertEquals(CrashCorpus.item(7).document().body(), reader.get(id).orElseThrow().body());

        // The writer goes on; a reader keeps its snapshot until it refreshes.
        writer.putAll(items(30, 60));
        writer.commitIndex();
        assertEquals(stored, reader.count());
        assertEquals(0, reader.search(SearchQuery.of("marker45")).total());
        reader.refresh();
        assertEquals(writer.count(), reader.count());
        assertEquals(1, reader.search(SearchQuery.of("marker45")).total());
        assertEquals(Set.of(id), reader.stored(List.of(id, "0000000000000000")));

        assertThrows(IllegalStateException.class, () -> reader.putAll(items(60, 62)));
        assertThrows(IllegalStateException.class, reader::commitIndex);
        assertThrows(IllegalStateException.class, reader::resolveAll);
      }
      // The writer is untouched by its readers closing.
      writer.putAll(items(60, 70));
      writer.commitIndex();
    }
    try (Store again = Store.open(dir)) {
      assertFalse(again.reconciled().changedAnything(), again.reconciled().toString());
      assertEquals(again.count(), again.indexedCount());
    }
  }

  @Test
  void aReaderWithNoWriterAroundRepairsFirstAndABrandNewDirectoryReadsEmpty() throws Exception {
    try (Store fresh = Store.openReader(dir.resolve("new"))) {
      assertEquals(0, fresh.count());
    }
    try (Store w = Store.open(dir)) {
      w.putAll(items(0, 20));
      w.commitIndex();
    }
    // The index falls behind the rows, as after a crash between a put and the index commit.
    Path index = dir.resolve("index");
    try (var files = Files.walk(index)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList())
        Files.deleteIfExists(f);
    }
    try (Store r = Store.openReader(dir)) {
      assertEquals(r.count(), r.indexedCount(), "repaired before reading");
      assertEquals(1, r.search(SearchQuery.of("marker3")).total());
    }
    assertFalse(DataDirLock.held(dir), "the repair let the lock go");
  }

  @Test
  void aSecondWriterWaitsSayingForWhomThenProceeds() throws Exception {
    List<String> told = new CopyOnWriteArrayList<>();
    Store first = Store.open(dir);
    first.describeWriter("sitrep serve, which takes articles by POST to http://127.0.0.1:1/");
    CompletableFuture<Long> second =
        CompletableFuture.supplyAsync(
            () -> {
              try (Store s =
                  Store.openWriter(dir, "sitrep ingest", Duration.ofSeconds(60), told::add)) {
                s.putAll(items(0, 5));
                return s.count();
              }
            });
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (told.isEmpty() && System.nanoTime() < until) Thread.sleep(20);
    assertEquals(1, told.size(), "one line when waiting begins");
    String line = told.get(0);
    assertTrue(line.startsWith("waiting for pid " + ProcessHandle.current().pid()), line);
    assertTrue(line.contains("POST to http://127.0.0.1:1/") && line.contains(dir.toString()), line);
    assertFalse(second.isDone(), "waits while the first writer holds the directory");
    first.putAll(items(5, 10));
    first.close();
    assertEquals(10 - countRepeats(0, 10), second.get(60, TimeUnit.SECONDS));
    assertEquals(1, told.size());
  }

  @Test
  void aWriterThatWaitsTooLongGivesUpWithOneClearLine() {
    try (Store first = Store.open(dir)) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> Store.openWriter(dir, "sitrep resolve", Duration.ofMillis(300), m -> {}));
      assertTrue(e.getMessage().contains("in use by another Sitrep process (pid "), e.getMessage());
      assertTrue(e.getMessage().endsWith("gave up after 0 s"), e.getMessage());
      assertEquals(0, first.count(), "the first writer still works");
    }
  }

  private static long countRepeats(int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) if (CrashCorpus.isRepeat(i)) n++;
    return n;
  }
}

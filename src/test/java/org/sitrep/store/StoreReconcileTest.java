package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;

class StoreReconcileTest {
  @TempDir Path dir;

  private List<Annotated> three() {
    return List.of(
        Fixtures.full(),
        Fixtures.plain("DW", "X", "2023-01-01", "one", "First body about Lithuania."),
        Fixtures.plain("DW", "X", "2023-01-02", "two", "Second body about Lithuania."));
  }

  @Test
  void firstOpenCreatesEverything() {
    try (Store s = Store.open(dir.resolve("new/data"))) {
      assertEquals(0, s.count());
      assertEquals(new Reconciled(0, 0, true), s.reconciled());
      assertEquals(0, s.search(SearchQuery.of("anything")).total());
    }
    try (Store s = Store.open(dir.resolve("new/data"))) {
      assertFalse(s.reconciled().changedAnything());
    }
  }

  @Test
  void lostIndexIsRebuiltFromSqlite() throws Exception {
    try (Store s = Store.open(dir)) {
      s.putAll(three());
    }
    deleteTree(dir.resolve("index"));
    try (Store s = Store.open(dir)) {
      assertEquals(new Reconciled(3, 0, true), s.reconciled());
      assertEquals(3, s.indexedCount());
      assertEquals(3, s.search(SearchQuery.of("Lithuania")).total());
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"segments_", "_0."})
  void corruptIndexIsRebuilt(String damaged) throws Exception {
    try (Store s = Store.open(dir)) {
      s.putAll(three());
    }
    try (Stream<Path> files = Files.list(dir.resolve("index"))) {
      List<Path> hit = files.filter(f -> f.getFileName().toString().startsWith(damaged)).toList();
      assertFalse(hit.isEmpty(), "no " + damaged + " file to damage");
      for (Path f : hit) Files.write(f, new byte[] {1, 2, 3});
    }
    try (Store s = Store.open(dir)) {
      assertTrue(s.reconciled().rebuilt());
      assertEquals(3, s.indexedCount());
    }
  }

  @Test
  void indexOfAnotherLayoutIsRebuilt() throws Exception {
    try (Store s = Store.open(dir)) {
      s.putAll(three());
    }
    try (org.apache.lucene.store.Directory d =
            org.apache.lucene.store.FSDirectory.open(dir.resolve("index"));
        org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(
                d, new org.apache.lucene.index.IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of("sitrep.index.layout", "0").entrySet());
      w.commit();
    }
    try (Store s = Store.open(dir)) {
      assertEquals(new Reconciled(3, 0, true), s.reconciled());
      assertEquals(3, s.search(SearchQuery.of("Lithuania")).total());
    }
  }

  @Test
  void uncommittedIndexWritesAreRedone() {
    Store s = Store.open(dir);
    s.putAll(three());
    // Simulate a crash: nothing closes the index, so its last commit (the empty one from open) is
    // what is on disk.
    // Opening the SQLite file again alongside is allowed; the Lucene write lock is not, so copy the
    // data away.
    Path copy = dir.resolveSibling(dir.getFileName() + "-copy");
    try {
      copyTree(dir, copy);
      s.close();
      try (Store t = Store.open(copy)) {
        assertEquals(new Reconciled(3, 0, false), t.reconciled());
        assertEquals(3, t.search(SearchQuery.of("Lithuania")).total());
      }
    } finally {
      deleteTree(copy);
    }
  }

  @Test
  void indexEntriesWithoutRowAreRemoved() throws Exception {
    String gone = three().get(1).document().id();
    try (Store s = Store.open(dir)) {
      s.putAll(three());
    }
    try (Connection c = Fixtures.sqlite(dir)) {
      c.setAutoCommit(false);
      for (String t :
          List.of("sources", "mentions", "quantities", "quotes", "events", "times", "documents")) {
        try (PreparedStatement p =
            c.prepareStatement(
                "DELETE FROM "
                    + t
                    + " WHERE "
                    + (t.equals("documents") ? "id" : "doc_id")
                    + " = ?")) {
          p.setString(1, gone);
          p.executeUpdate();
        }
      }
      c.commit();
    }
    try (Store s = Store.open(dir)) {
      assertEquals(new Reconciled(0, 1, false), s.reconciled());
      assertEquals(2, s.count());
      assertEquals(2, s.indexedCount());
      assertEquals(0, s.search(SearchQuery.of("First")).total());
      assertEquals(1, s.search(SearchQuery.of("Second")).total());
    }
  }

  @Test
  void aDirectoryFromBeforeTheFactsLayerOpensAndItsDocumentsHaveNoFacts() throws Exception {
    Annotated old = Fixtures.full();
    String id = old.document().id();
    try (Store s = Store.open(dir)) {
      s.put(old);
    }
    // As a data directory written before the facts table: one migration less, contracts without
    // facts.
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      // The facts migration and every one after it undone.
      int factsAt = 0;
      while (!Schema.MIGRATIONS.get(factsAt).contains("CREATE TABLE facts")) factsAt++;
      for (int v = factsAt; v < Schema.VERSION; v++) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("CREATE TABLE (\\w+)")
                .matcher(Schema.MIGRATIONS.get(v));
        while (m.find()) st.execute("DROP TABLE IF EXISTS " + m.group(1));
      }
      // The resolution migration also changed older tables, and a later one indexed them.
      for (String i :
          List.of("resolved_order", "resolved_stale", "doc_links_seq", "doc_links_group"))
        st.execute("DROP INDEX " + i);
      st.execute("ALTER TABLE resolved DROP COLUMN sort_key");
      st.execute("ALTER TABLE resolved DROP COLUMN stale");
      st.execute("ALTER TABLE resolved DROP COLUMN built");
      st.execute("ALTER TABLE doc_links DROP COLUMN seq");
      st.execute("ALTER TABLE doc_links DROP COLUMN dup_group");
      st.execute("CREATE INDEX resolved_rank ON resolved(kind, rank)");
      st.execute("PRAGMA user_version = " + factsAt);
      st.execute(
          "UPDATE documents SET contract = json_remove(contract, '$.facts'), contract_version = 1");
    }
    try (Store s = Store.open(dir)) {
      assertEquals(List.of(), s.get(id).orElseThrow().facts());
      Annotated fresh =
          Fixtures.plain("DW", "x", "2024-01-01", "t", "A new article.").withFacts(old.facts());
      s.put(fresh);
      assertEquals(old.facts(), s.get(fresh.document().id()).orElseThrow().facts());
    }
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery("PRAGMA user_version")) {
      r.next();
      assertEquals(Schema.VERSION, r.getInt(1));
    }
  }

  @Test
  void newerSchemaIsRefusedWithAClearMessage() throws Exception {
    Store.open(dir).close();
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
    assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    assertTrue(e.getMessage().contains("newer Sitrep"), e.getMessage());
  }

  @Test
  void aDirectoryInUseIsRefused() {
    try (Store s = Store.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
      s.put(three().get(1));
      assertEquals(1, s.count(), "the first store still works");
    }
  }

  @Test
  void closedStoreFailsFast() {
    Store s = Store.open(dir);
    s.close();
    s.close();
    assertThrows(IllegalStateException.class, () -> s.count());
  }

  static void copyTree(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, target);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.testing.ResolutionPicture;

/**
 * A store resolved before articles had story vectors: its articles get theirs when documents are
 * next resolved, a bounded number per run, so that a new article on one of its stories joins that
 * story instead of starting another.
 */
class StoryVectorBackfillTest {
  @TempDir Path dir;

  static final List<Annotated> OLD =
      List.of(
          StoryBridgeTest.article("a1", "Flood in the valley", StoryBridgeTest.FLOOD),
          StoryBridgeTest.article("b1", "Steel tariff agreed", StoryBridgeTest.TARIFF),
          StoryBridgeTest.article(
              "a2", "Villages cut off", StoryBridgeTest.FLOOD + "Boats went out again."),
          StoryBridgeTest.article(
              "b2", "Tariff on exports", StoryBridgeTest.TARIFF + "Exporters object."));

  /** Resolves the old articles, then takes the store back to before story vectors. */
  private List<String> oldStore() throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Store store = Store.open(dir)) {
      for (Ingested in : store.putAll(OLD)) ids.add(in.id());
      store.resolvePending();
    }
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      assertEquals(4, count(st, "SELECT count(*) FROM story_doc"));
      st.execute("DELETE FROM story_doc");
      st.execute("DELETE FROM story_key");
      // the migration that marks the articles to give vectors to, run again
      int vectors = 0;
      while (!Schema.MIGRATIONS.get(vectors).contains("'story_vectors'")) vectors++;
      st.execute(Schema.MIGRATIONS.get(vectors).strip());
    }
    return ids;
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void aNewArticleJoinsTheStoryOfArticlesResolvedBeforeVectors() throws Exception {
    List<String> ids = oldStore();
    try (Store store = Store.open(dir)) {
      String flood = ResolutionPicture.of(store, ids).storyOf().get(ids.get(0));
      String tariff = ResolutionPicture.of(store, ids).storyOf().get(ids.get(1));
      assertNotEquals(flood, tariff);
      for (Ingested in :
          store.putAll(
              List.of(
                  StoryBridgeTest.article(
                      "a3", "The flood is still rising", StoryBridgeTest.FLOOD + "More rain."))))
        ids.add(in.id());
      store.resolvePending();
      ResolutionPicture p = ResolutionPicture.of(store, ids);
      assertEquals(flood, p.storyOf().get(ids.get(4)), "the new article joins the old story");
      assertEquals(2, p.stories().size(), p.stories().toString());
    }
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      assertEquals(5, count(st, "SELECT count(*) FROM story_doc"));
      assertEquals(
          0, count(st, "SELECT count(*) FROM resolve_counter WHERE name = 'story_vectors'"));
    }
  }

  @Test
  void eachRunGivesABoundedNumberAndTheNextGoesOnWhereItStopped() throws Exception {
    oldStore();
    Store.open(dir).close(); // brings the schema up to date
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      StoredResolution r = new StoredResolution(c);
      SqliteDocumentStore docs = SqliteDocumentStore.open(dir);
      try {
        assertArrayEquals(new long[] {3, 1}, r.backfillStoryVectors(id -> docs.get(id), 3));
        assertEquals(3, count(st, "SELECT count(*) FROM story_doc"));
        assertArrayEquals(new long[] {1, 0}, r.backfillStoryVectors(id -> docs.get(id), 3));
        assertEquals(4, count(st, "SELECT count(*) FROM story_doc"));
        assertEquals(32, count(st, "SELECT count(*) FROM story_key"));
        assertArrayEquals(new long[] {0, 0}, r.backfillStoryVectors(id -> docs.get(id), 3));
      } finally {
        docs.close();
      }
    }
  }

  @Test
  void aStoreMadeNowHasNothingToGive() throws Exception {
    try (Store store = Store.open(dir)) {
      store.putAll(OLD);
      store.resolvePending();
    }
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      assertEquals(
          0, count(st, "SELECT count(*) FROM resolve_counter WHERE name = 'story_vectors'"));
      assertArrayEquals(
          new long[] {0, 0}, new StoredResolution(c).backfillStoryVectors(id -> null, 10));
    }
  }
}

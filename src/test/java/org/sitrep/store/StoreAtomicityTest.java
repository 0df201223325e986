package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quantity;

/**
 * A put that fails halfway (here: the last layer row breaks a NOT NULL constraint, after the
 * document, its sources and its mentions were written) leaves nothing of that document, nor of the
 * rest of its batch.
 */
class StoreAtomicityTest {
  @TempDir Path dir;

  /**
   * The full fixture with one more quantity whose value is unknown: the quantities table refuses
   * it.
   */
  private static Annotated failsLate() {
    Annotated a = Fixtures.full();
    List<Quantity> qs = new java.util.ArrayList<>(a.quantities());
    qs.add(
        new Quantity(0, 1, "G", Double.NaN, null, null, null, false, Quantity.Bound.EXACT, null));
    return a.withQuantities(qs);
  }

  @Test
  void failedPutLeavesNoTrace() throws Exception {
    Annotated good =
        Fixtures.plain("DW", "X", "2023-01-01", "good", "A good document about Lithuania.");
    String id = Fixtures.full().document().id();
    try (Store s = Store.open(dir)) {
      s.put(good);
      StoreException e = assertThrows(StoreException.class, () -> s.put(failsLate()));
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertTrue(
          e.getMessage().contains("NOT NULL constraint failed: quantities.value"), e.getMessage());
      assertThrows(
          StoreException.class,
          () ->
              s.putAll(
                  List.of(
                      Fixtures.plain("DW", "X", null, "batch", "Goes down with the batch."),
                      failsLate())));
      assertEquals(1, s.count());
      assertEquals(1, s.indexedCount());
      assertFalse(s.get(id).isPresent());
      assertEquals(0, s.search(SearchQuery.of("batch")).total());

      // The store goes on working, and the same document without the fault goes in whole.
      assertEquals(Ingested.Outcome.NEW, s.put(Fixtures.full()).outcome());
    }
    try (Connection c = Fixtures.sqlite(dir)) {
      assertEquals(2, Fixtures.rows(c, "sources", id));
      assertEquals(4, Fixtures.rows(c, "mentions", id));
      assertEquals(2, Fixtures.rows(c, "quantities", id));
    }
  }

  @Test
  void documentWithoutSourceIsRefusedAtOnce() {
    Annotated a = Fixtures.plain("DW", "X", null, "t", "No source.");
    Annotated none = a.withDocument(a.document().withSources(List.of()));
    try (Store s = Store.open(dir)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.put(none));
      assertEquals("document " + a.document().id() + " has no source", e.getMessage());
      assertEquals(0, s.count());
    }
  }
}

package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;

class StoreRoundTripTest {
  @TempDir Path dir;

  @Test
  void documentWithAllLayersComesBackEqual() {
    Annotated a = Fixtures.full();
    try (Store s = Store.open(dir)) {
      assertEquals(Ingested.Outcome.NEW, s.put(a).outcome());
      assertEquals(a, s.get(a.document().id()).orElseThrow());
    }
    try (Store s = Store.open(dir)) {
      Annotated back = s.get(a.document().id()).orElseThrow();
      assertEquals(a, back, "equal after reopening");
      assertEquals(ContractJson.line(a), ContractJson.line(back));
      assertEquals(1, s.count());
      assertFalse(s.get("0000000000000000").isPresent());
    }
  }

  @Test
  void layersAreRowsToo() throws Exception {
    Annotated a = Fixtures.full();
    String id = a.document().id();
    try (Store s = Store.open(dir)) {
      s.put(a);
    }
    try (Connection c = Fixtures.sqlite(dir);
        Statement st = c.createStatement()) {
      assertEquals(2, Fixtures.rows(c, "sources", id));
      assertEquals(4, Fixtures.rows(c, "mentions", id));
      assertEquals(2, Fixtures.rows(c, "quantities", id));
      assertEquals(2, Fixtures.rows(c, "quotes", id));
      assertEquals(2, Fixtures.rows(c, "events", id));
      assertEquals(2, Fixtures.rows(c, "times", id));
      assertEquals(2, Fixtures.rows(c, "facts", id));
      try (ResultSet r =
          st.executeQuery(
              "SELECT subject, subject_start, measure, place, kind, status, part_of, value_max"
                  + " FROM facts ORDER BY idx")) {
        assertTrue(r.next());
        assertEquals("Germany", r.getString(1));
        assertEquals(0, r.getInt(2));
        assertEquals("troops", r.getString(3));
        assertEquals("Lithuania", r.getString(4));
        assertEquals("level", r.getString(5));
        assertEquals("planned", r.getString(6));
        assertEquals(-1, r.getInt(7));
        assertTrue(r.next());
        r.getString(1);
        assertTrue(r.wasNull(), "a fact with no subject has a NULL subject");
        r.getInt(2);
        assertTrue(r.wasNull());
        assertEquals("share", r.getString(5));
        assertEquals(0, r.getInt(7));
        assertEquals(3.75, r.getDouble(8));
      }
      try (ResultSet r =
          st.executeQuery(
              "SELECT role, country, canonical, entity_id, lat FROM mentions WHERE text = 'Boris Pistorius'")) {
        assertTrue(r.next());
        assertEquals("Defense Minister", r.getString(1));
        assertEquals("DEU", r.getString(2));
        assertEquals("Boris Pistorius", r.getString(3));
        assertEquals("E42", r.getString(4));
        r.getDouble(5);
        assertTrue(r.wasNull(), "an unknown latitude is NULL, not NaN");
      }
      try (ResultSet r =
          st.executeQuery(
              "SELECT value, value_max, bound, approximate FROM quantities ORDER BY idx")) {
        assertTrue(r.next());
        assertEquals(4800.0, r.getDouble(1));
        r.getDouble(2);
        assertTrue(r.wasNull());
        assertEquals("exact", r.getString(3));
        assertEquals(1, r.getInt(4));
        assertTrue(r.next());
        assertEquals(3.75, r.getDouble(2));
        assertEquals("range", r.getString(3));
      }
      try (ResultSet r =
          st.executeQuery("SELECT type, quantity_idx, status FROM events ORDER BY idx")) {
        assertTrue(r.next());
        assertEquals("station", r.getString(1));
        assertEquals(0, r.getInt(2));
        assertEquals("planned", r.getString(3));
      }
      try (ResultSet r =
          st.executeQuery("SELECT speaker, speaker_start, kind FROM quotes ORDER BY idx")) {
        assertTrue(r.next());
        assertEquals("Boris Pistorius", r.getString(1));
        assertEquals("direct", r.getString(3));
      }
      try (ResultSet r = st.executeQuery("SELECT value, anchored FROM times ORDER BY idx")) {
        assertTrue(r.next());
        assertEquals("2027", r.getString(1));
        assertEquals(0, r.getInt(2));
      }
      try (ResultSet r = st.executeQuery("PRAGMA journal_mode")) {
        r.next();
        assertEquals("wal", r.getString(1));
      }
      try (ResultSet r = st.executeQuery("PRAGMA user_version")) {
        r.next();
        assertEquals(Schema.VERSION, r.getInt(1));
      }
    }
  }

  @Test
  void listFiltersAndPages() {
    try (Store s = Store.open(dir)) {
      s.put(Fixtures.plain("DW", "EuropeLandWar", "2022-06-07", "a", "Scholz pledged troops."));
      s.put(Fixtures.plain("LRT", "EuropeLandWar", "2023-06-26", "b", "Pistorius in Vilnius."));
      s.put(Fixtures.plain("DW", "Economy", "2023-01-10", "c", "Exports fell."));
      s.put(Fixtures.plain("DW", "Economy", null, "d", "Undated piece."));
      assertEquals(
          java.util.List.of("b", "c", "a", "d"),
          s.list(ListQuery.all(10)).stream().map(DocSummary::title).toList(),
          "newest first, unknown date last");
      assertEquals(
          java.util.List.of("c", "a", "d"),
          s.list(new ListQuery(Filters.NONE.withOutlet("DW"), Page.first(10))).stream()
              .map(DocSummary::title)
              .toList());
      assertEquals(
          java.util.List.of("c", "d"),
          s.list(new ListQuery(Filters.NONE.withLabel("Economy"), Page.first(10))).stream()
              .map(DocSummary::title)
              .toList());
      Filters y2023 =
          Filters.NONE.between(
              java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2023, 6, 26));
      assertEquals(
          java.util.List.of("b", "c"),
          s.list(new ListQuery(y2023, Page.first(10))).stream().map(DocSummary::title).toList(),
          "both ends inclusive");
      assertEquals(
          java.util.List.of("a", "d"),
          s.list(new ListQuery(Filters.NONE, new Page(2, 5))).stream()
              .map(DocSummary::title)
              .toList());
      DocSummary first = s.list(ListQuery.all(1)).get(0);
      assertEquals("LRT", first.outlet());
      assertEquals("2023-06-26", first.published());
      assertEquals(1, first.sources());
    }
  }
}

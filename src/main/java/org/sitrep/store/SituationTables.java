package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.json.Json;
import org.sitrep.resolve.Situation;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;

/** Writes a resolution's result to its tables in one transaction and reads it back item by item. */
final class SituationTables implements ResolvedReader {
  private final Connection c;

  SituationTables(Connection c) {
    this.c = c;
  }

  void save(Situation s) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement();
        PreparedStatement item =
            c.prepareStatement("INSERT INTO resolved (kind, id, rank, json) VALUES (?,?,?,?)");
        PreparedStatement link =
            c.prepareStatement("INSERT OR REPLACE INTO doc_links VALUES (?,?,?)");
        PreparedStatement frame = c.prepareStatement("INSERT INTO framing VALUES (?,?,?)");
        PreparedStatement entity =
            c.prepareStatement("UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND idx = ?")) {
      st.execute("DELETE FROM resolved");
      st.execute("DELETE FROM doc_links");
      st.execute("DELETE FROM framing");
      int rank = 0;
      for (Entity e : s.entities()) add(item, "entity", e.id(), rank++, e);
      rank = 0;
      for (StoryView v : s.stories()) add(item, "story", v.id(), rank++, v);
      rank = 0;
      for (FactSeries f : s.facts()) add(item, "series", f.key().toString(), rank++, f);
      rank = 0;
      for (QuoteVariants.Statement q : s.statements()) add(item, "statement", q.id(), rank++, q);
      item.executeBatch();
      for (var e : s.docs().entrySet()) {
        link.setString(1, e.getKey());
        link.setString(2, e.getValue().story());
        link.setString(3, e.getValue().duplicateOf());
        link.addBatch();
        List<String> ids = e.getValue().entityIds();
        for (int i = 0; i < ids.size(); i++) {
          entity.setString(1, ids.get(i));
          entity.setString(2, e.getKey());
          entity.setInt(3, i);
          entity.addBatch();
        }
      }
      link.executeBatch();
      entity.executeBatch();
      int idx = 0;
      String last = null;
      for (FramingMarker m : s.framing()) {
        if (!m.docId().equals(last)) idx = 0;
        last = m.docId();
        frame.setString(1, m.docId());
        frame.setInt(2, idx++);
        frame.setString(3, Json.write(m));
        frame.addBatch();
      }
      frame.executeBatch();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static void add(PreparedStatement p, String kind, String id, int rank, Object value)
      throws SQLException {
    p.setString(1, kind);
    p.setString(2, id);
    p.setInt(3, rank);
    p.setString(4, Json.write(value));
    p.addBatch();
  }

  @Override
  public <T> List<T> all(String kind, Class<T> type) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT json FROM resolved WHERE kind = ? ORDER BY rank")) {
      p.setString(1, kind);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(Json.read(r.getString(1), type));
      }
    }
    return out;
  }

  @Override
  public <T> T one(String kind, String id, Class<T> type) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT json FROM resolved WHERE kind = ? AND id = ?")) {
      p.setString(1, kind);
      p.setString(2, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Json.read(r.getString(1), type) : null;
      }
    }
  }

  @Override
  public List<FramingMarker> framing(String docId) throws SQLException {
    List<FramingMarker> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT json FROM framing WHERE doc_id = ? ORDER BY idx")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(Json.read(r.getString(1), FramingMarker.class));
      }
    }
    return out;
  }

  @Override
  public String storyOf(String docId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT story_id FROM doc_links WHERE doc_id = ?")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}

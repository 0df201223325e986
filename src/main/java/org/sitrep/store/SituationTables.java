package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.json.Json;
import org.sitrep.resolve.Situation;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;

/** Writes a resolution's result to its tables in one transaction and reads it back item by item. */
final class SituationTables implements ResolvedReader {
  private final Connection c;

  SituationTables(Connection c) {
    this.c = c;
  }

  private static final Situation NOTHING =
      new Situation(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

  /** Replaces whatever is saved with {@code s}. */
  void save(Situation s) throws SQLException {
    inTransaction(
        () -> {
          try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM resolved");
            st.execute("DELETE FROM doc_links");
            st.execute("DELETE FROM framing");
          }
          write(NOTHING, s);
        });
  }

  /**
   * Turns the saved {@code before} into {@code after}: items whose value or rank changed are
   * replaced, items gone are deleted, and a document's links, mention entity ids and framing
   * markers are written again only where they differ.
   */
  void saveChanges(Situation before, Situation after) throws SQLException {
    inTransaction(() -> write(before, after));
  }

  private interface Work {
    void run() throws SQLException;
  }

  private void inTransaction(Work w) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      w.run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private void write(Situation before, Situation after) throws SQLException {
    try (PreparedStatement item =
            c.prepareStatement(
                "INSERT OR REPLACE INTO resolved (kind, id, rank, json) VALUES (?,?,?,?)");
        PreparedStatement gone =
            c.prepareStatement("DELETE FROM resolved WHERE kind = ? AND id = ?");
        PreparedStatement link =
            c.prepareStatement("INSERT OR REPLACE INTO doc_links VALUES (?,?,?)");
        PreparedStatement unlink = c.prepareStatement("DELETE FROM doc_links WHERE doc_id = ?");
        PreparedStatement frame = c.prepareStatement("INSERT INTO framing VALUES (?,?,?)");
        PreparedStatement unframe = c.prepareStatement("DELETE FROM framing WHERE doc_id = ?");
        PreparedStatement entity =
            c.prepareStatement("UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND idx = ?")) {
      changes(item, gone, "entity", before.entities(), after.entities(), Entity::id);
      changes(item, gone, "story", before.stories(), after.stories(), StoryView::id);
      changes(item, gone, "series", before.facts(), after.facts(), f -> f.key().toString());
      changes(
          item,
          gone,
          "statement",
          before.statements(),
          after.statements(),
          QuoteVariants.Statement::id);
      gone.executeBatch();
      item.executeBatch();
      for (String d : before.docs().keySet()) {
        if (!after.docs().containsKey(d)) delete(unlink, d);
      }
      unlink.executeBatch();
      for (var e : after.docs().entrySet()) {
        if (!e.getValue().equals(before.docs().get(e.getKey()))) {
          link(link, entity, e.getKey(), e.getValue());
        }
      }
      link.executeBatch();
      entity.executeBatch();
      Map<String, List<FramingMarker>> was = byDoc(before.framing()), now = byDoc(after.framing());
      for (var e : was.entrySet()) {
        if (!e.getValue().equals(now.get(e.getKey()))) delete(unframe, e.getKey());
      }
      unframe.executeBatch();
      for (var e : now.entrySet()) {
        if (e.getValue().equals(was.get(e.getKey()))) continue;
        for (int i = 0; i < e.getValue().size(); i++) {
          frame(frame, e.getKey(), i, e.getValue().get(i));
        }
      }
      frame.executeBatch();
    }
  }

  private static <T> void changes(
      PreparedStatement item,
      PreparedStatement gone,
      String kind,
      List<T> before,
      List<T> after,
      Function<T, String> id)
      throws SQLException {
    Map<String, Integer> rankBefore = new HashMap<>();
    for (int i = 0; i < before.size(); i++) rankBefore.put(id.apply(before.get(i)), i);
    Set<String> kept = new HashSet<>();
    for (int rank = 0; rank < after.size(); rank++) {
      T value = after.get(rank);
      String key = id.apply(value);
      kept.add(key);
      Integer was = rankBefore.get(key);
      if (was != null && was == rank && before.get(was).equals(value)) continue;
      add(item, kind, key, rank, value);
    }
    for (String key : rankBefore.keySet()) {
      if (kept.contains(key)) continue;
      gone.setString(1, kind);
      gone.setString(2, key);
      gone.addBatch();
    }
  }

  private static void link(
      PreparedStatement link, PreparedStatement entity, String docId, Situation.DocLinks l)
      throws SQLException {
    link.setString(1, docId);
    link.setString(2, l.story());
    link.setString(3, l.duplicateOf());
    link.addBatch();
    List<String> ids = l.entityIds();
    for (int i = 0; i < ids.size(); i++) {
      entity.setString(1, ids.get(i));
      entity.setString(2, docId);
      entity.setInt(3, i);
      entity.addBatch();
    }
  }

  private static void frame(PreparedStatement frame, String docId, int idx, FramingMarker m)
      throws SQLException {
    frame.setString(1, docId);
    frame.setInt(2, idx);
    frame.setString(3, Json.write(m));
    frame.addBatch();
  }

  private static void delete(PreparedStatement p, String docId) throws SQLException {
    p.setString(1, docId);
    p.addBatch();
  }

  private static Map<String, List<FramingMarker>> byDoc(List<FramingMarker> markers) {
    Map<String, List<FramingMarker>> out = new LinkedHashMap<>();
    for (FramingMarker m : markers) out.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
    return out;
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

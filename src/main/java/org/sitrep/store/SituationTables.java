package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.Json;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.FactSeriesBuilder;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;

/**
 * Reads the resolution's items back (entities, stories, fact series, statements) as records. An
 * item that documents added to since it was last read is rebuilt from the resolver state kept by
 * {@link StoredResolution} and saved again, so a read costs what changed, once; a connection that
 * may not write still gets the rebuilt items, without saving them.
 */
final class SituationTables implements ResolvedReader {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<StoredResolution.SpellRow>> SPELLS =
      new TypeReference<>() {};

  private final Connection c;

  SituationTables(Connection c) {
    this.c = c;
  }

  /**
   * Every item of a kind in display order: entities most mentioned first, stories with most
   * articles first, series by subject, measure and place, statements first seen first.
   */
  @Override
  public <T> List<T> all(String kind, Class<T> type) throws SQLException {
    return read(
        kind,
        type,
        kind.equals("series") ? "ORDER BY sort_key" : "ORDER BY rank, sort_key",
        Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} items of a kind by rank: entities most mentioned, stories with most
   * articles, series most observed.
   */
  @Override
  public <T> List<T> top(String kind, Class<T> type, int limit) throws SQLException {
    return read(kind, type, "ORDER BY rank, sort_key", limit);
  }

  private <T> List<T> read(String kind, Class<T> type, String order, int limit)
      throws SQLException {
    return consistently(
        () -> {
          Map<String, String> rebuilt = refresh(kind);
          List<T> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id, json, stale FROM resolved WHERE kind = ? " + order + " LIMIT ?")) {
            p.setString(1, kind);
            p.setInt(2, limit);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                String json = r.getInt(3) == 1 ? rebuilt.get(r.getString(1)) : r.getString(2);
                if (json != null) out.add(Json.read(json, type));
              }
            }
          }
          return names(kind, out);
        });
  }

  @Override
  public <T> T one(String kind, String id, Class<T> type) throws SQLException {
    return consistently(
        () -> {
          String json;
          boolean stale;
          long built;
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT json, stale, built FROM resolved WHERE kind = ? AND id = ?")) {
            p.setString(1, kind);
            p.setString(2, id);
            try (ResultSet r = p.executeQuery()) {
              if (!r.next()) return null;
              json = r.getString(1);
              stale = r.getInt(2) == 1;
              built = r.getLong(3);
              if (r.wasNull()) built = -1;
            }
          }
          if (stale) json = refreshOne(kind, id, json, built);
          return json == null ? null : names(kind, List.of(Json.read(json, type))).get(0);
        });
  }

  /** How many items of a kind are saved. */
  long count(String kind) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM resolved WHERE kind = ?")) {
      p.setString(1, kind);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
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

  // ------------------------------------------------------------------------------ rebuilding

  /**
   * Brings every stale item of a kind up to date; returns id to JSON (null: the item is gone). An
   * item saved before is its saved copy and what documents resolved since added to it; one never
   * saved, or that lost something since (see {@link #forget}), is built from all its rows.
   */
  private Map<String, String> refresh(String kind) throws SQLException {
    Map<String, String> saved = new HashMap<>();
    Map<String, Long> built = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT id, json, built FROM resolved WHERE kind = ? AND stale = 1")) {
      p.setString(1, kind);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          saved.put(id, r.getString(2));
          long b = r.getLong(3);
          // wasNull speaks of the column read last: built is read last
          built.put(id, r.wasNull() ? -1 : b);
        }
      }
    }
    long now = through();
    Map<String, String> out = new HashMap<>();
    for (var e : saved.entrySet())
      out.put(e.getKey(), update(kind, e.getKey(), e.getValue(), built.get(e.getKey())));
    save(kind, out, now);
    return out;
  }

  private String refreshOne(String kind, String id, String json, long built) throws SQLException {
    long now = through();
    String fresh = update(kind, id, json, built);
    Map<String, String> one = new HashMap<>();
    one.put(id, fresh);
    save(kind, one, now);
    return fresh;
  }

  /**
   * A stale item as it stands now: from its saved copy ({@code json}, written when the resolution
   * stood at {@code built}) and the rows added after that point when there is one, else from all
   * its rows.
   */
  private String update(String kind, String id, String json, long built) throws SQLException {
    if (built < 0 || json == null || json.isEmpty()) return build(kind, id);
    Object item = since(kind, id, Json.read(json, typeOf(kind)), built);
    return item == null ? null : Json.write(item);
  }

  private static Class<?> typeOf(String kind) {
    return switch (kind) {
      case "entity" -> Entity.class;
      case "story" -> StoryView.class;
      case "series" -> FactSeries.class;
      case "statement" -> QuoteVariants.Statement.class;
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  /** Where the resolution stands: the store position of the last document resolved. */
  private long through() throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT value FROM resolve_counter WHERE name = 'seq'")) {
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /**
   * Marks a saved item to be rebuilt from all its rows when next read: it lost rows that its saved
   * copy holds (observations or quotes of a copy that gave way to an earlier original).
   */
  static void forget(Connection c, String kind, String id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE resolved SET built = NULL WHERE kind = ? AND id = ?")) {
      p.setString(1, kind);
      p.setString(2, id);
      p.executeUpdate();
    }
  }

  /**
   * Saves items as they stand when the resolution is at {@code built}, in the transaction that read
   * them (see {@link #consistently}); on a connection that may not write, or inside another's
   * transaction, they are only returned.
   */
  private void save(String kind, Map<String, String> rebuilt, long built) {
    if (rebuilt.isEmpty() || !saving) return;
    try (PreparedStatement put =
            c.prepareStatement(
                "UPDATE resolved SET json = ?, stale = 0, built = ? WHERE kind = ? AND id = ?"
                    + " AND stale = 1");
        PreparedStatement gone =
            c.prepareStatement("DELETE FROM resolved WHERE kind = ? AND id = ? AND stale = 1")) {
      for (var e : rebuilt.entrySet()) {
        PreparedStatement p = e.getValue() == null ? gone : put;
        int i = 1;
        if (e.getValue() != null) {
          p.setString(i++, e.getValue());
          p.setLong(i++, built);
        }
        p.setString(i++, kind);
        p.setString(i, e.getKey());
        p.addBatch();
      }
      put.executeBatch();
      gone.executeBatch();
    } catch (SQLException e) {
      // read-only, or another process wrote since this transaction began reading: the items are
      // served without being saved, and the next read brings them up to date again
    }
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  /** Whether {@link #consistently} runs its own transaction, in which reads may be saved. */
  private boolean saving;

  /**
   * Runs {@code w} in one transaction: where the resolution stands, the rows an item is brought up
   * to date from and the saved copy written with that position are read and written together, so a
   * saved copy holds exactly the rows up to its position, whatever other process writes and
   * wherever a crash lands. Inside a transaction the caller holds, rows may be written that the
   * position does not count yet: items are then built but not saved.
   */
  private <T> T consistently(Work<T> w) throws SQLException {
    if (!c.getAutoCommit() || saving) return w.run();
    c.setAutoCommit(false);
    saving = true;
    try {
      T out = w.run();
      c.commit();
      return out;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      saving = false;
      c.setAutoCommit(true);
    }
  }

  private String build(String kind, String id) throws SQLException {
    Object item = built(kind, id);
    return item == null ? null : Json.write(item);
  }

  /** An item built from all its rows; null when it is gone. */
  private Object built(String kind, String id) throws SQLException {
    return switch (kind) {
      case "entity" -> entity(id);
      case "story" -> story(id);
      case "series" -> series(id);
      case "statement" -> statement(id);
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  private Entity entity(String id) throws SQLException {
    return entity(id, null, 0);
  }

  /**
   * An entity; with {@code prev} (as it was when the resolution stood at {@code after}) its
   * documents are the previous ones and those added since, each put in its place by date, instead
   * of every document read again.
   */
  private Entity entity(String id, Entity prev, long after) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT type, name, mentions, country, lat, lon, variants, roles FROM entity_state"
                + " WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return null;
        double lat = r.getDouble(5);
        if (r.wasNull()) lat = Double.NaN;
        double lon = r.getDouble(6);
        if (r.wasNull()) lon = Double.NaN;
        List<String> variants = Json.MAPPER.readValue(r.getString(7), STRINGS);
        Map<String, StoredResolution.SpellRow> spells = new LinkedHashMap<>();
        for (StoredResolution.SpellRow s : Json.MAPPER.readValue(r.getString(8), SPELLS))
          spells.put(s.role() + "|" + s.country(), s);
        return new Entity(
            id,
            r.getString(1),
            r.getString(2),
            Set.copyOf(variants),
            roles(id, spells, prev == null ? null : prev.roles(), after),
            r.getString(4),
            lat,
            lon,
            r.getInt(3),
            prev == null
                ? docs(
                    "SELECT e.doc_id FROM entity_doc e JOIN documents d ON d.id = e.doc_id"
                        + " WHERE e.entity_id = ? ORDER BY d.published IS NULL, d.published, e.seq",
                    id)
                : merged(
                    prev.docs(),
                    added(
                        "SELECT e.doc_id, d.published FROM entity_doc e JOIN documents d"
                            + " ON d.id = e.doc_id WHERE e.entity_id = ? AND e.seq > ? ORDER BY e.seq",
                        id,
                        after)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new StoreException("entity " + id + " is stored damaged: " + e.getMessage(), e);
      }
    }
  }

  /**
   * An entity's roles as {@code EntityResolver} lists them: a role seen without a country folds
   * into the one country it was seen with, when there is exactly one.
   */
  private List<Entity.RoleSpell> roles(
      String id,
      Map<String, StoredResolution.SpellRow> spells,
      List<Entity.RoleSpell> prev,
      long after)
      throws SQLException {
    List<Entity.RoleSpell> out = new ArrayList<>();
    for (var e : spells.entrySet()) {
      StoredResolution.SpellRow s = e.getValue();
      String only = countryOf(spells, s.role());
      if (s.country() == null && only != null) continue; // folded in below
      Entity.RoleSpell before = null;
      // A role never seen without its owner has the documents of its one key: the previous ones and
      // those added since. Where a bare one folds in, or did, they are read whole.
      if (prev != null && !spells.containsKey(s.role() + "|null")) {
        for (Entity.RoleSpell r : prev) {
          if (r.role().equals(s.role()) && java.util.Objects.equals(r.country(), s.country()))
            before = r;
        }
      }
      Set<String> docs =
          new LinkedHashSet<>(
              before == null
                  ? roleDocs(id, e.getKey())
                  : merged(
                      before.docs(),
                      added(
                          "SELECT e.doc_id, d.published FROM entity_role_doc e JOIN documents d"
                              + " ON d.id = e.doc_id WHERE e.entity_id = ? AND e.role_key = ?"
                              + " AND e.seq > ? ORDER BY e.seq",
                          id,
                          e.getKey(),
                          after)));
      String first = s.first(), last = s.last();
      StoredResolution.SpellRow bare = s.country() == null ? null : spells.get(s.role() + "|null");
      if (bare != null && s.country().equals(only)) {
        docs.addAll(roleDocs(id, s.role() + "|null"));
        first = min(first, bare.first());
        last = max(last, bare.last());
      }
      out.add(new Entity.RoleSpell(s.role(), s.country(), first, last, List.copyOf(docs)));
    }
    return out;
  }

  private List<String> roleDocs(String id, String roleKey) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT e.doc_id FROM entity_role_doc e JOIN documents d ON d.id = e.doc_id"
                + " WHERE e.entity_id = ? AND e.role_key = ?"
                + " ORDER BY d.published IS NULL, d.published, e.seq")) {
      p.setString(1, id);
      p.setString(2, roleKey);
      List<String> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
      return out;
    }
  }

  private static String countryOf(Map<String, StoredResolution.SpellRow> spells, String role) {
    String found = null;
    for (StoredResolution.SpellRow s : spells.values()) {
      if (!s.role().equals(role) || s.country() == null) continue;
      if (found != null && !found.equals(s.country())) return null;
      found = s.country();
    }
    return found;
  }

  private static String min(String x, String y) {
    return x == null ? y : y == null ? x : x.compareTo(y) <= 0 ? x : y;
  }

  private static String max(String x, String y) {
    return x == null ? y : y == null ? x : x.compareTo(y) >= 0 ? x : y;
  }

  /** A story with its top entities as ids; {@link #names} turns them into names when read. */
  private StoryView story(String id) throws SQLException {
    return story(id, null, 0);
  }

  /** A story; with {@code prev}, its documents are the previous ones and those added since. */
  private StoryView story(String id, StoryView prev, long after) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT title, first, last FROM story_state WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return null;
        return new StoryView(
            id,
            r.getString(1),
            prev == null
                ? docs(
                    "SELECT l.doc_id FROM doc_links l JOIN documents d ON d.id = l.doc_id"
                        + " WHERE l.story_id = ? ORDER BY d.published IS NULL, d.published, l.seq",
                    id)
                : merged(
                    prev.docs(),
                    added(
                        "SELECT l.doc_id, d.published FROM doc_links l INDEXED BY doc_links_seq"
                            + " JOIN documents d ON d.id = l.doc_id"
                            + " WHERE l.seq > ? AND l.story_id = ? ORDER BY l.seq",
                        after,
                        id)),
            (int) number("SELECT count(*) FROM story_group WHERE story_id = ?", id),
            docs("SELECT outlet FROM story_outlet WHERE story_id = ? ORDER BY seq", id),
            r.getString(2),
            r.getString(3),
            docs(
                "SELECT entity_id FROM story_entity WHERE story_id = ?"
                    + " ORDER BY n DESC, entity_id LIMIT 8",
                id));
      }
    }
  }

  private FactSeries series(String id) throws SQLException {
    return series(id, null, 0);
  }

  /**
   * A series; with {@code prev} (as it stood at {@code after}), the observations added since are
   * put in their places in it and only what they change is found again, instead of the series being
   * built from every observation.
   */
  private FactSeries series(String id, FactSeries prev, long after) throws SQLException {
    List<Observation> obs = new ArrayList<>();
    for (String json :
        prev == null
            ? docs("SELECT json FROM series_observation WHERE series = ? ORDER BY seq, idx", id)
            : column(
                "SELECT json FROM series_observation WHERE series = ? AND seq > ? ORDER BY seq, idx",
                id,
                after)) obs.add(Json.read(json, Observation.class));
    if (obs.isEmpty() && (prev == null || prev.observations().isEmpty())) return null;
    Set<SeriesKey> linked = new LinkedHashSet<>();
    for (String json : docs("SELECT key FROM series_link WHERE series = ? ORDER BY other", id))
      linked.add(Json.read(json, SeriesKey.class));
    return prev == null
        ? FactSeriesBuilder.series(obs.get(0).key(), obs, linked)
        : FactSeriesBuilder.withAdded(prev, obs, linked);
  }

  private QuoteVariants.Statement statement(String id) throws SQLException {
    return statement(id, null, 0);
  }

  /** A statement; with {@code prev}, its variants are the previous ones and those added since. */
  private QuoteVariants.Statement statement(String id, QuoteVariants.Statement prev, long after)
      throws SQLException {
    long n = Long.parseLong(id.substring(1));
    try (PreparedStatement p =
        c.prepareStatement("SELECT speaker FROM statement_state WHERE n = ?")) {
      p.setLong(1, n);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return null;
        List<QuoteVariants.Item> items = new ArrayList<>();
        if (prev != null) items.addAll(prev.variants());
        try (PreparedStatement v =
            c.prepareStatement(
                "SELECT json FROM statement_variant WHERE n = ? AND seq > ? ORDER BY seq, idx")) {
          v.setLong(1, n);
          v.setLong(2, prev == null ? Long.MIN_VALUE : after);
          try (ResultSet vr = v.executeQuery()) {
            while (vr.next()) items.add(Json.read(vr.getString(1), QuoteVariants.Item.class));
          }
        }
        // a statement whose only quotes came from a copy that gave way to an earlier one is gone
        if (items.isEmpty()) return null;
        return new QuoteVariants.Statement(id, r.getString(1), List.copyOf(items));
      }
    }
  }

  /** Stories keep their top entities as ids; as read they carry the entities' current names. */
  @SuppressWarnings("unchecked")
  private <T> List<T> names(String kind, List<T> items) throws SQLException {
    if (!kind.equals("story")) return items;
    Map<String, String> names = new HashMap<>();
    List<T> out = new ArrayList<>(items.size());
    try (PreparedStatement p = c.prepareStatement("SELECT name FROM entity_state WHERE id = ?")) {
      for (T item : items) {
        StoryView s = (StoryView) item;
        List<String> top = new ArrayList<>();
        for (String e : s.topEntities()) {
          String name = names.get(e);
          if (name == null) {
            p.setString(1, e);
            try (ResultSet r = p.executeQuery()) {
              name = r.next() ? r.getString(1) : e;
            }
            names.put(e, name);
          }
          top.add(name);
        }
        out.add(
            (T)
                new StoryView(
                    s.id(),
                    s.title(),
                    s.docs(),
                    s.distinctReports(),
                    s.outlets(),
                    s.first(),
                    s.last(),
                    List.copyOf(top)));
      }
    }
    return out;
  }

  private List<String> docs(String sql, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      List<String> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
      return out;
    }
  }

  private long number(String sql, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  // ---------------------------------------------------------------------- bringing items up to
  // date

  @Override
  @SuppressWarnings("unchecked")
  public <T> T since(String kind, String id, T previous, long after, Class<T> type)
      throws SQLException {
    return consistently(
        () -> {
          long now = through();
          Object item = previous == null ? built(kind, id) : since(kind, id, previous, after);
          // The item as it stands is saved too, with the position it stands at: a later start
          // reads it as it is instead of rebuilding it.
          Map<String, String> one = new HashMap<>();
          one.put(id, item == null ? null : Json.write(item));
          save(kind, one, now);
          return item == null ? null : names(kind, List.of((T) item)).get(0);
        });
  }

  /** An item built from its saved copy as of {@code after} and what was added since. */
  private Object since(String kind, String id, Object previous, long after) throws SQLException {
    return switch (kind) {
      case "entity" -> entity(id, (Entity) previous, after);
      case "story" -> story(id, (StoryView) previous, after);
      case "series" -> series(id, (FactSeries) previous, after);
      case "statement" -> statement(id, (QuoteVariants.Statement) previous, after);
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  @Override
  public Map<String, String> storiesAfter(long after) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT doc_id, story_id FROM doc_links WHERE seq > ? AND story_id IS NOT NULL"
                + " ORDER BY seq")) {
      p.setLong(1, after);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  @Override
  public Map<String, List<String>> entityDocsAfter(Collection<String> entityIds, long after)
      throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT doc_id FROM entity_doc WHERE entity_id = ? AND seq > ? ORDER BY seq")) {
      for (String id : entityIds) {
        p.setString(1, id);
        p.setLong(2, after);
        List<String> docs = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) docs.add(r.getString(1));
        }
        if (!docs.isEmpty()) out.put(id, docs);
      }
    }
    return out;
  }

  /**
   * Documents added since a point, as (id, published) pairs in store order; {@code sql} binds
   * {@code params}.
   */
  private List<String[]> added(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof Long l) p.setLong(i + 1, l);
        else p.setString(i + 1, (String) params[i]);
      }
      List<String[]> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(new String[] {r.getString(1), r.getString(2)});
      }
      return out;
    }
  }

  /**
   * {@code prev} (documents oldest first, undated last, ties in store order) with {@code added}
   * (stored after all of them, in store order) each put where the same order places it: after every
   * document dated on or before its date, before the later and the undated ones.
   */
  private List<String> merged(List<String> prev, List<String[]> added) throws SQLException {
    if (added.isEmpty()) return prev;
    List<String> out = new ArrayList<>(prev.size() + added.size());
    out.addAll(prev);
    Map<String, String> dates = new HashMap<>();
    Set<String> undated = new java.util.HashSet<>();
    for (String[] a : added) {
      if (a[1] == null) undated.add(a[0]);
      else dates.put(a[0], a[1]);
    }
    try (PreparedStatement p = c.prepareStatement("SELECT published FROM documents WHERE id = ?")) {
      for (String[] a : added) {
        if (a[1] == null) {
          out.add(a[0]);
          continue;
        }
        int lo = 0, hi = out.size();
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          String d = published(p, out.get(mid), dates, undated);
          if (d == null || d.compareTo(a[1]) > 0) hi = mid;
          else lo = mid + 1;
        }
        out.add(lo, a[0]);
      }
    }
    return out;
  }

  private static String published(
      PreparedStatement p, String doc, Map<String, String> dates, Set<String> undated)
      throws SQLException {
    String d = dates.get(doc);
    if (d != null || undated.contains(doc)) return d;
    p.setString(1, doc);
    try (ResultSet r = p.executeQuery()) {
      d = r.next() ? r.getString(1) : null;
    }
    if (d == null) undated.add(doc);
    else dates.put(doc, d);
    return d;
  }

  private List<String> column(String sql, String id, long after) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      p.setLong(2, after);
      List<String> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(r.getString(1));
      }
      return out;
    }
  }
}

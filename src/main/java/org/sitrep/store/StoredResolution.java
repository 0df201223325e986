package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quote;
import org.sitrep.resolve.Resolver;
import org.sitrep.resolve.dedup.NearDuplicates;
import org.sitrep.resolve.entity.EntityResolver;
import org.sitrep.resolve.entity.EntityRules;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;
import org.sitrep.resolve.fact.StoredFacts;
import org.sitrep.resolve.framing.FramingDetector;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.resolve.story.StoryLinks;
import org.sitrep.resolve.story.StoryRule;

/**
 * Resolution across documents whose state lives in the store: each document not resolved yet is
 * added to the entities, duplicate signatures, stories, fact series, statements and framing markers
 * kept in tables, in the order documents were stored, and the saved items it touches are marked for
 * rebuilding when next read. Adding a document reads and writes only the rows it touches (its
 * mentions' entities, its signature's bands, its terms' postings, its series, its quotes' words),
 * whatever the store's size, and each batch is one transaction: after a crash every document is
 * either wholly resolved or not at all, and the next run resolves what is left. The rules are those
 * of the in-memory {@link Resolver} and its parts, with the same configuration.
 */
final class StoredResolution {
  /** Documents per transaction when catching up. */
  static final int BATCH = 200;

  private static final TypeReference<LinkedHashMap<String, Integer>> NAMES =
      new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<SpellRow>> SPELLS = new TypeReference<>() {};
  private static final TypeReference<TreeMap<String, EntityRules.Seen>> POINTS =
      new TypeReference<>() {};
  private static final TypeReference<TreeMap<String, String>> FIRSTS = new TypeReference<>() {};

  /** A role as stored: its first and last dates; its documents are rows of entity_role_doc. */
  record SpellRow(String role, String country, String first, String last) {}

  private final Connection c;
  private final NearDuplicates dedup = new NearDuplicates(NearDuplicates.Config.DEFAULT);
  private final StoryRule.Config storyRule = StoryRule.Config.DEFAULT;

  /** The day of an undated article in the story key index: before every date. */
  static final long UNDATED = Long.MIN_VALUE;

  private final QuoteVariants.Config quoteConfig = QuoteVariants.Config.DEFAULT;

  StoredResolution(Connection c) {
    this.c = c;
  }

  /** Drops every resolved item and all resolver state, in one transaction. */
  void wipe() throws SQLException {
    inTransaction(
        () -> {
          try (Statement s = c.createStatement()) {
            for (String t :
                List.of(
                    "resolved",
                    "doc_links",
                    "framing",
                    "resolve_counter",
                    "entity_state",
                    "entity_key",
                    "entity_surname",
                    "entity_initials",
                    "entity_doc",
                    "entity_role_doc",
                    "dup_signature",
                    "dup_band",
                    "story_term",
                    "story_state",
                    "story_posting",
                    "story_doc",
                    "story_key",
                    "story_merged",
                    "story_group",
                    "story_outlet",
                    "story_entity",
                    "series_observation",
                    "series_link",
                    "series_subject",
                    "statement_state",
                    "statement_key",
                    "statement_prefix",
                    "statement_variant")) {
              s.execute("DELETE FROM " + t);
            }
            s.execute("UPDATE mentions SET entity_id = NULL WHERE entity_id IS NOT NULL");
          }
        });
  }

  /**
   * Resolves every stored document not resolved yet, in store order, {@code batch} documents per
   * transaction; {@code get} reads a document back as stored. Returns how many were resolved.
   */
  int resolvePending(
      Function<String, Optional<Annotated>> get, int batch, Resolution.Changed changed)
      throws SQLException {
    int total = 0;
    while (true) {
      long from = counter("seq");
      List<Object[]> pending = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT rowid, id FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?")) {
        p.setLong(1, from);
        p.setInt(2, batch);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) pending.add(new Object[] {r.getLong(1), r.getString(2)});
        }
      }
      if (pending.isEmpty()) return total;
      inTransaction(
          () -> {
            Batch b = new Batch(changed);
            for (Object[] row : pending) {
              Optional<Annotated> a = get.apply((String) row[1]);
              if (a.isPresent()) b.add((Long) row[0], a.get());
            }
            b.flush();
            setCounter("seq", (Long) pending.get(pending.size() - 1)[0]);
          });
      total += pending.size();
    }
  }

  /**
   * Gives articles resolved before stories were made of links between articles their story vectors
   * and key words, so that new articles link to them: at most {@code max} of them, in store order,
   * {@link #BATCH} per transaction, so that no call takes long however large the store. Their
   * stories stay as they were made; {@code sitrep resolve} rebuilds them under the present rule.
   * Where this stands is the counter {@code story_vectors} (the last store position looked at),
   * which the schema migration sets when such articles exist and which is dropped when none is
   * left. Returns how many articles were given their vector and how many resolved ones remain to be
   * looked at; {0, 0} when there is nothing to do.
   */
  long[] backfillStoryVectors(Function<String, Optional<Annotated>> get, int max)
      throws SQLException {
    long given = 0;
    int looked = 0;
    while (looked < max) {
      Long from = optionalCounter(BACKFILL);
      if (from == null) return new long[] {given, 0};
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT l.seq, l.doc_id, EXISTS (SELECT 1 FROM story_doc s WHERE s.doc_id = l.doc_id)"
                  + " FROM doc_links l WHERE l.seq > ? ORDER BY l.seq LIMIT ?")) {
        p.setLong(1, from);
        p.setInt(2, Math.min(BATCH, max - looked));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getBoolean(3)});
        }
      }
      long[] gave = {0};
      inTransaction(
          () -> {
            if (rows.isEmpty()) {
              try (PreparedStatement p =
                  c.prepareStatement("DELETE FROM resolve_counter WHERE name = ?")) {
                p.setString(1, BACKFILL);
                p.executeUpdate();
              }
              return;
            }
            Batch b = new Batch(Resolution.Changed.empty(0));
            try {
              for (Object[] row : rows) {
                if ((Boolean) row[2]) continue;
                Optional<Annotated> a = get.apply((String) row[1]);
                if (a.isEmpty()) continue;
                TreeMap<String, Double> vec =
                    StoryRule.vector(Resolver.comparedText(a.get()), storyRule);
                b.keep(
                    (String) row[1],
                    StoryRule.day(a.get().document().published().value()),
                    vec,
                    StoryRule.keys(vec, storyRule),
                    null);
                gave[0]++;
              }
            } finally {
              b.close();
            }
            setCounter(BACKFILL, (Long) rows.get(rows.size() - 1)[0]);
          });
      if (rows.isEmpty()) return new long[] {given, 0};
      given += gave[0];
      looked += rows.size();
    }
    Long from = optionalCounter(BACKFILL);
    if (from == null) return new long[] {given, 0};
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM doc_links WHERE seq > ?")) {
      p.setLong(1, from);
      try (ResultSet r = p.executeQuery()) {
        return new long[] {given, r.next() ? r.getLong(1) : 0};
      }
    }
  }

  /** The counter of {@link #backfillStoryVectors}. */
  static final String BACKFILL = "story_vectors";

  /** How many resolved articles {@link #backfillStoryVectors} looks at per resolution run. */
  static final int BACKFILL_PER_RUN = 2_000;

  private Long optionalCounter(String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT value FROM resolve_counter WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : null;
      }
    }
  }

  /** How many documents wait to be resolved. */
  long pending() throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT count(*) FROM documents WHERE rowid > ?")) {
      p.setLong(1, counter("seq"));
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
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

  long counter(String name) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT value FROM resolve_counter WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  private void setCounter(String name, long value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT OR REPLACE INTO resolve_counter (name, value) VALUES (?, ?)")) {
      p.setString(1, name);
      p.setLong(2, value);
      p.executeUpdate();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** An entity as the rules see it, loaded once per batch and written back at its end. */
  private static final class Acc extends EntityRules.Entry {
    long n;
    LinkedHashMap<String, SpellRow> roles = new LinkedHashMap<>();
    final Set<Long> newDocs = new LinkedHashSet<>();
    final Map<String, Set<Long>> newRoleDocs = new LinkedHashMap<>();
    boolean dropped;

    Acc(String id, String type) {
      super(id, type);
    }
  }

  /** A story's matching state and summary. */
  private static final class StoryRow {
    final String id;
    long n, lastJoin;
    String title, titleKey, first, last;
    long docs;

    StoryRow(String id) {
      this.id = id;
    }
  }

  private static final class StatementRow {
    final long n;
    final String id;
    String speaker;
    final int words;

    /** Its words ({@link QuoteVariants#stems} of its first rendering). */
    final java.util.Collection<String> stems;

    /** Its first rendering, read when a quote in another language asks. */
    QuoteVariants.Item first;

    StatementRow(long n, String id, String speaker, java.util.Collection<String> stems) {
      this.n = n;
      this.id = id;
      this.speaker = speaker;
      this.stems = stems;
      this.words = stems.size();
    }
  }

  /** One transaction's work: caches of the rows it touches, written back by {@link #flush}. */
  private final class Batch {
    final Map<String, Acc> entities = new HashMap<>();
    final Map<String, Optional<String>> keys = new HashMap<>();
    final Map<String, StoryRow> stories = new HashMap<>();
    final Set<String> storiesChanged = new LinkedHashSet<>();
    final Map<Long, StatementRow> statements = new HashMap<>();
    final Set<Long> statementsChanged = new HashSet<>();
    final Map<String, Long> counters = new HashMap<>();
    final Map<String, SeriesKey> staleSeries = new HashMap<>();
    final Map<String, Integer> seriesAdded = new HashMap<>();

    /** Part-of links (part, whole) an observation gave before it moved or was taken back. */
    final Set<List<SeriesKey>> unlinked = new LinkedHashSet<>();

    final PreparedStatement link, mention, frame, storyGroup, storyOutlet, storyEntity, stale;

    final Resolution.Changed changed;

    Batch(Resolution.Changed changed) throws SQLException {
      this.changed = changed;
      link =
          c.prepareStatement(
              "INSERT OR REPLACE INTO doc_links (doc_id, story_id, duplicate_of, seq, dup_group)"
                  + " VALUES (?,?,?,?,?)");
      mention =
          c.prepareStatement("UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND idx = ?");
      frame =
          c.prepareStatement("INSERT OR REPLACE INTO framing (doc_id, idx, json) VALUES (?,?,?)");
      storyGroup = c.prepareStatement("INSERT OR IGNORE INTO story_group VALUES (?,?)");
      storyOutlet = c.prepareStatement("INSERT OR IGNORE INTO story_outlet VALUES (?,?,?)");
      storyEntity =
          c.prepareStatement(
              "INSERT INTO story_entity VALUES (?,?,1)"
                  + " ON CONFLICT (story_id, entity_id) DO UPDATE SET n = n + 1");
      stale =
          c.prepareStatement(
              "INSERT INTO resolved (kind, id, rank, sort_key, json, stale) VALUES (?,?,?,?,'',1)"
                  + " ON CONFLICT (kind, id) DO UPDATE SET rank = excluded.rank,"
                  + " sort_key = excluded.sort_key, stale = 1");
    }

    long next(String counter) throws SQLException {
      Long v = counters.get(counter);
      if (v == null) v = counter(counter);
      counters.put(counter, ++v);
      return v;
    }

    long current(String counter) throws SQLException {
      Long v = counters.get(counter);
      return v != null ? v : counter(counter);
    }

    void add(long seq, Annotated a) throws SQLException {
      String id = a.document().id();
      List<String> entityIds = entities(seq, a);
      String text = Resolver.comparedText(a);
      String[] dup = duplicate(id, text);
      String group = dup[0], duplicateOf = dup[1];
      String date = a.document().published().value();
      StoryRow story = story(seq, id, date, text);
      String orderKey = (date == null ? "\uffff" : date) + "\u0000" + id;
      if (duplicateOf != null) {
        // A group's original is its earliest member (dated before undated, then by id), whatever
        // the order they arrive in; the copies point at it and only its figures and quotes count.
        String[] original = original(group);
        if (original != null && orderKey.compareTo(original[2]) < 0) {
          retract(original[0], Long.parseLong(original[1]));
          try (PreparedStatement p =
              c.prepareStatement("UPDATE doc_links SET duplicate_of = ? WHERE dup_group = ?")) {
            p.setString(1, id);
            p.setString(2, group);
            p.executeUpdate();
          }
          duplicateOf = null;
        } else if (original != null) {
          duplicateOf = original[0];
        }
      }

      link.setString(1, id);
      link.setString(2, story.id);
      link.setString(3, duplicateOf);
      link.setLong(4, seq);
      link.setString(5, group);
      link.executeUpdate(); // at once: a later member of this batch looks for its group's original
      for (int i = 0; i < entityIds.size(); i++) {
        if (entityIds.get(i) == null) continue;
        mention.setString(1, entityIds.get(i));
        mention.setString(2, id);
        mention.setInt(3, i);
        mention.addBatch();
      }

      story.docs++;
      storiesChanged.add(story.id);
      storyGroup.setString(1, story.id);
      storyGroup.setString(2, group);
      storyGroup.addBatch();
      // The title comes from the story's earliest member (dated before undated, then by id), so a
      // back-filled article that opens the story gives it its title.
      String titleKey = orderKey;
      if (story.titleKey == null || titleKey.compareTo(story.titleKey) < 0) {
        story.titleKey = titleKey;
        story.title = a.document().title() != null ? a.document().title() : firstSentence(a);
      }
      if (a.document().outlet() != null) {
        storyOutlet.setString(1, story.id);
        storyOutlet.setString(2, a.document().outlet());
        storyOutlet.setLong(3, seq);
        storyOutlet.addBatch();
      }
      if (date != null) {
        if (story.first == null || date.compareTo(story.first) < 0) story.first = date;
        if (story.last == null || date.compareTo(story.last) > 0) story.last = date;
      }
      for (String e : entityIds) {
        if (e == null) continue;
        storyEntity.setString(1, story.id);
        storyEntity.setString(2, e);
        storyEntity.addBatch();
      }

      if (duplicateOf == null) {
        // Copies repeat their original's figures and quotes; counting them again would double the
        // evidence.
        observations(
            seq,
            StoredFacts.named(
                a,
                entityIds,
                e -> {
                  try {
                    return keyName(e);
                  } catch (SQLException x) {
                    throw new StoreException("cannot read entity " + e + ": " + x.getMessage(), x);
                  }
                }));
        List<Quote> quotes = a.quotes();
        for (int i = 0; i < quotes.size(); i++) {
          Quote q = quotes.get(i);
          quote(seq, i, Resolver.quoteItem(a, q));
        }
      }
      List<FramingMarker> markers = FramingDetector.detect(a);
      for (int i = 0; i < markers.size(); i++) {
        frame.setString(1, id);
        frame.setInt(2, i);
        frame.setString(3, Json.write(markers.get(i)));
        frame.addBatch();
      }
    }

    /** A duplicate group's original: its id, store position and order key; null if none. */
    private String[] original(String group) throws SQLException {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT l.doc_id, l.seq, d.published FROM doc_links l JOIN documents d"
                  + " ON d.id = l.doc_id WHERE l.dup_group = ? AND l.duplicate_of IS NULL")) {
        p.setString(1, group);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) return null;
          String date = r.getString(3);
          return new String[] {
            r.getString(1),
            Long.toString(r.getLong(2)),
            (date == null ? "\uffff" : date) + "\u0000" + r.getString(1)
          };
        }
      }
    }

    /**
     * Takes back what a document added to fact series and statements, when a copy found to be
     * earlier takes its place as its group's original.
     */
    private void retract(String docId, long seq) throws SQLException {
      Map<String, SeriesKey> keys = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      try (PreparedStatement p =
          c.prepareStatement("SELECT series, json FROM series_observation WHERE seq = ?")) {
        p.setLong(1, seq);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String key = r.getString(1);
            counts.merge(key, 1, Integer::sum);
            Observation o = Json.read(r.getString(2), Observation.class);
            keys.putIfAbsent(key, o.key());
            if (o.partOf() != null) unlinked.add(List.of(o.key(), o.partOf()));
          }
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("DELETE FROM series_observation WHERE seq = ?")) {
        p.setLong(1, seq);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM series_subject WHERE seq = ?")) {
        p.setLong(1, seq);
        p.executeUpdate();
      }
      for (var e : counts.entrySet()) {
        staleSeries.put(e.getKey(), keys.get(e.getKey()));
        seriesAdded.merge(e.getKey(), -e.getValue(), Integer::sum);
        changed.lost().add("series:" + e.getKey());
        SituationTables.forget(c, "series", e.getKey());
      }
      Set<Long> said = new LinkedHashSet<>();
      try (PreparedStatement p =
          c.prepareStatement("SELECT DISTINCT n FROM statement_variant WHERE seq = ?")) {
        p.setLong(1, seq);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) said.add(r.getLong(1));
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("DELETE FROM statement_variant WHERE seq = ?")) {
        p.setLong(1, seq);
        p.executeUpdate();
      }
      for (long n : said) {
        StatementRow st = statement(n);
        st.first = null; // read again: the rendering it held may be one of those taken back
        statementsChanged.add(n);
        changed.lost().add("statement:" + st.id);
        SituationTables.forget(c, "statement", st.id);
      }
    }

    void flush() throws SQLException {
      mention.executeBatch();
      frame.executeBatch();
      storyGroup.executeBatch();
      storyOutlet.executeBatch();
      storyEntity.executeBatch();
      for (Acc a : entities.values()) if (!a.dropped && !a.newDocs.isEmpty()) rekey(a);
      unlink();
      writeEntities();
      writeStories();
      writeStatements();
      stale.executeBatch();
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO resolved (kind, id, rank, sort_key, json, stale) VALUES ('series',?,?,?,'',1)"
                  + " ON CONFLICT (kind, id) DO UPDATE SET rank = rank + excluded.rank, stale = 1")) {
        // a series' rank counts its observations, negated: most observed first
        for (var e : staleSeries.entrySet()) {
          changed.series().add(e.getKey());
          p.setString(1, e.getKey());
          p.setLong(2, -seriesAdded.getOrDefault(e.getKey(), 0));
          p.setString(3, sortKey(e.getValue()));
          p.addBatch();
        }
        p.executeBatch();
      }
      for (var e : counters.entrySet()) setCounter(e.getKey(), e.getValue());
      close();
    }

    /** Closes the statements this batch prepared. */
    void close() throws SQLException {
      for (PreparedStatement p :
          List.of(link, mention, frame, storyGroup, storyOutlet, storyEntity, stale)) p.close();
      for (PreparedStatement p : prepared.values()) p.close();
    }

    void markStale(String kind, String id, long rank, String sortKey) throws SQLException {
      (kind.equals("entity")
              ? changed.entities()
              : kind.equals("story") ? changed.stories() : changed.statements())
          .add(id);
      stale.setString(1, kind);
      stale.setString(2, id);
      stale.setLong(3, rank);
      stale.setString(4, sortKey);
      stale.addBatch();
    }

    // ------------------------------------------------------------------------------- entities

    /**
     * The rules over the entities of this batch and the tables; an article is named by its store
     * position.
     */
    final EntityRules<Acc, Long, SQLException> rules =
        new EntityRules<>() {
          @Override
          protected Acc byKey(String key) throws SQLException {
            String id = idForKey(key);
            return id == null ? null : entity(id);
          }

          @Override
          protected boolean exists(String id) throws SQLException {
            return entityExists(id);
          }

          @Override
          protected Acc create(String id, String key, String type) throws SQLException {
            Acc a = new Acc(id, type);
            a.n = next("entities");
            entities.put(id, a);
            bindKey(key, id);
            return a;
          }

          @Override
          protected void addSurname(String surname, Acc a) throws SQLException {
            update("INSERT OR IGNORE INTO entity_surname VALUES (?,?)", surname, a.id);
          }

          @Override
          protected List<Acc> withSurname(String surname) throws SQLException {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p =
                c.prepareStatement("SELECT entity_id FROM entity_surname WHERE surname = ?")) {
              p.setString(1, surname);
              try (ResultSet r = p.executeQuery()) {
                while (r.next()) ids.add(r.getString(1));
              }
            }
            List<Acc> out = new ArrayList<>();
            for (String id : ids) out.add(entity(id));
            return out;
          }

          @Override
          protected Acc byInitials(String initials) throws SQLException {
            String id =
                lookup("SELECT entity_id FROM entity_initials WHERE initials = ?", initials);
            return id == null ? null : entity(id);
          }

          @Override
          protected void addInitials(String initials, Acc a) throws SQLException {
            update("INSERT OR IGNORE INTO entity_initials VALUES (?,?)", initials, a.id);
          }

          @Override
          protected void fold(String key, Acc from, Acc into) throws SQLException {
            bindKey(key, into.id);
            from.dropped = true;
            update(
                "UPDATE OR REPLACE series_subject SET entity_id = ? WHERE entity_id = ?",
                into.id,
                from.id);
          }

          @Override
          protected boolean heldRole(Acc a, String role, String country) {
            return a.roles.values().stream()
                .anyMatch(
                    s -> s.role().equals(role) && (country == null || country.equals(s.country())));
          }

          @Override
          protected void seen(Acc a, Long seq) {
            a.newDocs.add(seq);
          }

          @Override
          protected void roleSeen(Acc a, String role, String country, String date, Long seq) {
            String key = role + "|" + country;
            SpellRow s = a.roles.get(key);
            if (s == null) s = new SpellRow(role, country, null, null);
            if (date != null) {
              s =
                  new SpellRow(
                      s.role(),
                      s.country(),
                      s.first() == null || date.compareTo(s.first()) < 0 ? date : s.first(),
                      s.last() == null || date.compareTo(s.last()) > 0 ? date : s.last());
            }
            a.roles.put(key, s);
            a.newRoleDocs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(seq);
          }
        };

    List<String> entities(long seq, Annotated doc) throws SQLException {
      List<String> ids = new ArrayList<>();
      for (Acc a : rules.resolveAll(doc, seq)) ids.add(a == null ? null : a.id);
      return ids;
    }

    private boolean entityExists(String id) throws SQLException {
      Acc cached = entities.get(id);
      if (cached != null) return true;
      return lookup("SELECT id FROM entity_state WHERE id = ?", id) != null;
    }

    private String idForKey(String key) throws SQLException {
      Optional<String> id = keys.get(key);
      if (id == null) {
        id = Optional.ofNullable(lookup("SELECT entity_id FROM entity_key WHERE key = ?", key));
        keys.put(key, id);
      }
      return id.orElse(null);
    }

    private void bindKey(String key, String id) throws SQLException {
      keys.put(key, Optional.of(id));
      update("INSERT OR REPLACE INTO entity_key (key, entity_id) VALUES (?,?)", key, id);
    }

    /** A known entity, from this batch or the table. */
    Acc entity(String id) throws SQLException {
      Acc a = entities.get(id);
      if (a != null) return a;
      PreparedStatement p =
          prepared(
              "SELECT type, n, mentions, country, lat, lon, names, variants, roles, country_key,"
                  + " points, name_first FROM entity_state WHERE id = ?");
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) throw new IllegalStateException("entity " + id + " is keyed but not stored");
        a = new Acc(id, r.getString(1));
        a.n = r.getLong(2);
        a.mentions = r.getInt(3);
        a.country = r.getString(4);
        double lat = r.getDouble(5);
        a.lat = r.wasNull() ? Double.NaN : lat;
        double lon = r.getDouble(6);
        a.lon = r.wasNull() ? Double.NaN : lon;
        a.names = Json.MAPPER.readValue(r.getString(7), NAMES);
        a.variants = new LinkedHashSet<>(Json.MAPPER.readValue(r.getString(8), STRINGS));
        for (SpellRow s : Json.MAPPER.readValue(r.getString(9), SPELLS))
          a.roles.put(s.role() + "|" + s.country(), s);
        a.countryKey = r.getString(10);
        String points = r.getString(11);
        if (points != null) a.points = Json.MAPPER.readValue(points, POINTS);
        String firsts = r.getString(12);
        if (firsts != null) a.nameFirst = Json.MAPPER.readValue(firsts, FIRSTS);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new StoreException("entity " + id + " is stored damaged: " + e.getMessage(), e);
      }
      entities.put(id, a);
      return a;
    }

    /**
     * The name an entity is keyed by in fact series as it stands: observations keyed by it follow
     * when it changes (see {@link #rekey}).
     */
    String keyName(String id) throws SQLException {
      return id == null ? null : entity(id).keyName();
    }

    private void writeEntities() throws SQLException {
      try (PreparedStatement state =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO entity_state (id, n, type, name, mentions, country, lat, lon, names,"
                      + " variants, roles, country_key, points, name_first)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
          PreparedStatement doc =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO entity_doc (entity_id, seq, doc_id)"
                      + " SELECT ?, ?, id FROM documents WHERE rowid = ?");
          PreparedStatement roleDoc =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO entity_role_doc (entity_id, role_key, seq, doc_id)"
                      + " SELECT ?, ?, ?, id FROM documents WHERE rowid = ?")) {
        for (Acc a : entities.values()) {
          if (a.dropped || a.newDocs.isEmpty()) continue;
          String name = EntityResolver.preferredName(a);
          int i = 1;
          state.setString(i++, a.id);
          state.setLong(i++, a.n);
          state.setString(i++, a.type);
          state.setString(i++, name);
          state.setInt(i++, a.mentions);
          state.setString(i++, a.country);
          if (Double.isNaN(a.lat)) state.setNull(i++, java.sql.Types.REAL);
          else state.setDouble(i++, a.lat);
          if (Double.isNaN(a.lon)) state.setNull(i++, java.sql.Types.REAL);
          else state.setDouble(i++, a.lon);
          state.setString(i++, Json.write(a.names));
          state.setString(i++, Json.write(List.copyOf(a.variants)));
          state.setString(i++, Json.write(List.copyOf(a.roles.values())));
          state.setString(i++, a.countryKey);
          state.setString(i++, Json.write(a.points));
          state.setString(i, Json.write(a.nameFirst));
          state.addBatch();
          for (long s : a.newDocs) {
            doc.setString(1, a.id);
            doc.setLong(2, s);
            doc.setLong(3, s);
            doc.addBatch();
          }
          for (var e : a.newRoleDocs.entrySet()) {
            for (long s : e.getValue()) {
              roleDoc.setString(1, a.id);
              roleDoc.setString(2, e.getKey());
              roleDoc.setLong(3, s);
              roleDoc.setLong(4, s);
              roleDoc.addBatch();
            }
          }
          markStale("entity", a.id, -a.mentions, name + "\u0000" + String.format("%012d", a.n));
        }
        state.executeBatch();
        doc.executeBatch();
        roleDoc.executeBatch();
      }
    }

    // ----------------------------------------------------------------------------- duplicates

    /** The duplicate group of a document and the earlier document it copies, or null. */
    String[] duplicate(String id, String text) throws SQLException {
      int[] sig = dedup.signature(text);
      long[] bands = dedup.bandKeys(sig);
      String best = null, bestGroup = null;
      double bestSim = 0;
      Set<String> seen = new HashSet<>();
      PreparedStatement q =
          prepared(
              "SELECT s.doc_id, s.sig, s.dup_group FROM dup_band b JOIN dup_signature s"
                  + " ON s.doc_id = b.doc_id WHERE b.band = ?");
      for (long band : bands) {
        q.setLong(1, band);
        try (ResultSet r = q.executeQuery()) {
          if (!r.next()) continue;
          String other = r.getString(1);
          if (!seen.add(other)) continue;
          double s = NearDuplicates.similarity(sig, ints(r.getBytes(2)));
          if (s > bestSim) {
            bestSim = s;
            best = other;
            bestGroup = r.getString(3);
          }
        }
      }
      boolean dup = best != null && bestSim >= NearDuplicates.Config.DEFAULT.threshold();
      String group = dup ? bestGroup : id;
      PreparedStatement p = prepared("INSERT OR REPLACE INTO dup_signature VALUES (?,?,?)");
      p.setString(1, id);
      p.setBytes(2, bytes(sig));
      p.setString(3, group);
      p.executeUpdate();
      PreparedStatement b = prepared("INSERT OR REPLACE INTO dup_band (band, doc_id) VALUES (?,?)");
      for (long band : bands) {
        b.setLong(1, band);
        b.setString(2, id);
        b.addBatch();
      }
      b.executeBatch();
      return new String[] {group, dup ? best : null};
    }

    // -------------------------------------------------------------------------------- stories

    /**
     * Adds an article to the stories ({@link StoryRule}): links it to the articles that share one
     * of its key words near its date and are similar enough, and returns the story it is in, which
     * merges every story it links. The candidates are those {@link StoryLinks} takes, read from the
     * key index in the same order.
     */
    StoryRow story(long seq, String docId, String date, String text) throws SQLException {
      TreeMap<String, Double> vec = StoryRule.vector(text, storyRule);
      Long day = StoryRule.day(date);
      List<String> keys = StoryRule.keys(vec, storyRule);
      Set<String> linked = new LinkedHashSet<>();
      Set<String> seen = new HashSet<>();
      List<List<String[]>> byKey = new ArrayList<>();
      Set<String> unknown = new LinkedHashSet<>();
      for (String k : keys) {
        List<String[]> cs = candidates(k, day);
        byKey.add(cs);
        for (String[] cand : cs)
          if (cand[2] == null && !storyOfDoc.containsKey(cand[0])) unknown.add(cand[0]);
      }
      storiesOf(unknown);
      for (List<String[]> cs : byKey) {
        for (String[] cand : cs) {
          if (!seen.add(cand[0])) continue;
          String story = cand[2] != null ? liveStory(cand[2]) : storyOfDoc(cand[0]);
          if (story == null || linked.contains(story)) continue;
          Long cday = Long.parseLong(cand[1]) == UNDATED ? null : Long.parseLong(cand[1]);
          if (StoryRule.near(day, cday, storyRule)
              && StoryRule.similarity(vec, storedVector(cand[0])) >= storyRule.threshold())
            linked.add(story);
        }
      }
      StoryRow s;
      if (linked.isEmpty()) {
        long number = next("stories");
        s = new StoryRow("s" + number);
        s.n = number;
        stories.put(s.id, s);
      } else {
        // The story kept is the one holding the earliest member: the others are merged into it.
        s = null;
        for (String id : linked) {
          StoryRow r = storyRow(id);
          if (s == null || r.titleKey.compareTo(s.titleKey) < 0) s = r;
        }
        for (String id : linked) if (!id.equals(s.id)) merge(s, storyRow(id));
      }
      keep(docId, day, vec, keys, s.id);
      storiesChanged.add(s.id);
      s.lastJoin = seq;
      return s;
    }

    /**
     * Stores an article's story vector and its key words, through which later articles find it and
     * the story it is in ({@code story}; null when not known here: its story is then read from
     * {@code doc_links}).
     */
    void keep(String docId, Long day, TreeMap<String, Double> vec, List<String> keys, String story)
        throws SQLException {
      PreparedStatement p =
          prepared("INSERT OR REPLACE INTO story_doc (doc_id, day, vector) VALUES (?,?,?)");
      p.setString(1, docId);
      p.setLong(2, day == null ? UNDATED : day);
      p.setString(3, writeVector(vec));
      p.executeUpdate();
      PreparedStatement k =
          prepared(
              "INSERT OR REPLACE INTO story_key (key, day, doc_id, story_id) VALUES (?,?,?,?)");
      for (String key : keys) {
        k.setString(1, key);
        k.setLong(2, day == null ? UNDATED : day);
        k.setString(3, docId);
        k.setString(4, story);
        k.addBatch();
      }
      k.executeBatch();
    }

    /**
     * A key's articles a new one (published on {@code day}, null if undated) is compared with, as
     * {doc id, day, story the article was in when stored or null}: as in {@link StoryLinks}, up to
     * {@code perKey} undated ones, then for a dated article up to {@code perKey} on or after its
     * day and as many before it within the window, nearest first; for an undated one the {@code
     * perKey} latest dated ones.
     */
    private List<String[]> candidates(String key, Long day) throws SQLException {
      List<String[]> out = new ArrayList<>();
      String select = "SELECT k.doc_id, k.day, k.story_id FROM story_key k WHERE k.key = ? AND ";
      int m = storyRule.perKey();
      long w = storyRule.windowDays();
      rows(out, select + "k.day = ? ORDER BY k.doc_id LIMIT ?", key, UNDATED, m);
      if (day == null) {
        rows(out, select + "k.day > ? ORDER BY k.day DESC, k.doc_id DESC LIMIT ?", key, UNDATED, m);
      } else {
        rows(
            out,
            select + "k.day BETWEEN ? AND ? ORDER BY k.day, k.doc_id LIMIT ?",
            key,
            day,
            day + w,
            m);
        rows(
            out,
            select + "k.day BETWEEN ? AND ? ORDER BY k.day DESC, k.doc_id DESC LIMIT ?",
            key,
            day - w,
            day - 1,
            m);
      }
      return out;
    }

    /** Statements prepared once per batch, by their text. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private PreparedStatement prepared(String sql) throws SQLException {
      PreparedStatement p = prepared.get(sql);
      if (p == null) prepared.put(sql, p = c.prepareStatement(sql));
      return p;
    }

    private void rows(List<String[]> out, String sql, String key, long... args)
        throws SQLException {
      PreparedStatement p = prepared(sql);
      p.setString(1, key);
      for (int i = 0; i < args.length; i++) p.setLong(i + 2, args[i]);
      try (ResultSet r = p.executeQuery()) {
        while (r.next())
          out.add(new String[] {r.getString(1), Long.toString(r.getLong(2)), r.getString(3)});
      }
    }

    /**
     * Stories of articles looked up in this batch, by article id: a candidate read by several key
     * words or several articles of the batch is looked up once. Merges move articles between
     * stories, so they clear it.
     */
    private final Map<String, String> storyOfDoc = new HashMap<>();

    /** Looks up the stories of these articles at once, into {@link #storyOfDoc}. */
    private void storiesOf(Set<String> docIds) throws SQLException {
      if (docIds.isEmpty()) return;
      PreparedStatement p =
          prepared(
              "SELECT l.doc_id, l.story_id FROM json_each(?) j JOIN doc_links l"
                  + " ON l.doc_id = j.value");
      p.setString(1, Json.write(List.copyOf(docIds)));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) if (r.getString(2) != null) storyOfDoc.put(r.getString(1), r.getString(2));
      }
    }

    /** The story a stored article is in now; null if it is in none. */
    private String storyOfDoc(String docId) throws SQLException {
      String s = storyOfDoc.get(docId);
      if (s != null) return s;
      PreparedStatement p = prepared("SELECT story_id FROM doc_links WHERE doc_id = ?");
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next() || (s = r.getString(1)) == null) return null;
      }
      storyOfDoc.put(docId, s);
      return s;
    }

    /**
     * The story that holds the articles of story {@code id} now: {@code id} itself, or the story it
     * was merged into ({@code story_merged}, kept pointing at the live story). Read once per batch.
     */
    private final Map<String, String> liveStory = new HashMap<>();

    private String liveStory(String id) throws SQLException {
      String s = liveStory.get(id);
      if (s != null) return s;
      PreparedStatement p = prepared("SELECT into_id FROM story_merged WHERE id = ?");
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        s = r.next() ? r.getString(1) : id;
      }
      liveStory.put(id, s);
      return s;
    }

    /** A stored article's story vector. */
    private Map<String, Double> storedVector(String docId) throws SQLException {
      PreparedStatement p = prepared("SELECT vector FROM story_doc WHERE doc_id = ?");
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) throw new IllegalStateException("article " + docId + " has no vector");
        return readVector(r.getString(1));
      }
    }

    /**
     * Moves story {@code gone} into {@code keep}: its articles, duplicate groups, outlets (each at
     * its earliest position), entity counts, dates and article count; its saved copy is dropped and
     * {@code keep}'s is rebuilt whole when next read.
     */
    private void merge(StoryRow keep, StoryRow gone) throws SQLException {
      storyOfDoc.clear();
      liveStory.replaceAll((id, live) -> live.equals(gone.id) ? keep.id : live);
      liveStory.put(gone.id, keep.id);
      storyGroup.executeBatch();
      storyOutlet.executeBatch();
      storyEntity.executeBatch();
      for (String sql :
          List.of(
              "UPDATE doc_links SET story_id = ?1 WHERE story_id = ?2",
              "UPDATE story_merged SET into_id = ?1 WHERE into_id = ?2",
              "INSERT OR REPLACE INTO story_merged (id, into_id) VALUES (?2, ?1)",
              "INSERT OR IGNORE INTO story_group SELECT ?1, dup_group FROM story_group"
                  + " WHERE story_id = ?2",
              "DELETE FROM story_group WHERE story_id = ?2 AND ?1 IS NOT NULL",
              "INSERT INTO story_outlet SELECT ?1, outlet, seq FROM story_outlet"
                  + " WHERE story_id = ?2 ON CONFLICT (story_id, outlet)"
                  + " DO UPDATE SET seq = min(seq, excluded.seq)",
              "DELETE FROM story_outlet WHERE story_id = ?2 AND ?1 IS NOT NULL",
              "INSERT INTO story_entity SELECT ?1, entity_id, n FROM story_entity"
                  + " WHERE story_id = ?2 ON CONFLICT (story_id, entity_id)"
                  + " DO UPDATE SET n = n + excluded.n",
              "DELETE FROM story_entity WHERE story_id = ?2 AND ?1 IS NOT NULL",
              "DELETE FROM story_state WHERE id = ?2 AND ?1 IS NOT NULL",
              "DELETE FROM resolved WHERE kind = 'story' AND id = ?2 AND ?1 IS NOT NULL")) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setString(1, keep.id);
          p.setString(2, gone.id);
          p.executeUpdate();
        }
      }
      keep.docs += gone.docs;
      if (gone.titleKey != null
          && (keep.titleKey == null || gone.titleKey.compareTo(keep.titleKey) < 0)) {
        keep.titleKey = gone.titleKey;
        keep.title = gone.title;
      }
      keep.first = min(keep.first, gone.first);
      keep.last = max(keep.last, gone.last);
      stories.remove(gone.id);
      storiesChanged.remove(gone.id);
      changed.stories().add(gone.id);
      changed.lost().add("story:" + keep.id);
      SituationTables.forget(c, "story", keep.id);
    }

    StoryRow storyRow(String id) throws SQLException {
      StoryRow s = stories.get(id);
      if (s != null) return s;
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT n, last_join, title, title_key, first, last, docs"
                  + " FROM story_state WHERE id = ?")) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) throw new IllegalStateException("story " + id + " is not stored");
          s = new StoryRow(id);
          s.n = r.getLong(1);
          s.lastJoin = r.getLong(2);
          s.title = r.getString(3);
          s.titleKey = r.getString(4);
          s.first = r.getString(5);
          s.last = r.getString(6);
          s.docs = r.getLong(7);
        }
      }
      stories.put(id, s);
      return s;
    }

    private void writeStories() throws SQLException {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT OR REPLACE INTO story_state (id, n, live, last_join, norm, centroid, title, title_key,"
                  + " first, last, docs) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
        for (String id : storiesChanged) {
          StoryRow s = stories.get(id);
          int i = 1;
          p.setString(i++, s.id);
          p.setLong(i++, s.n);
          p.setInt(i++, 1);
          p.setLong(i++, s.lastJoin);
          p.setDouble(i++, 0);
          p.setString(i++, "{}");
          p.setString(i++, s.title);
          p.setString(i++, s.titleKey);
          p.setString(i++, s.first);
          p.setString(i++, s.last);
          p.setLong(i, s.docs);
          p.addBatch();
          if (s.docs > 0) markStale("story", s.id, -s.docs, String.format("%012d", s.n));
        }
        p.executeBatch();
      }
      storiesChanged.clear();
    }

    // ----------------------------------------------------------------------------- fact series

    /**
     * Adds a document's observations to their series, with the entity whose key name each one's
     * subject is, so that its observations follow when that name changes.
     */
    void observations(long seq, List<StoredFacts.Named> named) throws SQLException {
      try (PreparedStatement obs =
              c.prepareStatement("INSERT OR REPLACE INTO series_observation VALUES (?,?,?,?)");
          PreparedStatement lnk =
              c.prepareStatement("INSERT OR IGNORE INTO series_link VALUES (?,?,?)");
          PreparedStatement subj =
              c.prepareStatement("INSERT OR REPLACE INTO series_subject VALUES (?,?,?,?,?)")) {
        for (int i = 0; i < named.size(); i++) {
          Observation o = named.get(i).observation();
          String key = o.key().toString();
          obs.setString(1, key);
          obs.setLong(2, seq);
          obs.setInt(3, i);
          obs.setString(4, Json.write(o));
          obs.addBatch();
          String entity = named.get(i).entity();
          if (entity != null) {
            subj.setString(1, entity);
            subj.setLong(2, seq);
            subj.setInt(3, i);
            subj.setString(4, key);
            subj.setString(5, o.key().subject());
            subj.addBatch();
          }
          staleSeries.put(key, o.key());
          seriesAdded.merge(key, 1, Integer::sum);
          if (o.partOf() != null) link(lnk, o.key(), o.partOf());
        }
        obs.executeBatch();
        lnk.executeBatch();
        subj.executeBatch();
      }
    }

    /**
     * Moves the observations an entity keys by a name that is no longer its key name to the series
     * of the name it has now, as if they had been added under it; the figures of their articles
     * that are parts of them point to them under that name, and the part-of links follow.
     */
    void rekey(Acc a) throws SQLException {
      String name = a.keyName();
      Map<Long, Set<Integer>> moved = new TreeMap<>(); // seq to the idx of its moving observations
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT seq, idx FROM series_subject WHERE entity_id = ? AND name <> ?")) {
        p.setString(1, a.id);
        p.setString(2, name);
        try (ResultSet r = p.executeQuery()) {
          while (r.next())
            moved.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getInt(2));
        }
      }
      if (moved.isEmpty()) return;
      try (PreparedStatement read =
              c.prepareStatement("SELECT idx, json FROM series_observation WHERE seq = ?");
          PreparedStatement del =
              c.prepareStatement(
                  "DELETE FROM series_observation WHERE series = ? AND seq = ? AND idx = ?");
          PreparedStatement put =
              c.prepareStatement("INSERT OR REPLACE INTO series_observation VALUES (?,?,?,?)");
          PreparedStatement lnk =
              c.prepareStatement("INSERT OR IGNORE INTO series_link VALUES (?,?,?)");
          PreparedStatement subj =
              c.prepareStatement(
                  "UPDATE series_subject SET series = ?, name = ? WHERE entity_id = ? AND seq = ?"
                      + " AND idx = ?")) {
        for (var m : moved.entrySet()) {
          long seq = m.getKey();
          Map<Integer, Observation> doc = new TreeMap<>(); // the article's observations by idx
          read.setLong(1, seq);
          try (ResultSet r = read.executeQuery()) {
            while (r.next()) doc.put(r.getInt(1), Json.read(r.getString(2), Observation.class));
          }
          Map<SeriesKey, SeriesKey> renamed = new HashMap<>();
          for (int idx : m.getValue()) {
            SeriesKey was = doc.containsKey(idx) ? doc.get(idx).key() : null;
            if (was != null) renamed.put(was, was.withSubject(name));
          }
          for (var e : doc.entrySet()) {
            int idx = e.getKey();
            Observation o = e.getValue();
            SeriesKey was = o.key();
            SeriesKey now = m.getValue().contains(idx) ? renamed.get(was) : was;
            SeriesKey partOf =
                o.partOf() == null ? null : renamed.getOrDefault(o.partOf(), o.partOf());
            if (now.equals(was) && java.util.Objects.equals(partOf, o.partOf())) continue;
            String old = was.toString(), key = now.toString();
            if (!key.equals(old)) {
              del.setString(1, old);
              del.setLong(2, seq);
              del.setInt(3, idx);
              del.addBatch();
              subj.setString(1, key);
              subj.setString(2, name);
              subj.setString(3, a.id);
              subj.setLong(4, seq);
              subj.setInt(5, idx);
              subj.addBatch();
              seriesAdded.merge(old, -1, Integer::sum);
              seriesAdded.merge(key, 1, Integer::sum);
            }
            put.setString(1, key);
            put.setLong(2, seq);
            put.setInt(3, idx);
            put.setString(4, Json.write(o.withKeys(now, partOf)));
            put.addBatch();
            // both lose or change rows older than their saved copies: rebuilt whole
            rebuildSeries(old, was);
            rebuildSeries(key, now);
            if (o.partOf() != null) unlinked.add(List.of(was, o.partOf()));
            if (partOf != null) link(lnk, now, partOf);
          }
        }
        del.executeBatch();
        put.executeBatch();
        lnk.executeBatch();
        subj.executeBatch();
      }
    }

    /** Marks a series whose stored rows changed to be built again from all of them. */
    private void rebuildSeries(String id, SeriesKey key) throws SQLException {
      staleSeries.put(id, key);
      changed.lost().add("series:" + id);
      SituationTables.forget(c, "series", id);
    }

    /**
     * Drops the part-of links of {@link #unlinked} that no observation gives any more: a link joins
     * two series while a figure of one is part of a figure of the other.
     */
    void unlink() throws SQLException {
      try (PreparedStatement gives =
              c.prepareStatement(
                  "SELECT 1 FROM series_observation WHERE series = ?"
                      + " AND json_extract(json, '$.partOf.subject') = ?"
                      + " AND json_extract(json, '$.partOf.measure') = ?"
                      + " AND coalesce(json_extract(json, '$.partOf.place'), '') = ? LIMIT 1");
          PreparedStatement drop =
              c.prepareStatement(
                  "DELETE FROM series_link WHERE (series = ? AND other = ?)"
                      + " OR (series = ? AND other = ?)")) {
        for (List<SeriesKey> pair : unlinked) {
          SeriesKey part = pair.get(0), whole = pair.get(1);
          if (gives(gives, part, whole) || gives(gives, whole, part)) continue;
          String p = part.toString(), w = whole.toString();
          drop.setString(1, p);
          drop.setString(2, w);
          drop.setString(3, w);
          drop.setString(4, p);
          drop.addBatch();
          staleSeries.put(p, part);
          staleSeries.put(w, whole);
        }
        drop.executeBatch();
      }
      unlinked.clear();
    }

    /** Whether an observation of the series {@code part} is part of the series {@code whole}. */
    private static boolean gives(PreparedStatement p, SeriesKey part, SeriesKey whole)
        throws SQLException {
      p.setString(1, part.toString());
      p.setString(2, whole.subject());
      p.setString(3, whole.measure());
      p.setString(4, whole.place());
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }

    /** Links a part's series and its whole's both ways; the whole's is built again. */
    private void link(PreparedStatement p, SeriesKey part, SeriesKey whole) throws SQLException {
      String a = part.toString(), b = whole.toString();
      p.setString(1, a);
      p.setString(2, b);
      p.setString(3, Json.write(whole));
      p.addBatch();
      p.setString(1, b);
      p.setString(2, a);
      p.setString(3, Json.write(part));
      p.addBatch();
      staleSeries.put(b, whole);
    }

    // ------------------------------------------------------------------------------ statements

    /**
     * Adds a quote to the statements ({@link QuoteVariants}): the statement it renders, or a new
     * one. The statements read are its speaker's that share a word with it (statement_key), and
     * those it can match at the bar for an unknown speaker (its own or theirs), found through their
     * first words (statement_prefix, {@link QuoteVariants#firstWords}): a pair above that bar
     * shares one of them, so the statements matched are those a comparison with every one would
     * match, however many statements other speakers made with the same words.
     */
    void quote(long seq, int idx, QuoteVariants.Item q) throws SQLException {
      Set<String> words = QuoteVariants.stems(q.text());
      String speaker = q.speaker();
      // by statement number, the words each shares with the quote (-1: counted from its row)
      TreeMap<Long, Integer> shared = new TreeMap<>();
      if (speaker != null) {
        PreparedStatement p =
            prepared("SELECT n FROM statement_key WHERE speaker = ? AND word = ?");
        p.setString(1, speaker);
        for (String w : words) {
          p.setString(2, w);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) shared.merge(r.getLong(1), 1, Integer::sum);
          }
        }
      }
      Set<Long> sameSpeaker = new java.util.TreeSet<>(shared.keySet());
      // a quote with a speaker meets only the statements of no known speaker at that bar
      PreparedStatement open =
          prepared(
              "SELECT n FROM statement_prefix WHERE word = ?"
                  + (speaker != null ? " AND speaker = ''" : ""));
      for (String w :
          QuoteVariants.firstWords(
              words, quoteConfig.minJaccardNoSpeaker(), quoteConfig.minShared())) {
        open.setString(1, w);
        try (ResultSet r = open.executeQuery()) {
          while (r.next()) shared.putIfAbsent(r.getLong(1), -1);
        }
      }
      StatementRow best = null, bestAcross = null;
      double bestJ = 0;
      int bestAnchors = 0;
      Set<String> own = null;
      // Jaccard is at most shared / words (the stored statement has at least the shared words), so
      // a statement of the speaker sharing fewer words than either bar needs cannot match and is
      // not read here
      double lowestBar = Math.min(quoteConfig.minJaccard(), quoteConfig.minJaccardNoSpeaker());
      for (var e : shared.entrySet()) {
        int common = e.getValue();
        StatementRow st = null;
        if (common < 0) {
          st = statement(e.getKey());
          common = 0;
          for (String w : st.stems) if (words.contains(w)) common++;
        }
        if (common < quoteConfig.minShared() || common < lowestBar * words.size() - 1e-9) continue;
        if (st == null) st = statement(e.getKey());
        boolean same = speaker != null && speaker.equals(st.speaker);
        boolean otherSpeaker = speaker != null && st.speaker != null && !same;
        if (otherSpeaker) continue;
        double j = common / (double) (words.size() + st.words - common);
        double bar = same ? quoteConfig.minJaccard() : quoteConfig.minJaccardNoSpeaker();
        if (j >= bar && j > bestJ) {
          bestJ = j;
          best = st;
        }
      }
      // not one in its own language: a rendering in another language of a statement by its speaker
      // that shares a word with it (read only when no statement in its own language matched)
      List<StatementRow> sameSpeakers = new ArrayList<>();
      if (best == null && q.language() != null && speaker != null)
        for (long n : sameSpeaker) sameSpeakers.add(statement(n));
      for (StatementRow st : sameSpeakers) {
        QuoteVariants.Item rendering = first(st);
        // a statement whose renderings were all taken back (its article became a copy) has none
        if (rendering == null) continue;
        if (!QuoteVariants.acrossLanguages(q, st.speaker, rendering.language())) continue;
        if (!QuoteVariants.closeInTime(
            q.date(), rendering.date(), quoteConfig.maxDaysAcrossLanguages())) continue;
        if (own == null) own = QuoteVariants.anchors(q.text());
        int a = QuoteVariants.sharedAnchors(own, rendering.text());
        if (a >= quoteConfig.minSharedAcrossLanguages() && a > bestAnchors) {
          bestAnchors = a;
          bestAcross = st;
        }
      }
      if (best == null) best = bestAcross;
      if (best == null) {
        long n = next("statements");
        best = new StatementRow(n, "q" + n, speaker, new java.util.TreeSet<>(words));
        statements.put(n, best);
        PreparedStatement p = prepared("INSERT INTO statement_prefix VALUES (?,?,?)");
        for (String w :
            QuoteVariants.firstWords(
                words, quoteConfig.minJaccardNoSpeaker(), quoteConfig.minShared())) {
          p.setString(1, w);
          p.setString(2, speaker == null ? "" : speaker);
          p.setLong(3, n);
          p.addBatch();
        }
        p.executeBatch();
        if (speaker != null) keyBySpeaker(best);
      } else if (best.speaker == null && speaker != null) {
        best.speaker = speaker;
        // now found through its speaker's words, and no longer by quotes of other speakers
        PreparedStatement p =
            prepared(
                "UPDATE statement_prefix SET speaker = ? WHERE word = ? AND speaker = '' AND n = ?");
        for (String w : best.stems) {
          p.setString(1, speaker);
          p.setString(2, w);
          p.setLong(3, best.n);
          p.addBatch();
        }
        p.executeBatch();
        keyBySpeaker(best);
      }
      statementsChanged.add(best.n);
      PreparedStatement p = prepared("INSERT OR REPLACE INTO statement_variant VALUES (?,?,?,?)");
      p.setLong(1, best.n);
      p.setLong(2, seq);
      p.setInt(3, idx);
      p.setString(4, Json.write(q));
      p.executeUpdate();
    }

    /** Indexes a statement's words under its speaker. */
    private void keyBySpeaker(StatementRow s) throws SQLException {
      PreparedStatement p = prepared("INSERT OR IGNORE INTO statement_key VALUES (?,?,?)");
      for (String w : s.stems) {
        p.setString(1, s.speaker);
        p.setString(2, w);
        p.setLong(3, s.n);
        p.addBatch();
      }
      p.executeBatch();
    }

    /**
     * A statement's first rendering, read when a quote in another language asks; null when it has
     * none left.
     */
    QuoteVariants.Item first(StatementRow s) throws SQLException {
      if (s.first == null) {
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT json FROM statement_variant WHERE n = ? ORDER BY seq, idx LIMIT 1")) {
          p.setLong(1, s.n);
          try (ResultSet r = p.executeQuery()) {
            if (!r.next()) return null;
            s.first = Json.read(r.getString(1), QuoteVariants.Item.class);
          }
        }
      }
      return s.first;
    }

    StatementRow statement(long n) throws SQLException {
      StatementRow s = statements.get(n);
      if (s != null) return s;
      try (PreparedStatement p =
          c.prepareStatement("SELECT id, speaker, stems FROM statement_state WHERE n = ?")) {
        p.setLong(1, n);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) throw new IllegalStateException("statement " + n + " is not stored");
          s =
              new StatementRow(
                  n,
                  r.getString(1),
                  r.getString(2),
                  Json.MAPPER.readValue(r.getString(3), STRINGS));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new StoreException("statement " + n + " is stored damaged: " + e.getMessage(), e);
        }
      }
      statements.put(n, s);
      return s;
    }

    private void writeStatements() throws SQLException {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT OR REPLACE INTO statement_state (n, id, speaker, words, stems)"
                  + " VALUES (?,?,?,?,?)")) {
        for (long n : statementsChanged) {
          StatementRow s = statements.get(n);
          p.setLong(1, s.n);
          p.setString(2, s.id);
          p.setString(3, s.speaker);
          p.setInt(4, s.words);
          p.setString(5, Json.write(s.stems));
          p.addBatch();
          markStale("statement", s.id, s.n, "");
        }
        p.executeBatch();
      }
    }

    /** Runs a statement that takes two strings. */
    private void update(String sql, String first, String second) throws SQLException {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, first);
        p.setString(2, second);
        p.executeUpdate();
      }
    }

    private String lookup(String sql, String arg) throws SQLException {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, arg);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? r.getString(1) : null;
        }
      }
    }
  }

  /** Orders series as {@link SeriesKey#compareTo} does: subject, measure, place. */
  static String sortKey(SeriesKey k) {
    return k.subject() + "\u0000" + k.measure() + "\u0000" + k.place();
  }

  private static String firstSentence(Annotated a) {
    // the name every command and page gives an untitled article
    return org.sitrep.model.ArticleName.of(null, a.body(), 120);
  }

  /** A story vector as stored: a term and its weight a line, in term order. */
  static String writeVector(Map<String, Double> v) {
    StringBuilder b = new StringBuilder(v.size() * 16);
    for (var e : v.entrySet()) b.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
    return b.toString();
  }

  static Map<String, Double> readVector(String s) {
    Map<String, Double> v = new HashMap<>();
    int i = 0, n = s.length();
    while (i < n) {
      int tab = s.indexOf('\t', i), end = s.indexOf('\n', tab);
      if (tab < 0 || end < 0) throw new StoreException("a story vector is stored damaged", null);
      v.put(s.substring(i, tab), Double.parseDouble(s.substring(tab + 1, end)));
      i = end + 1;
    }
    return v;
  }

  private static String min(String x, String y) {
    return x == null ? y : y == null ? x : x.compareTo(y) <= 0 ? x : y;
  }

  private static String max(String x, String y) {
    return x == null ? y : y == null ? x : x.compareTo(y) >= 0 ? x : y;
  }

  private static byte[] bytes(int[] sig) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) b.putInt(v);
    return b.array();
  }

  private static int[] ints(byte[] bytes) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    int[] out = new int[bytes.length / 4];
    for (int i = 0; i < out.length; i++) out[i] = b.getInt();
    return out;
  }
}

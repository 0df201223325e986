package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Source;

/**
 * {@link DocumentStore} in one SQLite file (WAL mode). Not thread-safe: it holds one connection;
 * {@link Store} serialises calls. Opened {@linkplain #openReadOnly read-only}, it reads beside a
 * writer in another process: WAL lets readers and one writer work at once, and the reader sees the
 * database as of its open or its last {@link #refresh()}.
 */
public final class SqliteDocumentStore implements DocumentStore {
  public static final String FILE = "sitrep.db";

  private final Path file;
  private final Connection c;
  private final LayerWriter layers;
  private final boolean readOnly;
  private final PreparedStatement insertDoc;
  private final PreparedStatement existsDoc;
  private final PreparedStatement insertSource;

  private SqliteDocumentStore(Path file, Connection c, boolean readOnly) throws SQLException {
    this.file = file;
    this.c = c;
    this.readOnly = readOnly;
    this.layers = new LayerWriter(c);
    this.insertDoc =
        c.prepareStatement(
            "INSERT INTO documents (id, title, outlet, label, published, published_how, language, body, contract,"
                + " contract_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    this.existsDoc = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?");
    this.insertSource =
        c.prepareStatement(
            "INSERT OR IGNORE INTO sources (doc_id, path, url, record_id, position, source_key) VALUES (?,?,?,?,?,?)");
  }

  /** Opens (creating when absent) {@code dataDir/sitrep.db} and brings its schema up to date. */
  public static SqliteDocumentStore open(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = c.createStatement()) {
        // A second writer waits for the lock instead of failing at once.
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        // NORMAL, not FULL: in WAL mode a killed process still loses no committed transaction and a
        // power cut never leaves half of one, only possibly the last few, which re-ingesting
        // restores. FULL fsyncs every commit: measured here (3 KB rows, one per commit) 160-180
        // commits/s against 2,200-4,800 with NORMAL.
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        // the writer's page cache: 64 MB instead of SQLite's 2 MB, so the indexes an added article
        // reads stay in memory as the file grows
        s.execute("PRAGMA cache_size = -65536");
      }
      Schema.migrate(c, file.toString());
      return new SqliteDocumentStore(file, c, false);
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens {@code dataDir/sitrep.db} read-only, beside whatever process writes it. Every read sees
   * one snapshot, the database as of this open, until {@link #refresh()}: a command's answers agree
   * with each other while the writer goes on.
   *
   * @throws StoreException when there is no database, or its schema is not this build's (the writer
   *     upgrades it on its next open)
   */
  public static SqliteDocumentStore openReadOnly(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!java.nio.file.Files.isRegularFile(file))
      throw new StoreException("no store in " + dataDir + " (" + FILE + " is missing)");
    try {
      org.sqlite.SQLiteConfig cfg = new org.sqlite.SQLiteConfig();
      cfg.setReadOnly(true);
      cfg.setBusyTimeout(10_000);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
      try {
        int v = Schema.version(c);
        if (v != Schema.VERSION) {
          throw new StoreException(
              file
                  + " has schema version "
                  + v
                  + " where this build of Sitrep reads "
                  + Schema.VERSION
                  + (v > Schema.VERSION
                      ? "; use a newer Sitrep"
                      : "; the next process that writes to it upgrades it"));
        }
        SqliteDocumentStore s = new SqliteDocumentStore(file, c, true);
        s.refresh();
        return s;
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open " + file + " for reading: " + e.getMessage(), e);
    }
  }

  /**
   * How many documents {@code dataDir/sitrep.db} holds when it exists with this build's schema,
   * else -1: whether a reader can use it as it is.
   */
  static long countIfCurrent(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!java.nio.file.Files.isRegularFile(file)) return -1;
    org.sqlite.SQLiteConfig cfg = new org.sqlite.SQLiteConfig();
    cfg.setReadOnly(true);
    cfg.setBusyTimeout(10_000);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties())) {
      if (Schema.version(c) != Schema.VERSION) return -1;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
        return r.next() ? r.getLong(1) : -1;
      }
    } catch (SQLException e) {
      return -1;
    }
  }

  /** True when opened read-only. */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * For a read-only store, moves its snapshot to the writer's last commit (and takes it: the first
   * read in a transaction fixes what the transaction sees). Does nothing for the writer.
   */
  @Override
  public void refresh() {
    if (!readOnly) return;
    try {
      if (!c.getAutoCommit()) c.commit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
        r.next();
      }
    } catch (SQLException e) {
      throw failure("read a snapshot", e);
    }
  }

  @Override
  public Ingested put(Annotated doc) {
    return putAll(List.of(doc)).get(0);
  }

  @Override
  public List<Ingested> putAll(List<Annotated> docs) {
    writable();
    List<Ingested> out = new ArrayList<>(docs.size());
    try {
      c.setAutoCommit(false);
      try {
        for (Annotated a : docs) out.add(putOne(a));
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      return out;
    } catch (SQLException e) {
      throw failure("store documents", e);
    }
  }

  private Ingested putOne(Annotated a) throws SQLException {
    Document d = a.document();
    if (d.sources().isEmpty())
      throw new IllegalArgumentException("document " + d.id() + " has no source");
    if (exists(d.id())) {
      return new Ingested(d.id(), Ingested.Outcome.DUPLICATE, addSources(d));
    }
    String json;
    try {
      json = ContractJson.MAPPER.writeValueAsString(ContractJson.toJson(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write contract JSON for " + d.id(), e);
    }
    int i = 1;
    insertDoc.setString(i++, d.id());
    insertDoc.setString(i++, d.title());
    insertDoc.setString(i++, d.outlet());
    insertDoc.setString(i++, d.label());
    insertDoc.setString(i++, d.published().value());
    insertDoc.setString(i++, d.published().how().json());
    insertDoc.setString(i++, d.language());
    insertDoc.setString(i++, d.body());
    insertDoc.setString(i++, json);
    insertDoc.setInt(i++, ContractJson.VERSION);
    insertDoc.setString(i, Instant.now().toString());
    insertDoc.executeUpdate();
    int added = addSources(d);
    layers.write(a);
    return new Ingested(d.id(), Ingested.Outcome.NEW, added);
  }

  @Override
  public Set<String> stored(java.util.Collection<String> ids) {
    Set<String> out = new HashSet<>();
    try {
      for (String id : ids) if (exists(id)) out.add(id);
      return out;
    } catch (SQLException e) {
      throw failure("look up ids", e);
    }
  }

  private boolean exists(String id) throws SQLException {
    existsDoc.setString(1, id);
    try (ResultSet r = existsDoc.executeQuery()) {
      return r.next();
    }
  }

  private int addSources(Document d) throws SQLException {
    int added = 0;
    for (Source s : d.sources()) {
      insertSource.setString(1, d.id());
      insertSource.setString(2, s.path());
      insertSource.setString(3, s.url());
      insertSource.setString(4, s.recordId());
      insertSource.setLong(5, s.offset());
      insertSource.setString(6, sourceKey(s));
      added += insertSource.executeUpdate();
    }
    return added;
  }

  /**
   * One string per distinct source; \u001f cannot occur in a path or URL, \u0000 marks a null
   * field.
   */
  static String sourceKey(Source s) {
    return String.join(
        "\u001f", orNul(s.path()), orNul(s.url()), orNul(s.recordId()), Long.toString(s.offset()));
  }

  private static String orNul(String v) {
    return v == null ? "\u0000" : v;
  }

  @Override
  public Optional<Annotated> get(String id) {
    try (PreparedStatement p = c.prepareStatement("SELECT contract FROM documents WHERE id = ?")) {
      p.setString(1, id);
      String json;
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return Optional.empty();
        json = r.getString(1);
      }
      Annotated a = ContractJson.fromJson(ContractJson.MAPPER.readTree(json));
      // The sources table, not the JSON, knows every source: later duplicates add rows there only.
      return Optional.of(a.withDocument(a.document().withSources(sources(id))));
    } catch (SQLException e) {
      throw failure("read document " + id, e);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          file + ": stored JSON of document " + id + " does not parse: " + e.getOriginalMessage(),
          e);
    }
  }

  private List<Source> sources(String id) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT path, url, record_id, position FROM sources WHERE doc_id = ? ORDER BY rowid")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next())
          out.add(new Source(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
      }
    }
    return out;
  }

  @Override
  public List<DocSummary> list(ListQuery q) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT d.id, d.title, d.outlet, d.label, d.published, d.language,"
                + " (SELECT count(*) FROM sources s WHERE s.doc_id = d.id) FROM documents d WHERE 1=1");
    List<String> args = new ArrayList<>();
    Filters f = q.filters();
    if (f.outlet() != null) {
      sql.append(" AND d.outlet = ?");
      args.add(f.outlet());
    }
    if (f.label() != null) {
      sql.append(" AND d.label = ?");
      args.add(f.label());
    }
    if (f.fromKey() != null) {
      sql.append(" AND d.published >= ?");
      args.add(f.fromKey());
    }
    if (f.toKeyExclusive() != null) {
      sql.append(" AND d.published < ?");
      args.add(f.toKeyExclusive());
    }
    sql.append(" ORDER BY d.published IS NULL, d.published DESC, d.id LIMIT ? OFFSET ?");
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      int i = 1;
      for (String a : args) p.setString(i++, a);
      p.setInt(i++, q.page().limit());
      p.setInt(i, q.page().offset());
      List<DocSummary> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new DocSummary(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getInt(7)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("list documents", e);
    }
  }

  @Override
  public java.util.Map<String, ArticleRef> refs(java.util.Collection<String> ids) {
    // read a chunk of ids per statement (a long series or story lists thousands), then put them
    // in the order asked
    java.util.Map<String, ArticleRef> found = new java.util.HashMap<>();
    try {
      for (List<String> chunk : chunks(ids)) {
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT id, title, outlet, published, substr(body, 1, "
                    + org.sitrep.model.ArticleName.PREFIX
                    + "), language FROM documents WHERE id IN ("
                    + "?,".repeat(chunk.size() - 1)
                    + "?)")) {
          for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
          try (ResultSet r = p.executeQuery()) {
            while (r.next())
              found.put(
                  r.getString(1),
                  new ArticleRef(
                      r.getString(1),
                      org.sitrep.model.ArticleName.of(r.getString(2), r.getString(5)),
                      r.getString(3),
                      r.getString(4),
                      r.getString(6)));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read document names", e);
    }
    java.util.Map<String, ArticleRef> out = new java.util.LinkedHashMap<>();
    for (String id : ids) {
      ArticleRef r = found.get(id);
      if (r != null) out.putIfAbsent(id, r);
    }
    return out;
  }

  @Override
  public java.util.SortedMap<String, java.util.Map<String, Integer>> perDay(String unknown) {
    java.util.SortedMap<String, java.util.Map<String, Integer>> out = new java.util.TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT substr(published, 1, 10), outlet, count(*) FROM documents"
                    + " WHERE published IS NOT NULL AND length(published) >= 10 GROUP BY 1, 2")) {
      while (r.next()) {
        String o = r.getString(2) == null ? unknown : r.getString(2);
        out.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>())
            .merge(o, r.getInt(3), Integer::sum);
      }
      return out;
    } catch (SQLException e) {
      throw failure("count documents per day", e);
    }
  }

  @Override
  public java.util.SortedMap<String, java.util.Map<String, int[]>> reportsPerDay(String unknown) {
    java.util.SortedMap<String, java.util.Map<String, int[]>> out = new java.util.TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT substr(d.published, 1, 10), d.outlet, count(*),"
                    + " sum(l.duplicate_of IS NULL) FROM documents d"
                    + " LEFT JOIN doc_links l ON l.doc_id = d.id"
                    + " WHERE d.published IS NOT NULL AND length(d.published) >= 10"
                    + " GROUP BY 1, 2")) {
      while (r.next()) {
        String o = r.getString(2) == null ? unknown : r.getString(2);
        int[] n =
            out.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>())
                .computeIfAbsent(o, k -> new int[2]);
        n[0] += r.getInt(3);
        n[1] += r.getInt(4);
      }
      return out;
    } catch (SQLException e) {
      throw failure("count reports per day", e);
    }
  }

  /** How many ids one statement binds. */
  private static final int CHUNK = 500;

  private static List<List<String>> chunks(java.util.Collection<String> ids) {
    List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK)
      out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    return out;
  }

  @Override
  public java.util.Map<String, ReportRef> reportRefs(java.util.Collection<String> ids) {
    java.util.Map<String, ReportRef> out = new java.util.HashMap<>();
    try {
      for (List<String> chunk : chunks(ids)) {
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT d.id, d.published, d.outlet, COALESCE(l.dup_group, d.id) FROM documents d"
                    + " LEFT JOIN doc_links l ON l.doc_id = d.id WHERE d.id IN ("
                    + "?,".repeat(chunk.size() - 1)
                    + "?)")) {
          for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
          try (ResultSet r = p.executeQuery()) {
            while (r.next())
              out.put(
                  r.getString(1),
                  new ReportRef(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read duplicate groups", e);
    }
  }

  @Override
  public java.util.Map<String, Integer> mentionsPerEntity(java.util.Collection<String> ids) {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    try {
      for (List<String> chunk : chunks(ids)) {
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT entity_id, count(*) FROM mentions WHERE entity_id IS NOT NULL"
                    + " AND doc_id IN ("
                    + "?,".repeat(chunk.size() - 1)
                    + "?) GROUP BY entity_id")) {
          for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) out.merge(r.getString(1), r.getInt(2), Integer::sum);
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("count mentions per entity", e);
    }
  }

  @Override
  public long count() {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("count documents", e);
    }
  }

  @Override
  public Set<String> ids() {
    Set<String> out = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id FROM documents")) {
      while (r.next()) out.add(r.getString(1));
      return out;
    } catch (SQLException e) {
      throw failure("read ids", e);
    }
  }

  @Override
  public void searchables(Iterable<String> ids, Consumer<Searchable> sink) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, title, outlet, label, published, body FROM documents WHERE id = ?")) {
      for (String id : ids) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            sink.accept(
                new Searchable(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getString(6)));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read documents to index", e);
    }
  }

  @Override
  public int resolvePending(Resolution.Changed changed) {
    try {
      StoredResolution r = new StoredResolution(c);
      long[] backfill = r.backfillStoryVectors(this::get, StoredResolution.BACKFILL_PER_RUN);
      if (backfill[0] > 0 || backfill[1] > 0)
        System.err.printf(
            "sitrep: gave %,d articles resolved by an earlier version their story vectors, so that"
                + " new articles link to them%s%n",
            backfill[0],
            backfill[1] > 0
                ? String.format(
                    "; %,d more follow over the next additions (or all at once: sitrep resolve)",
                    backfill[1])
                : "; every article has one now");
      return r.resolvePending(this::get, StoredResolution.BATCH, changed);
    } catch (SQLException e) {
      throw failure("resolve documents", e);
    }
  }

  @Override
  public int resolveAll(Resolution.Changed changed) {
    writable();
    try {
      StoredResolution r = new StoredResolution(c);
      r.wipe();
      return r.resolvePending(this::get, StoredResolution.BATCH, changed);
    } catch (SQLException e) {
      throw failure("resolve documents", e);
    }
  }

  @Override
  public long unresolved() {
    try {
      return new StoredResolution(c).pending();
    } catch (SQLException e) {
      throw failure("count documents to resolve", e);
    }
  }

  @Override
  public long resolvedThrough() {
    try {
      return new StoredResolution(c).counter("seq");
    } catch (SQLException e) {
      throw failure("read where the resolution stands", e);
    }
  }

  @Override
  public long resolvedCount(String kind) {
    try {
      return new SituationTables(c).count(kind);
    } catch (SQLException e) {
      throw failure("count resolved items", e);
    }
  }

  /** Topics, their alerts and the webhook outbox, in this database, serialised on {@code store}. */
  Topics topics(Store store) {
    return new Topics(store, c);
  }

  /** The watch's fetch state, in this database, with calls serialised on {@code lock}. */
  FetchState fetchState(Object lock) {
    return new FetchState(lock, c);
  }

  @Override
  public ResolvedReader resolved() {
    return new SituationTables(c);
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private void writable() {
    if (readOnly) throw new IllegalStateException(file + " is open for reading only");
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(file + ": cannot " + what + ": " + e.getMessage(), e);
  }
}

package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.Annotated;

/**
 * Sitrep's store in one data directory: {@code sitrep.db} (SQLite, the source of truth) and {@code
 * index/} (Lucene, derived). Every put is one SQLite transaction, so a crash leaves each document
 * whole or absent; the index is repaired from SQLite on {@link #open}. Safe to share between
 * threads: calls are serialised, except searches, which run side by side on the index's
 * point-in-time readers (a server answers several at once).
 *
 * <p>One process writes a data directory at a time, holding its lock ({@link #open}, {@link
 * #openWriter}); any number of processes read it at the same time ({@link #openReader}), without
 * the lock, each from a snapshot of what the writer had committed.
 */
public final class Store implements AutoCloseable {
  /**
   * Index commits are batched, which is safe because what a crash loses from the index is
   * re-indexed from SQLite by the reconcile on the next open. A commit per document costs too much:
   * measured on the shared 2-core dev box, 254 ms per document against 1.7 ms with one commit per
   * 300. Bounded in time too, so a long-running server with few puts does not leave hours of them
   * to redo.
   */
  static final int COMMIT_EVERY_DOCS = 1_000;

  static final long COMMIT_EVERY_NANOS = 60_000_000_000L;

  private final Path dataDir;
  private final DocumentStore docs;
  private final SearchIndex index;
  private final Reconciled reconciled;
  private final DataDirLock lock;
  private final FetchState fetchState;
  private final Topics topics;
  private int uncommitted;
  private long lastCommit = System.nanoTime();
  private volatile boolean closed;

  private Store(
      Path dataDir,
      DocumentStore docs,
      SearchIndex index,
      Reconciled reconciled,
      DataDirLock lock) {
    this.lock = lock;
    this.dataDir = dataDir;
    this.docs = docs;
    this.index = index;
    this.reconciled = reconciled;
    this.fetchState = docs instanceof SqliteDocumentStore s ? s.fetchState(this) : null;
    this.topics = docs instanceof SqliteDocumentStore s ? s.topics(this) : null;
  }

  /**
   * Opens the store in {@code dataDir}, creating the directory, schema and index when absent,
   * migrating an older schema, and reconciling the index with the documents.
   *
   * @throws StoreException when the directory cannot be used (see its message)
   */
  public static Store open(Path dataDir) {
    return openWriter(dataDir, "sitrep", Duration.ZERO, m -> {});
  }

  /**
   * Opens the store in {@code dataDir} to write, as {@link #open}, waiting up to {@code wait} for
   * the process that writes it now; {@code onWait} gets one line naming that process when waiting
   * begins. {@code who} says what this process is to whoever waits for it (see {@link
   * #describeWriter}).
   *
   * @throws StoreException when the directory cannot be used, or is still held after {@code wait}
   */
  public static Store openWriter(Path dataDir, String who, Duration wait, Consumer<String> onWait) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create data directory " + dataDir + ": " + e.getMessage(), e);
    }
    DataDirLock lock = DataDirLock.take(dataDir, who, wait, onWait);
    try {
      SqliteDocumentStore docs = SqliteDocumentStore.open(dataDir);
      try {
        LuceneSearchIndex index = LuceneSearchIndex.open(dataDir.resolve("index"));
        try {
          Reconciled r = Reconciler.reconcile(docs, index, index.rebuilt());
          return new Store(dataDir, docs, index, r, lock);
        } catch (RuntimeException e) {
          index.close();
          throw e;
        }
      } catch (RuntimeException e) {
        docs.close();
        throw e;
      }
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Opens the store in {@code dataDir} to read, beside a process that may be writing it: takes no
   * lock, and sees what the writer had committed when it opened (SQLite rows and the last index
   * commit) until {@link #refresh()}. Every write method throws. When no process writes the
   * directory and it needs work first (absent, an older schema, a search index that is missing or
   * lags the documents), it is opened once to write, which does that work, then read.
   *
   * @throws StoreException when the directory cannot be read (see its message)
   */
  public static Store openReader(Path dataDir) {
    if (!readable(dataDir) && !DataDirLock.held(dataDir)) {
      try {
        openWriter(dataDir, "sitrep (preparing the store for reading)", Duration.ZERO, m -> {})
            .close();
      } catch (StoreException e) {
        // A writer took the lock meanwhile: it does the same work; read what is there.
        if (!DataDirLock.held(dataDir)) throw e;
      }
    }
    // The index before the rows: the writer commits rows first, so every hit has its row.
    LuceneSearchIndex index = LuceneSearchIndex.openReader(dataDir.resolve("index"));
    try {
      SqliteDocumentStore docs = SqliteDocumentStore.openReadOnly(dataDir);
      return new Store(dataDir, docs, index, new Reconciled(0, 0, false), null);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Whether a reader can use the directory as it is: current schema, index in step. */
  private static boolean readable(Path dataDir) {
    long docs = SqliteDocumentStore.countIfCurrent(dataDir);
    return docs >= 0 && LuceneSearchIndex.matches(dataDir.resolve("index"), docs);
  }

  /** True when opened with {@link #openReader}: it only reads. */
  public boolean readOnly() {
    return lock == null;
  }

  /**
   * For a reader, moves its snapshot to what the writer has committed since (the index's last
   * commit, then the rows); the writer sees its own writes always, and for it this does nothing.
   */
  public synchronized void refresh() {
    ensureOpen();
    if (lock != null) return;
    index.refresh();
    docs.refresh();
  }

  /**
   * Says what this writer is, for a process that waits for the directory ("sitrep serve, POST
   * articles to http://..."); kept in the lock file while the lock is held.
   */
  public synchronized void describeWriter(String who) {
    ensureWritable();
    lock.describe(who);
  }

  /** Which of {@code ids} are stored already: articles an ingest need not annotate again. */
  public synchronized java.util.Set<String> stored(java.util.Collection<String> ids) {
    ensureOpen();
    return docs.stored(ids);
  }

  public Path dataDir() {
    return dataDir;
  }

  /** What {@code sitrep watch} remembers of its sources and the URLs it fetched. */
  public FetchState fetchState() {
    ensureOpen();
    if (fetchState == null) throw new IllegalStateException("this store keeps no fetch state");
    return fetchState;
  }

  /** Topics, the articles each matches, their alerts and the webhook outbox. */
  public Topics topics() {
    ensureOpen();
    if (topics == null) throw new IllegalStateException("this store keeps no topics");
    return topics;
  }

  /** What opening did to bring the index in line with the documents. */
  public Reconciled reconciled() {
    return reconciled;
  }

  /** Stores a document, or for a known id only the sources the store lacks. */
  public synchronized Ingested put(Annotated doc) {
    return putAll(List.of(doc)).get(0);
  }

  /** Stores a batch in one transaction: all of it or, after a crash, none of it. */
  public synchronized List<Ingested> putAll(List<Annotated> batch) {
    ensureWritable();
    List<Ingested> out = docs.putAll(batch);
    List<Annotated> fresh = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).isNew()) fresh.add(batch.get(i));
    }
    for (Annotated a : fresh) index.index(Searchable.of(a.document()));
    uncommitted += fresh.size();
    if (uncommitted >= COMMIT_EVERY_DOCS
        || (uncommitted > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS)) {
      commitIndex();
    }
    return out;
  }

  public synchronized Optional<Annotated> get(String id) {
    ensureOpen();
    return docs.get(id);
  }

  /** Articles per publication day (ISO, oldest first) and outlet ({@code unknown} when none). */
  public synchronized java.util.SortedMap<String, java.util.Map<String, Integer>> perDay(
      String unknown) {
    ensureOpen();
    return docs.perDay(unknown);
  }

  /**
   * Articles and distinct reports (articles that copy no earlier one) per publication day and
   * outlet ({@code unknown} when none), oldest first: {articles, reports}.
   */
  public synchronized java.util.SortedMap<String, java.util.Map<String, int[]>> reportsPerDay(
      String unknown) {
    ensureOpen();
    return docs.reportsPerDay(unknown);
  }

  /** Date, outlet and duplicate group of each stored document among {@code ids}, by id. */
  public synchronized java.util.Map<String, ReportRef> reportRefs(
      java.util.Collection<String> ids) {
    ensureOpen();
    return docs.reportRefs(ids);
  }

  /** Mentions resolved to each entity in these documents, by entity id. */
  public synchronized java.util.Map<String, Integer> mentionsPerEntity(
      java.util.Collection<String> ids) {
    ensureOpen();
    return docs.mentionsPerEntity(ids);
  }

  /** How each stored document among {@code ids} is shown in a list: name, outlet, date. */
  public synchronized java.util.Map<String, ArticleRef> refs(java.util.Collection<String> ids) {
    ensureOpen();
    return docs.refs(ids);
  }

  public synchronized List<DocSummary> list(ListQuery q) {
    ensureOpen();
    return docs.list(q);
  }

  /**
   * Searches titles and bodies.
   *
   * @throws BadQueryException when {@code q.text()} is not valid query syntax
   */
  public SearchResult search(SearchQuery q) {
    ensureOpen();
    return index.search(q);
  }

  /**
   * Searches only the documents whose id is in {@code within} (a story's, an entity's); null means
   * all.
   *
   * @throws BadQueryException when {@code q.text()} is not valid query syntax
   */
  public SearchResult search(SearchQuery q, java.util.Set<String> within) {
    ensureOpen();
    return index.search(q, within);
  }

  /**
   * A search and, from the same pass over the index, the ids of its best {@code sample} matches
   * (best first), for callers that count something the index does not hold (stories, entities) over
   * the matches.
   */
  public SearchWithIds searchWithIds(SearchQuery q, java.util.Set<String> within, int sample) {
    ensureOpen();
    return index.searchWithIds(q, within, sample);
  }

  /**
   * The ids of the best {@code max} matches of a search, best first; filters and {@code within}
   * apply.
   */
  public List<String> matchingIds(SearchQuery q, java.util.Set<String> within, int max) {
    ensureOpen();
    return index.matchingIds(q, within, max);
  }

  /**
   * Adds every document not resolved yet to the picture across the store (entities, duplicates,
   * stories, fact series, statements, framing), in the order they were stored. Costs what those
   * documents touch, not what the store holds; a batch per transaction, so a crash loses no
   * resolved document and the next call picks up the rest.
   */
  public synchronized Resolution resolvePending() {
    ensureWritable();
    Resolution.Changed changed = Resolution.Changed.empty(docs.resolvedThrough());
    Resolution r = resolution(docs.resolvePending(changed), changed);
    // Every front end that adds articles ends here: each newly resolved article meets the topics.
    if (topics != null) topics.catchUp();
    return r;
  }

  /**
   * Drops the picture across the store and resolves every document again, in the order they were
   * stored: what {@link #resolvePending} after each addition gives, rebuilt from the documents.
   */
  public synchronized Resolution resolveAll() {
    ensureWritable();
    Resolution.Changed changed = Resolution.Changed.empty(0);
    return resolution(docs.resolveAll(changed), changed);
  }

  /**
   * Where the resolution kept in the store stands: every document stored up to this point (in store
   * order) is in it, none after. A picture read now and brought up to date with each run's {@link
   * Resolution.Changed} stays the picture the store holds.
   */
  public synchronized long resolvedThrough() {
    ensureOpen();
    return docs.resolvedThrough();
  }

  /** How many stored documents the picture across the store does not include yet. */
  public synchronized long unresolved() {
    ensureOpen();
    return docs.unresolved();
  }

  private Resolution resolution(int added, Resolution.Changed changed) {
    return new Resolution(
        added,
        docs.count() - docs.unresolved(),
        docs.resolvedCount("entity"),
        docs.resolvedCount("story"),
        docs.resolvedCount("series"),
        docs.resolvedCount("statement"),
        changed);
  }

  /** The last saved resolution, read item by item on demand. */
  public synchronized SituationView situation() {
    ensureOpen();
    return new SituationView(this, docs.resolved());
  }

  /** How many documents are stored. */
  public synchronized long count() {
    ensureOpen();
    return docs.count();
  }

  /**
   * How many documents the search index holds; equals {@link #count()} except while a put is under
   * way.
   */
  public synchronized long indexedCount() {
    ensureOpen();
    return index.count();
  }

  /** Makes the index durable now; closing does it too. */
  public synchronized void commitIndex() {
    ensureWritable();
    index.commit();
    uncommitted = 0;
    lastCommit = System.nanoTime();
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      index.close();
    } finally {
      try {
        docs.close();
      } finally {
        if (lock != null) lock.close();
      }
    }
  }

  private void ensureOpen() {
    if (closed) throw new IllegalStateException("store " + dataDir + " is closed");
  }

  private void ensureWritable() {
    ensureOpen();
    if (lock == null)
      throw new IllegalStateException("store " + dataDir + " is open for reading only");
  }
}

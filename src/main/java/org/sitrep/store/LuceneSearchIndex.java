package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * {@link SearchIndex} as a Lucene index in one folder. Writes are visible to search at once
 * (near-real-time reader) and durable only after {@link #commit}; the caller rebuilds the rest from
 * SQLite after a crash. Not thread-safe for writes; {@link Store} serialises calls. Opened with
 * {@link #openReader}, it only searches, from the last commit of whichever process writes the
 * index, without taking the write lock; {@link #refresh()} moves it to a newer commit.
 */
public final class LuceneSearchIndex implements SearchIndex {
  /**
   * The index layout (fields, analyzer); an index written with another layout is rebuilt from
   * SQLite.
   */
  static final String LAYOUT = "1";

  private static final String LAYOUT_KEY = "sitrep.index.layout";
  private static final String ID = "id",
      TITLE = "title",
      BODY = "body",
      OUTLET = "outlet",
      LABEL = "label";
  private static final String PUBLISHED = "published";
  private static final int FACET_VALUES = 20;
  private static final FieldType TEXT = textType();

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private volatile SearcherManager searchers;
  private final Analyzer analyzer = new NewsAnalyzer();
  private final FacetCounter facets = new FacetCounter(FACET_VALUES);
  private final QueryReader queries = new QueryReader(analyzer, TITLE, BODY);
  private final boolean rebuilt;

  private LuceneSearchIndex(Path dir, Directory directory, boolean create) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.rebuilt = create;
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
    this.writer = new IndexWriter(directory, cfg);
    this.searchers = new SearcherManager(writer, null);
    if (create) commit();
  }

  /** A reader's index: no writer; {@code reader} null while the index has no usable commit. */
  private LuceneSearchIndex(Path dir, Directory directory, DirectoryReader reader)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.rebuilt = false;
    this.writer = null;
    this.searchers = reader == null ? null : new SearcherManager(reader, null);
  }

  /**
   * Opens the index in {@code dir} for searching only, beside the process that writes it: takes no
   * lock and sees that process's last commit. While the index has no commit of this layout (being
   * built or rebuilt), searches fail with a message saying so, until a {@link #refresh()} finds
   * one.
   */
  public static LuceneSearchIndex openReader(Path dir) {
    try {
      Directory d = FSDirectory.open(dir);
      try {
        return new LuceneSearchIndex(dir, d, readerOf(d));
      } catch (IOException | RuntimeException e) {
        d.close();
        throw e;
      }
    } catch (IOException e) {
      throw new StoreException("cannot open search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A reader on the last commit when it is of this layout, else null. */
  private static DirectoryReader readerOf(Directory d) {
    try {
      if (!DirectoryReader.indexExists(d)) return null;
      DirectoryReader r = DirectoryReader.open(d);
      if (LAYOUT.equals(r.getIndexCommit().getUserData().get(LAYOUT_KEY))) return r;
      r.close();
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * True when the index in {@code dir} has a readable commit of this layout holding {@code docs}
   * documents; what a reader checks before trusting it without the writer's repair.
   */
  static boolean matches(Path dir, long docs) {
    if (!Files.isDirectory(dir)) return false;
    try (Directory d = FSDirectory.open(dir)) {
      DirectoryReader r = readerOf(d);
      if (r == null) return false;
      try (r) {
        return r.numDocs() == docs;
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** False for a reader's index while it has no usable commit to search. */
  public boolean available() {
    return searchers != null;
  }

  /**
   * For an index opened with {@link #openReader}, moves searches to the writer's last commit (or
   * opens the first one). The writer's own searches are always current; for it this does nothing.
   */
  @Override
  public synchronized void refresh() {
    if (writer != null) return;
    try {
      if (searchers == null) {
        DirectoryReader r = readerOf(directory);
        if (r != null) searchers = new SearcherManager(r, null);
      } else {
        searchers.maybeRefreshBlocking();
      }
    } catch (IOException e) {
      throw failure("refresh", e);
    }
  }

  private IndexWriter writer() {
    if (writer == null)
      throw new IllegalStateException("search index " + dir + " is open for reading only");
    return writer;
  }

  /**
   * Opens the index in {@code dir}, or starts an empty one when it is absent, unreadable or of
   * another layout; {@link #rebuilt()} then says so and the caller refills it.
   */
  public static LuceneSearchIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory d = FSDirectory.open(dir);
      try {
        boolean create = !usable(d);
        if (create) wipe(d);
        return new LuceneSearchIndex(dir, d, create);
      } catch (IOException | RuntimeException e) {
        d.close();
        throw e;
      }
    } catch (LockObtainFailedException e) {
      throw new StoreException(dir + " is in use by another Sitrep process", e);
    } catch (IOException e) {
      throw new StoreException("cannot open search index " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean usable(Directory d) throws IOException {
    if (!DirectoryReader.indexExists(d)) return false;
    // Opening a reader, not just reading the commit point, also finds damaged segment files.
    try (DirectoryReader r = DirectoryReader.open(d)) {
      return LAYOUT.equals(r.getIndexCommit().getUserData().get(LAYOUT_KEY));
    } catch (IOException e) {
      // Corrupt, half-copied, or of another Lucene version: it is derived, so start over rather
      // than fail.
      return false;
    }
  }

  /** Deletes every file under the write lock, so that no other process is writing while we do. */
  private static void wipe(Directory d) throws IOException {
    try (Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String f : d.listAll()) {
        if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) d.deleteFile(f);
      }
    }
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    // Offsets in the postings let the highlighter find matches without re-analysing the body.
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** True when the index was created empty on open and must be filled from the document store. */
  public boolean rebuilt() {
    return rebuilt;
  }

  @Override
  public void index(Searchable s) {
    Document d = new Document();
    d.add(new StringField(ID, s.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(s.id())));
    if (s.title() != null) d.add(new Field(TITLE, s.title(), TEXT));
    d.add(new Field(BODY, s.body(), TEXT));
    keyword(d, OUTLET, s.outlet(), true);
    keyword(d, LABEL, s.label(), true);
    keyword(d, PUBLISHED, s.published(), false);
    try {
      writer().updateDocument(new Term(ID, s.id()), facets.build(d));
    } catch (IOException e) {
      throw failure("index " + s.id(), e);
    }
  }

  private static void keyword(Document d, String field, String value, boolean facet) {
    if (value == null || value.isBlank()) return;
    d.add(new StringField(field, value, Field.Store.YES));
    if (facet) FacetCounter.add(d, field, value);
  }

  @Override
  public void delete(String id) {
    try {
      writer().deleteDocuments(new Term(ID, id));
    } catch (IOException e) {
      throw failure("delete " + id, e);
    }
  }

  @Override
  public Set<String> ids() {
    return withSearcher(
        s -> {
          Set<String> out = new HashSet<>();
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
            if (ids == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = ids.nextDoc()) {
              if (live == null || live.get(doc))
                out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
          }
          return out;
        });
  }

  @Override
  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public SearchResult search(SearchQuery q) {
    return search(q, null);
  }

  @Override
  public SearchResult search(SearchQuery q, Set<String> within) {
    return searchWithIds(q, within, 0).result();
  }

  @Override
  public SearchWithIds searchWithIds(SearchQuery q, Set<String> within, int sample) {
    Query words = queries.parse(q.text());
    Query text = within(words, within);
    Query query = filtered(text, q.filters());
    return withSearcher(
        s -> {
          Object[] r;
          try {
            // Integer.MAX_VALUE: count every hit exactly, the caller shows the total and pages
            // through it.
            r =
                s.search(
                    query,
                    new MultiCollectorManager(
                        new TopScoreDocCollectorManager(
                            Math.max(q.page().end(), sample), null, Integer.MAX_VALUE),
                        new FacetsCollectorManager()));
          } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException(
                q.text(), "it expands to too many terms; make wildcards more specific", e);
          }
          TopDocs top = (TopDocs) r[0];
          List<String> ids =
              sample == 0
                  ? List.of()
                  : idsOf(
                      s,
                      top.scoreDocs.length > sample
                          ? java.util.Arrays.copyOf(top.scoreDocs, sample)
                          : top.scoreDocs);
          ScoreDoc[] page = pageOf(top.scoreDocs, q.page());
          TopDocs pageDocs = new TopDocs(top.totalHits, page);
          // Highlight with the words only: given the id filter too, the highlighter took every id
          // for a term to mark.
          String[] snippets = highlighter(s).highlight(BODY, words, pageDocs, 1);
          StoredFields stored = s.storedFields();
          List<SearchResult.Hit> hits = new ArrayList<>(page.length);
          for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, Set.of(ID, TITLE, OUTLET, LABEL, PUBLISHED));
            hits.add(
                new SearchResult.Hit(
                    d.get(ID),
                    d.get(TITLE),
                    d.get(OUTLET),
                    d.get(LABEL),
                    d.get(PUBLISHED),
                    page[i].score,
                    snippets[i]));
          }
          FacetsCollector fc = (FacetsCollector) r[1];
          Filters f = q.filters();
          // Drill sideways: a dimension's counts ignore its own filter, so a page can offer the
          // other outlets (labels)
          // with how many matches each would give. One more pass per dimension that is filtered.
          FacetsCollector outlets =
              f.outlet() == null ? fc : collect(s, filtered(text, f.withOutlet(null)));
          FacetsCollector labels =
              f.label() == null ? fc : collect(s, filtered(text, f.withLabel(null)));
          return new SearchWithIds(
              new SearchResult(
                  top.totalHits.value,
                  hits,
                  facets.count(s, outlets, OUTLET),
                  facets.count(s, labels, LABEL)),
              ids);
        });
  }

  @Override
  public List<String> matchingIds(SearchQuery q, Set<String> within, int max) {
    Query query = filtered(within(queries.parse(q.text()), within), q.filters());
    return withSearcher(
        s -> {
          TopDocs top;
          try {
            top = s.search(query, max);
          } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException(
                q.text(), "it expands to too many terms; make wildcards more specific", e);
          }
          return idsOf(s, top.scoreDocs);
        });
  }

  /**
   * Id filters by the identity of the set they were built from. A story's set is built once per
   * resolution and asked for again and again; building the filter for 100,000 ids (sorting the
   * terms) costs more than the search, and an equal filter object lets Lucene's query cache keep
   * its matches.
   */
  private final java.util.LinkedList<java.util.Map.Entry<Set<String>, Query>> idFilters =
      new java.util.LinkedList<>();

  private Query idFilter(Set<String> ids) {
    synchronized (idFilters) {
      for (var e : idFilters) if (e.getKey() == ids) return e.getValue();
    }
    List<BytesRef> terms = new ArrayList<>(ids.size());
    for (String id : ids) terms.add(new BytesRef(id));
    Query q = new IdSetQuery(new org.apache.lucene.search.TermInSetQuery(ID, terms));
    synchronized (idFilters) {
      idFilters.addFirst(java.util.Map.entry(ids, q));
      if (idFilters.size() > 32) idFilters.removeLast();
    }
    return q;
  }

  /**
   * The ids of some hits, in the order given, from doc values (5,000 stored-field reads cost tens
   * of ms).
   */
  private static List<String> idsOf(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    ScoreDoc[] byDoc = docs.clone();
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt((ScoreDoc d) -> d.doc));
    java.util.Map<Integer, String> idOf = new java.util.HashMap<>(byDoc.length * 2);
    List<org.apache.lucene.index.LeafReaderContext> leaves = s.getIndexReader().leaves();
    org.apache.lucene.index.SortedDocValues values = null;
    int leaf = -1;
    for (ScoreDoc d : byDoc) {
      int li = org.apache.lucene.index.ReaderUtil.subIndex(d.doc, leaves);
      if (li != leaf) {
        leaf = li;
        values = org.apache.lucene.index.DocValues.getSorted(leaves.get(li).reader(), ID);
      }
      if (values.advanceExact(d.doc - leaves.get(li).docBase)) {
        idOf.put(d.doc, values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }
    List<String> ids = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) {
      String id = idOf.get(d.doc);
      if (id != null) ids.add(id);
    }
    return ids;
  }

  /**
   * Restricts a query to a set of document ids (a story's, an entity's); null does not restrict.
   */
  private Query within(Query text, Set<String> ids) {
    if (ids == null) return text;
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(idFilter(ids), Occur.FILTER)
        .build();
  }

  private static FacetsCollector collect(IndexSearcher s, Query q) throws IOException {
    return s.search(q, new FacetsCollectorManager());
  }

  private static Query filtered(Query text, Filters f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (f.outlet() != null) b.add(new TermQuery(new Term(OUTLET, f.outlet())), Occur.FILTER);
    if (f.label() != null) b.add(new TermQuery(new Term(LABEL, f.label())), Occur.FILTER);
    if (f.from() != null || f.to() != null) {
      b.add(
          TermRangeQuery.newStringRange(PUBLISHED, f.fromKey(), f.toKeyExclusive(), true, false),
          Occur.FILTER);
    }
    return b.build();
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, Page p) {
    if (p.offset() >= all.length) return new ScoreDoc[0];
    ScoreDoc[] out = new ScoreDoc[Math.min(p.limit(), all.length - p.offset())];
    System.arraycopy(all, p.offset(), out, 0, out.length);
    return out;
  }

  private UnifiedHighlighter highlighter(IndexSearcher s) {
    return UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
        // The default stops looking after 10,000 characters; long articles have matches further
        // down.
        .withMaxLength(1_000_000)
        .build();
  }

  @Override
  public void commit() {
    try {
      writer().setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw failure("commit", e);
    }
  }

  @Override
  public void close() {
    if (writer == null) {
      try {
        try {
          if (searchers != null) searchers.close();
        } finally {
          directory.close();
        }
      } catch (IOException e) {
        throw failure("close", e);
      }
      return;
    }
    try {
      try {
        searchers.close();
        commit();
      } finally {
        try {
          writer.close();
        } finally {
          directory.close();
        }
      }
    } catch (IOException e) {
      throw failure("close", e);
    }
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    SearcherManager searchers = this.searchers;
    if (searchers == null)
      throw new StoreException(
          "search index "
              + dir
              + " has nothing to search yet: the process writing to the store is building it;"
              + " try again shortly");
    try {
      // The writer's near-real-time reader sees every write at once; a reader keeps its snapshot.
      if (writer != null) searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw failure("search", e);
    } catch (UncheckedIOException e) {
      throw failure("search", e.getCause());
    }
  }

  private StoreException failure(String what, IOException e) {
    return new StoreException(
        "search index " + dir + ": cannot " + what + ": " + e.getMessage(), e);
  }
}

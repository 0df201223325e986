package org.sitrep.query;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.Annotated;
import org.sitrep.report.Brief;
import org.sitrep.report.Labels;
import org.sitrep.resolve.Situation;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.Timeline;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.Offices;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesIds;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.framing.Tone;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.store.DocSummary;
import org.sitrep.store.ListQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Resolution;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;

/**
 * Everything the CLI, the API and the pages ask of a store: documents, searches narrowed to a story
 * or an entity, the resolved picture ({@link Snapshot}), scopes, timelines, places, per-outlet
 * views, offices and situation reports. The snapshot is read from the store on first use and held
 * until {@link #refresh}, so a server's pages do not re-read every table, and a one-off command
 * that asks for one story reads only that story.
 */
public final class Situations implements AutoCloseable {
  /** A timeline, a map and an outlet view read whole articles: past this many (the latest) cut. */
  public static final int TIMELINE_DOCS = 200;

  /** Timeline items when the caller gives no limit (the latest). */
  public static final int TIMELINE_ITEMS = 500;

  /**
   * Story and entity facet counts are taken over at most this many best matches; the answer says
   * when.
   */
  public static final int FACET_SAMPLE = 2_000;

  static final int FACET_VALUES = 20;

  /** How a document without an outlet is named in per-outlet views. */
  public static final String UNKNOWN_OUTLET = "(unknown outlet)";

  private final Store store;
  private final boolean owned;
  private volatile Snapshot snap;
  // where the store's resolution stood when snap was read (-1: not known), and each series' id by
  // its key as the store names it; both guarded by this
  private long through = -1;
  private final Map<String, String> seriesIds = new HashMap<>();
  private final ConcurrentHashMap<String, Set<String>> docSets = new ConcurrentHashMap<>();

  /** Queries over a store the caller keeps open and closes. */
  public Situations(Store store) {
    this(store, false);
  }

  private Situations(Store store, boolean owned) {
    this.store = store;
    this.owned = owned;
  }

  /**
   * Opens the store in {@code dataDir} for queries; closing this closes it.
   *
   * @throws org.sitrep.store.StoreException when the directory cannot be used
   */
  public static Situations open(Path dataDir) {
    return new Situations(Store.openReader(dataDir), true);
  }

  @Override
  public void close() {
    if (owned) store.close();
  }

  /** Reloads the resolved picture from the store; call after a resolution was saved. */
  public synchronized void refresh() {
    long at = store.resolvedThrough();
    SituationView v = store.situation();
    install(Snapshot.of(v.entities(), v.stories(), v.facts(), v.statements()), at);
  }

  /** Takes the resolved picture an ingest has just saved, without reading it back. */
  public synchronized void refresh(Situation s) {
    install(Snapshot.of(s.entities(), s.stories(), s.facts(), s.statements()), -1);
  }

  /**
   * Brings the picture up to date with a resolution run over the same store: only the items the run
   * changed are read, each from its copy in the picture and what the run's documents added to it,
   * and the new picture replaces the old at once (a reader holding the old one goes on with it). A
   * picture not read from this store's state before the run is read again whole.
   */
  public synchronized void apply(Resolution.Changed changed) {
    Snapshot s = snap;
    long after = changed.after();
    if (s == null || after != through || after < 0) {
      refresh();
      return;
    }
    SituationView v = store.situation();
    Map<String, Entity> ents = new HashMap<>();
    for (String id : changed.entities())
      ents.put(id, v.entity(id, s.entities().get(id), after).orElse(null));
    Map<String, StoryView> sts = new HashMap<>();
    Map<String, String> moved = new HashMap<>(); // articles of stories merged into another
    for (String id : changed.stories()) {
      // a story that took in another is read whole, and its articles are its own
      boolean merged = changed.lost().contains("story:" + id);
      StoryView st = v.story(id, merged ? null : s.stories().get(id), after).orElse(null);
      sts.put(id, st);
      if (merged && st != null) for (String d : st.docs()) moved.put(d, id);
    }
    Map<String, FactSeries> srs = new HashMap<>();
    for (String key : changed.series()) {
      String known = seriesIds.get(key);
      FactSeries prev =
          known == null || changed.lost().contains("series:" + key) ? null : s.series().get(known);
      FactSeries f = v.series(key, prev, after).orElse(null);
      String id = known != null ? known : f == null ? null : SeriesIds.of(f.key());
      if (id == null) continue;
      srs.put(id, f);
      if (f == null) seriesIds.remove(key);
      else seriesIds.put(key, id);
    }
    Map<String, QuoteVariants.Statement> said = new HashMap<>();
    for (String id : changed.statements()) {
      QuoteVariants.Statement prev =
          changed.lost().contains("statement:" + id) ? null : s.statement(id);
      said.put(id, v.statement(id, prev, after).orElse(null));
    }
    Map<String, String> storyOf = new HashMap<>();
    for (var e : v.storiesAfter(after).entrySet())
      if (!s.storyOfDoc().containsKey(e.getKey())) storyOf.put(e.getKey(), e.getValue());
    storyOf.putAll(moved);
    Map<String, List<String>> entitiesOf = new HashMap<>();
    for (var e : v.entityDocsAfter(changed.entities(), after).entrySet()) {
      for (String d : e.getValue()) {
        if (!s.entitiesOfDoc().containsKey(d))
          entitiesOf.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    entitiesOf.replaceAll((d, l) -> List.copyOf(l));
    Snapshot next = s.with(ents, sts, srs, said, storyOf, entitiesOf);
    snap = next;
    through = store.resolvedThrough();
    for (String id : changed.stories()) docSets.remove("s:" + id);
    for (String id : changed.entities()) docSets.remove("e:" + id);
    coverage = null;
    allPlaces = null;
  }

  private synchronized void install(Snapshot s, long at) {
    snap = s;
    through = at;
    seriesIds.clear();
    for (var e : s.series().entrySet()) seriesIds.put(e.getValue().key().toString(), e.getKey());
    docSets.clear();
    coverage = null;
    allPlaces = null;
  }

  /** A count over one resolved picture, kept until the picture is replaced. */
  private record Counted<T>(Snapshot picture, T value) {}

  private volatile Counted<SortedMap<String, Map<String, int[]>>> coverage;

  /**
   * Articles and distinct reports per publication day and outlet (null outlet as {@link
   * #UNKNOWN_OUTLET}): {articles, reports}, the latest {@code days} days that have articles, oldest
   * first. A distinct report is an article that copies no earlier one (a wire copy or a repost of
   * the same text counts as an article only), counted on its day and at its outlet. Counted once
   * per resolved picture, not per call.
   */
  public SortedMap<String, Map<String, int[]>> coverage(int days) {
    // a count begun before a POST replaced the picture is kept for the picture it began on only,
    // so the next request counts again
    Snapshot picture = snapshot();
    Counted<SortedMap<String, Map<String, int[]>>> c = coverage;
    SortedMap<String, Map<String, int[]>> all;
    if (c != null && c.picture() == picture) all = c.value();
    else coverage = new Counted<>(picture, all = store.reportsPerDay(UNKNOWN_OUTLET));
    if (all.size() <= days) return all;
    SortedMap<String, Map<String, int[]>> out = new TreeMap<>();
    int skip = all.size() - days;
    for (var e : all.entrySet()) if (skip-- <= 0) out.put(e.getKey(), e.getValue());
    return out;
  }

  /**
   * Articles and distinct reports per publication day and outlet among these documents, as {@link
   * #coverage(int)} counts them over the store: each group of copies in {@code docIds} is one
   * report, counted on the day and at the outlet of its earliest dated member; undated articles are
   * left out.
   */
  public SortedMap<String, Map<String, int[]>> coverage(Collection<String> docIds) {
    return coverage(reportRefs(docIds));
  }

  /**
   * Date, outlet and duplicate group of each stored document among {@code ids}: what {@link
   * #coverage(Map)} and {@link #outlets(StoryView, Map)} read, for a page that shows both.
   */
  public Map<String, org.sitrep.store.ReportRef> reportRefs(Collection<String> docIds) {
    return store.reportRefs(docIds);
  }

  /** {@link #coverage(Collection)} of the documents {@link #reportRefs} gave. */
  public SortedMap<String, Map<String, int[]>> coverage(
      Map<String, org.sitrep.store.ReportRef> refs) {
    // counted in hash maps, sorted once at the end
    Map<String, Map<String, int[]>> byDay = new HashMap<>();
    Map<String, org.sitrep.store.ReportRef> first = new HashMap<>();
    for (org.sitrep.store.ReportRef r : refs.values()) {
      String day = day(r.published());
      if (day == null) continue;
      String outlet = r.outlet() == null ? UNKNOWN_OUTLET : r.outlet();
      byDay.computeIfAbsent(day, k -> new HashMap<>())
          .computeIfAbsent(outlet, k -> new int[2])[0]++;
      first.merge(
          r.group(),
          r,
          (a, b) -> {
            int c = a.published().compareTo(b.published());
            return c < 0 || (c == 0 && a.id().compareTo(b.id()) <= 0) ? a : b;
          });
    }
    for (org.sitrep.store.ReportRef r : first.values()) {
      String outlet = r.outlet() == null ? UNKNOWN_OUTLET : r.outlet();
      byDay.get(day(r.published())).get(outlet)[1]++;
    }
    SortedMap<String, Map<String, int[]>> out = new TreeMap<>();
    for (var e : byDay.entrySet()) out.put(e.getKey(), new TreeMap<>(e.getValue()));
    return out;
  }

  /** The day of an ISO date or date-time, null when there is none. */
  public static String day(String date) {
    if (date == null || date.length() < 10 || date.charAt(4) != '-' || date.charAt(7) != '-')
      return null;
    for (int i = 0; i < 10; i++)
      if (i != 4 && i != 7 && (date.charAt(i) < '0' || date.charAt(i) > '9')) return null;
    return date.substring(0, 10);
  }

  /** The resolved picture, read from the store on first use. */
  public Snapshot snapshot() {
    Snapshot s = snap;
    if (s != null) return s;
    synchronized (this) {
      if (snap == null) refresh();
      return snap;
    }
  }

  // ---- documents

  /** Stored documents, newest first, filtered and paged. */
  public List<DocSummary> documents(ListQuery q) {
    return store.list(q);
  }

  /**
   * How each of these documents is shown where it is listed (name, outlet, date), by id; ids not
   * stored are left out.
   */
  public Map<String, org.sitrep.store.ArticleRef> refs(Collection<String> ids) {
    return store.refs(ids);
  }

  /** How many documents are stored. */
  public long count() {
    return store.count();
  }

  public Optional<Annotated> findDocument(String id) {
    return store.get(id);
  }

  public Annotated document(String id) {
    return findDocument(id).orElseThrow(() -> new NotFound("document", id, null));
  }

  /** The framing markers resolution found in one document. */
  public List<FramingMarker> framing(String docId) {
    return store.situation().framing(docId);
  }

  public Optional<String> storyOf(String docId) {
    Snapshot s = snap;
    if (s != null) return Optional.ofNullable(s.storyOfDoc().get(docId));
    return store.situation().storyOf(docId);
  }

  /** Documents by id, those stored, in date order (undated last). */
  public List<Annotated> load(Collection<String> ids) {
    List<Annotated> out = new ArrayList<>();
    for (String id : ids) store.get(id).ifPresent(out::add);
    out.sort(
        Comparator.comparing(
            a ->
                a.document().published().value() == null
                    ? "\uffff"
                    : a.document().published().value()));
    return out;
  }

  // ---- the resolved picture, item by item

  public Optional<StoryView> findStory(String id) {
    Snapshot s = snap;
    return s != null ? Optional.ofNullable(s.stories().get(id)) : store.situation().story(id);
  }

  public Optional<Entity> findEntity(String id) {
    Snapshot s = snap;
    return s != null ? Optional.ofNullable(s.entities().get(id)) : store.situation().entity(id);
  }

  public StoryView story(String id) {
    return findStory(id).orElseThrow(() -> new NotFound("story", id, null));
  }

  public Entity entity(String id) {
    return findEntity(id).orElseThrow(() -> new NotFound("entity", id, null));
  }

  public FactSeries series(String id) {
    FactSeries f = snapshot().series().get(id);
    if (f == null) throw new NotFound("fact series", id, null);
    return f;
  }

  /** Stories, latest activity first. */
  public List<StoryView> stories() {
    return List.copyOf(snapshot().stories().values());
  }

  /**
   * Entities most mentioned first: of {@code type} (any case) when not null, and whose name or a
   * variant contains {@code name} (accents and case ignored) when not blank.
   */
  public List<Entity> entities(String type, String name) {
    String q = name == null || name.isBlank() ? null : fold(name);
    return snapshot().entities().values().stream()
        .filter(e -> type == null || type.equalsIgnoreCase(e.type()))
        .filter(
            e ->
                q == null
                    || fold(e.name()).contains(q)
                    || e.variants().stream().anyMatch(v -> fold(v).contains(q)))
        .toList();
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Fact series, most observed first, by id: of this subject, measure and place (each a name, an
   * ISO code or a label, any case; null for any) with at least {@code min} observations.
   */
  public Map<String, FactSeries> series(String subject, String measure, String place, int min) {
    Map<String, FactSeries> out = new LinkedHashMap<>();
    for (var e : snapshot().series().entrySet()) {
      FactSeries s = e.getValue();
      if (matches(s.key().subject(), subject)
          && matches(s.key().measure(), measure)
          && matches(s.key().place(), place)
          && s.observations().size() >= min) out.put(e.getKey(), s);
    }
    return out;
  }

  private static boolean matches(String value, String wanted) {
    if (wanted == null) return true;
    if (value == null) return false;
    String w = wanted.toLowerCase(Locale.ROOT);
    return value.equalsIgnoreCase(wanted) || Labels.place(value).toLowerCase(Locale.ROOT).equals(w);
  }

  /** The series with at least one observation in these documents, by id. */
  public Map<String, FactSeries> seriesIn(Collection<String> docIds) {
    Set<String> docs = Set.copyOf(docIds);
    Map<String, FactSeries> out = new LinkedHashMap<>();
    for (var e : snapshot().series().entrySet()) {
      for (Observation o : e.getValue().observations()) {
        if (docs.contains(o.docId())) {
          out.put(e.getKey(), e.getValue());
          break;
        }
      }
    }
    return out;
  }

  /**
   * Offices and their holders, those whose title contains {@code role} (any case) and whose owner
   * is {@code of} (an ISO code, a country's name or an organisation), each filter when not null.
   */
  public List<Offices.Office> offices(String role, String of) {
    return Offices.matching(Offices.of(List.copyOf(snapshot().entities().values())), role, of);
  }

  // ---- scopes

  /**
   * A scope's articles and how a report names them.
   *
   * @throws NotFound when a story or entity scope names none (its parameter is the scope's)
   * @throws org.sitrep.store.BadQueryException when a search scope is not valid query syntax
   */
  public Scope.Docs docs(Scope scope) {
    switch (scope.kind()) {
      case STORY -> {
        StoryView s =
            findStory(scope.value())
                .orElseThrow(() -> new NotFound("story", scope.value(), "story"));
        return new Scope.Docs(
            scope, s.docs(), s.title(), "Story " + s.id(), s.distinctReports(), null);
      }
      case ENTITY -> {
        Entity e =
            findEntity(scope.value())
                .orElseThrow(() -> new NotFound("entity", scope.value(), "entity"));
        return new Scope.Docs(
            scope,
            e.docs(),
            e.name(),
            "Entity " + e.id() + " (" + e.type().toLowerCase(Locale.ROOT) + ")",
            null,
            e.name());
      }
      case TOPIC -> {
        org.sitrep.store.Topic t =
            topic(scope.value()).orElseThrow(() -> new NotFound("topic", scope.value(), "topic"));
        return new Scope.Docs(
            scope, topicDocs(t.name()), t.name(), "Topic " + t.name(), null, null);
      }
      default -> {
        String q = scope.value();
        List<String> ids =
            store.matchingIds(new SearchQuery(q, null, Page.first(1)), null, Scope.SEARCH_LIMIT);
        return new Scope.Docs(scope, ids, q, "Search \"" + q + "\"", null, null);
      }
    }
  }

  /**
   * The documents a story or an entity narrows a search to; null when neither is given. The same
   * set object comes back for the same story or entity until the next refresh, so the store can
   * reuse the filter built from it.
   */
  public Set<String> within(String storyId, String entityId) {
    Set<String> ids = null;
    if (storyId != null)
      ids =
          docSets.computeIfAbsent(
              "s:" + storyId, k -> Set.copyOf(docs(Scope.story(storyId)).ids()));
    if (entityId != null) {
      Set<String> e =
          docSets.computeIfAbsent(
              "e:" + entityId, k -> Set.copyOf(docs(Scope.entity(entityId)).ids()));
      if (ids == null) ids = e;
      else {
        ids = new LinkedHashSet<>(ids);
        ids.retainAll(e);
      }
    }
    return ids;
  }

  // ---- search

  /** A search hit with the story its document belongs to. */
  public record Hit(
      String id,
      String title,
      String outlet,
      String label,
      String published,
      float score,
      String snippet,
      String story) {}

  /** A page of hits, the total, and facet counts by outlet, label, story and entity. */
  public record SearchAnswer(
      String q,
      long total,
      int offset,
      int limit,
      List<Hit> hits,
      Map<String, List<SearchResult.FacetCount>> facets,
      boolean facetsSampled) {}

  /**
   * A page of a search's hits, best first, narrowed to a story's or an entity's articles when
   * given.
   *
   * @throws org.sitrep.store.BadQueryException when the query is not valid syntax
   */
  public SearchAnswer search(SearchQuery q, String storyId, String entityId) {
    Set<String> within = within(storyId, entityId);
    Snapshot s = snapshot();
    SearchResult r;
    List<String> sample = null;
    if (!s.stories().isEmpty() || !s.entities().isEmpty()) {
      var both = store.searchWithIds(q, within, FACET_SAMPLE);
      r = both.result();
      sample = both.ids();
    } else {
      r = store.search(q, within);
    }
    List<Hit> hits = new ArrayList<>();
    for (SearchResult.Hit h : r.hits()) {
      hits.add(
          new Hit(
              h.id(),
              h.title(),
              h.outlet(),
              h.label(),
              h.published(),
              h.score(),
              h.snippet(),
              s.storyOfDoc().get(h.id())));
    }
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    facets.put("outlet", r.outlets());
    facets.put("label", r.labels());
    boolean sampled = false;
    if (sample != null && r.total() > 0) {
      List<String> ids = sample;
      sampled = r.total() > ids.size();
      Map<String, Long> byStory = new HashMap<>(), byEntity = new HashMap<>();
      for (String id : ids) {
        String st = s.storyOfDoc().get(id);
        if (st != null) byStory.merge(st, 1L, Long::sum);
        for (String e : s.entitiesOfDoc().getOrDefault(id, List.of()))
          byEntity.merge(e, 1L, Long::sum);
      }
      facets.put("story", top(byStory));
      facets.put("entity", top(byEntity));
    } else {
      facets.put("story", List.of());
      facets.put("entity", List.of());
    }
    return new SearchAnswer(
        q.text(), r.total(), q.page().offset(), q.page().limit(), hits, facets, sampled);
  }

  private static List<SearchResult.FacetCount> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(FACET_VALUES)
        .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
        .toList();
  }

  // ---- timelines

  /** A timeline over some documents, and whether older ones were left out to keep it bounded. */
  public record TimelineAnswer(List<Timeline.Item> items, int documents, boolean truncated) {}

  /**
   * The timeline of a scope, oldest first, its latest {@code limit} items: for an entity the events
   * it takes part in and what it said, for a story or a search everything dated in the articles.
   */
  public TimelineAnswer timeline(Scope scope, int limit) {
    return timeline(docs(scope), limit);
  }

  /** The timeline of a scope's articles, as {@link #docs} chose them. */
  public TimelineAnswer timeline(Scope.Docs d, int limit) {
    // A story's or an entity's articles come oldest first and are read from the latest back; a
    // search's come best first, at most SEARCH_LIMIT of them, and are read whole.
    if (d.entityName() == null && d.scope().kind() != Scope.Kind.SEARCH)
      return timeline(d.ids(), limit);
    List<String> ids = d.ids();
    int from = Math.max(0, ids.size() - TIMELINE_DOCS);
    List<Annotated> docs = load(ids.subList(from, ids.size()));
    List<Timeline.Item> items =
        new ArrayList<>(
            d.entityName() != null ? Timeline.forEntity(d.entityName(), docs) : Timeline.of(docs));
    items.sort(Comparator.comparing((Timeline.Item i) -> i.date() == null ? "\uffff" : i.date()));
    boolean cut = from > 0 || items.size() > limit;
    if (items.size() > limit) items = items.subList(items.size() - limit, items.size());
    return new TimelineAnswer(List.copyOf(items), docs.size(), cut);
  }

  /**
   * A timeline of the latest documents in {@code docIds} (given oldest first): read newest first, a
   * batch at a time, until {@code limit} items are found or {@link #TIMELINE_DOCS} documents were
   * read.
   */
  public TimelineAnswer timeline(List<String> docIds, int limit) {
    int read = 0;
    List<Timeline.Item> items = new ArrayList<>();
    int end = docIds.size();
    while (end > 0 && read < TIMELINE_DOCS && items.size() < limit) {
      int start = Math.max(0, end - Math.min(20, TIMELINE_DOCS - read));
      List<Annotated> batch = load(docIds.subList(start, end));
      read += batch.size();
      // Items of one document do not depend on the others: each batch is read once, the whole
      // sorted at the end.
      items.addAll(Timeline.of(batch));
      end = start;
    }
    items.sort(Comparator.comparing((Timeline.Item i) -> i.date() == null ? "\uffff" : i.date()));
    boolean cut = end > 0 || items.size() > limit;
    if (items.size() > limit) items = items.subList(items.size() - limit, items.size());
    return new TimelineAnswer(items, read, cut);
  }

  // ---- places

  /**
   * A place named in some documents: the entity it was resolved to, where it is, how many of the
   * documents name it (as an entity's page counts its articles, over all of them) and how many
   * times, and those documents (oldest first).
   */
  public record Place(
      String name,
      String country,
      double lat,
      double lon,
      int mentions,
      List<String> docs,
      String entityId,
      int articles) {}

  /**
   * Places with coordinates, and for each country how many of the documents name a place in it (the
   * country itself included).
   */
  public record Places(List<Place> places, Map<String, Integer> countries) {}

  /**
   * The places named in these documents, all of them: each place entity with coordinates and the
   * documents among these that name it, counted as its entity page counts them (the articles it was
   * resolved in), most named first.
   */
  public Places places(List<String> docIds) {
    Snapshot s = snapshot();
    Map<String, List<String>> docsOf = new LinkedHashMap<>();
    Map<String, Set<String>> countryDocs = new TreeMap<>();
    for (String d : new LinkedHashSet<>(docIds)) {
      for (String id : s.entitiesOfDoc().getOrDefault(d, List.of())) {
        Entity e = s.entities().get(id);
        if (e == null) continue;
        if (e.country() != null)
          countryDocs.computeIfAbsent(e.country(), k -> new HashSet<>()).add(d);
        if (Double.isNaN(e.lat()) || Double.isNaN(e.lon())) continue;
        docsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
      }
    }
    Map<String, Integer> mentions = store.mentionsPerEntity(new LinkedHashSet<>(docIds));
    List<Place> out = new ArrayList<>();
    for (var e : docsOf.entrySet()) {
      Entity en = s.entities().get(e.getKey());
      out.add(place(en, mentions.getOrDefault(en.id(), e.getValue().size()), e.getValue()));
    }
    Map<String, Integer> countries = new TreeMap<>();
    countryDocs.forEach((c, d) -> countries.put(c, d.size()));
    return sorted(out, countries);
  }

  private volatile Counted<Places> allPlaces;

  /**
   * Every place named in the store, counted exactly as the entity pages count it; counted once per
   * resolved picture.
   */
  public Places places() {
    Snapshot picture = snapshot();
    Counted<Places> c = allPlaces;
    if (c != null && c.picture() == picture) return c.value();
    Places p = placesOf(picture);
    allPlaces = new Counted<>(picture, p);
    return p;
  }

  private static Places placesOf(Snapshot s) {
    List<Place> out = new ArrayList<>();
    Map<String, Integer> countries = new TreeMap<>();
    Map<String, Set<String>> countryDocs = new HashMap<>();
    for (Entity e : s.entities().values()) {
      if (e.country() != null)
        countryDocs.computeIfAbsent(e.country(), k -> new HashSet<>()).addAll(e.docs());
      if (Double.isNaN(e.lat()) || Double.isNaN(e.lon())) continue;
      out.add(place(e, e.mentions(), e.docs()));
    }
    countryDocs.forEach((c, d) -> countries.put(c, d.size()));
    return sorted(out, countries);
  }

  private static Place place(Entity e, int mentions, List<String> docs) {
    return new Place(e.name(), e.country(), e.lat(), e.lon(), mentions, docs, e.id(), docs.size());
  }

  private static Places sorted(List<Place> places, Map<String, Integer> countries) {
    places.sort(
        Comparator.comparingInt((Place p) -> -p.articles())
            .thenComparingInt(p -> -p.mentions())
            .thenComparing(Place::name)
            .thenComparing(Place::entityId));
    return new Places(List.copyOf(places), countries);
  }

  // ---- per outlet

  /**
   * How one outlet told a story: all its articles in the story (oldest first), the latest of them
   * read whole ({@code shown}: up to {@link #OUTLET_ARTICLES}, its own reports before its copies of
   * others', newest first), the framing markers of those, the story's series (ids) its articles
   * report or leave out (over all its articles, from the stored series), and the tone of each
   * article shown (in the order of {@code shown}: positive minus negative words per 100, outside
   * quotes).
   */
  public record OutletView(
      String outlet,
      List<String> docs,
      List<FramingMarker> framing,
      List<String> reports,
      List<String> leavesOut,
      List<Double> tone,
      List<String> shown) {}

  /** How many of an outlet's articles a story's outlet view reads and shows. */
  public static final int OUTLET_ARTICLES = 5;

  /**
   * A story told outlet by outlet, over all its articles (their dates, outlets and copies read from
   * the store, not their bodies), in the order each outlet first reported it (outlets with only
   * undated articles last, by name).
   */
  public List<OutletView> outlets(StoryView story) {
    return outlets(story, reportRefs(story.docs()));
  }

  /** {@link #outlets(StoryView)} from the story's {@link #reportRefs}. */
  public List<OutletView> outlets(StoryView story, Map<String, org.sitrep.store.ReportRef> refs) {
    Map<String, List<org.sitrep.store.ReportRef>> by = new HashMap<>();
    Map<String, String> outletOfDoc = new HashMap<>();
    for (String id : story.docs()) {
      org.sitrep.store.ReportRef r = refs.get(id);
      if (r == null) continue;
      by.computeIfAbsent(outletOf(r), k -> new ArrayList<>()).add(r);
      outletOfDoc.put(id, outletOf(r));
    }
    Comparator<String> dates = Comparator.nullsLast(Comparator.naturalOrder());
    // a group of copies is one report: its earliest dated member, as coverage counts it
    Map<String, org.sitrep.store.ReportRef> report = new HashMap<>();
    for (org.sitrep.store.ReportRef r : refs.values())
      report.merge(
          r.group(),
          r,
          (a, b) -> {
            int c = dates.compare(a.published(), b.published());
            return c < 0 || (c == 0 && a.id().compareTo(b.id()) <= 0) ? a : b;
          });
    Set<String> own = new HashSet<>();
    for (org.sitrep.store.ReportRef r : report.values()) own.add(r.id());
    Map<String, String> firstOf = new HashMap<>();
    for (var e : by.entrySet()) {
      String first = null;
      for (org.sitrep.store.ReportRef r : e.getValue())
        if (r.published() != null && (first == null || r.published().compareTo(first) < 0))
          first = r.published();
      firstOf.put(e.getKey(), first);
    }
    List<String> order = new ArrayList<>(by.keySet());
    order.sort(
        Comparator.comparing((String o) -> firstOf.get(o), dates)
            .thenComparing(Comparator.naturalOrder()));
    Map<String, FactSeries> all = seriesIn(story.docs());
    // which outlets report each series: one pass over the observations, not one per outlet
    Map<String, Set<String>> seriesBy = new HashMap<>();
    for (var e : all.entrySet()) {
      for (Observation o : e.getValue().observations()) {
        String outlet = outletOfDoc.get(o.docId());
        if (outlet != null) seriesBy.computeIfAbsent(outlet, k -> new HashSet<>()).add(e.getKey());
      }
    }
    SituationView v = store.situation();
    Comparator<org.sitrep.store.ReportRef> newest =
        Comparator.comparing(
                org.sitrep.store.ReportRef::published,
                Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(org.sitrep.store.ReportRef::id);
    List<OutletView> out = new ArrayList<>();
    for (String outlet : order) {
      List<org.sitrep.store.ReportRef> mine = by.get(outlet);
      List<String> ids = mine.stream().map(org.sitrep.store.ReportRef::id).toList();
      // its own reports first (an article that copies none), the newest first, then its copies
      List<org.sitrep.store.ReportRef> reportsOf = new ArrayList<>(), copiesOf = new ArrayList<>();
      for (org.sitrep.store.ReportRef r : mine)
        (own.contains(r.id()) ? reportsOf : copiesOf).add(r);
      List<org.sitrep.store.ReportRef> pick =
          new ArrayList<>(first(reportsOf, OUTLET_ARTICLES, newest));
      if (pick.size() < OUTLET_ARTICLES)
        pick.addAll(first(copiesOf, OUTLET_ARTICLES - pick.size(), newest));
      List<String> shown = pick.stream().map(org.sitrep.store.ReportRef::id).toList();
      List<FramingMarker> framing = new ArrayList<>();
      for (String d : shown) framing.addAll(v.framing(d));
      Set<String> has = seriesBy.getOrDefault(outlet, Set.of());
      List<String> reports = new ArrayList<>(), leaves = new ArrayList<>();
      for (String sid : all.keySet()) (has.contains(sid) ? reports : leaves).add(sid);
      List<Double> tone = new ArrayList<>();
      for (String d : shown) tone.add(store.get(d).map(Tone::of).orElse(0.0));
      out.add(new OutletView(outlet, ids, framing, reports, leaves, tone, shown));
    }
    return out;
  }

  private static String outletOf(org.sitrep.store.ReportRef r) {
    return r.outlet() == null ? UNKNOWN_OUTLET : r.outlet();
  }

  /** The first {@code n} of {@code items} in {@code order}, without sorting them all. */
  static <T> List<T> first(List<T> items, int n, Comparator<? super T> order) {
    if (n <= 0) return List.of();
    if (items.size() <= n) {
      List<T> all = new ArrayList<>(items);
      all.sort(order);
      return all;
    }
    java.util.PriorityQueue<T> worstFirst = new java.util.PriorityQueue<>(n + 1, order.reversed());
    for (T t : items) {
      if (worstFirst.size() < n) worstFirst.add(t);
      else if (order.compare(t, worstFirst.peek()) < 0) {
        worstFirst.poll();
        worstFirst.add(t);
      }
    }
    List<T> out = new ArrayList<>(worstFirst);
    out.sort(order);
    return out;
  }

  // ---- entities

  /** An entity with what pages show beside it: quotes by and about it, and who is named with it. */
  public record EntityDetail(
      Entity entity,
      List<QuoteVariants.Statement> quotesBy,
      List<QuoteVariants.Statement> quotesAbout,
      List<SearchResult.FacetCount> coMentioned) {}

  public EntityDetail detail(Entity e) {
    Snapshot s = snapshot();
    Set<String> names = new LinkedHashSet<>(e.variants());
    names.add(e.name());
    List<QuoteVariants.Statement> by = new ArrayList<>(), about = new ArrayList<>();
    for (QuoteVariants.Statement st : s.statements()) {
      if (st.speaker() != null && names.contains(st.speaker())) {
        by.add(st);
        continue;
      }
      String text = st.variants().isEmpty() ? "" : st.variants().get(0).text();
      if (names.stream().anyMatch(n -> n.length() >= 4 && text.contains(n))) about.add(st);
    }
    Map<String, Long> co = new HashMap<>();
    for (String d : e.docs()) {
      for (String other : s.entitiesOfDoc().getOrDefault(d, List.of())) {
        if (!other.equals(e.id())) co.merge(other, 1L, Long::sum);
      }
    }
    return new EntityDetail(e, by, about, top(co));
  }

  // ---- reports

  /**
   * The situation report on a scope.
   *
   * @throws NotFound when a story or entity scope names none
   */
  public Brief brief(Scope scope) {
    return brief(docs(scope));
  }

  // ---- topics and alerts

  /** Every topic, by name. */
  public List<org.sitrep.store.Topic> topics() {
    return store.topics().list();
  }

  public Optional<org.sitrep.store.Topic> topic(String name) {
    return store.topics().get(name);
  }

  /**
   * Where a topic and its alerts stand (its articles, the last tagged, the last alert): equal while
   * a page built from them and the same picture would be the same.
   */
  public String topicState(String name) {
    return store.topics().state(name);
  }

  /** A topic's articles in the order they were stored (oldest first). */
  public List<String> topicDocs(String name) {
    return store.topics().docs(name);
  }

  /** The topics an article belongs to, each with why it matched. */
  public Map<String, List<String>> topicsOf(String docId) {
    return store.topics().why(docId);
  }

  /**
   * Alerts oldest first, of one topic or all (null), raised on or after {@code since} (an ISO date
   * or instant, or null), the latest {@code limit}.
   */
  public List<org.sitrep.store.Alert> alerts(String topic, String since, int limit) {
    return store.topics().alerts(topic, since, limit);
  }

  /** The situation report on a scope's articles, as {@link #docs} chose them. */
  public Brief brief(Scope.Docs d) {
    return BriefBuilder.build(store, snapshot(), d.ids(), d.title(), d.description(), d.reports());
  }
}

package org.sitrep.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.report.BriefBuilder;
import org.sitrep.resolve.Situation;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.Timeline;
import org.sitrep.resolve.entity.Countries;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.Offices;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesIds;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;

/**
 * What the API and the pages ask of a store: searches narrowed to a story or an entity, timelines,
 * places, and the resolved picture held in memory (reloaded after each ingest) so that a page does
 * not re-read every table.
 */
public final class Explorer {
  /** A timeline reads whole articles; past this many (the latest) it says it was cut. */
  public static final int TIMELINE_DOCS = 200;

  /**
   * Story and entity facet counts are taken over at most this many best matches; the answer says
   * when.
   */
  public static final int FACET_SAMPLE = 2_000;

  static final int FACET_VALUES = 20;

  private final Store store;
  private volatile Snapshot snap;
  private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> docSets =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The resolved picture in memory, with the indexes pages need: document to story, document to
   * entities.
   */
  public record Snapshot(
      Map<String, Entity> entities,
      Map<String, StoryView> stories,
      Map<String, FactSeries> series,
      Map<String, String> storyOfDoc,
      Map<String, List<String>> entitiesOfDoc,
      List<QuoteVariants.Statement> statements) {}

  public Explorer(Store store) {
    this.store = store;
    refresh();
  }

  public Store store() {
    return store;
  }

  /** Reloads the resolved picture from the store; call after a resolution was saved. */
  public void refresh() {
    SituationView v = store.situation();
    refresh(v.entities(), v.stories(), v.facts(), v.statements());
  }

  /** Takes the resolved picture an ingest has just saved, without reading it back. */
  public void refresh(Situation s) {
    refresh(s.entities(), s.stories(), s.facts(), s.statements());
  }

  private void refresh(
      List<Entity> ents,
      List<StoryView> storyList,
      List<FactSeries> facts,
      List<QuoteVariants.Statement> statements) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    ents.stream()
        .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
        .forEach(e -> entities.put(e.id(), e));
    Map<String, StoryView> stories = new LinkedHashMap<>();
    storyList.stream()
        .sorted(
            Comparator.comparing((StoryView s) -> s.last() == null ? "" : s.last())
                .reversed()
                .thenComparing(s -> -s.docs().size()))
        .forEach(s -> stories.put(s.id(), s));
    Map<String, FactSeries> series = new LinkedHashMap<>();
    for (FactSeries f : facts) series.put(SeriesIds.of(f.key()), f);
    Map<String, String> storyOf = new HashMap<>();
    for (StoryView s : stories.values()) for (String d : s.docs()) storyOf.put(d, s.id());
    Map<String, List<String>> entitiesOf = new HashMap<>();
    for (Entity e : entities.values()) {
      for (String d : e.docs()) entitiesOf.computeIfAbsent(d, k -> new ArrayList<>()).add(e.id());
    }
    snap = new Snapshot(entities, stories, series, storyOf, entitiesOf, statements);
    docSets.clear();
  }

  private Snapshot s0() {
    return snap;
  }

  public Snapshot snapshot() {
    return snap;
  }

  public StoryView story(String id) {
    StoryView s = snap.stories().get(id);
    if (s == null) throw ApiError.notFound("story", id);
    return s;
  }

  public Entity entity(String id) {
    Entity e = snap.entities().get(id);
    if (e == null) throw ApiError.notFound("entity", id);
    return e;
  }

  public FactSeries series(String id) {
    FactSeries f = snap.series().get(id);
    if (f == null) throw ApiError.notFound("fact series", id);
    return f;
  }

  public Annotated document(String id) {
    return store.get(id).orElseThrow(() -> ApiError.notFound("document", id));
  }

  /**
   * The documents a story or an entity narrows a search to; null when neither is given. The same
   * set object comes back for the same story or entity until the next refresh, so the store can
   * reuse the filter built from it.
   */
  public Set<String> within(String storyId, String entityId) {
    Set<String> ids = null;
    if (storyId != null)
      ids = docSets.computeIfAbsent("s:" + storyId, k -> Set.copyOf(storyParam(storyId).docs()));
    if (entityId != null) {
      Set<String> e =
          docSets.computeIfAbsent("e:" + entityId, k -> Set.copyOf(entityParam(entityId).docs()));
      if (ids == null) ids = e;
      else {
        ids = new LinkedHashSet<>(ids);
        ids.retainAll(e);
      }
    }
    return ids;
  }

  /** A story's or an entity's documents in reading order (oldest first), for timelines and maps. */
  public List<String> docsOf(String storyId, String entityId) {
    if (storyId != null) return storyParam(storyId).docs();
    return entityParam(entityId).docs();
  }

  private StoryView storyParam(String id) {
    StoryView s = snap.stories().get(id);
    if (s == null) throw ApiError.badParameter("story", "no story with id '" + id + "'");
    return s;
  }

  private Entity entityParam(String id) {
    Entity e = snap.entities().get(id);
    if (e == null) throw ApiError.badParameter("entity", "no entity with id '" + id + "'");
    return e;
  }

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

  public SearchAnswer search(SearchQuery q, String storyId, String entityId) {
    Set<String> within = within(storyId, entityId);
    SearchResult r;
    List<String> sample = null;
    if (!s0().stories().isEmpty() || !s0().entities().isEmpty()) {
      var both = store.searchWithIds(q, within, FACET_SAMPLE);
      r = both.result();
      sample = both.ids();
    } else {
      r = store.search(q, within);
    }
    Snapshot s = snap;
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

  /** A timeline over some documents, and whether older ones were left out to keep it bounded. */
  public record TimelineAnswer(List<Timeline.Item> items, int documents, boolean truncated) {}

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

  /** A place named in some documents, where it is, and how often and where it was named. */
  public record Place(
      String name, String country, double lat, double lon, int mentions, List<String> docs) {}

  /**
   * Places with coordinates, and for every mention tied to a country, how many mentions each
   * country has.
   */
  public record Places(List<Place> places, Map<String, Integer> countries) {}

  public Places places(List<String> docIds) {
    Map<String, Place> byName = new LinkedHashMap<>();
    Map<String, Integer> countries = new TreeMap<>();
    for (Annotated a :
        load(docIds.size() > TIMELINE_DOCS ? docIds.subList(0, TIMELINE_DOCS) : docIds)) {
      for (Mention m : a.entities()) {
        if (m.country() != null) countries.merge(m.country(), 1, Integer::sum);
        if (Double.isNaN(m.lat()) || Double.isNaN(m.lon())) continue;
        String name = m.canonical() != null ? m.canonical() : m.text();
        // "Russian-backed" and "U.S.-led" stand for their country: one circle, under the country's
        // name
        if ("demonym".equals(m.kind())
            && m.country() != null
            && Countries.name(m.country()) != null) {
          name = Countries.name(m.country());
        }
        Place p = byName.get(name);
        List<String> docs = new ArrayList<>(p == null ? List.of() : p.docs());
        if (!docs.contains(a.document().id())) docs.add(a.document().id());
        byName.put(
            name,
            new Place(name, m.country(), m.lat(), m.lon(), p == null ? 1 : p.mentions() + 1, docs));
      }
    }
    return new Places(List.copyOf(byName.values()), countries);
  }

  /** The series with at least one observation in these documents, by id. */
  public Map<String, FactSeries> seriesIn(Collection<String> docIds) {
    Set<String> docs = Set.copyOf(docIds);
    Map<String, FactSeries> out = new LinkedHashMap<>();
    for (var e : snap.series().entrySet()) {
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
   * How one outlet told a story: its documents, framing markers, and the story's series it reports
   * or leaves out.
   */
  public record OutletView(
      String outlet,
      List<String> docs,
      List<FramingMarker> framing,
      List<String> reports,
      List<String> leavesOut) {}

  public List<OutletView> outlets(StoryView story) {
    Map<String, List<String>> docsBy = new LinkedHashMap<>();
    List<Annotated> docs =
        load(
            story.docs().size() > TIMELINE_DOCS
                ? story.docs().subList(0, TIMELINE_DOCS)
                : story.docs());
    for (Annotated a : docs) {
      String o = a.document().outlet() == null ? "(unknown outlet)" : a.document().outlet();
      docsBy.computeIfAbsent(o, k -> new ArrayList<>()).add(a.document().id());
    }
    Map<String, FactSeries> all = seriesIn(story.docs());
    SituationView v = store.situation();
    List<OutletView> out = new ArrayList<>();
    for (var e : docsBy.entrySet()) {
      Set<String> mine = Set.copyOf(e.getValue());
      List<FramingMarker> framing = new ArrayList<>();
      for (String d : e.getValue()) framing.addAll(v.framing(d));
      List<String> reports = new ArrayList<>(), leaves = new ArrayList<>();
      for (var s : all.entrySet()) {
        boolean has = s.getValue().observations().stream().anyMatch(o -> mine.contains(o.docId()));
        (has ? reports : leaves).add(s.getKey());
      }
      out.add(new OutletView(e.getKey(), e.getValue(), framing, reports, leaves));
    }
    return out;
  }

  /** An entity with what pages show beside it: quotes by and about it, and who is named with it. */
  public record EntityDetail(
      Entity entity,
      List<QuoteVariants.Statement> quotesBy,
      List<QuoteVariants.Statement> quotesAbout,
      List<SearchResult.FacetCount> coMentioned) {}

  public EntityDetail detail(Entity e) {
    Set<String> names = new LinkedHashSet<>(e.variants());
    names.add(e.name());
    List<QuoteVariants.Statement> by = new ArrayList<>(), about = new ArrayList<>();
    for (QuoteVariants.Statement st : snap.statements()) {
      if (st.speaker() != null && names.contains(st.speaker())) {
        by.add(st);
        continue;
      }
      String text = st.variants().isEmpty() ? "" : st.variants().get(0).text();
      if (names.stream().anyMatch(n -> n.length() >= 4 && text.contains(n))) about.add(st);
    }
    Map<String, Long> co = new HashMap<>();
    for (String d : e.docs()) {
      for (String other : snap.entitiesOfDoc().getOrDefault(d, List.of())) {
        if (!other.equals(e.id())) co.merge(other, 1L, Long::sum);
      }
    }
    return new EntityDetail(e, by, about, top(co));
  }

  /** The resolution as this server holds it, for situation reports. */
  public BriefBuilder.Resolved resolved() {
    Snapshot s = snap;
    return new BriefBuilder.Resolved(
        List.copyOf(s.entities().values()), List.copyOf(s.series().values()), s.statements());
  }

  /**
   * Offices and their holders, those whose title contains {@code role} (any case) and whose owner
   * is {@code of} (an ISO code, a country's name or an organisation), each filter when not null.
   */
  public List<Offices.Office> offices(String role, String of) {
    return Offices.matching(Offices.of(List.copyOf(snap.entities().values())), role, of);
  }

  public Optional<String> storyOf(String docId) {
    return Optional.ofNullable(snap.storyOfDoc().get(docId));
  }
}

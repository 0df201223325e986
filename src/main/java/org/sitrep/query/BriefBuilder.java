package org.sitrep.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.report.Brief;
import org.sitrep.report.Labels;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.Offices;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesIds;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;

/**
 * Builds the {@link Brief} of some articles from a store and its last resolution. Figures, people
 * and statements come from the resolution, restricted to the articles; events and outlets are read
 * from the articles themselves, the latest {@link #MAX_ARTICLES} of them when there are more (the
 * brief then says it was cut).
 */
public final class BriefBuilder {
  /** How many articles are read one by one, newest first, for events, framing and outlets. */
  public static final int MAX_ARTICLES = Brief.MAX_ARTICLES;

  static final int FIGURES = 8,
      PEOPLE = 10,
      ORGANISATIONS = 8,
      PLACES = 10,
      SAID = 10,
      HAPPENED = 15,
      CONFLICTS = 3;
  private static final Set<String> PLANS = Set.of("planned", "pledged");

  private final Store store;
  private final SituationView situation;
  private final Snapshot resolved;
  private final Map<String, Integer> cited = new LinkedHashMap<>();
  private final Map<String, Annotated> loaded = new HashMap<>();
  private final Map<String, Integer> totals = new LinkedHashMap<>();

  private BriefBuilder(Store store, Snapshot resolved) {
    this.store = store;
    this.situation = store.situation();
    this.resolved = resolved;
  }

  /**
   * The brief of the articles {@code docIds} (oldest first), titled {@code title}; {@code scope}
   * says what they are ("story s12", "entity e3 (Boris Pistorius)", "search: brigade"), {@code
   * reports} how many distinct reports they are when known, else null.
   */
  public static Brief build(
      Store store, List<String> docIds, String title, String scope, Integer reports) {
    SituationView v = store.situation();
    return build(
        store,
        Snapshot.of(v.entities(), v.stories(), v.facts(), v.statements()),
        docIds,
        title,
        scope,
        reports);
  }

  /** The same, from a snapshot already in memory (read once, not per brief). */
  public static Brief build(
      Store store,
      Snapshot resolved,
      List<String> docIds,
      String title,
      String scope,
      Integer reports) {
    return new BriefBuilder(store, resolved).brief(docIds, title, scope, reports);
  }

  private Brief brief(List<String> docIds, String title, String scope, Integer reports) {
    Set<String> inScope = new LinkedHashSet<>(docIds);
    boolean truncated = docIds.size() > MAX_ARTICLES;
    List<Annotated> docs = new ArrayList<>();
    for (String id : docIds.subList(Math.max(0, docIds.size() - MAX_ARTICLES), docIds.size()))
      load(id).ifPresent(docs::add);
    docs.sort(
        Comparator.comparing(
            (Annotated a) -> a.document().published().value(),
            Comparator.nullsLast(Comparator.naturalOrder())));

    List<Brief.Figure> figures = figures(inScope);
    List<Brief.Said> said = said(inScope);
    List<Brief.Happened> happened = happened(docs);
    List<Entity> entities = List.copyOf(resolved.entities().values());
    List<Brief.Person> people = people(entities, inScope);
    List<Brief.Named> organisations = named(entities, "ORGANIZATION", inScope, ORGANISATIONS);
    List<Brief.Named> places = named(entities, "LOCATION", inScope, PLACES);
    List<Brief.OutletLine> byOutlet = byOutlet(docs, figures, inScope);

    String first = null, last = null;
    Set<String> outlets = new LinkedHashSet<>();
    for (Annotated a : docs) {
      String d = a.document().published().value();
      if (d != null && (first == null || d.compareTo(first) < 0)) first = d;
      if (d != null && (last == null || d.compareTo(last) > 0)) last = d;
      if (a.document().outlet() != null) outlets.add(a.document().outlet());
    }
    return new Brief(
        shortTitle(title),
        scope,
        first,
        last,
        inScope.size(),
        reports == null ? 0 : reports,
        List.copyOf(outlets),
        figures,
        people,
        organisations,
        places,
        said,
        happened,
        byOutlet,
        sources(),
        truncated,
        Map.copyOf(totals));
  }

  /**
   * A story's title is its first article's title or first sentence: cut at a word near 120
   * characters.
   */
  public static String shortTitle(String title) {
    if (title == null || title.isBlank()) return "(untitled)";
    return org.sitrep.model.ArticleName.clip(title, 120);
  }

  private Optional<Annotated> load(String id) {
    if (!loaded.containsKey(id)) loaded.put(id, store.get(id).orElse(null));
    return Optional.ofNullable(loaded.get(id));
  }

  /** The number a source is cited by, given on first citation. */
  private int cite(String docId) {
    return cited.computeIfAbsent(docId, k -> cited.size() + 1);
  }

  private List<Brief.Source> sources() {
    List<Brief.Source> out = new ArrayList<>();
    for (var e : cited.entrySet()) {
      Document d = load(e.getKey()).map(Annotated::document).orElse(null);
      out.add(
          d == null
              ? new Brief.Source(e.getValue(), e.getKey(), null, null, null, null)
              : new Brief.Source(
                  e.getValue(),
                  e.getKey(),
                  d.published().value(),
                  d.outlet(),
                  org.sitrep.model.ArticleName.of(d),
                  d.source() == null
                      ? null
                      : d.source().url() != null ? d.source().url() : d.source().path(),
                  d.language()));
    }
    return out;
  }

  /** The series most observed in scope: latest value, latest plan, earlier values, conflicts. */
  private List<Brief.Figure> figures(Set<String> inScope) {
    record InScope(FactSeries series, List<Observation> obs) {}
    List<InScope> all = new ArrayList<>();
    for (FactSeries s : resolved.series().values()) {
      List<Observation> obs =
          s.observations().stream().filter(o -> inScope.contains(o.docId())).toList();
      if (!obs.isEmpty()) all.add(new InScope(s, obs));
    }
    all.sort(
        Comparator.comparingInt((InScope s) -> -s.obs().size())
            .thenComparing(s -> s.series().key()));
    totals.put("figures", all.size());
    List<Brief.Figure> out = new ArrayList<>();
    for (InScope s : all.subList(0, Math.min(FIGURES, all.size()))) {
      List<Observation> now = s.obs().stream().filter(o -> !PLANS.contains(o.status())).toList();
      List<Observation> plans = s.obs().stream().filter(o -> PLANS.contains(o.status())).toList();
      Observation latest = latestDated(now), plan = latestDated(plans);
      List<Brief.Value> before = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String measure = s.series().key().measure();
      if (latest != null) seen.add(Labels.value(latest));
      for (int i = now.size() - 1; i >= 0 && before.size() < 4; i--) {
        Observation o = now.get(i);
        if (o != latest && o.dated() && seen.add(Labels.value(o))) before.add(0, value(o, measure));
      }
      // the latest conflicts in scope are shown and cited, the others counted
      List<FactSeries.Conflict> disagree = new ArrayList<>();
      List<Observation> obs = s.series().observations();
      for (FactSeries.Conflict c : s.series().conflicts()) {
        if (inScope.contains(obs.get(c.a()).docId()) && inScope.contains(obs.get(c.b()).docId()))
          disagree.add(c);
      }
      String id = SeriesIds.of(s.series().key());
      if (disagree.size() > CONFLICTS) totals.put(Brief.conflictsOf(id), disagree.size());
      List<Brief.Conflict> conflicts = new ArrayList<>();
      for (FactSeries.Conflict c :
          disagree.subList(Math.max(0, disagree.size() - CONFLICTS), disagree.size())) {
        conflicts.add(
            new Brief.Conflict(
                c.period(), c.why(), cite(obs.get(c.a()).docId()), cite(obs.get(c.b()).docId())));
      }
      out.add(
          new Brief.Figure(
              Labels.series(s.series().key()),
              id,
              latest == null ? null : value(latest, measure),
              plan == null ? null : value(plan, measure),
              before,
              conflicts,
              s.obs().size()));
    }
    return out;
  }

  /** The last dated observation, else the last one; null for none. */
  private static Observation latestDated(List<Observation> obs) {
    for (int i = obs.size() - 1; i >= 0; i--) if (obs.get(i).dated()) return obs.get(i);
    return obs.isEmpty() ? null : obs.get(obs.size() - 1);
  }

  private Brief.Value value(Observation o, String measure) {
    return new Brief.Value(
        Labels.figure(o, measure),
        o.status(),
        o.asOf(),
        o.target(),
        o.attributedTo(),
        cite(o.docId()),
        o.evidence());
  }

  /** People named in the most articles in scope, with the offices they were seen holding. */
  private List<Brief.Person> people(List<Entity> entities, Set<String> inScope) {
    Map<String, Integer> quotes = new HashMap<>();
    for (QuoteVariants.Statement st : resolved.statements()) {
      if (st.speaker() != null
          && st.variants().stream().anyMatch(v -> inScope.contains(v.docId()))) {
        quotes.merge(st.speaker(), 1, Integer::sum);
      }
    }
    List<Brief.Person> out = new ArrayList<>();
    for (Entity e : top(entities, "PERSON", inScope, PEOPLE, "people")) {
      List<String> roles = new ArrayList<>();
      for (Entity.RoleSpell r : Offices.withWhose(e.roles())) {
        // A title the report's own articles give the person, not one read elsewhere and at
        // another time.
        if (r.docs().stream().noneMatch(inScope::contains)) continue;
        String where = r.country() == null ? "" : " (" + Labels.place(r.country()) + ")";
        String when =
            r.firstSeen() == null
                ? ""
                : r.firstSeen().equals(r.lastSeen()) || r.lastSeen() == null
                    ? ", seen " + r.firstSeen()
                    : ", seen " + r.firstSeen() + " to " + r.lastSeen();
        roles.add(r.role() + where + when);
      }
      int said = 0;
      for (String n : names(e)) said += quotes.getOrDefault(n, 0);
      out.add(new Brief.Person(e.id(), e.name(), roles, articlesIn(e, inScope), said));
    }
    return out;
  }

  private List<Brief.Named> named(
      List<Entity> entities, String type, Set<String> inScope, int limit) {
    String key = type.equals("LOCATION") ? "places" : "organisations";
    return top(entities, type, inScope, limit, key).stream()
        .map(e -> new Brief.Named(e.id(), e.name(), articlesIn(e, inScope)))
        .toList();
  }

  private List<Entity> top(
      List<Entity> entities, String type, Set<String> inScope, int limit, String section) {
    // Each entity's count once, not per comparison: an entity of a large story lists every article.
    Map<Entity, Integer> counts = new IdentityHashMap<>(); // a record's hash would walk its lists
    for (Entity e : entities) {
      if (!type.equals(e.type())) continue;
      int n = articlesIn(e, inScope);
      if (n > 0) counts.put(e, n);
    }
    totals.put(section, counts.size());
    return counts.keySet().stream()
        .sorted(
            Comparator.comparingInt((Entity e) -> -counts.get(e))
                .thenComparingInt(e -> -e.mentions())
                .thenComparing(Entity::name)
                .thenComparing(Entity::id))
        .limit(limit)
        .toList();
  }

  private static int articlesIn(Entity e, Set<String> inScope) {
    int n = 0;
    for (String d : e.docs()) if (inScope.contains(d)) n++;
    return n;
  }

  private static Set<String> names(Entity e) {
    Set<String> n = new LinkedHashSet<>(e.variants());
    n.add(e.name());
    return n;
  }

  /** Attributed statements in scope, the most often rendered first, then the earliest. */
  private List<Brief.Said> said(Set<String> inScope) {
    record Candidate(QuoteVariants.Statement st, QuoteVariants.Item first) {}
    List<Candidate> all = new ArrayList<>();
    for (QuoteVariants.Statement st : resolved.statements()) {
      if (st.speaker() == null) continue;
      st.variants().stream()
          .filter(v -> inScope.contains(v.docId()))
          .findFirst()
          .ifPresent(v -> all.add(new Candidate(st, v)));
    }
    all.sort(Comparator.comparingInt((Candidate c) -> -c.st().variants().size()));
    totals.put("said", all.size());
    List<Brief.Said> out = new ArrayList<>();
    for (Candidate c : all.subList(0, Math.min(SAID, all.size()))) {
      // a quote's own closing comma belongs to the sentence around it, not to the words
      String text = c.first().text().strip().replaceAll("[,;:]$", "");
      out.add(
          new Brief.Said(
              c.st().speaker(), text, cite(c.first().docId()), c.st().variants().size()));
    }
    return out;
  }

  /**
   * Events with an actor and a target or a place, one line per distinct date and description; when
   * there are more than {@link #HAPPENED}, those with a figure, both a target and a place, and a
   * date of their own are kept.
   */
  private List<Brief.Happened> happened(List<Annotated> docs) {
    record Candidate(int score, String date, String what, String status, Annotated doc, Event e) {}
    Map<String, Candidate> unique = new LinkedHashMap<>();
    for (Annotated a : docs) {
      for (Event e : a.events()) {
        if (e.actor() == null || (e.target() == null && e.location() == null)) continue;
        boolean own = e.time() != null && e.time().matches("\\d{4}-\\d{2}.*");
        String date = own ? e.time() : a.document().published().value();
        String quantity =
            e.quantityIndex() >= 0 && e.quantityIndex() < a.quantities().size()
                ? a.quantities().get(e.quantityIndex()).text()
                : null;
        String what =
            e.type()
                + " · "
                + Labels.place(e.actor())
                + (e.target() == null ? "" : " → " + Labels.place(e.target()))
                + (e.location() == null || e.location().equals(e.target())
                    ? ""
                    : " in " + Labels.place(e.location()))
                + (quantity == null ? "" : " · " + quantity);
        int score =
            (quantity != null ? 2 : 0)
                + (e.target() != null && e.location() != null ? 1 : 0)
                + (own ? 1 : 0);
        unique.putIfAbsent(
            date + "|" + what, new Candidate(score, date, what, e.status().json(), a, e));
      }
    }
    List<Candidate> kept = new ArrayList<>(unique.values());
    totals.put("happened", kept.size());
    kept.sort(Comparator.comparingInt((Candidate c) -> -c.score()));
    kept = new ArrayList<>(kept.subList(0, Math.min(HAPPENED, kept.size())));
    kept.sort(
        Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Brief.Happened> out = new ArrayList<>();
    for (Candidate c : kept) {
      out.add(
          new Brief.Happened(
              c.date(),
              c.what(),
              c.status(),
              cite(c.doc().document().id()),
              c.doc().sentenceText(c.e().start())));
    }
    return out;
  }

  /**
   * Per outlet, when there are several: its articles, its framing markers, the brief's figures it
   * leaves out.
   */
  private List<Brief.OutletLine> byOutlet(
      List<Annotated> docs, List<Brief.Figure> figures, Set<String> inScope) {
    Map<String, List<String>> docsBy = new LinkedHashMap<>();
    for (Annotated a : docs) {
      String o = a.document().outlet() == null ? Situations.UNKNOWN_OUTLET : a.document().outlet();
      docsBy.computeIfAbsent(o, k -> new ArrayList<>()).add(a.document().id());
    }
    if (docsBy.size() < 2) return List.of();
    Map<String, Set<String>> docsOfSeries = new HashMap<>();
    for (FactSeries s : resolved.series().values()) {
      for (Observation o : s.observations()) {
        if (inScope.contains(o.docId()))
          docsOfSeries.computeIfAbsent(SeriesIds.of(s.key()), k -> new HashSet<>()).add(o.docId());
      }
    }
    List<Brief.OutletLine> out = new ArrayList<>();
    for (var e : docsBy.entrySet()) {
      Set<Brief.Marker> framing = new LinkedHashSet<>();
      for (String d : e.getValue()) {
        for (FramingMarker m : situation.framing(d))
          framing.add(new Brief.Marker(m.kind(), m.text(), m.why(), cite(d)));
      }
      List<String> leaves = new ArrayList<>();
      for (Brief.Figure f : figures) {
        Set<String> has = docsOfSeries.getOrDefault(f.seriesId(), Set.of());
        // left out only where at least two other outlets report it: one outlet's figure is not the
        // story's
        long others =
            docsBy.entrySet().stream()
                .filter(
                    o ->
                        !o.getKey().equals(e.getKey())
                            && o.getValue().stream().anyMatch(has::contains))
                .count();
        if (others >= 2 && e.getValue().stream().noneMatch(has::contains)) leaves.add(f.series());
      }
      out.add(new Brief.OutletLine(e.getKey(), e.getValue().size(), List.copyOf(framing), leaves));
    }
    out.sort(
        Comparator.comparingInt((Brief.OutletLine o) -> -o.articles())
            .thenComparing(Brief.OutletLine::outlet));
    return out;
  }
}

package org.sitrep.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.SeriesIds;
import org.sitrep.resolve.quote.QuoteVariants;

/**
 * The resolved picture as both front ends read it, in the one order they show it: entities most
 * mentioned first (then by name), stories by latest activity (then largest), fact series most
 * observed first (then by id); with the indexes pages and reports need (document to story, document
 * to entities). Built from the last resolution saved in a store, or from one an ingest has just
 * made.
 */
public record Snapshot(
    Map<String, Entity> entities,
    Map<String, StoryView> stories,
    Map<String, FactSeries> series,
    Map<String, String> storyOfDoc,
    Map<String, List<String>> entitiesOfDoc,
    List<QuoteVariants.Statement> statements) {

  /** The snapshot of a resolution's entities, stories, series and statements. */
  public static Snapshot of(
      Collection<Entity> ents,
      Collection<StoryView> storyList,
      Collection<FactSeries> facts,
      List<QuoteVariants.Statement> statements) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    ents.stream()
        .sorted(
            Comparator.comparingInt(Entity::mentions)
                .reversed()
                .thenComparing(Entity::name)
                .thenComparing(Entity::id))
        .forEach(e -> entities.put(e.id(), e));
    Map<String, StoryView> stories = new LinkedHashMap<>();
    storyList.stream()
        .sorted(
            Comparator.comparing((StoryView s) -> s.last() == null ? "" : s.last())
                .reversed()
                .thenComparing(s -> -s.docs().size())
                .thenComparing(StoryView::id))
        .forEach(s -> stories.put(s.id(), s));
    List<Map.Entry<String, FactSeries>> byId = new ArrayList<>();
    for (FactSeries f : facts) byId.add(Map.entry(SeriesIds.of(f.key()), f));
    byId.sort(
        Comparator.comparingInt(
                (Map.Entry<String, FactSeries> e) -> -e.getValue().observations().size())
            .thenComparing(Map.Entry::getKey));
    Map<String, FactSeries> series = new LinkedHashMap<>();
    for (var e : byId) series.put(e.getKey(), e.getValue());
    Map<String, String> storyOf = new HashMap<>();
    for (StoryView s : stories.values()) for (String d : s.docs()) storyOf.put(d, s.id());
    Map<String, List<String>> entitiesOf = new HashMap<>();
    for (Entity e : entities.values()) {
      for (String d : e.docs()) entitiesOf.computeIfAbsent(d, k -> new ArrayList<>()).add(e.id());
    }
    List<QuoteVariants.Statement> said = new ArrayList<>(statements);
    said.sort(Comparator.comparingLong(st -> number(st.id())));
    return new Snapshot(
        entities, stories, series, Layered.of(storyOf), Layered.of(entitiesOf), List.copyOf(said));
  }

  /** A statement by id, found by its number in the list (statements are in number order). */
  public QuoteVariants.Statement statement(String id) {
    int i = indexOf(statements, number(id));
    return i >= 0 ? statements.get(i) : null;
  }

  /** Where the statement numbered {@code n} is in {@code list}, or (-(insertion point) - 1). */
  private static int indexOf(List<QuoteVariants.Statement> list, long n) {
    int lo = 0, hi = list.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long m = number(list.get(mid).id());
      if (m < n) lo = mid + 1;
      else if (m > n) hi = mid - 1;
      else return mid;
    }
    return -(lo + 1);
  }

  private static final Comparator<Entity> ENTITY_ORDER =
      Comparator.comparingInt(Entity::mentions)
          .reversed()
          .thenComparing(Entity::name)
          .thenComparing(Entity::id);

  private static final Comparator<StoryView> STORY_ORDER =
      Comparator.comparing((StoryView s) -> s.last() == null ? "" : s.last())
          .reversed()
          .thenComparing(s -> -s.docs().size())
          .thenComparing(StoryView::id);

  private static final Comparator<Map.Entry<String, FactSeries>> SERIES_ORDER =
      Comparator.comparingInt(
              (Map.Entry<String, FactSeries> e) -> -e.getValue().observations().size())
          .thenComparing(Map.Entry::getKey);

  /**
   * This picture with some items replaced, added or (mapped to null) removed, and the stories and
   * entities of documents added since; this snapshot is left as it was, so readers holding it go on
   * seeing one consistent picture. The per-document indexes are shared, not copied; the lists of
   * items are put in order again, which costs what they hold, not what the store holds.
   *
   * @param series changed series by id ({@link SeriesIds#of})
   * @param addedStoryOf the story of each document added since (documents not in this snapshot)
   * @param addedEntitiesOf the entities each added document names
   */
  public Snapshot with(
      Map<String, Entity> changedEntities,
      Map<String, StoryView> changedStories,
      Map<String, FactSeries> series,
      Map<String, QuoteVariants.Statement> changedStatements,
      Map<String, String> addedStoryOf,
      Map<String, List<String>> addedEntitiesOf) {
    Map<String, Entity> ents = entities;
    if (!changedEntities.isEmpty()) {
      List<Entity> all = merged(entities, changedEntities);
      all.sort(ENTITY_ORDER);
      ents = new LinkedHashMap<>();
      for (Entity e : all) ents.put(e.id(), e);
    }
    Map<String, StoryView> sts = stories;
    if (!changedStories.isEmpty()) {
      List<StoryView> all = merged(stories, changedStories);
      all.sort(STORY_ORDER);
      sts = new LinkedHashMap<>();
      for (StoryView s : all) sts.put(s.id(), s);
    }
    Map<String, FactSeries> srs = this.series;
    if (!series.isEmpty()) {
      Map<String, FactSeries> m = new HashMap<>(this.series);
      for (var e : series.entrySet()) {
        if (e.getValue() == null) m.remove(e.getKey());
        else m.put(e.getKey(), e.getValue());
      }
      List<Map.Entry<String, FactSeries>> byId = new ArrayList<>(m.entrySet());
      byId.sort(SERIES_ORDER);
      srs = new LinkedHashMap<>();
      for (var e : byId) srs.put(e.getKey(), e.getValue());
    }
    List<QuoteVariants.Statement> said = statements;
    if (!changedStatements.isEmpty()) {
      // in number order: each changed one replaces its own, a new one goes where its number puts it
      List<QuoteVariants.Statement> all = new ArrayList<>(statements);
      for (var e : changedStatements.entrySet()) {
        int i = indexOf(all, number(e.getKey()));
        if (i >= 0) {
          if (e.getValue() == null) all.remove(i);
          else all.set(i, e.getValue());
        } else if (e.getValue() != null) {
          all.add(-i - 1, e.getValue());
        }
      }
      said = java.util.Collections.unmodifiableList(all);
    }
    return new Snapshot(
        ents,
        sts,
        srs,
        storyOfDoc instanceof Layered<String, String> l
            ? l.with(addedStoryOf)
            : Layered.<String, String>of(new HashMap<>(storyOfDoc)).with(addedStoryOf),
        entitiesOfDoc instanceof Layered<String, List<String>> l
            ? l.with(addedEntitiesOf)
            : Layered.<String, List<String>>of(new HashMap<>(entitiesOfDoc)).with(addedEntitiesOf),
        said);
  }

  private static <T> List<T> merged(Map<String, T> items, Map<String, T> changed) {
    List<T> all = new ArrayList<>(items.size() + changed.size());
    for (var e : items.entrySet()) if (!changed.containsKey(e.getKey())) all.add(e.getValue());
    for (T t : changed.values()) if (t != null) all.add(t);
    return all;
  }

  /** A statement's number: its id without the leading letter ("q12" is 12). */
  private static long number(String id) {
    return Long.parseLong(id.substring(1));
  }
}

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
    return new Snapshot(entities, stories, series, storyOf, entitiesOf, List.copyOf(statements));
  }
}

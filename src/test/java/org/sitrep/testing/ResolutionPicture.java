package org.sitrep.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;

/**
 * Everything a saved resolution holds, comparable: what tests of resolution kept up to date compare
 * with what a rebuild from every stored document gives.
 */
public record ResolutionPicture(
    List<Entity> entities,
    List<StoryView> stories,
    List<FactSeries> facts,
    List<QuoteVariants.Statement> statements,
    Map<String, List<FramingMarker>> framing,
    Map<String, String> storyOf) {

  /** The store's picture as it reads now, with the framing and story of each of {@code ids}. */
  public static ResolutionPicture of(Store store, List<String> ids) {
    return of(store.situation(), ids);
  }

  /** The picture {@code v} gives, with the framing and story of each of {@code ids}. */
  public static ResolutionPicture of(SituationView v, List<String> ids) {
    Map<String, List<FramingMarker>> framing = new LinkedHashMap<>();
    Map<String, String> storyOf = new LinkedHashMap<>();
    for (String id : ids) {
      framing.put(id, v.framing(id));
      storyOf.put(id, v.storyOf(id).orElse(null));
    }
    return new ResolutionPicture(
        v.entities(), v.stories(), v.facts(), v.statements(), framing, storyOf);
  }

  /**
   * Where this picture first differs from {@code other}, in a line or two (the part, the item's
   * position and both versions of it); null when they are equal.
   */
  public String firstDifference(ResolutionPicture other) {
    String d = first("entities", entities, other.entities);
    if (d == null) d = first("stories", stories, other.stories);
    if (d == null) d = first("facts", facts, other.facts);
    if (d == null) d = first("statements", statements, other.statements);
    if (d == null)
      d = first("framing", List.copyOf(framing.entrySet()), List.copyOf(other.framing.entrySet()));
    if (d == null)
      d = first("storyOf", List.copyOf(storyOf.entrySet()), List.copyOf(other.storyOf.entrySet()));
    return d;
  }

  /** Each series' key with the keys it is linked to (part and whole), for series with links. */
  public static Map<String, Set<String>> links(List<FactSeries> facts) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (FactSeries f : facts) {
      Set<String> linked = new TreeSet<>();
      for (var k : f.linked()) linked.add(k.toString());
      if (!linked.isEmpty()) out.put(f.key().toString(), linked);
    }
    return out;
  }

  private static String first(String part, List<?> a, List<?> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i)))
        return part + " #" + i + ":\n  " + a.get(i) + "\n  " + b.get(i);
    }
    return a.size() == b.size() ? null : part + ": " + a.size() + " against " + b.size();
  }
}

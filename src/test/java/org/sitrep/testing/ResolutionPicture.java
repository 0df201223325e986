package org.sitrep.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}

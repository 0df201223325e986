package org.sitrep.resolve;

import java.util.List;
import java.util.Map;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;

/**
 * The picture across every article read: entities, stories, fact series, statements with their
 * variants, framing markers, and for each document its story, its duplicate group and the entity id
 * of each mention.
 */
public record Situation(
    List<Entity> entities,
    List<StoryView> stories,
    List<FactSeries> facts,
    List<QuoteVariants.Statement> statements,
    List<FramingMarker> framing,
    Map<String, DocLinks> docs) {

  /**
   * Where one document went: its story, the report it copies (or null), and its mentions' entity
   * ids.
   */
  public record DocLinks(String story, String duplicateOf, List<String> entityIds) {}
}

package org.sitrep.cli;

import java.util.Comparator;
import java.util.List;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.store.BadQueryException;
import org.sitrep.store.Page;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** What a command looks at: one story, one entity's articles, or the best matches of a search. */
final class ScopeOptions {
  /** How many of a search's best matches make its scope. */
  static final int SEARCH_HITS = 200;

  @Option(names = "--story", paramLabel = "ID", description = "A story's articles.")
  String story;

  @Option(names = "--entity", paramLabel = "ID", description = "The articles that name an entity.")
  String entity;

  @Option(
      names = "--query",
      paramLabel = "Q",
      description = "The best " + SEARCH_HITS + " matches of a search (Lucene syntax).")
  String query;

  /**
   * The chosen articles, oldest first, with a title and a description of the scope; {@code reports}
   * is the number of distinct reports when known (a story), {@code entityName} the entity's name
   * when the scope is an entity.
   */
  record Chosen(
      List<String> ids, String title, String description, Integer reports, String entityName) {}

  Chosen choose(Store store) {
    if (story != null) {
      StoryView s =
          store
              .situation()
              .story(story)
              .orElseThrow(() -> new UserError("no story with id " + story));
      return new Chosen(s.docs(), s.title(), "Story " + s.id(), s.distinctReports(), null);
    }
    if (entity != null) {
      Entity e =
          store
              .situation()
              .entity(entity)
              .orElseThrow(() -> new UserError("no entity with id " + entity));
      return new Chosen(
          e.docs(),
          e.name(),
          "Entity " + e.id() + " (" + e.type().toLowerCase(java.util.Locale.ROOT) + ")",
          null,
          e.name());
    }
    try {
      List<SearchResult.Hit> hits =
          store.search(new SearchQuery(query, null, Page.first(SEARCH_HITS))).hits();
      List<String> ids =
          hits.stream()
              .sorted(
                  Comparator.comparing(
                      SearchResult.Hit::published, Comparator.nullsLast(Comparator.naturalOrder())))
              .map(SearchResult.Hit::id)
              .toList();
      return new Chosen(ids, query, "Search \"" + query + "\"", null, null);
    } catch (BadQueryException ex) {
      throw new UserError(ex.getMessage());
    }
  }
}

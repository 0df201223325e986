package org.sitrep.store;

import java.util.List;
import java.util.Set;

/**
 * The port for full-text search, derived from a {@link DocumentStore}: anything it holds can be
 * rebuilt from there, so its writes need not be durable at once. An adapter for a search server
 * (OpenSearch) implements the same.
 */
public interface SearchIndex extends AutoCloseable {
  /**
   * Adds a document, replacing any entry with the same id; visible to search at once, durable after
   * commit.
   */
  void index(Searchable doc);

  void delete(String id);

  /** Every indexed id, committed or not. */
  Set<String> ids();

  long count();

  SearchResult search(SearchQuery q);

  /** A search restricted to documents whose id is in {@code within} (null: no restriction). */
  SearchResult search(SearchQuery q, Set<String> within);

  /** A search plus the ids of its best {@code sample} matches, best first, in one pass. */
  SearchWithIds searchWithIds(SearchQuery q, Set<String> within, int sample);

  /**
   * The ids of the best {@code max} matches, best first, without snippets or facets: cheap enough
   * to intersect.
   */
  List<String> matchingIds(SearchQuery q, Set<String> within, int max);

  /** Makes what was indexed so far survive a crash. */
  void commit();

  /**
   * For a reader beside another process's writer: moves searches to that writer's last commit. The
   * writer's own searches see every write already.
   */
  default void refresh() {}

  @Override
  void close();
}

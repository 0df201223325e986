package org.sitrep.store;

import java.util.List;

/**
 * A page of search results and the ids of the best matches beyond it, from one pass over the index.
 */
public record SearchWithIds(SearchResult result, List<String> ids) {
  public SearchWithIds {
    ids = List.copyOf(ids);
  }
}

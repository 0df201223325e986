package org.sitrep.store;

import java.util.List;

/**
 * One page of search hits, best first, with the total number of matching documents and facet counts
 * over all of them (not just this page): how many matches each outlet and each label holds, largest
 * first, at most 20 each. Facets drill sideways: the outlet counts ignore the outlet filter (and
 * the label counts the label filter), so they say how many matches choosing another outlet would
 * give; every other filter applies.
 */
public record SearchResult(
    long total, List<Hit> hits, List<FacetCount> outlets, List<FacetCount> labels) {
  public SearchResult {
    hits = List.copyOf(hits);
    outlets = List.copyOf(outlets);
    labels = List.copyOf(labels);
  }

  /**
   * A matching document. {@code snippet} is the best passage of the body with each match wrapped in
   * {@code <b>...</b>}; the rest of the text is HTML-escaped so a page can show it as is.
   */
  public record Hit(
      String id,
      String title,
      String outlet,
      String label,
      String published,
      float score,
      String snippet) {}

  /** How many matching documents carry one value of a facet. */
  public record FacetCount(String value, long count) {}
}

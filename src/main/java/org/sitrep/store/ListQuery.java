package org.sitrep.store;

/**
 * A listing of stored documents, newest publication date first (unknown dates last, then by id).
 */
public record ListQuery(Filters filters, Page page) {
  public ListQuery {
    if (filters == null) filters = Filters.NONE;
    if (page == null) throw new IllegalArgumentException("page is required");
  }

  public static ListQuery all(int limit) {
    return new ListQuery(Filters.NONE, Page.first(limit));
  }
}

package org.sitrep.store;

/**
 * Which slice of a result to return: skip {@code offset} items, then return at most {@code limit}.
 */
public record Page(int offset, int limit) {
  /**
   * Deep pages cost memory in Lucene (it keeps offset+limit hits); past this a caller should narrow
   * the query.
   */
  public static final int MAX_END = 100_000;

  public static final int MAX_LIMIT = 1_000;

  public Page {
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if ((long) offset + limit > MAX_END) {
      throw new IllegalArgumentException(
          "offset + limit must be <= " + MAX_END + ", was " + ((long) offset + limit));
    }
  }

  public static Page first(int limit) {
    return new Page(0, limit);
  }

  public Page next() {
    return new Page(offset + limit, limit);
  }

  int end() {
    return offset + limit;
  }
}

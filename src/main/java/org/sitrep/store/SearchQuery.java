package org.sitrep.store;

/**
 * A full-text search. {@code text} is Lucene query syntax over title and body (terms are ANDed
 * unless OR is written; "quoted phrases", wildcards, title:word, -excluded); blank means every
 * document, filtered.
 */
public record SearchQuery(String text, Filters filters, Page page) {
  public SearchQuery {
    if (text == null) text = "";
    if (filters == null) filters = Filters.NONE;
    if (page == null) throw new IllegalArgumentException("page is required");
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Filters.NONE, Page.first(10));
  }

  public SearchQuery with(Filters f) {
    return new SearchQuery(text, f, page);
  }

  public SearchQuery with(Page p) {
    return new SearchQuery(text, filters, p);
  }
}

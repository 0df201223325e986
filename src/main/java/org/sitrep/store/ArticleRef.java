package org.sitrep.store;

/**
 * How an article is shown where it is listed: its name ({@link org.sitrep.model.ArticleName}), its
 * outlet (null when unknown), its publication date (null when unknown) and its language (ISO 639-1
 * as stored, null when unknown).
 */
public record ArticleRef(String id, String name, String outlet, String published, String language) {
  public ArticleRef(String id, String name, String outlet, String published) {
    this(id, name, outlet, published, null);
  }
}

package org.sitrep.store;

/**
 * How an article is shown where it is listed: its name ({@link org.sitrep.model.ArticleName}), its
 * outlet (null when unknown) and its publication date (null when unknown).
 */
public record ArticleRef(String id, String name, String outlet, String published) {}

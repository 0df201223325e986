package org.sitrep.store;

/**
 * What a resolution run did: how many documents it added to the picture across the store, and how
 * large the picture now is (documents resolved, entities, stories, fact series, statements).
 */
public record Resolution(
    int added, long docs, long entities, long stories, long series, long statements) {}

package org.sitrep.store;

import java.util.Set;

/**
 * What a resolution run did: how many documents it added to the picture across the store, how large
 * the picture now is (documents resolved, entities, stories, fact series, statements), and which
 * items the added documents changed.
 */
public record Resolution(
    int added,
    long docs,
    long entities,
    long stories,
    long series,
    long statements,
    Changed changed) {

  /**
   * The ids of the items a run changed or created: entities, stories, fact series (as {@code
   * SeriesKey.toString()}), statements.
   */
  public record Changed(
      Set<String> entities, Set<String> stories, Set<String> series, Set<String> statements) {
    static Changed empty() {
      return new Changed(
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>());
    }
  }
}

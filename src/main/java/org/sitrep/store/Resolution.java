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
   * SeriesKey.toString()}), statements; and where the resolution stood before the run ({@link
   * Store#resolvedThrough()}): the run added the documents stored after that point, so an item read
   * before the run and these ids are all a reader needs to bring its copy up to date. Items that
   * also lost something (a series or statement whose observations or quotes came from a copy found
   * to be later than the article it copies) are in {@code lost} too, as {@code series:KEY} or
   * {@code statement:ID}: they are to be read whole.
   */
  public record Changed(
      Set<String> entities,
      Set<String> stories,
      Set<String> series,
      Set<String> statements,
      long after,
      Set<String> lost) {
    static Changed empty(long after) {
      return new Changed(
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>(),
          after,
          new java.util.LinkedHashSet<>());
    }
  }
}

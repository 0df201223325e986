package org.sitrep.resolve.fact;

import java.util.List;
import java.util.Set;

/**
 * One series: its observations oldest first (undated ones last, in arrival order), the points where
 * a newer report changes the value, the conflicts (two sources, one period, values that do not
 * agree), and the series it is linked to (a larger group it is part of, or parts it contains).
 */
public record FactSeries(
    SeriesKey key,
    List<Observation> observations,
    List<Change> changes,
    List<Conflict> conflicts,
    Set<SeriesKey> linked) {

  /**
   * Observation {@code to} reports a different value of the same status than observation {@code
   * from} before it.
   */
  public record Change(int from, int to, double before, double after, String status) {}

  /**
   * Observations {@code a} and {@code b} come from different documents, speak of one period, and
   * disagree.
   */
  public record Conflict(int a, int b, String period, String why) {}
}

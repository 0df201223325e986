package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters shared by listing and search; a null field does not filter. {@code outlet} and {@code
 * label} match exactly; {@code from} and {@code to} bound the publication date, both inclusive.
 * Documents with an unknown date pass only when neither bound is set.
 */
public record Filters(String outlet, String label, LocalDate from, LocalDate to) {
  public static final Filters NONE = new Filters(null, null, null, null);

  public Filters {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "date range is empty: from " + from + " is after to " + to);
    }
  }

  public Filters withOutlet(String o) {
    return new Filters(o, label, from, to);
  }

  public Filters withLabel(String l) {
    return new Filters(outlet, l, from, to);
  }

  public Filters between(LocalDate f, LocalDate t) {
    return new Filters(outlet, label, f, t);
  }

  /** The lowest stored date value that passes, or null. */
  String fromKey() {
    return from == null ? null : from.toString();
  }

  /**
   * The lowest stored date value that is too late, or null. Exclusive and one day on, so that a
   * stored value with a time part ("2023-06-26T10:00") still passes {@code to = 2023-06-26}: dates
   * compare as ISO strings.
   */
  String toKeyExclusive() {
    return to == null ? null : to.plusDays(1).toString();
  }
}

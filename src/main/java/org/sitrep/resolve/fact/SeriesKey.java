package org.sitrep.resolve.fact;

/**
 * What a fact series is about: a subject (an ISO alpha-3 country code or an organisation's
 * canonical name), a measure (troops, vehicles, share of GDP ...) and a place (ISO code, or "" when
 * the figure has no place).
 */
public record SeriesKey(String subject, String measure, String place)
    implements Comparable<SeriesKey> {
  public SeriesKey {
    if (subject == null || measure == null)
      throw new IllegalArgumentException("subject and measure are required");
    if (place == null) place = "";
  }

  @Override
  public int compareTo(SeriesKey o) {
    int c = subject.compareTo(o.subject);
    if (c == 0) c = measure.compareTo(o.measure);
    return c != 0 ? c : place.compareTo(o.place);
  }

  @Override
  public String toString() {
    return subject + " / " + measure + (place.isEmpty() ? "" : " / " + place);
  }
}

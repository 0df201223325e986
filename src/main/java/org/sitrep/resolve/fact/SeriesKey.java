package org.sitrep.resolve.fact;

/**
 * What a fact series is about: a subject (an ISO alpha-3 country code, the name of an organisation
 * or person as resolved across documents, or {@link #UNKNOWN} when the text does not say whose
 * figure it is), a measure (troops, jobs cut, share of GDP ...) and a place (ISO code or name, or
 * "" when the figure has no place).
 */
public record SeriesKey(String subject, String measure, String place)
    implements Comparable<SeriesKey> {
  /** The subject of a figure whose owner the text does not name. */
  public static final String UNKNOWN = "unknown";

  public SeriesKey {
    if (subject == null || measure == null)
      throw new IllegalArgumentException("subject and measure are required");
    if (place == null) place = "";
  }

  /** The series of the same measure and place whose subject is named {@code subject}. */
  public SeriesKey withSubject(String subject) {
    return new SeriesKey(subject, measure, place);
  }

  @Override
  public int compareTo(SeriesKey o) {
    int c = subject.compareTo(o.subject);
    if (c == 0) c = measure.compareTo(o.measure);
    return c != 0 ? c : place.compareTo(o.place);
  }

  /** "Germany / troops / Lithuania": countries by name, never only by code. */
  public String label() {
    return name(subject) + " / " + measure + (place.isEmpty() ? "" : " / " + name(place));
  }

  private static String name(String codeOrName) {
    String n = org.sitrep.resolve.entity.Countries.name(codeOrName);
    return n == null ? codeOrName : n;
  }

  @Override
  public String toString() {
    return subject + " / " + measure + (place.isEmpty() ? "" : " / " + place);
  }
}

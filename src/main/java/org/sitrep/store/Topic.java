package org.sitrep.store;

import java.util.List;
import java.util.Locale;

/**
 * A topic: a named standing question over the articles as they arrive. An article belongs to it
 * when every condition given holds: the search {@code query} (Lucene syntax over title and body)
 * matches, it names one of {@code entities} (a person, an organisation or a place, by any of its
 * written forms), it names a place in one of {@code places} (ISO 3166 codes), and its label is
 * {@code label}. {@code threshold} is the share by which a figure must move to raise an alert;
 * {@code sinceSeq} the last document stored before the topic existed (articles up to it are tagged
 * but raise no alert).
 */
public record Topic(
    String name,
    String query,
    List<String> entities,
    List<String> places,
    String label,
    double threshold,
    long sinceSeq,
    String created) {
  /** A move of more than this share of the last value raises an alert, unless a topic says else. */
  public static final double DEFAULT_THRESHOLD = 0.10;

  public Topic {
    entities = entities == null ? List.of() : List.copyOf(entities);
    places =
        places == null
            ? List.of()
            : places.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).toList();
    if (query != null && query.isBlank()) query = null;
    if (label != null && label.isBlank()) label = null;
  }

  /** A topic to add: its conditions, the default threshold. */
  public static Topic of(
      String name, String query, List<String> entities, List<String> places, String label) {
    return new Topic(name, query, entities, places, label, DEFAULT_THRESHOLD, 0, null);
  }

  /**
   * Why a topic cannot be stored as given, or null when it can: a name is 1 to 64 letters, digits,
   * '-', '_' or '.', starting with a letter or digit; at least one condition; places are ISO codes.
   */
  public String problem() {
    if (name == null || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}"))
      return "a topic name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or"
          + " digit";
    if (query == null && entities.isEmpty() && places.isEmpty() && label == null)
      return "a topic needs a condition: --query, --entity, --place or --label";
    for (String p : places)
      if (!p.matches("[A-Z]{2,3}"))
        return "--place takes an ISO 3166 country code (LTU, DE ...), not '" + p + "'";
    for (String e : entities) if (e.isBlank()) return "--entity takes a name, not an empty string";
    if (!(threshold > 0) || threshold > 100) return "a threshold is a share above 0";
    return null;
  }
}

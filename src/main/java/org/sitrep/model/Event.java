package org.sitrep.model;

/**
 * A typed event frame around a trigger word. {@code type} is one of Sitrep's event types (deploy,
 * pledge, attack, meet ...), {@code code} its CAMEO root code; {@code actor}, {@code target} and
 * {@code location} are canonical names or ISO codes; {@code quantityIndex} points into the
 * document's quantities (-1 when none); {@code time} is a TIMEX3 value or null.
 */
public record Event(
    String type,
    String code,
    int start,
    int end,
    String actor,
    String target,
    String location,
    int quantityIndex,
    String time,
    Status status) {

  public enum Status {
    REPORTED,
    PLANNED,
    PLEDGED,
    HYPOTHETICAL,
    NEGATED;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}

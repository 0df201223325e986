package org.sitrep.model;

/**
 * A named-entity mention. {@code type} is PERSON, ORGANIZATION, LOCATION or MISC. {@code role} is a
 * title attached to a person ("Defense Minister"); {@code country} an ISO 3166 alpha-3 code tied to
 * the mention (the country of a place, of a demonym, of a role); {@code canonical} the normalised
 * full name; {@code entityId} the id of the entity it refers to once resolved; {@code kind} refines
 * the mention: "demonym", "capital-for-government", "short-form", "name" (may be null); {@code
 * lat}/{@code lon} are coordinates for places (NaN when unknown).
 */
public record Mention(
    int start,
    int end,
    String text,
    String type,
    String role,
    String country,
    String canonical,
    String entityId,
    String kind,
    double lat,
    double lon) {

  public static Mention of(int start, int end, String text, String type) {
    return new Mention(
        start, end, text, type, null, null, null, null, "name", Double.NaN, Double.NaN);
  }

  public Mention withRole(String newRole, String newCountry) {
    return new Mention(
        start, end, text, type, newRole, newCountry, canonical, entityId, kind, lat, lon);
  }

  public Mention withCanonical(String newCanonical) {
    return new Mention(
        start, end, text, type, role, country, newCanonical, entityId, kind, lat, lon);
  }

  public Mention withPlace(String iso3, double newLat, double newLon) {
    return new Mention(
        start, end, text, type, role, iso3, canonical, entityId, kind, newLat, newLon);
  }

  public Mention withKind(String newKind) {
    return new Mention(
        start, end, text, type, role, country, canonical, entityId, newKind, lat, lon);
  }

  public Mention withEntityId(String id) {
    return new Mention(start, end, text, type, role, country, canonical, id, kind, lat, lon);
  }

  /** This mention at other offsets: where it stands in another text. */
  public Mention withSpan(int newStart, int newEnd) {
    return new Mention(
        newStart, newEnd, text, type, role, country, canonical, entityId, kind, lat, lon);
  }
}

package org.sitrep.annotate.place;

/**
 * One gazetteer entry: its preferred English {@code name}, its {@code kind} (country, capital,
 * seat, city, region or area), the ISO 3166 alpha-3 code of the country it lies in ({@code null}
 * for areas spanning several countries) and approximate coordinates (centroid for countries and
 * areas, 0.1 degree).
 */
public record Place(String name, Kind kind, String iso3, double lat, double lon) {

  /**
   * What a place is; a seat is a building or street that stands for a government ("the Kremlin").
   */
  public enum Kind {
    COUNTRY,
    CAPITAL,
    SEAT,
    CITY,
    REGION,
    AREA;

    static Kind of(String column) {
      return switch (column) {
        case "country", "alias" -> COUNTRY;
        case "capital" -> CAPITAL;
        case "seat" -> SEAT;
        case "city" -> CITY;
        case "region" -> REGION;
        case "area" -> AREA;
        default -> throw new IllegalArgumentException("unknown place kind: " + column);
      };
    }
  }

  /** True for capitals and seats: the names that news uses for a government ("Berlin said"). */
  public boolean standsForGovernment() {
    return kind == Kind.CAPITAL || kind == Kind.SEAT;
  }
}

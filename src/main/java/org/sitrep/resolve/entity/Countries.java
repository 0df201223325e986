package org.sitrep.resolve.entity;

import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;

/** English short names of countries by ISO 3166 alpha-3 code, as the gazetteer knows them. */
public final class Countries {
  private Countries() {}

  /** "Germany" for DEU, or null for an unknown code. */
  public static String name(String iso3) {
    return Gazetteer.get().country(iso3).map(Place::name).orElse(null);
  }

  /** "DEU" for "Germany" (or any name the gazetteer gives a country), or null for no country. */
  public static String code(String name) {
    if (name == null) return null;
    return Gazetteer.get()
        .place(name)
        .filter(p -> p.kind() == Place.Kind.COUNTRY)
        .map(Place::iso3)
        .orElse(null);
  }
}

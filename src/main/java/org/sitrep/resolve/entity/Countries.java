package org.sitrep.resolve.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166 alpha-3 codes and English short names, from the JDK's own locale data. */
public final class Countries {
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      try {
        NAMES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
      } catch (java.util.MissingResourceException e) {
        // a code with no alpha-3 form has no place in a series keyed by alpha-3
      }
    }
  }

  private Countries() {}

  /** "Germany" for DEU, or null for an unknown code. */
  public static String name(String iso3) {
    return iso3 == null ? null : NAMES.get(iso3);
  }

  public static boolean isCode(String s) {
    return s != null && NAMES.containsKey(s);
  }
}

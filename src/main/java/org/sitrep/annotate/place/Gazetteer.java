package org.sitrep.annotate.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.NameKey;

/**
 * Place names, demonyms and capitals tied to ISO 3166 alpha-3 codes, read once from {@code
 * places.tsv} (see the README beside it). Country names come from the JDK's locale data; everything
 * else is hand-written. Lookups fold diacritics, case and punctuation ({@link NameKey}) and accept
 * a leading "the". Where a name is ambiguous, the entry that news means most often wins: Georgia is
 * the country, Paris the French capital.
 */
public final class Gazetteer {
  private static final String RESOURCE = "/org/sitrep/gazetteer/places.tsv";
  private static final String GERMAN = "/org/sitrep/gazetteer/places-de.tsv";
  private static volatile Gazetteer instance;
  private static volatile Gazetteer german;

  /** German adjective and noun endings folded by the German lookup, longest first. */
  private static final String[] GERMAN_ENDINGS = {"innen", "in", "en", "em", "er", "es", "e", "n"};

  private final boolean inflected;

  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, Place> demonyms = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();

  private Gazetteer(InputStream in) throws IOException {
    this.inflected = false;
    read(in, RESOURCE);
  }

  /** The bundled places with the German names on top (inflected demonyms folded at lookup). */
  private Gazetteer(InputStream in, InputStream germanNames) throws IOException {
    this.inflected = true;
    read(in, RESOURCE);
    for (Place p : countries.values()) {
      String de = germanName(p.iso3());
      if (de == null) continue;
      for (String variant : jdkVariants(de)) places.put(NameKey.of(variant), p);
    }
    read(germanNames, GERMAN);
  }

  private void read(InputStream in, String resource) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t", -1);
        if (c.length < 3)
          throw new IllegalStateException(resource + ":" + n + ": expected kind, name, iso3");
        add(c, n);
      }
    }
  }

  /**
   * The gazetteer for German text: every place of {@link #get()}, the JDK's German country names,
   * the German names and demonyms of {@code places-de.tsv}, and demonyms read through their German
   * endings ("litauischen", "Franzosen"). A place keeps its English name, so "Litauen" is
   * Lithuania.
   */
  public static Gazetteer german() {
    Gazetteer g = german;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = german;
        if (g == null) {
          try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
              InputStream de = Gazetteer.class.getResourceAsStream(GERMAN)) {
            if (in == null || de == null)
              throw new IllegalStateException("missing resource " + RESOURCE + " or " + GERMAN);
            german = g = new Gazetteer(in, de);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return g;
  }

  /** True once the German names are read in this process. */
  /** True for the gazetteer with the German names ({@link #german()}). */
  public boolean isGerman() {
    return inflected;
  }

  public static boolean germanLoaded() {
    return german != null;
  }

  /** The gazetteer for a language: German names for "de", the bundled one for any other. */
  public static Gazetteer forLanguage(String language) {
    return "de".equals(language) ? german() : get();
  }

  /** The gazetteer of the bundled resource, loaded on first use. */
  public static Gazetteer get() {
    Gazetteer g = instance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = instance;
        if (g == null) {
          try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            instance = g = new Gazetteer(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return g;
  }

  private void add(String[] c, int line) {
    String kind = c[0];
    if (kind.equals("name")) {
      // Another name of a place listed before: "Moskau" for Moscow.
      Place p =
          place(c[2])
              .orElseThrow(() -> new IllegalStateException("line " + line + ": no place " + c[2]));
      for (String name : c[1].split("\\|")) places.put(NameKey.of(name), p);
      return;
    }
    String iso3 = c[2].equals("-") ? null : c[2];
    switch (kind) {
      case "country" -> {
        String name = c[1].equals("-") ? jdkName(iso3) : c[1];
        Place p =
            new Place(
                name, Place.Kind.COUNTRY, iso3, Double.parseDouble(c[3]), Double.parseDouble(c[4]));
        countries.put(iso3, p);
        for (String variant : jdkVariants(name)) places.putIfAbsent(NameKey.of(variant), p);
      }
      case "alias" -> {
        Place p = country(iso3).orElseThrow(() -> unknown(iso3, line));
        for (String name : c[1].split("\\|")) places.put(NameKey.of(name), p);
      }
      case "demonym" -> {
        Place p = country(iso3).orElseThrow(() -> unknown(iso3, line));
        for (String name : c[1].split("\\|")) demonyms.put(NameKey.of(name), p);
      }
      default -> {
        String[] names = c[1].split("\\|");
        Place p =
            new Place(
                names[0],
                Place.Kind.of(kind),
                iso3,
                Double.parseDouble(c[3]),
                Double.parseDouble(c[4]));
        // Countries keep their names: "Singapore" or "Monaco" the capital must not hide the
        // country.
        for (String name : names)
          places.merge(
              NameKey.of(name), p, (old, neu) -> old.kind() == Place.Kind.COUNTRY ? old : neu);
      }
    }
  }

  private static IllegalStateException unknown(String iso3, int line) {
    return new IllegalStateException(
        RESOURCE + ":" + line + ": country " + iso3 + " has no country row above");
  }

  private static String jdkName(String iso3) {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      if (l.getISO3Country().equals(iso3)) return l.getDisplayCountry(Locale.ENGLISH);
    }
    throw new IllegalStateException("the JDK knows no country " + iso3);
  }

  private static String germanName(String iso3) {
    if (iso3 == null) return null;
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      if (l.getISO3Country().equals(iso3)) return l.getDisplayCountry(Locale.GERMAN);
    }
    return null;
  }

  /**
   * The JDK's display name and its spelled-out forms ("St. Lucia", "Saint Lucia"; "Bosnia &
   * Herzegovina", "... and ...").
   */
  private static String[] jdkVariants(String name) {
    String plain = name.replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "");
    String spelled = plain.replace(" & ", " and ").replaceAll("^St\\. ", "Saint ");
    return new String[] {name, plain, spelled};
  }

  /** The country with this alpha-3 code. */
  public Optional<Place> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
  }

  /**
   * The place a name stands for: a country under any of its names, a capital, seat, city, region or
   * wider area.
   */
  public Optional<Place> place(String name) {
    String key = NameKey.of(name);
    Place p = places.get(key);
    if (p == null && key.startsWith("the ")) p = places.get(key.substring(4));
    return Optional.ofNullable(p);
  }

  /**
   * The country a demonym or national adjective belongs to ("German", "North Korean",
   * "Lithuanians"); the result is the country itself.
   */
  public Optional<Place> demonym(String word) {
    String key = NameKey.of(word);
    Place p = demonyms.get(key);
    if (p == null && key.endsWith("s")) p = demonyms.get(key.substring(0, key.length() - 1));
    if (p == null && key.endsWith("men"))
      p = demonyms.get(key.substring(0, key.length() - 3) + "man");
    if (inflected)
      for (int i = 0; p == null && i < GERMAN_ENDINGS.length; i++)
        if (key.endsWith(GERMAN_ENDINGS[i]) && key.length() > GERMAN_ENDINGS[i].length() + 2)
          p = demonyms.get(key.substring(0, key.length() - GERMAN_ENDINGS[i].length()));
    return Optional.ofNullable(p);
  }

  /** The country a name or demonym points to, whichever it is. */
  public Optional<Place> countryOf(String nameOrDemonym) {
    Optional<Place> d = demonym(nameOrDemonym);
    if (d.isPresent()) return d;
    return place(nameOrDemonym).filter(p -> p.iso3() != null).flatMap(p -> country(p.iso3()));
  }
}

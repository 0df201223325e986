package org.sitrep.annotate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Well-known organisations (alliances, international bodies, armed forces, parliaments, news
 * agencies) read once from {@code organisations.tsv}. Names match case-sensitively as written in
 * the list, so that the agency "dpa" or the acronym "AU" do not fire on ordinary words. A row whose
 * third cell names languages ("en") holds names of those languages only ("Senate" is a German
 * plural, not the US Senate) and is left out of the lists for other languages.
 */
final class KnownOrganisations {
  private static final String RESOURCE = "/org/sitrep/gazetteer/organisations.tsv";
  private static final String GERMAN = "/org/sitrep/gazetteer/organisations-de.tsv";
  private static final KnownOrganisations INSTANCE = load("en", RESOURCE);
  private static volatile KnownOrganisations german;

  /**
   * An organisation: its canonical name and its country's alpha-3 code (null for international
   * bodies).
   */
  record Organisation(String canonical, String iso3) {}

  private final Map<String, Organisation> byName = new HashMap<>();
  private int longestWords = 1;

  static KnownOrganisations get() {
    return INSTANCE;
  }

  /**
   * The list with the organisations German text names on top ({@code organisations-de.tsv}:
   * parties, federal institutions, media), read when the first German document arrives.
   */
  static KnownOrganisations german() {
    if (german == null) {
      synchronized (KnownOrganisations.class) {
        if (german == null) german = load("de", RESOURCE, GERMAN);
      }
    }
    return german;
  }

  /** The lists read in order for a document in {@code language}, each on top of the ones before. */
  private static KnownOrganisations load(String language, String... resources) {
    KnownOrganisations k = new KnownOrganisations();
    for (int i = 0; i < resources.length; i++) k.read(resources[i], i > 0, language);
    return k;
  }

  /**
   * Whether a row with this languages cell ({@code |}-separated codes, blank for names of every
   * language) is read for a document in {@code language}.
   */
  static boolean readFor(String cell, String language) {
    if (cell == null || cell.isBlank()) return true;
    for (String l : cell.split("\\|")) if (l.strip().equals(language)) return true;
    return false;
  }

  /**
   * Reads one list; a list read on top of another ({@code onTop}) joins a row that names an
   * organisation already known to that organisation, so that "Welthandelsorganisation" and "WTO"
   * have one canonical name in either language.
   */
  private void read(String resource, boolean onTop, String language) {
    KnownOrganisations k = this;
    try (InputStream in = KnownOrganisations.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t", -1);
        if (!readFor(c.length > 2 ? c[2] : null, language)) continue;
        String[] names = c[0].split("\\|");
        String iso3 = c.length > 1 && !c[1].isBlank() ? c[1].strip() : null;
        Organisation o = null;
        if (onTop) for (String n : names) if (o == null) o = k.byName.get(n);
        if (o == null) o = new Organisation(names[0], iso3);
        for (String n : names) {
          k.byName.put(n, o);
          k.longestWords = Math.max(k.longestWords, n.split(" ").length);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The organisation with exactly this name (white space collapsed). */
  Optional<Organisation> find(String name) {
    return Optional.ofNullable(byName.get(collapsed(name)));
  }

  /**
   * The name stripped, with each run of ASCII white space (what the pattern {@code \s} means) made
   * one space: called for every run of words a text has, so without a regular expression.
   */
  static String collapsed(String name) {
    String s = name.strip();
    int n = s.length(), i = 0;
    while (i < n && !startsChange(s, i)) i++;
    if (i == n) return s;
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    boolean space = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) space = true;
      else {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether white space at i is other than one plain space. */
  private static boolean startsChange(String s, int i) {
    char c = s.charAt(i);
    return isSpace(c) && (c != ' ' || (i + 1 < s.length() && isSpace(s.charAt(i + 1))));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The most words any listed name has; bounds the search for names the tagger missed. */
  int longestWords() {
    return longestWords;
  }
}

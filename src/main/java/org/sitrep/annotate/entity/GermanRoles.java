package org.sitrep.annotate.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.Mention;

/**
 * German titles before and beside a person's name ("Verteidigungsminister Boris Pistorius", "der
 * litauische Präsident Gitanas Nausėda", "Litauens Präsident Nausėda", "US-Präsident Joe Biden",
 * "Boris Pistorius, der deutsche Verteidigungsminister,"), written as the English role finder
 * writes them so that an office reads alike in either language. German writes titles as compounds
 * ("Bundesverteidigungsminister"), so a word that is not listed is read by its longest listed tail.
 * The words are data ({@code lexicon/de/titles.tsv}).
 */
public final class GermanRoles {
  private static final WordTable WORDS = WordTable.read("/org/sitrep/lexicon/de/titles.tsv");
  private static final String WORD = "[\\p{L}][\\p{L}\\-.]*";
  private static final Pattern BEFORE =
      Pattern.compile("(?:(" + WORD + ")\\s+)?(?:(" + WORD + ")\\s+)?(" + WORD + ")\\s*$");
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^\\s*,\\s*(?:der|die)\\s+(?:(" + WORD + ")\\s+)?(" + WORD + ")(?:\\s+(" + WORD + "))?");

  private final Gazetteer gazetteer;

  GermanRoles(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The English title of a German title word ("Verteidigungsministerin" is "Defense Minister"), or
   * null when the word is no title.
   */
  public static String title(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int dash = w.lastIndexOf('-');
    if (dash >= 0 && dash + 1 < w.length()) w = w.substring(dash + 1);
    String t = WORDS.get("title", w);
    // a compound's tail: "Landesverteidigungsminister", "Vize-Regierungssprecher"
    for (int i = 1; t == null && i + 5 <= w.length(); i++) t = WORDS.get("title", w.substring(i));
    return t == null ? null : Titles.normalise(t);
  }

  /**
   * True when a role found in either language is the office a German title word names: "Defense
   * Minister" is a "Minister" and a "Verteidigungsminister".
   */
  public static boolean matches(String role, String germanWord) {
    String t = title(germanWord);
    if (t == null || role == null) return false;
    String r = role.toLowerCase(Locale.ROOT), l = t.toLowerCase(Locale.ROOT);
    return r.equals(l) || r.endsWith(" " + l) || l.endsWith(" " + r);
  }

  /** The person with the role and country the words around it give, or as it was. */
  Mention roleOf(Mention m, String before, String after) {
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      String word = b.group(3);
      String t = title(word);
      if (t != null) {
        String country = countryOfCompound(word);
        String rank = null;
        for (String g : new String[] {b.group(2), b.group(1)}) {
          if (g == null) continue;
          if (rank == null && WORDS.has("rank", g)) rank = WORDS.get("rank", g);
          if (country == null) country = country(g);
        }
        return m.withRole(
            rank == null ? t : Titles.normalise(rank + " " + t.toLowerCase(Locale.ROOT)), country);
      }
    }
    Matcher a = APPOSITION.matcher(after);
    if (a.find()) {
      String t = title(a.group(2));
      if (t != null) {
        String country = a.group(1) == null ? null : country(a.group(1));
        if (country == null && a.group(3) != null) country = country(a.group(3));
        if (country == null) country = countryOfCompound(a.group(2));
        return m.withRole(t, country);
      }
    }
    return m;
  }

  /** "US-Präsident": the country before the hyphen. */
  private String countryOfCompound(String word) {
    int dash = word.lastIndexOf('-');
    return dash > 0 ? country(word.substring(0, dash)) : null;
  }

  /** The country of a demonym ("litauische"), a country's genitive ("Litauens") or its name. */
  private String country(String word) {
    if (word == null || word.isEmpty()) return null;
    Optional<Place> p = gazetteer.demonym(word);
    if (p.isEmpty()) p = gazetteer.place(word).filter(x -> x.kind() == Place.Kind.COUNTRY);
    if (p.isEmpty() && word.endsWith("s") && word.length() > 3)
      p =
          gazetteer
              .place(word.substring(0, word.length() - 1))
              .filter(x -> x.kind() == Place.Kind.COUNTRY);
    return p.map(Place::iso3).orElse(null);
  }
}

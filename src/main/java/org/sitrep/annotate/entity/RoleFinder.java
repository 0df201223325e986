package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Titles and countries attached to people, read from the words around the name in its sentence:
 *
 * <ul>
 *   <li>a title before the name, with the country from the demonym or possessive just before the
 *       title ("German Defense Minister Boris Pistorius", "Lithuania's Chief of Defense Valdemaras
 *       Rupsys"); an organisation there ("NATO Secretary-General") or nothing leaves the country
 *       null — it is never guessed from the topic;
 *   <li>an apposition after the name ("Arvydas Anusauskas, the defence minister,") or before it
 *       ("the defence minister, Arvydas Anusauskas");
 *   <li>"his Lithuanian counterpart X": the role of the person met earlier in the sentence, the
 *       country of the demonym;
 *   <li>a bare possessive country before the name ("France's Macron"): the country, no role.
 * </ul>
 */
final class RoleFinder {
  private static final String CAP_WORDS = "\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,2}";
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b(" + Titles.TITLE + ")[\\s(]*$");
  private static final Pattern COUNTRY_BEFORE =
      Pattern.compile("(" + CAP_WORDS + ")(?:'s|’s|')?\\s*$");
  private static final Pattern APPOSITION_AFTER =
      Pattern.compile(
          "^\\s*,\\s*(?:(?i:the|an?)\\s+)?(?:("
              + CAP_WORDS
              + ")(?:'s|’s)?\\s+)?(?i:("
              + Titles.TITLE
              + "))"
              + "(?:\\s+(?i:of)\\s+(?:the\\s+)?("
              + CAP_WORDS
              + "))?\\s*(?:[,.;:)—–]|$)");
  private static final Pattern APPOSITION_BEFORE =
      Pattern.compile(
          "(?:\\b(?i:the)|("
              + CAP_WORDS
              + ")(?:'s|’s))\\s+(?:("
              + CAP_WORDS
              + ")\\s+)?(?i:("
              + Titles.TITLE
              + "))\\s*,\\s*$");
  private static final Pattern COUNTERPART =
      Pattern.compile("(" + CAP_WORDS + ")(?:'s|’s)?\\s+counterparts?\\s*,?\\s*$");
  private static final Pattern POSSESSIVE = Pattern.compile("(" + CAP_WORDS + ")(?:'s|’s)\\s+$");

  private final Gazetteer gazetteer;

  /** German titles, for German text (the gazetteer with German names); null for English. */
  private final GermanRoles german;

  RoleFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.german = gazetteer.isGerman() ? new GermanRoles(gazetteer) : null;
  }

  List<Mention> attach(Annotated doc, List<Mention> mentions) {
    String body = doc.body();
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!m.type().equals("PERSON")) {
        out.add(m);
        continue;
      }
      int s = doc.sentenceAt(m.start());
      Span sentence = s < 0 ? new Span(0, body.length()) : doc.sentences().get(s);
      String before =
          body.substring(Math.max(sentence.start(), Math.max(0, m.start() - 200)), m.start());
      String after =
          body.substring(m.end(), Math.min(Math.max(m.end(), sentence.end()), m.end() + 200));
      out.add(
          german != null
              ? german.roleOf(m, before, after)
              : roleOf(m, before, after, out, sentence));
    }
    return out;
  }

  private Mention roleOf(
      Mention m, String before, String after, List<Mention> earlier, Span sentence) {
    Matcher b = BEFORE.matcher(before);
    if (b.find()) {
      return m.withRole(
          Titles.normalise(b.group(1)), countryJustBefore(before.substring(0, b.start(1))));
    }
    Matcher a = APPOSITION_AFTER.matcher(after);
    if (a.find()) {
      String country = a.group(3) != null ? countryCode(a.group(3)) : countryCode(a.group(1));
      return m.withRole(Titles.normalise(a.group(2)), country);
    }
    Matcher ab = APPOSITION_BEFORE.matcher(before);
    if (ab.find()) {
      String country = ab.group(2) != null ? countryCode(ab.group(2)) : countryCode(ab.group(1));
      return m.withRole(Titles.normalise(ab.group(3)), country);
    }
    Matcher c = COUNTERPART.matcher(before);
    if (c.find()) {
      String country = countryCode(c.group(1));
      String role = null;
      for (int k = earlier.size() - 1; k >= 0 && earlier.get(k).start() >= sentence.start(); k--) {
        if (earlier.get(k).role() != null) {
          role = earlier.get(k).role();
          break;
        }
      }
      return country == null && role == null ? m : m.withRole(role, country);
    }
    Matcher p = POSSESSIVE.matcher(before);
    if (p.find()) {
      String country = countryCode(p.group(1));
      if (country != null) return m.withRole(null, country);
    }
    return m;
  }

  /**
   * The country of the demonym or possessive that ends {@code text}, trying its last three, two,
   * then one words.
   */
  private String countryJustBefore(String text) {
    Matcher m = COUNTRY_BEFORE.matcher(text);
    return m.find() ? countryCode(m.group(1)) : null;
  }

  /**
   * The country of a capitalised phrase or of its last words ("the Lithuanian" gives LTU, "NATO"
   * nothing).
   */
  private String countryCode(String phrase) {
    if (phrase == null) return null;
    String[] words = phrase.strip().split("\\s+");
    for (int k = 0; k < words.length; k++) {
      String tail = String.join(" ", Arrays.copyOfRange(words, k, words.length));
      Optional<Place> p = gazetteer.demonym(tail);
      if (p.isEmpty()) p = gazetteer.place(tail).filter(x -> x.kind() == Place.Kind.COUNTRY);
      if (p.isPresent()) return p.get().iso3();
    }
    return null;
  }
}

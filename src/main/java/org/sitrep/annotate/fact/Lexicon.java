package org.sitrep.annotate.fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fact finder's word tables, read once from the data files beside this class: measure synonyms
 * ({@code measures.tsv}), what verbs do to a figure ({@code verbs.tsv}) and small word classes
 * ({@code words.tsv}).
 */
final class Lexicon {
  /** What a verb does to the figure beside it. */
  enum Role {
    NEUTRAL,
    UP,
    DOWN,
    LEVEL,
    SWITCH,
    DEATH,
    INJURY,
    SPEECH,
    ACTION
  }

  private static final Lexicon INSTANCE = new Lexicon();

  private final Map<String, String> measures = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, String> participles = new HashMap<>();
  private final Map<String, Set<String>> classes = new HashMap<>();
  private final Map<String, String> values = new HashMap<>();

  private Lexicon() {
    for (String[] c : rows("measures.tsv")) measures.put(c[0], c[1]);
    for (String[] c : rows("verbs.tsv")) {
      roles.put(c[0], Role.valueOf(c[1].toUpperCase(Locale.ROOT)));
      if (c.length > 2 && !c[2].isBlank()) participles.put(c[0], c[2]);
    }
    for (String[] c : rows("words.tsv")) {
      classes.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[1]);
      if (c.length > 2) values.put(c[0] + "\t" + c[1], c[2]);
    }
  }

  static Lexicon get() {
    return INSTANCE;
  }

  /** The measure a noun lemma or phrase is folded to, or null when it is its own. */
  String measure(String lemma) {
    return measures.get(lemma);
  }

  /** The role of a verb lemma; ACTION for a verb nobody listed. */
  Role role(String lemma) {
    return roles.getOrDefault(lemma, Role.ACTION);
  }

  boolean listed(String lemma) {
    return roles.containsKey(lemma);
  }

  /** The past participle of a verb lemma: a listed spelling, else the regular one. */
  String participle(String lemma) {
    String p = participles.get(lemma);
    if (p != null) return p;
    if (lemma.endsWith("e")) return lemma + "d";
    if (lemma.matches(".*[^aeiou]y")) return lemma.substring(0, lemma.length() - 1) + "ied";
    // one short syllable ending consonant-vowel-consonant doubles its last letter ("ship",
    // "plan")
    if (lemma.matches("[^aeiou]*[aeiou][bdgklmnprt]") && lemma.length() <= 4)
      return lemma + lemma.charAt(lemma.length() - 1) + "ed";
    return lemma + "ed";
  }

  /** Whether {@code word} belongs to the word class {@code cls} of {@code words.tsv}. */
  boolean is(String cls, String word) {
    Set<String> s = classes.get(cls);
    return s != null && s.contains(word);
  }

  Set<String> words(String cls) {
    return classes.getOrDefault(cls, Set.of());
  }

  /** The measure of a sum of money tied to this noun, or null. */
  String moneyMeasure(String lemma) {
    return values.get("money\t" + lemma);
  }

  /** The third column of a {@code words.tsv} row ("changenoun drop down"), or null. */
  String value(String cls, String word) {
    return values.get(cls + "\t" + word);
  }

  private static Iterable<String[]> rows(String name) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.strip().split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

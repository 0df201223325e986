package org.sitrep.annotate.quantity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word classes the tagger needs without a part-of-speech tagger: function words, irregular plurals,
 * months.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The word classes, from {@code lexicon/quantity-words.tsv}. */
  private static final String RESOURCE = "/org/sitrep/lexicon/quantity-words.tsv";

  private static final Map<String, Set<String>> CLASSES = load();

  private static Map<String, Set<String>> load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      Map<String, Set<String>> out = new HashMap<>();
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        if (c.length != 2 || c[1].isBlank())
          throw new IllegalStateException(RESOURCE + ":" + n + ": expected class and word");
        out.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[1]);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> words(String cls) {
    Set<String> s = CLASSES.get(cls);
    if (s == null) throw new IllegalStateException(RESOURCE + " has no class " + cls);
    return Set.copyOf(s);
  }

  /** Words that end a noun phrase after a number. */
  static final Set<String> FUNCTION = words("function");

  /** Plurals and collective nouns that do not end in "s". */
  static final Set<String> IRREGULAR_PLURAL = words("irregular-plural");

  /**
   * Nouns naming a body whose size is a head count, so a bare number about them counts what was
   * counted before.
   */
  static final Set<String> COLLECTIVE = words("collective");

  static final Set<String> MONTHS = words("month");

  /**
   * Words before a four-digit number that make it a year: "in 2027", "by the year 2027",
   * "mid-2024".
   */
  static final Set<String> YEAR_CONTEXT = words("year-context");

  /**
   * Words that make "one" a pronoun or determiner rather than a count: "the one", "no one", "which
   * one".
   */
  static final Set<String> NOT_ONE = words("not-one");

  static boolean pluralLooking(String w) {
    if (IRREGULAR_PLURAL.contains(w)) return true;
    if (w.length() < 4 || !w.endsWith("s")) return false;
    return !(w.endsWith("ss")
        || w.endsWith("us")
        || w.endsWith("is")
        || w.endsWith("ous")
        || w.endsWith("'s"));
  }

  /**
   * A month name; "may" and "march" only capitalised, since lower-case they are a verb and a noun.
   */
  static boolean isMonth(Tok t) {
    if (t == null || !t.isWord() || !MONTHS.contains(t.lower())) return false;
    return t.capitalized() || !(t.lower().equals("may") || t.lower().equals("march"));
  }
}

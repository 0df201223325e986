package org.sitrep.annotate.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The event readers' word lists, one lower-case entry a line in a resource beside this class
 * ({@code #} starts a comment).
 */
final class Words {
  /** Nouns naming the edge of a place ("border", "frontier"). */
  static final Set<String> BOUNDARY = load("boundary-nouns.txt");

  /** Prepositions that place something beside a named place ("near", "off", "along"). */
  static final Set<String> PROXIMITY = load("proximity-prepositions.txt");

  /** Prepositions that give what talks are about ("on", "about", "over"). */
  static final Set<String> TOPIC = load("topic-prepositions.txt");

  /** Words opening a time clause ("when", "once", "until", "as soon as"). */
  static final Set<String> TEMPORAL = load("temporal-subordinators.txt");

  /** Prepositions whose noun is the goal of the verb ("for conquest", "to talks"). */
  static final Set<String> GOAL = load("goal-prepositions.txt");

  /** Words a title-case heading writes in lower case ("in", "of", "the"). */
  static final Set<String> HEADING_MINOR = load("heading-minor-words.txt");

  private Words() {}

  static Set<String> load(String name) {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing word list " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) out.add(w.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}

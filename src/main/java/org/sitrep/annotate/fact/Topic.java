package org.sitrep.annotate.fact;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;

/**
 * What an article is about: the organisation or person its title names, else the one it names
 * clearly more often than any other; and likewise its place. A figure whose own clause names no one
 * ("The company gained $1 billion", "It will retail for $199" with nothing named before) is taken
 * to be about the article's topic; when an article has no clear topic the subject stays unknown.
 */
record Topic(Subjects.Who entity, Subjects.Who place) {
  /** Mentions the leading name needs, and how many times the runner-up's count it must reach. */
  static final int MIN_MENTIONS = 3;

  static final double LEAD = 2.0;

  static final Topic NONE = new Topic(null, null);

  static Topic of(Annotated a) {
    String title = a.document().title();
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    Map<String, int[]> actors = new HashMap<>(), places = new HashMap<>();
    Map<String, Mention> firstOf = new HashMap<>();
    for (Mention m : a.entities()) {
      if ("demonym".equals(m.kind())) continue;
      boolean actor = "ORGANIZATION".equals(m.type()) || "PERSON".equals(m.type());
      boolean place = "LOCATION".equals(m.type());
      if (!actor && !place) continue;
      String name = Subjects.name(m);
      firstOf.putIfAbsent(name, m);
      int[] c = (actor ? actors : places).computeIfAbsent(name, k -> new int[2]);
      c[0]++;
      if (!t.isEmpty() && containsWord(t, m.text().toLowerCase(Locale.ROOT))) c[1] = 1;
    }
    return new Topic(lead(actors), lead(places));
  }

  /** The name the title holds (the most named of those), else the clearly most named one. */
  private static Subjects.Who lead(Map<String, int[]> counts) {
    String best = null, titled = null;
    int bestN = 0, second = 0, titledN = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int n = e.getValue()[0];
      if (e.getValue()[1] > 0 && n > titledN) {
        titled = e.getKey();
        titledN = n;
      }
      if (n > bestN) {
        second = bestN;
        bestN = n;
        best = e.getKey();
      } else if (n > second) second = n;
    }
    if (titled != null && titledN >= 2) return new Subjects.Who(titled, null);
    if (best != null && bestN >= MIN_MENTIONS && bestN >= LEAD * second)
      return new Subjects.Who(best, null);
    return null;
  }

  private static boolean containsWord(String text, String word) {
    if (word.isBlank()) return false;
    int i = text.indexOf(word);
    while (i >= 0) {
      int e = i + word.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
      if (before && after) return true;
      i = text.indexOf(word, i + 1);
    }
    return false;
  }
}

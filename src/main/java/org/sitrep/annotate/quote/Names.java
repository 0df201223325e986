package org.sitrep.annotate.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * The names of a document in text order. Taken from the entity layer when it ran; otherwise found
 * as runs of capitalised words, so the stage still attributes quotes without NER. Titles before a
 * name are split off as its role ("Defense Minister Christine Lambrecht" gives the name "Christine
 * Lambrecht" with role "defense minister").
 */
final class Names {
  private static final Set<String> NOT_NAMES =
      Lexicon.set(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "if",
          "but",
          "and",
          "or",
          "in",
          "on",
          "at",
          "for",
          "with",
          "as",
          "by",
          "from",
          "to",
          "of",
          "it",
          "its",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "his",
          "her",
          "their",
          "our",
          "my",
          "your",
          "there",
          "here",
          "when",
          "while",
          "after",
          "before",
          "since",
          "until",
          "although",
          "though",
          "because",
          "so",
          "yet",
          "still",
          "also",
          "now",
          "then",
          "today",
          "yesterday",
          "tomorrow",
          "what",
          "who",
          "why",
          "how",
          "where",
          "which",
          "no",
          "not",
          "yes",
          "some",
          "many",
          "most",
          "all",
          "both",
          "each",
          "every",
          "any",
          "one",
          "two",
          "three",
          "more",
          "less",
          "even",
          "just",
          "only",
          "instead",
          "however",
          "meanwhile",
          "currently",
          "until",
          "despite",
          "amid",
          "among",
          "during",
          "under",
          "over",
          "about",
          "into",
          "according",
          "asked",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "crucially",
          "additionally",
          "is",
          "was",
          "are",
          "were",
          "will",
          "would",
          "should",
          "could",
          "can",
          "do",
          "does",
          "did",
          "let",
          "like",
          "please",
          "thanks",
          "after",
          "said",
          "says");

  private final List<Name> names;

  /** Capitalised only because it opens a sentence or is a calendar word: never part of a name. */
  static boolean isFunctionWord(String w) {
    return NOT_NAMES.contains(w.toLowerCase(Locale.ROOT));
  }

  private Names(List<Name> names) {
    this.names = names;
  }

  List<Name> all() {
    return names;
  }

  static Names of(String body, Words words, List<Mention> entities) {
    if (!entities.isEmpty()) return fromEntities(body, words, entities);
    return fromCapitals(body, words);
  }

  private static Names fromEntities(String body, Words words, List<Mention> entities) {
    List<Name> out = new ArrayList<>();
    for (Mention m : entities) {
      if (m.type() == null) continue;
      String role =
          m.role() != null ? m.role().toLowerCase(Locale.ROOT) : roleBefore(words, m.start());
      out.add(
          new Name(
              m.start(),
              m.end(),
              body.substring(m.start(), m.end()),
              m.type(),
              role,
              m.canonical()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Names(out);
  }

  private static boolean lineBreakBefore(Words words, int j, String body) {
    return words.breakBefore(j);
  }

  private static Names fromCapitals(String body, Words words) {
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!nameWord(words, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < words.size()
          && !lineBreakBefore(words, j, body)
          && (nameWord(words, j)
              || (connector(words, j) && j + 1 < words.size() && nameWord(words, j + 1)))) j++;
      int nameStart = i;
      for (int k = i; k < j; k++)
        if (Roles.isRoleWord(words.get(k).text()) || isDemonymBeforeRole(words, k, j))
          nameStart = k + 1;
      while (nameStart < j && connector(words, nameStart)) nameStart++;
      if (nameStart < j) {
        Word a = words.get(nameStart), b = words.get(j - 1);
        String role = roleBefore(words, a.start());
        out.add(new Name(a.start(), b.end(), joined(words, nameStart, j), null, role, null));
      }
      i = j;
    }
    return new Names(out);
  }

  // "German Defense Minister": a capitalised word followed by a title is part of the title, not of
  // the name
  private static boolean isDemonymBeforeRole(Words words, int k, int end) {
    return k + 1 < end && Roles.isRoleWord(words.get(k + 1).text());
  }

  private static boolean nameWord(Words words, int i) {
    Word w = words.get(i);
    if (!w.capitalised() || !w.isWord()) return false;
    if (NOT_NAMES.contains(w.lower())) return false;
    // the first word of a sentence is capitalised anyway; keep it only when the next word is a name
    // too
    return true;
  }

  private static boolean connector(Words words, int i) {
    String l = words.get(i).lower();
    return l.equals("of")
        || l.equals("de")
        || l.equals("van")
        || l.equals("von")
        || l.equals("al")
        || l.equals("bin")
        || l.equals("la")
        || l.equals("du")
        || l.equals("der");
  }

  private static String joined(Words words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(words.get(k).text());
    }
    return sb.toString();
  }

  /**
   * The title written just before a name ("Defense Minister", "the minister's"), lower-cased, or
   * null.
   */
  static String roleBefore(Words words, int nameStart) {
    int last = words.indexBefore(nameStart);
    int k = last;
    while (k >= 0 && last - k < 5) {
      Word w = words.get(k);
      boolean part =
          Roles.isRoleWord(w.text())
              || (k < last && w.is("of"))
              || (k < last
                  && w.capitalised()
                  && w.isWord()
                  && Roles.isRoleWord(words.get(k + 1).text()));
      if (!part) break;
      k--;
    }
    if (k == last) return null;
    StringBuilder sb = new StringBuilder();
    for (int m = k + 1; m <= last; m++)
      sb.append(sb.length() > 0 ? " " : "").append(words.get(m).lower());
    return sb.toString();
  }

  /** The name whose span overlaps [start, end), or null. */
  Name at(int start, int end) {
    for (Name n : names) if (n.start() < end && n.end() > start) return n;
    return null;
  }

  /**
   * The full name a mention stands for: the entity layer's canonical name, else the longest name in
   * the document ending with the same word ("Lambrecht" is "Christine Lambrecht" once that was
   * written).
   */
  String canonical(Name n) {
    if (longest == null) {
      // one pass per document: the longest speaker-like name for each last word
      longest = new HashMap<>();
      for (Name o : names) {
        if (!o.maybeSpeaker()) continue;
        longest.merge(fold(o.lastWord()), o, (a, b) -> b.wordCount() > a.wordCount() ? b : a);
      }
    }
    Name best = longest.getOrDefault(fold(n.lastWord()), n);
    if (best.wordCount() <= n.wordCount()) best = n;
    String c = best.canonical();
    return c != null && !c.isBlank() ? c : best.text();
  }

  private Map<String, Name> longest;

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT);
  }
}

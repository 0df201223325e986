package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * Last mends to mention spans, once roles are attached: no bracket or punctuation inside a span,
 * and a name followed by a model number is a product.
 *
 * <p>A span with a stray bracket or a punctuation mark inside ("Vladimir) Putin" from "(Russian
 * President Vladimir) Putin") keeps its last piece that has a letter; its canonical name, already
 * joined without the bracket, and its role stay. Matched brackets ("Mladost (L)") and names the
 * gazetteer or the organisation list know whole ("Washington, D.C.") are left alone.
 *
 * <p>A designation followed by a number and then a lower-case word ("Leopard 2 main battle tanks",
 * "Boeing 737 jets", where Boeing alone is the maker) names a product: the mention takes in the
 * number and becomes MISC, and other mentions of the same designation in the document ("the
 * Leopard") follow. A four-digit year or a number followed by another name or number (a score,
 * "Arsenal 2 Chelsea 1") does not count.
 */
final class SpanMending {
  private static final String INNER_PUNCTUATION = "()[]{}\"“”«»,;:!?";
  private static final Set<String> RESULT_UNITS = words("result-units.txt");

  private final Gazetteer gazetteer;
  private final KnownOrganisations organisations = KnownOrganisations.get();

  SpanMending(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> mend(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    Set<String> products = new HashSet<>();
    for (Mention m : mentions) {
      Mention x = innerPunctuation(m);
      if (x == null) continue;
      Mention p = product(body, toks, x);
      if (p != x) products.add(x.text());
      out.add(p);
    }
    if (products.isEmpty()) return out;
    List<Mention> done = new ArrayList<>(out.size());
    for (Mention m : out) {
      boolean sameName = products.contains(m.text()) && !m.type().equals("LOCATION");
      done.add(sameName ? retype(m, "MISC") : m);
    }
    return done;
  }

  /** The mention cut to its last piece without punctuation, itself when clean, null when empty. */
  Mention innerPunctuation(Mention m) {
    String t = m.text();
    int cut = -1;
    for (int i = 1; i < t.length() - 1; i++)
      if (INNER_PUNCTUATION.indexOf(t.charAt(i)) >= 0) cut = i;
    if (cut < 0 || matchedBrackets(t) || known(t)) return m;
    int from = cut + 1;
    while (from < t.length() && Character.isWhitespace(t.charAt(from))) from++;
    int to = t.length();
    if (!MentionChunker.hasLetter(t.substring(from, to))) {
      // Nothing name-like after the mark: keep what comes before the first one.
      from = 0;
      to = 0;
      while (to < t.length() && INNER_PUNCTUATION.indexOf(t.charAt(to)) < 0) to++;
      while (to > 0 && Character.isWhitespace(t.charAt(to - 1))) to--;
      if (!MentionChunker.hasLetter(t.substring(from, to))) return null;
    }
    String text = t.substring(from, to);
    String canonical = m.canonical() != null ? m.canonical() : text;
    return new Mention(
        m.start() + from,
        m.start() + to,
        text,
        m.type(),
        m.role(),
        m.country(),
        canonical,
        m.entityId(),
        m.kind(),
        m.lat(),
        m.lon());
  }

  private boolean known(String text) {
    return gazetteer.place(text).isPresent() || organisations.find(text).isPresent();
  }

  /** Every bracket in the text has its partner ("Mladost (L)"), and there is no other mark. */
  private static boolean matchedBrackets(String t) {
    int depth = 0;
    boolean any = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
        any = true;
      } else if (c == ')' || c == ']') {
        if (--depth < 0) return false;
      } else if (INNER_PUNCTUATION.indexOf(c) >= 0) return false;
    }
    return any && depth == 0;
  }

  /** The mention widened over a model number and typed MISC, or itself. */
  Mention product(String body, List<Token> toks, Mention m) {
    if (m.type().equals("LOCATION") || m.type().equals("PERSON")) return m;
    if (gazetteer.place(m.text()).isPresent()) return m;
    int k = Tokens.firstAtOrAfter(toks, m.end());
    if (k + 1 >= toks.size()) return m;
    Token number = toks.get(k), next = toks.get(k + 1);
    if (number.start() != m.end() + 1 || number.sentence() != next.sentence()) return m;
    if (!modelNumber(number.word())) return m;
    String w = next.word();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return m;
    // What a designation names comes next: a noun or its adjective ("main battle tanks"), not
    // "and" ("Somerset 83 and 174").
    String tag = next.pos() == null ? "" : next.pos();
    if (!tag.startsWith("NN") && !tag.startsWith("JJ")) return m;
    if (RESULT_UNITS.contains(w.toLowerCase(java.util.Locale.ROOT))) return m; // "Arsenal 3 points"
    String text = body.substring(m.start(), number.end());
    return new Mention(
        m.start(),
        number.end(),
        text,
        "MISC",
        null,
        m.country(),
        text,
        m.entityId(),
        m.kind(),
        Double.NaN,
        Double.NaN);
  }

  /** "2", "737", "2A6", "A320" style designations; not a four-digit year. */
  static boolean modelNumber(String w) {
    if (w.isEmpty() || w.length() > 6 || !Character.isDigit(w.charAt(0))) return false;
    for (int i = 0; i < w.length(); i++) if (!Character.isLetterOrDigit(w.charAt(i))) return false;
    if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(w);
      if (y >= 1000 && y <= 2199) return false;
    }
    return true;
  }

  /** A word list from a resource beside this class: one entry a line, {@code #} comments. */
  static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    try (var in = SpanMending.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing word list " + name);
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  private static Mention retype(Mention m, String type) {
    return new Mention(
        m.start(),
        m.end(),
        m.text(),
        type,
        null,
        m.country(),
        m.canonical(),
        m.entityId(),
        m.kind(),
        m.lat(),
        m.lon());
  }
}

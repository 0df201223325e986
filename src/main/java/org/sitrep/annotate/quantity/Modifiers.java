package org.sitrep.annotate.quantity;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Quantity.Bound;

/**
 * The words around a number that bound it ("up to", "more than", "or more"), hedge it ("about",
 * "some") or mark it as a change ("another", "350 more", "cut by"). Each lookup reads a fixed
 * handful of tokens, so cost stays linear.
 */
final class Modifiers {
  private Modifiers() {}

  /**
   * What the words before a number say: the first token they start at, the bound, the hedge, a
   * change.
   */
  record Left(int first, Bound bound, boolean approximate, String change) {}

  private record Phrase(String[] words, Bound bound, boolean approximate, String change) {}

  /** The modifier words, from {@code lexicon/quantity-modifiers.tsv}. */
  private static final String RESOURCE = "/org/sitrep/lexicon/quantity-modifiers.tsv";

  private static final List<String[]> ROWS = rows();

  private static List<String[]> rows() {
    try (java.io.InputStream in = Modifiers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      List<String[]> out = new java.util.ArrayList<>();
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.strip().split("\t"));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final Phrase[] LEFT =
      ROWS.stream()
          .filter(r -> r[0].equals("before"))
          .map(
              r ->
                  p(
                      r[1],
                      switch (r[2]) {
                        case "at-most" -> Bound.AT_MOST;
                        case "at-least" -> Bound.AT_LEAST;
                        case "-" -> null;
                        default -> throw new IllegalStateException(RESOURCE + ": bound " + r[2]);
                      },
                      r[3].equals("approximate"),
                      r[4].equals("-") ? null : r[4]))
          .toArray(Phrase[]::new);

  private static Set<String> words(String kind) {
    for (String[] r : ROWS) if (r[0].equals(kind)) return Set.of(r[1].split("\\|"));
    throw new IllegalStateException(RESOURCE + " has no " + kind + " row");
  }

  /** The phrases by their last word, longest first, so "no less than" wins over "less than". */
  private static final java.util.Map<String, List<Phrase>> BY_LAST_WORD = new java.util.HashMap<>();

  static {
    java.util.Arrays.sort(LEFT, (a, b) -> b.words.length - a.words.length);
    for (Phrase ph : LEFT)
      BY_LAST_WORD
          .computeIfAbsent(ph.words[ph.words.length - 1], k -> new java.util.ArrayList<>())
          .add(ph);
  }

  private static Phrase p(String words, Bound b, boolean approx, String change) {
    return new Phrase(words.split(" "), b, approx, change);
  }

  static final Set<String> INCREASE = words("increase");

  static final Set<String> DECREASE = words("decrease");

  /** Reads back from token {@code i} (the first token of the number or its currency sign). */
  static Left left(List<Tok> toks, int i, boolean measured) {
    Bound bound = null;
    boolean approx = false;
    String change = null;
    int first = i;
    for (int round = 0; round < 3; round++) {
      Phrase hit = null;
      if (first < 1) break;
      for (Phrase ph : BY_LAST_WORD.getOrDefault(toks.get(first - 1).lower(), List.of())) {
        if (matchesBefore(toks, first, ph.words)) {
          hit = ph;
          break;
        }
      }
      if (hit == null) break;
      first -= hit.words.length;
      if (hit.bound != null && bound == null) bound = hit.bound;
      approx |= hit.approximate;
      if (hit.change != null) change = hit.change;
    }
    if (change == null) change = verbChange(toks, first);
    // "up 5%", "down $2": bare "up" and "down" mark a change only for shares and sums, not "wind
    // down one bank".
    if (change != null
        && !measured
        && first > 0
        && (toks.get(first - 1).is("up") || toks.get(first - 1).is("down"))) change = null;
    return new Left(first, bound, approx, change);
  }

  /**
   * A change verb a few words before: "grow to 4,800", "cut by 10%", "rose from 3 to 5", "up 5%".
   */
  static String verbChange(List<Tok> toks, int i) {
    if (i > 0 && toks.get(i - 1).is("from"))
      return null; // "rose from 3 to 5": 3 is where it started
    int j = i - 1;
    int object = -1; // after "by", up to three words of object: "cut its force by 500"
    for (int steps = 0; j >= 0 && steps < 8; steps++, j--) {
      Tok t = toks.get(j);
      String w = t.lower();
      if (w.equals("up")) return j == i - 1 ? "increase" : null; // "up 5%", not "make up ... 5"
      if (INCREASE.contains(w)) return "increase";
      if (DECREASE.contains(w)) return "decrease";
      if (w.equals("by") && object < 0) {
        object = 3;
        continue;
      }
      if (t.isNum()
          || w.equals("to")
          || w.equals("from")
          || w.equals("of")
          || w.equals("%")
          || NumberWords.MAGNITUDE.containsKey(w)
          || w.equals("percent")
          || w.equals("a")
          || w.equals("an")) continue;
      if (object-- > 0 && t.isWord()) continue;
      return null;
    }
    return null;
  }

  private static boolean matchesBefore(List<Tok> toks, int i, String[] words) {
    int s = i - words.length;
    if (s < 0) return false;
    for (int k = 0; k < words.length; k++) {
      Tok t = toks.get(s + k);
      if (!t.lower().equals(words[k])) return false;
      if (k > 0 && t.lineBefore()) return false;
    }
    if (toks.get(i).lineBefore()) return false;
    return true;
  }

  /**
   * What follows the number and unit: "or more", "or fewer", "-plus", "more", "fewer",
   * "additional".
   */
  record Right(int last, Bound bound, boolean approximate, String change) {}

  /**
   * Nouns of change right after a share or sum: "a 10% rise", "a $5bn cut". Not after counts
   * ("5,000 job cuts").
   */
  private static final Set<String> RISE_NOUNS = words("increase-noun");

  private static final Set<String> FALL_NOUNS = words("decrease-noun");

  static Right right(List<Tok> toks, int j, boolean measured) {
    Tok a = at(toks, j);
    Tok b = at(toks, j + 1);
    if (a == null) return new Right(j - 1, null, false, null);
    String w = a.lower();
    String w2 = b == null ? "" : b.lower();
    // "below 10 °C and above 5 °C": a bound word that opens the next figure is not this one's
    boolean opensNext = boundsNext(toks, j + 2);
    if ((w.equals("or") || w.equals("and"))
        && !opensNext
        && (w2.equals("more")
            || w2.equals("above")
            || w2.equals("greater")
            || w2.equals("over")
            || w2.equals("older")
            || w2.equals("higher"))) return new Right(j + 1, Bound.AT_LEAST, false, null);
    if ((w.equals("or") || w.equals("and"))
        && !opensNext
        && (w2.equals("fewer")
            || w2.equals("less")
            || w2.equals("below")
            || w2.equals("under")
            || w2.equals("younger")
            || w2.equals("lower"))) return new Right(j + 1, Bound.AT_MOST, false, null);
    if (w.equals("or") && w2.equals("so")) return new Right(j + 1, null, true, null);
    if (w.equals("more") && w2.equals("or") && b != null && "less".equals(lowerAt(toks, j + 2)))
      return new Right(j + 2, null, true, null);
    if (w.equals("+") && !a.spaceBefore()) return new Right(j, Bound.AT_LEAST, false, null);
    if (w.equals("-") && !a.spaceBefore() && (w2.equals("plus") || w2.equals("odd")))
      return new Right(j + 1, w2.equals("plus") ? Bound.AT_LEAST : null, w2.equals("odd"), null);
    if (w.equals("more") || w.equals("additional") || w.equals("extra"))
      return new Right(j, null, false, "increase");
    if (measured && RISE_NOUNS.contains(w))
      return new Right(j, null, false, "increase"); // "a 10% increase"
    if (measured && FALL_NOUNS.contains(w)) return new Right(j, null, false, "decrease");
    // "a 0.75 per cent rate cut", "a 4% pay rise": one noun of what changed, then the change noun.
    if (measured && b != null && a.isWord() && !Vocabulary.FUNCTION.contains(w)) {
      if (RISE_NOUNS.contains(w2)) return new Right(j + 1, null, false, "increase");
      if (FALL_NOUNS.contains(w2)) return new Right(j + 1, null, false, "decrease");
    }
    if (w.equals("fewer") || w.equals("less")) return new Right(j, null, false, "decrease");
    return new Right(j - 1, null, false, null);
  }

  /** A figure or "than" at {@code k}: "and above 5", "or more than 20", "and under $30". */
  private static boolean boundsNext(List<Tok> toks, int k) {
    Tok t = at(toks, k);
    if (t != null && t.is("than")) t = at(toks, ++k); // "or more than 4500", not "200 or more than"
    if (t == null) return false;
    if (t.isNum() || NumberWords.isCardinal(t.lower())) return true;
    Tok n = at(toks, k + 1);
    return n != null && n.isNum() && Units.prefix(toks, k + 1) != null; // "and under $30"
  }

  private static String lowerAt(List<Tok> toks, int j) {
    Tok t = at(toks, j);
    return t == null ? null : t.lower();
  }

  private static Tok at(List<Tok> toks, int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }
}

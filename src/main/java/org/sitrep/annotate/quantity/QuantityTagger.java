package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds quantities in English text: the number (digits or words), its bound, hedge, change, unit and the thing it
 * counts. Works on plain text; sentence spans, when given, scope which earlier noun a bare number inherits.
 * Stateless and thread-safe; cost is linear in the text (every lookaround reads a fixed number of tokens).
 */
public final class QuantityTagger {
  private static final Set<String> NOT_BEFORE_HALF =
      Set.of("the", "first", "second", "third", "fourth", "last", "latter", "other", "this", "that", "each", "every",
          "one", "its", "their", "his", "her", "our", "my", "your");

  private static final Set<String> TIME_UNITS =
      Set.of("year", "month", "week", "day", "hour", "minute", "second", "decade", "century");

  /** Quantities in {@code text}, in text order. */
  public List<Quantity> tag(String text) {
    return tag(text, Sentences.split(text), List.of());
  }

  /**
   * Quantities in {@code text} with the document's sentence spans and tokens, either of which may be empty. Sentence
   * spans scope the counted-noun inheritance (empty: split here); part-of-speech tags, when the tokens carry them,
   * decide where the counted noun phrase ends instead of the word-shape rules.
   */
  public List<Quantity> tag(String text, List<Span> sentences, List<Token> tokens) {
    if (text == null) throw new IllegalArgumentException("text is required");
    List<Tok> toks = Lexer.lex(text);
    List<Found> found = new ArrayList<>();
    NumberReader reader = new NumberReader(toks);
    PosIndex pos = PosIndex.of(tokens);
    for (int i = 0; i < toks.size(); i++) {
      Found f = at(toks, reader, i, pos);
      if (f == null) continue;
      if (f.keep) found.add(f);
      // A rejected reading is skipped whole, so "two" in "Jan twenty two" is not read again on its own.
      i = Math.max(i, f.consumed);
    }
    List<Span> sents = sentences.isEmpty() ? Sentences.split(text) : sentences;
    Inheritance.apply(found, toks, sents, pos);
    List<Quantity> out = new ArrayList<>(found.size());
    for (Found f : found) out.add(f.toQuantity(text));
    return out;
  }

  /** A quantity being built: token range, reading and what was found around it. */
  static final class Found {
    int first;
    int last;
    int consumed;
    double value;
    Double valueMax;
    String unit;
    String counted;
    boolean approximate;
    Bound bound = Bound.EXACT;
    String change;
    boolean words;
    boolean keep = true;
    List<Tok> toks;

    Quantity toQuantity(String text) {
      int s = toks.get(first).start();
      int e = toks.get(last).end();
      return new Quantity(s, e, text.substring(s, e), value, valueMax, unit, counted, approximate, bound, change);
    }
  }

  private static Found rejected(int last) {
    Found f = new Found();
    f.keep = false;
    f.consumed = last;
    return f;
  }

  private static Found at(List<Tok> toks, NumberReader reader, int i, PosIndex pos) {
    Tok t = toks.get(i);
    if (!t.isNum() && !t.isWord()) return null;
    Units.Hit pre = t.isNum() ? Units.prefix(toks, i) : null;
    Reading r = reader.read(i, pre != null);
    if (r == null) return null;
    if (t.is("half") && i > 0 && NOT_BEFORE_HALF.contains(toks.get(i - 1).lower())) return null;
    Found f = new Found();
    f.toks = toks;
    f.value = r.value();
    f.approximate = r.approximate();
    f.words = r.words();
    if (r.vague()) f.bound = Bound.AT_LEAST;
    int after = r.last() + 1;
    // Ranges: "3-5", "3 to 5", "between 3 and 5", "$3-5bn"; not "rose from 3 to 5" (two figures, a change).
    Reading r2 = rangeEnd(toks, reader, r, pre != null);
    if (r2 != null) {
      double v1 = r.value();
      if (r2.magnitude() > 1 && r.magnitude() == 1 && v1 * r2.magnitude() <= r2.value()) v1 *= r2.magnitude();
      f.value = v1;
      f.valueMax = r2.value();
      f.bound = Bound.RANGE;
      f.approximate |= r2.approximate();
      after = r2.last() + 1;
    }
    int unitLast = after - 1;
    String unit = pre == null ? null : pre.unit();
    Units.Hit suf = null;
    if (after < toks.size()) {
      Tok a = toks.get(after);
      if (a.is("-") && !a.spaceBefore() && after + 1 < toks.size() && !toks.get(after + 1).spaceBefore()) {
        suf = Units.suffix(toks, after + 1); // "a 100-kilometre border", "29-year-old"
      } else if (a.text().equals("m") && (a.spaceBefore() == false || after + 1 >= toks.size() || !toks.get(after + 1).isWord())) {
        suf = new Units.Hit(after, "metre"); // "1.8m tall": "m" that was not read as million
      } else if (a.is("pounds") || a.is("pound")) {
        suf = new Units.Hit(after, r.magnitude() >= 1e3 || pre != null ? "GBP" : "pound");
      } else {
        suf = Units.suffix(toks, after);
      }
    }
    if (suf != null && (unit == null || unit.equals(suf.unit()))) {
      unit = suf.unit();
      unitLast = suf.edge();
    }
    // Glued letters that are neither unit nor magnitude make a code: "5G", "24703L202", "4x4".
    Tok glued = at(toks, r.last() + 1);
    if (t.isNum() && glued != null && glued.isWord() && !glued.spaceBefore() && unitLast == r.last() && r2 == null) return null;
    f.unit = unit;
    f.first = pre != null ? pre.edge() : r.first();
    if (r2 != null && at(toks, f.first - 1) != null && (toks.get(f.first - 1).is("between") || toks.get(f.first - 1).is("from")))
      f.first--;
    Modifiers.Left left = Modifiers.left(toks, f.first);
    f.first = left.first();
    if (left.bound() != null && f.bound != Bound.RANGE) f.bound = left.bound();
    f.approximate |= left.approximate();
    f.change = left.change();
    Modifiers.Right right = Modifiers.right(toks, unitLast + 1, unit != null);
    if (right.bound() != null && f.bound != Bound.RANGE) f.bound = right.bound();
    f.approximate |= right.approximate();
    if (right.change() != null) f.change = right.change();
    int tail = Math.max(unitLast, right.last());
    boolean one = f.value == 1 && f.valueMax == null;
    CountedNoun.Found c = counted(toks, tail + 1, unit, r, one, pos);
    if (c != null) f.counted = c.noun();
    if (c != null && f.bound == Bound.EXACT) {
      Modifiers.Right late = Modifiers.right(toks, c.last() + 1, false); // "500 soldiers or more"
      if (late.bound() != null) {
        f.bound = late.bound();
        c = new CountedNoun.Found(c.noun(), late.last());
      }
    }
    if (TimeGuard.notAmount(toks, r, unit != null || c != null, r2 != null)) return rejected(r2 != null ? r2.last() : r.last());
    // "one" is a count only when it counts something: not "one of them", "the one", "no one".
    if (r.words() && one && toks.get(r.first()).is("one")
        && (c == null && unit == null || at(toks, r.first() - 1) != null && Vocabulary.NOT_ONE.contains(toks.get(r.first() - 1).lower())
            || at(toks, r.last() + 1) != null && toks.get(r.last() + 1).is("of")))
      return null;
    if (r.words() && "half".equals(t.lower()) && r.first() == r.last() && unit == null && c == null && left.bound() == null && !left.approximate()
        && !(at(toks, i - 1) != null && toks.get(i - 1).is("a"))) return null;
    f.last = c != null ? Math.max(tail, c.last()) : tail;
    f.consumed = tail;
    return f;
  }

  /** The counted thing after the number, its unit and its modifiers. */
  private static CountedNoun.Found counted(List<Tok> toks, int j, String unit, Reading r, boolean one, PosIndex pos) {
    if (j >= toks.size()) return null;
    boolean of = toks.get(j).is("of");
    boolean share = "percent".equals(unit) || "percentage point".equals(unit) || r.words() && r.value() < 1;
    if (of && share) return CountedNoun.afterOf(toks, j, true, pos);
    if (unit != null) {
      if (of && !TIME_UNITS.contains(unit) && !Character.isUpperCase(unit.charAt(0)) && !unit.equals("cent"))
        return CountedNoun.afterOf(toks, j, false, pos); // "100 tonnes of ammunition"
      return null;
    }
    if (of) {
      CountedNoun.Found h = CountedNoun.afterOf(toks, j, false, pos);
      return h == null || !one && !Vocabulary.pluralLooking(h.noun()) ? null : h;
    }
    return CountedNoun.head(toks, j, one, pos);
  }

  private static Reading rangeEnd(List<Tok> toks, NumberReader reader, Reading r, boolean money) {
    int c0 = r.last() + 1;
    Tok c = at(toks, c0);
    boolean percentTwice = c != null && c.is("%"); // "between 2% and 3%"
    if (percentTwice) c = at(toks, ++c0);
    if (c == null) return null;
    String w = c.lower();
    Tok before = at(toks, r.first() - (money ? 2 : 1));
    boolean between = before != null && before.is("between");
    boolean dash = w.equals("-") || w.equals("\u2013") || w.equals("\u2014") || w.equals("~");
    if (!(dash || w.equals("to") || w.equals("through") || w.equals("or") || w.equals("and") && between)) return null;
    if (w.equals("to") && before != null && before.is("from") && Modifiers.verbChange(toks, r.first() - (money ? 2 : 1)) != null)
      return null;
    int k = c0 + 1;
    Tok n = at(toks, k);
    if (n != null && money && Units.prefix(toks, k + 1) != null && !n.isNum()) k++;
    n = at(toks, k);
    if (n == null || n.lineBefore() || dash && !n.isNum()) return null;
    if (n.isNum() != toks.get(r.first()).isNum() && !money) return null;
    if (w.equals("or") && !(r.words() && n.isWord())) return null;
    Reading r2 = reader.read(k, money);
    if (r2 == null || r2.vague()) return null;
    double v1 = r.value();
    if (r2.magnitude() > 1 && r.magnitude() == 1) v1 *= r2.magnitude();
    if (r2.value() <= v1 && r2.value() <= r.value()) return null;
    if (TimeGuard.isYear(toks.get(r.first()).text()) && (TimeGuard.isYear(n.text()) || n.text().length() == 2)) return null;
    if (dash && (at(toks, k + 1) != null && !at(toks, k + 1).spaceBefore() && at(toks, k + 1).is("-"))) return null;
    if (percentTwice && !(at(toks, r2.last() + 1) != null && at(toks, r2.last() + 1).is("%"))) return null;
    return r2;
  }

  private static Tok at(List<Tok> toks, int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }
}

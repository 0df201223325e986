package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds quantities in English text: the number (digits or words), its bound, hedge, change, unit
 * and the thing it counts, and leaves out years, dates, clock times and names like "Leopard 2".
 * Works on plain text; a document's sentence spans and part-of-speech tags, when given, sharpen the
 * counted noun. Stateless and thread-safe; cost is linear in the text, since every lookaround reads
 * a fixed number of tokens.
 */
public final class QuantityTagger {
  private static final Set<String> NOT_BEFORE_HALF =
      Set.of(
          "the", "first", "second", "third", "fourth", "last", "latter", "other", "this", "that",
          "each", "every", "one", "its", "their", "his", "her", "our", "my", "your");

  /** Quantities in {@code text}, in text order. */
  public List<Quantity> tag(String text) {
    return tag(text, List.of(), List.of());
  }

  /**
   * Quantities in {@code text} with the document's sentence spans and tokens, either of which may
   * be empty. Sentence spans scope the counted-noun inheritance (empty: split here); part-of-speech
   * tags, when the tokens carry them, decide where the counted noun phrase ends instead of the
   * word-shape rules.
   */
  public List<Quantity> tag(String text, List<Span> sentences, List<Token> tokens) {
    if (text == null) throw new IllegalArgumentException("text is required");
    List<Tok> toks = Lexer.lex(text);
    NumberReader reader = new NumberReader(toks, text);
    PosIndex pos = PosIndex.of(tokens);
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Found f = at(toks, reader, i, pos);
      if (f == null) continue;
      if (f.keep && !halfOfWhatCameBefore(f, toks, found)) found.add(f);
      // A rejected reading is skipped whole, so "two" in "Jan twenty two" is not read again on its
      // own.
      i = Math.max(i, f.consumed);
    }
    products(found, toks);
    Inheritance.apply(found, toks, sentences.isEmpty() ? Sentences.split(text) : sentences, pos);
    List<Quantity> out = new ArrayList<>(found.size());
    for (Found f : found) out.add(f.toQuantity(toks, text));
    return out;
  }

  /**
   * "two years and a half", "an hour and a half": a bare "a half" after a unit and "and" belongs to
   * what came before. Adds it to the quantity just found, or makes "an hour and a half" 1.5 hours
   * ("an hour" alone is no quantity here).
   */
  private static boolean halfOfWhatCameBefore(Found f, List<Tok> toks, List<Found> found) {
    if (f.value != 0.5 || !f.words || f.unit != null || f.counted != null || f.first < 2)
      return false;
    if (!toks.get(f.first - 1).is("and") || Units.wordUnit(toks.get(f.first - 2).lower()) == null)
      return false;
    Found p = found.isEmpty() ? null : found.get(found.size() - 1);
    if (p != null && p.last == f.first - 2 && p.unit != null && p.valueMax == null) {
      p.value += 0.5;
      p.last = f.last;
      return true;
    }
    Tok article = f.first >= 3 ? toks.get(f.first - 3) : null;
    if (article != null
        && (article.is("a") || article.is("an"))) { // "an hour and a half" is 1.5 hours
      f.unit = Units.wordUnit(toks.get(f.first - 2).lower());
      f.value = 1.5;
      f.first -= 3;
      return false;
    }
    return true;
  }

  /**
   * The quantity whose number starts at token {@code i}, a rejected reading, or null when no number
   * starts there.
   */
  private static Found at(List<Tok> toks, NumberReader reader, int i, PosIndex pos) {
    Tok t = toks.get(i);
    if (!t.isNum() && !t.isWord()) return null;
    Units.Hit pre = t.isNum() ? Units.prefix(toks, i) : null;
    Reading r = reader.read(i, pre != null);
    if (r == null) return null;
    if (t.is("half") && i > 0 && NOT_BEFORE_HALF.contains(toks.get(i - 1).lower())) return null;
    Reading whole = pre == null ? Proportion.whole(toks, reader, r) : null;
    Found share = whole != null ? proportion(toks, r, whole, pos) : null;
    if (share != null) return share;
    Found f = new Found();
    f.value = r.value();
    f.approximate = r.approximate();
    f.words = r.words();
    if (r.vague()) f.bound = Bound.AT_LEAST;
    Reading r2 = Ranges.end(toks, reader, r, pre != null);
    if (r2 != null) {
      f.value = Ranges.lower(r, r2);
      f.valueMax = r2.value();
      f.bound = Bound.RANGE;
      f.approximate |= r2.approximate();
    }
    int numberLast = r2 != null ? r2.last() : r.last();
    int unitLast = measure(f, toks, reader, numberLast, r, r2, pre);
    if (unitLast < 0) return null;
    f.first = pre != null ? pre.edge() : r.first();
    if (pre == null && r2 == null && negative(toks, i, f.unit)) { // "-5C", "−40 degrees"
      f.value = -f.value;
      f.first = i - 1;
    }
    if (r2 != null
        && at(toks, f.first - 1) != null
        && (at(toks, f.first - 1).is("between") || at(toks, f.first - 1).is("from"))) f.first--;
    Modifiers.Left left = Modifiers.left(toks, f.first, f.unit != null);
    int tail = modify(f, toks, left, unitLast);
    CountedNoun.Phrase c = count(f, toks, tail, r, pos);
    // A year reads as a count only with its noun right after it: "2000 soldiers", not "2024 budget
    // allocates".
    boolean measured = f.unit != null || (c != null && c.last() == tail + 1);
    if (TimeGuard.notAmount(toks, r, measured, r2 != null, pos))
      return Found.rejected(datedStart(toks, r, r2, f.unit) ? r.last() : numberLast);
    if (!countsSomething(toks, r, f, c, left)) return null;
    f.last = c != null ? Math.max(tail, c.last()) : tail;
    f.consumed = tail;
    return f;
  }

  /**
   * "from 40 percent on July 14 to 46 percent": a day of the month read as the first end of a range
   * whose unit stands after its second end only. The day is no amount, but the second end is one of
   * its own, so the scan reads it again.
   */
  private static boolean datedStart(List<Tok> toks, Reading r, Reading r2, String unit) {
    if (r2 == null || unit == null) return false;
    Tok c = at(toks, r.last() + 1);
    return c != null && c.isWord() && (c.is("to") || c.is("and") || c.is("through"));
  }

  /**
   * "one in five adults": a share of 20 percent of the adults; null when digits name no noun after
   * them ("more than 2 in 5"), which may be a score or a rank.
   */
  private static Found proportion(List<Tok> toks, Reading part, Reading whole, PosIndex pos) {
    Found f = new Found();
    f.value = 100 * part.value() / whole.value();
    f.unit = "percent";
    f.words = part.words();
    f.approximate = part.approximate() || whole.approximate();
    f.first = part.first();
    Modifiers.Left left = Modifiers.left(toks, f.first, true);
    int tail = modify(f, toks, left, whole.last());
    Tok next = at(toks, tail + 1);
    CountedNoun.Phrase c =
        next == null
            ? null
            : next.is("of")
                ? CountedNoun.afterOf(toks, tail + 1, true, pos)
                : CountedNoun.head(toks, tail + 1, false, pos);
    if (c == null && !part.words()) return null;
    if (c != null) f.counted = c.noun();
    f.last = c != null ? Math.max(tail, c.last()) : tail;
    f.consumed = tail;
    return f;
  }

  /**
   * Sets the unit (a currency sign before wins unless the words after agree); the unit's last
   * token, or -1 for a code.
   */
  private static int measure(
      Found f,
      List<Tok> toks,
      NumberReader reader,
      int numberLast,
      Reading r,
      Reading r2,
      Units.Hit pre) {
    String unit = pre == null ? null : pre.unit();
    int unitLast = numberLast;
    Units.Hit suf = Units.after(toks, numberLast + 1, r, pre != null);
    Tok of = at(toks, numberLast + 1);
    if (suf == null && r.vague() && of != null && of.is("of"))
      suf = Units.after(toks, numberLast + 2, r, pre != null); // "billions of euros"
    if (suf != null && (unit == null || unit.equals(suf.unit()))) {
      unit = suf.unit();
      unitLast = suf.edge();
    }
    if (unit == null) unit = Units.labelled(toks, r.first()); // "Weight (kg): 20"
    // Glued letters that are neither unit nor magnitude make a code: "5G", "24703L202", "4x4".
    Tok glued = at(toks, r.last() + 1);
    boolean code =
        toks.get(r.first()).isNum() && glued != null && glued.isWord() && !glued.spaceBefore();
    if (code && unitLast == r.last() && numberLast == r.last()) return -1;
    double scale = suf != null && unit != null && unit.equals(suf.unit()) ? suf.scale() : 1;
    if (pre != null && scale == 1) scale = pre.scale();
    Tok big = at(toks, unitLast + 1);
    if (scale == 1
        && Units.isMoney(unit)
        && r.magnitude() == 1
        && (r2 == null || r2.magnitude() == 1)
        && big != null
        && big.isWord()
        && NumberWords.isBigMagnitude(big.lower())) { // "75 USD million"
      scale = NumberWords.MAGNITUDE.get(big.lower());
      unitLast++;
    }
    if (scale != 1) {
      f.value *= scale;
      if (f.valueMax != null) f.valueMax *= scale;
    }
    Units.Part part =
        r2 == null
            ? Units.mixed(
                toks, reader, unitLast + 1, unit, suf != null && toks.get(suf.edge()).isWord())
            : null;
    if (part != null) { // "5 feet 2 inches", "3 dollars 50 cents"
      f.value += part.value();
      unitLast = part.edge();
    }
    Units.Hit rate = Units.rate(toks, unitLast + 1, unit); // "$5 a share", "30 points per game"
    if (rate != null) {
      unit = rate.unit();
      unitLast = rate.edge();
    }
    f.unit = unit;
    return unitLast;
  }

  /**
   * Applies the words around the number (bound, hedge, change); returns the last token they cover
   * on the right.
   */
  private static int modify(Found f, List<Tok> toks, Modifiers.Left left, int unitLast) {
    f.first = left.first();
    if (left.bound() != null && f.bound != Bound.RANGE) f.bound = left.bound();
    f.approximate |= left.approximate();
    f.change = left.change();
    Modifiers.Right right = Modifiers.right(toks, unitLast + 1, f.unit != null);
    if (right.bound() != null && f.bound != Bound.RANGE) f.bound = right.bound();
    f.approximate |= right.approximate();
    if (right.change() != null) f.change = right.change();
    return Math.max(unitLast, right.last());
  }

  /**
   * Sets the counted thing after the number, and a bound that follows it ("500 soldiers or more").
   */
  private static CountedNoun.Phrase count(
      Found f, List<Tok> toks, int tail, Reading r, PosIndex pos) {
    boolean one = f.value == 1 && f.valueMax == null;
    CountedNoun.Phrase c = counted(toks, tail + 1, f.unit, r, one, pos);
    if (c == null) return null;
    f.counted = c.noun();
    if (f.bound != Bound.EXACT) return c;
    Modifiers.Right late = Modifiers.right(toks, c.last() + 1, false);
    if (late.bound() == null) return c;
    f.bound = late.bound();
    return new CountedNoun.Phrase(c.noun(), late.last());
  }

  /**
   * "one" and a bare "half" are numbers only when they count or measure something: not "no one",
   * "one of them".
   */
  private static boolean countsSomething(
      List<Tok> toks, Reading r, Found f, CountedNoun.Phrase c, Modifiers.Left left) {
    if (!r.words() || r.first() != r.last()) return true;
    Tok t = toks.get(r.first());
    Tok prev = at(toks, r.first() - 1);
    Tok next = at(toks, r.last() + 1);
    if (t.is("one")) {
      if (c == null && f.unit == null) return false;
      // "that one mile" measures; "the one person" and "no one" do not count.
      if (f.unit == null && prev != null && Vocabulary.NOT_ONE.contains(prev.lower())) return false;
      return !(next != null && next.is("of"));
    }
    if (t.is("half")) {
      return f.unit != null
          || c != null
          || left.bound() != null
          || left.approximate()
          || (prev != null && prev.is("a"));
    }
    return true;
  }

  /** The counted thing after the number, its unit and its modifiers. */
  private static CountedNoun.Phrase counted(
      List<Tok> toks, int j, String unit, Reading r, boolean one, PosIndex pos) {
    if (j >= toks.size()) return null;
    boolean of = toks.get(j).is("of");
    boolean share =
        "percent".equals(unit)
            || "percentage point".equals(unit)
            || "basis point".equals(unit)
            || (r.words() && r.value() < 1);
    if (of && share) return CountedNoun.afterOf(toks, j, true, pos);
    if (unit != null) {
      boolean money = Units.isMoney(unit);
      if (of && !Units.isTime(unit) && !money)
        return CountedNoun.afterOf(toks, j, false, pos); // "20 tonnes of grain"
      return null;
    }
    if (of) {
      CountedNoun.Phrase h = CountedNoun.afterOf(toks, j, false, pos);
      return h == null || (!one && !Vocabulary.pluralLooking(h.noun())) ? null : h;
    }
    return CountedNoun.head(toks, j, one, pos);
  }

  /**
   * A minus sign before the digits at {@code i}, standing apart from what precedes: "-5", "−40";
   * not "3-5", "COVID-19" or "2 -5". Spaced from the digits, the minus sign proper ("− 5") is one,
   * and a hyphen only before a temperature ("- 20 °C"); elsewhere a spaced hyphen is a dash.
   */
  private static boolean negative(List<Tok> toks, int i, String unit) {
    Tok t = toks.get(i);
    Tok sign = at(toks, i - 1);
    if (!t.isNum() || sign == null) return false;
    boolean minus = sign.is("\u2212");
    if (!(sign.is("-") || minus)) return false;
    Tok before = at(toks, i - 2);
    boolean apart =
        before == null
            || (sign.spaceBefore() && !before.isNum() && !before.is("-") && !before.is("\u2212"));
    if (!t.spaceBefore() || !apart) return apart && !t.spaceBefore();
    return !t.lineBefore() && (minus || Units.isTemperature(unit));
  }

  /**
   * "3 x 4 m", "10 by 12 feet": the bare first side of a product of lengths takes the unit of the
   * second.
   */
  private static void products(List<Found> found, List<Tok> toks) {
    for (int k = 0; k + 1 < found.size(); k++) {
      Found f = found.get(k);
      Found g = found.get(k + 1);
      if (f.unit != null || f.valueMax != null || g.unit == null || g.first != f.last + 2) continue;
      if (!Units.TIMES.contains(toks.get(f.last + 1).lower())) continue;
      if (Units.isLength(g.unit)) f.unit = g.unit;
    }
  }

  private static Tok at(List<Tok> toks, int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }
}

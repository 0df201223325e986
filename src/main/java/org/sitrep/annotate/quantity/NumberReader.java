package org.sitrep.annotate.quantity;

import java.util.List;

/**
 * Reads one number starting at a token: digits with magnitudes ("1.2 million", "100bn"), words,
 * fractions, vague.
 */
final class NumberReader {
  private final List<Tok> toks;
  private final String text;

  NumberReader(List<Tok> toks, String text) {
    this.toks = toks;
    this.text = text;
  }

  /**
   * The number starting at token {@code i}, or null. {@code money}: a currency sign precedes, so
   * "m" is million.
   */
  Reading read(int i, boolean money) {
    Tok t = toks.get(i);
    if (t.isNum()) return digits(i, money);
    if (!t.isWord()) return null;
    String w = t.lower();
    if (w.equals("a") || w.equals("an")) return afterArticle(i);
    if (w.equals("half")) return half(i);
    if (w.equals("quarter") && at(i + 1) != null && NumberWords.isBigMagnitude(at(i + 1).lower())) {
      double m = NumberWords.MAGNITUDE.get(at(i + 1).lower());
      return new Reading(i, i + 1, 0.25 * m, m, false, false, true); // "quarter million"
    }
    if (NumberWords.VAGUE.containsKey(w)) return vague(i);
    if (w.equals("several") || w.equals("few")) return several(i, i);
    if (NumberWords.isCardinal(w)) return cardinal(i);
    return null;
  }

  private Reading digits(int i, boolean money) {
    Tok t = toks.get(i);
    if (t.text().length() > 1 && t.text().charAt(0) == '0' && t.text().charAt(1) != '.')
      return null; // "007", "08"
    Double v = parseDigits(t.text());
    if (v == null) return null;
    Reading grouped = spaceGrouped(i);
    if (grouped != null) return magnitude(grouped, money);
    Tok next = at(i + 1);
    if (next != null && !next.spaceBefore() && next.isWord()) {
      String s = next.lower();
      // "26th", "1990s": ordinals and decades are not amounts.
      if (s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th") || s.equals("s"))
        return null;
    }
    Tok s2 = at(i + 2);
    if (next != null
        && !next.spaceBefore()
        && Lexer.isApostrophe(next.text().charAt(0))
        && s2 != null
        && s2.is("s")
        && !s2.spaceBefore()) return null; // "1990's"
    Reading r = new Reading(i, i, v, 1, false, false, false);
    r = fraction(r);
    r = magnitude(r, money);
    return r.magnitude() > 1 ? andFraction(r) : r; // "3 million and a half"
  }

  /**
   * "10 000 troops", "1 234 567": thousands grouped by spaces (or narrow no-break spaces), as
   * outlets outside the English-speaking press write them. Groups after the first have exactly
   * three digits; a run inside a longer row of numbers, or of three or more three-digit groups, is
   * taken for a table and not glued into one number, and plain spaces glue only before a counted
   * noun or unit ("10 000 troops"), since "687 700" may be a pair of offsets.
   */
  private Reading spaceGrouped(int i) {
    String head = toks.get(i).text();
    if (head.length() > 3 || !head.chars().allMatch(Character::isDigit)) return null;
    int last = i;
    StringBuilder digits = new StringBuilder(head);
    while (last - i < 4) {
      Tok g = at(last + 1);
      if (g == null
          || !g.isNum()
          || !g.spaceBefore()
          || g.lineBefore()
          || g.text().length() != 3
          || !g.text().chars().allMatch(Character::isDigit)) break;
      digits.append(g.text());
      last++;
    }
    Tok after = at(last + 1);
    Tok before = at(i - 1);
    if (last == i
        || (after != null && after.isNum())
        || (before != null && before.isNum() && before.spaceBefore())) return null;
    if (head.length() == 3 && last - i >= 2)
      return null; // "100 200 300": a row of a table, not one number
    // A typographic (no-break, thin) space is a thousands separator; a plain one only before what
    // is counted.
    if (!typographic(i, last)
        && !(after != null
            && after.isWord()
            && (Vocabulary.pluralLooking(after.lower())
                || Units.wordUnit(after.lower()) != null
                || NumberWords.MAGNITUDE.containsKey(after.lower())))) return null;
    return new Reading(i, last, Double.parseDouble(digits.toString()), 1, false, false, false);
  }

  private boolean typographic(int first, int last) {
    for (int k = first + 1; k <= last; k++) {
      char c = text.charAt(toks.get(k).start() - 1);
      if (c != '\u00a0' && c != '\u202f' && c != '\u2009') return false;
    }
    return true;
  }

  /**
   * "1/4" and "10 1/2": a slash fraction with a small denominator, never a date (no second slash).
   */
  private Reading fraction(Reading r) {
    int i = r.last();
    Reading slash = slashFraction(i);
    if (slash != null) return r.withLast(slash.last(), slash.value(), 1);
    Tok num = at(i + 1);
    if (num != null && num.isNum() && num.spaceBefore() && r.value() == Math.rint(r.value())) {
      Reading part = slashFraction(i + 1);
      if (part != null) return r.withLast(part.last(), r.value() + part.value(), 1);
    }
    return r;
  }

  /**
   * The fraction "a/b" whose numerator is token {@code i}, with a proper fraction's value, or null.
   */
  private Reading slashFraction(int i) {
    Tok slash = at(i + 1);
    Tok den = at(i + 2);
    if (slash == null
        || den == null
        || !slash.is("/")
        || slash.spaceBefore()
        || !den.isNum()
        || den.spaceBefore()) return null;
    Tok after = at(i + 3);
    if (after != null && after.is("/")) return null;
    double n = parseOr(toks.get(i).text());
    double d = parseOr(den.text());
    // Only the denominators fractions are written with: "9/11" and "4/22" are dates.
    if (!FRACTION_DENOMINATORS.contains((int) d) || n < 1 || n >= d || n != Math.rint(n))
      return null;
    return new Reading(i, i + 2, n / d, 1, false, false, false);
  }

  private static final java.util.Set<Integer> FRACTION_DENOMINATORS =
      java.util.Set.of(2, 3, 4, 5, 8, 10, 16, 100);

  private static double parseOr(String s) {
    Double v = parseDigits(s);
    return v == null ? -1 : v;
  }

  /**
   * Applies "million", "bn", "k" ... after a number. A glued "m" is million ("5.1m people", "£8m",
   * "5.1m are displaced", as British news writes it) unless lengths are talked about ("1.8m tall",
   * "a 100m sprint").
   */
  private Reading magnitude(Reading r, boolean money) {
    Tok next = at(r.last() + 1);
    if (next == null) return r;
    if (next.is("-") && !next.spaceBefore()) {
      Tok w = at(r.last() + 2);
      if (w != null && !w.spaceBefore() && w.isWord() && NumberWords.isBigMagnitude(w.lower()))
        return r.withLast(
            r.last() + 2,
            r.value() * NumberWords.MAGNITUDE.get(w.lower()),
            NumberWords.MAGNITUDE.get(w.lower()));
    }
    if (!next.isWord()) return r;
    String w = next.lower();
    Double m = NumberWords.MAGNITUDE.get(w);
    boolean attached = !next.spaceBefore();
    if (w.equals("k") && !attached && !next.text().equals("K")) m = null;
    if (next.text().equals("K") && !money && temperatureNear(r.first())) m = null; // "20 K"

    if (w.equals("mm") && !money) m = null;
    if (w.equals("m"))
      m =
          money
                  || next.text().equals("M")
                  || (attached
                      && !metreContext(r.last() + 2)
                      && !lengthBefore(r.first())
                      && !lengthUnitNear(r.first(), r.last() + 1))
              ? 1e6
              : null;
    if (w.equals("b") && (money || attached)) m = 1e9;
    if ((w.equals("dozen") || w.equals("dozens"))) {
      return new Reading(r.first(), r.last() + 1, r.value() * 12, 12, true, false, r.words());
    }
    if (m == null) return r;
    Reading out = r.withLast(r.last() + 1, r.value() * m, m);
    Tok more = at(out.last() + 1);
    if (m == 1e2 && more != null && more.isWord() && NumberWords.isBigMagnitude(more.lower())) {
      double m2 = NumberWords.MAGNITUDE.get(more.lower());
      out = out.withLast(out.last() + 1, out.value() * m2, m * m2);
    } else if (m >= 1e3 && stacks(w, more)) {
      // "1.75 lakh crore", "20 thousand crore", "two thousand million": a larger magnitude word
      // after a smaller one multiplies it.
      double m2 = NumberWords.MAGNITUDE.get(more.lower());
      out = out.withLast(out.last() + 1, out.value() * m2, m * m2);
    } else if (m == 1e2 && r.value() == Math.rint(r.value()) && more != null && more.is("and")) {
      out = hundredAnd(out); // "3 hundred and 21", "4 hundred and six"
    }
    return out;
  }

  /**
   * Whether the magnitude word {@code more} multiplies the magnitude word {@code w} before it: both
   * spelled out in full (not "k", "m", "bn") and the second larger.
   */
  private static boolean stacks(String w, Tok more) {
    if (more == null || !more.isWord() || !more.spaceBefore()) return false;
    String m2 = more.lower();
    if (!NumberWords.isSpelledMagnitude(w) || !NumberWords.isSpelledMagnitude(m2)) return false;
    return NumberWords.MAGNITUDE.get(m2) > NumberWords.MAGNITUDE.get(w);
  }

  /** "and" and a whole number under a hundred, in digits or words, after "N hundred". */
  private Reading hundredAnd(Reading r) {
    Tok n = at(r.last() + 2);
    if (n == null) return r;
    if (n.isNum()) {
      Double v = parseDigits(n.text());
      if (v == null || v >= 100 || v != Math.rint(v)) return r;
      return new Reading(r.first(), r.last() + 2, r.value() + v, 1, false, false, r.words());
    }
    if (!n.isWord()
        || !(NumberWords.SMALL.containsKey(n.lower()) || NumberWords.TENS.containsKey(n.lower())))
      return r;
    Reading words = cardinal(r.last() + 2);
    if (words == null || words.value() >= 100 || words.value() != Math.rint(words.value()))
      return r;
    return new Reading(r.first(), words.last(), r.value() + words.value(), 1, false, false, true);
  }

  private boolean bigMagnitudeAt(int j) {
    Tok t = at(j);
    return t != null && t.isWord() && NumberWords.isBigMagnitude(t.lower());
  }

  private static final java.util.Set<String> LENGTH_CUES =
      org.sitrep.lexicon.UnitTable.cues("length-after");

  private static final java.util.Set<String> LENGTH_BEFORE =
      org.sitrep.lexicon.UnitTable.cues("length-before");

  /**
   * What follows "5m" makes it metres: a length word ("1.8m tall", "a 100m sprint"). Anything else
   * reads as million, the commoner sense in news ("the 13m barrier" of attendances); "a 2m wall" is
   * the price of that choice.
   */
  private boolean metreContext(int j) {
    Tok t = at(j);
    if (t != null && !t.spaceBefore() && (t.is("2") || t.is("3") || t.is("²") || t.is("³")))
      return true; // "m2", "m³": square and cubic metres
    if (t == null || !t.isWord()) return t != null && (t.is("-") || t.is("/"));
    String w = t.lower();
    return LENGTH_CUES.contains(w);
  }

  /** A length word a few tokens before the number: "a height of 48m", "outreach is 48m". */
  private boolean lengthBefore(int first) {
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      Tok t = toks.get(k);
      if (t.is(".") || t.is(";") || t.is(",")) return false;
      if (t.isWord() && LENGTH_BEFORE.contains(t.lower())) return true;
    }
    return false;
  }

  /** How far either side of a number the words that settle an ambiguous unit are looked for. */
  private static final int NEAR = 12;

  private static final java.util.Set<String> TEMPERATURE_CUES =
      org.sitrep.lexicon.UnitTable.cues("temperature");

  /**
   * Temperatures talked about in the sentence around the number ("20 K (0 °C)", "cooled to 4 K"):
   * then "K" after it is kelvin, not thousand.
   */
  private boolean temperatureNear(int first) {
    for (int k = sentenceStart(first); k < toks.size() && k <= first + NEAR; k++) {
      Tok t = toks.get(k);
      if (k > first && endsSentence(t)) break;
      if (TEMPERATURE_CUES.contains(t.lower())) return true;
    }
    return false;
  }

  /**
   * Another number with a length unit in the sentence ("1m is equal to 10 dm"): then a glued "m" is
   * metres too, unless a plural noun follows it ("5m people"). {@code m} is the token of that "m".
   */
  private boolean lengthUnitNear(int first, int m) {
    Tok counted = at(m + 1);
    if (counted != null && counted.isWord() && Vocabulary.pluralLooking(counted.lower()))
      return false; // "5m people fled 20 km": millions of what follows
    for (int k = sentenceStart(first); k + 1 < toks.size() && k <= m + NEAR; k++) {
      Tok t = toks.get(k);
      if (k > m && endsSentence(t)) break;
      if (k == first || k + 1 == m || !t.isNum()) continue;
      Units.Hit h = Units.suffix(toks, k + 1);
      if (h != null && Units.isLength(h.unit())) return true;
    }
    return false;
  }

  /** The first token of the sentence holding token {@code i}, at most {@link #NEAR} back. */
  private int sentenceStart(int i) {
    int k = i;
    while (k > 0 && k > i - NEAR && !endsSentence(toks.get(k - 1)) && !toks.get(k).lineBefore())
      k--;
    return k;
  }

  private static boolean endsSentence(Tok t) {
    return t.is(".") || t.is("!") || t.is("?") || t.is(";");
  }

  private Reading afterArticle(int i) {
    Tok n = at(i + 1);
    if (n == null || !n.isWord()) return null;
    String w = n.lower();
    if (w.equals("hundred") || NumberWords.isBigMagnitude(w)) {
      Reading r = cardinal(i + 1);
      return r == null
          ? null
          : new Reading(i, r.last(), r.value(), r.magnitude(), r.approximate(), false, true);
    }
    if (w.equals("dozen")) return new Reading(i, i + 1, 12, 12, true, false, true);
    if (w.equals("few") || w.equals("couple")) return several(i, i + 1);
    if (w.equals("half")) {
      Reading h = half(i + 1);
      return h == null
          ? new Reading(i, i + 1, 0.5, 1, false, false, true)
          : new Reading(i, h.last(), h.value(), h.magnitude(), false, false, true);
    }
    Integer den = NumberWords.FRACTION.get(w);
    if (den != null && !w.endsWith("s"))
      return scaled(new Reading(i, i + 1, 1.0 / den, 1, false, false, true));
    return null;
  }

  /**
   * "half", "half a million", "half of"; not "the second half" (the caller checks what precedes).
   */
  private Reading half(int i) {
    Tok n = at(i + 1);
    Tok n2 = at(i + 2);
    if (n != null && (n.is("a") || n.is("an")) && n2 != null && n2.isWord()) {
      String w = n2.lower();
      if (NumberWords.isBigMagnitude(w) || w.equals("hundred"))
        return new Reading(
            i,
            i + 2,
            0.5 * NumberWords.MAGNITUDE.get(w),
            NumberWords.MAGNITUDE.get(w),
            false,
            false,
            true);
      if (w.equals("dozen")) return new Reading(i, i + 2, 6, 12, true, false, true);
      if (Units.wordUnit(w) != null)
        return new Reading(i, i + 1, 0.5, 1, false, false, true); // "half an hour"
    }
    if (n != null && n.isWord() && NumberWords.isBigMagnitude(n.lower())) {
      double m = NumberWords.MAGNITUDE.get(n.lower());
      return new Reading(i, i + 1, 0.5 * m, m, false, false, true);
    }
    return new Reading(i, i, 0.5, 1, false, false, true);
  }

  /** "tens of thousands", "hundreds of", "thousands more": at least that many, and approximate. */
  private Reading vague(int i) {
    String w = toks.get(i).lower();
    double v = NumberWords.VAGUE.get(w);
    Tok of = at(i + 1);
    Tok big = at(i + 2);
    if (of != null
        && of.is("of")
        && big != null
        && NumberWords.VAGUE.containsKey(big.lower())
        && NumberWords.VAGUE.get(big.lower()) >= 1e3)
      return new Reading(
          i,
          i + 2,
          v * NumberWords.VAGUE.get(big.lower()),
          NumberWords.VAGUE.get(big.lower()),
          true,
          true,
          true);
    if (w.equals("tens")) return null;
    if (of == null || !of.isWord()) return null;
    String o = of.lower();
    if (o.equals("of")
        || o.equals("more")
        || o.equals("fewer")
        || o.equals("upon")
        || o.equals("were")
        || o.equals("have")
        || o.equals("had")
        || o.equals("are")
        || Vocabulary.pluralLooking(o)) return new Reading(i, i, v, v, true, true, true);
    return null;
  }

  /** "several hundred", "a few thousand", "a couple of dozen": at least twice the round number. */
  private Reading several(int first, int i) {
    int j = i + 1;
    Tok t = at(j);
    if (t != null && t.is("of")) t = at(++j);
    if (t == null || !t.isWord()) return null;
    String w = t.lower();
    double m = w.equals("dozen") ? 12 : NumberWords.MAGNITUDE.getOrDefault(w, 0.0);
    if (m == 0 || !(w.equals("dozen") || w.equals("hundred") || NumberWords.isBigMagnitude(w)))
      return null;
    boolean couple = toks.get(i).is("couple");
    return new Reading(first, j, 2 * m, m, true, !couple, true);
  }

  /**
   * A cardinal in words: "one hundred and six", "twenty-one", "two dozen", "two thirds", "one and a
   * half".
   */
  private Reading cardinal(int i) {
    double total = 0, current = 0, lastMag = 1;
    int last = -1;
    String prev = null; // kind of the last word: unit, teen, ten, hundred, mag
    int j = i;
    while (j < toks.size()) {
      Tok t = toks.get(j);
      if (t.is("-")
          && prev != null
          && !t.spaceBefore()
          && j + 1 < toks.size()
          && !toks.get(j + 1).spaceBefore()) {
        j++;
        continue;
      }
      if (t.is("and") && prev != null && (prev.equals("hundred") || prev.equals("mag"))) {
        Tok n = at(j + 1);
        Tok n2 = at(j + 2);
        boolean fraction =
            n2 != null && NumberWords.FRACTION.containsKey(n2.lower()); // "and three quarters"
        if (!fraction
            && n != null
            && n.isWord()
            && (NumberWords.SMALL.containsKey(n.lower())
                || NumberWords.TENS.containsKey(n.lower()))) {
          j++;
          continue;
        }
        break;
      }
      if (!t.isWord()) break;
      String w = t.lower();
      Integer small = NumberWords.SMALL.get(w);
      Integer ten = NumberWords.TENS.get(w);
      if (small != null) {
        String kind = small < 10 ? "unit" : "teen";
        if (prev != null
            && !(prev.equals("hundred")
                || prev.equals("mag")
                || (prev.equals("ten") && kind.equals("unit")))) break;
        current += small;
        prev = kind;
      } else if (ten != null) {
        if (prev != null && !(prev.equals("hundred") || prev.equals("mag"))) break;
        current += ten;
        prev = "ten";
      } else if (w.equals("hundred")) {
        // A bare "hundred" is a count only before a larger magnitude ("hundred thousand dollars").
        if (prev == null && i == j && !isArticle(i - 1) && !bigMagnitudeAt(j + 1)) break;
        if (prev != null && prev.equals("hundred")) break;
        current = (current == 0 ? 1 : current) * 100;
        prev = "hundred";
      } else if (NumberWords.isBigMagnitude(w)) {
        if (prev == null && !isArticle(i - 1)) break;
        lastMag = NumberWords.MAGNITUDE.get(w);
        total += (current == 0 ? 1 : current) * lastMag;
        current = 0;
        prev = "mag";
      } else break;
      last = j;
      j++;
    }
    if (last < 0) return null;
    if ("ten".equals(prev) && ordinalAfter(last))
      return null; // "twenty-first", "twenty second of June"
    double v = total + current;
    Reading r =
        new Reading(i, last, v, current == 0 && total > 0 ? lastMag : 1, false, false, true);
    return scaled(fractionWords(r));
  }

  private static final java.util.Set<String> ORDINALS =
      java.util.Set.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

  private boolean ordinalAfter(int last) {
    Tok n = at(last + 1);
    if (n != null && n.is("-") && !n.spaceBefore()) n = at(last + 2);
    return n != null && n.isWord() && ORDINALS.contains(n.lower());
  }

  /**
   * "and a half", "and three quarters" after a number: added in units of the number's magnitude
   * ("one million and a half" is 1.5 million) or of a magnitude that follows ("one billion and a
   * half million").
   */
  private Reading andFraction(Reading r) {
    Tok and = at(r.last() + 1);
    Tok num = at(r.last() + 2);
    Tok den = at(r.last() + 3);
    if (and == null || !and.is("and") || num == null || den == null || !num.isWord()) return r;
    String nw = num.lower();
    double n = nw.equals("a") || nw.equals("an") ? 1 : NumberWords.SMALL.getOrDefault(nw, 0);
    Integer d = NumberWords.FRACTION.get(den.lower());
    if (n == 0 || d == null) return r;
    double f = n / d;
    Tok mag = at(r.last() + 4);
    if (mag != null && NumberWords.isBigMagnitude(mag.lower())) {
      double m = NumberWords.MAGNITUDE.get(mag.lower());
      // "one and a half million" scales the whole; "one billion and a half million" adds to it.
      double v = r.magnitude() > 1 ? r.value() + f * m : (r.value() + f) * m;
      return r.withLast(r.last() + 4, v, r.magnitude() > 1 ? 1 : m);
    }
    return r.withLast(r.last() + 3, r.value() + f * r.magnitude(), r.magnitude());
  }

  /** "two thirds", "one and a half", "two dozen" after a cardinal. */
  private Reading fractionWords(Reading r) {
    Tok n = at(r.last() + 1);
    if (n == null) return r;
    if (n.is("-") && !n.spaceBefore()) {
      Tok f = at(r.last() + 2);
      if (f != null && NumberWords.FRACTION.containsKey(f.lower()) && r.value() < 20)
        return r.withLast(r.last() + 2, r.value() / NumberWords.FRACTION.get(f.lower()), 1);
      return r;
    }
    Integer den = NumberWords.FRACTION.get(n.lower());
    if (den != null
        && r.value() < 20
        && r.value() >= 1
        && r.magnitude() == 1
        && (r.value() > 1 || !n.lower().endsWith("s")))
      return r.withLast(r.last() + 1, r.value() / den, 1);
    if (n.is("and")) return andFraction(r);
    if (n.is("dozen") || n.is("dozens"))
      return new Reading(r.first(), r.last() + 1, r.value() * 12, 12, true, false, true);
    return r;
  }

  /**
   * A magnitude after a small fraction or mixed number: "one and a half million", "a quarter
   * million".
   */
  private Reading scaled(Reading r) {
    Tok n = at(r.last() + 1);
    if (n != null
        && n.isWord()
        && NumberWords.isBigMagnitude(n.lower())
        && r.magnitude() == 1
        && r.value() != Math.rint(r.value())) {
      double m = NumberWords.MAGNITUDE.get(n.lower());
      return r.withLast(r.last() + 1, r.value() * m, m);
    }
    // "a quarter of a million", "two thirds of a billion": a share of the magnitude itself.
    Tok a = at(r.last() + 2);
    Tok mag = at(r.last() + 3);
    if (n != null
        && n.is("of")
        && a != null
        && (a.is("a") || a.is("an"))
        && mag != null
        && mag.isWord()
        && NumberWords.isBigMagnitude(mag.lower())
        && r.magnitude() == 1
        && r.value() > 0
        && r.value() < 1) {
      double m = NumberWords.MAGNITUDE.get(mag.lower());
      return r.withLast(r.last() + 3, r.value() * m, m);
    }
    return r;
  }

  private boolean isArticle(int j) {
    Tok t = at(j);
    return t != null && (t.is("a") || t.is("an"));
  }

  private Tok at(int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }

  /**
   * "4,000" (English grouping only), "1.2", ".5"; null for lists, versions and runaway digit
   * strings.
   */
  static Double parseDigits(String s) {
    if (s.length() > 24) return null;
    if (!s.isEmpty() && Lexer.vulgarFraction(s.charAt(s.length() - 1)) > 0) { // "2½", "¾"
      String whole = s.substring(0, s.length() - 1);
      Double w = whole.isEmpty() ? Double.valueOf(0) : parseDigits(whole);
      return w == null ? null : w + Lexer.vulgarFraction(s.charAt(s.length() - 1));
    }
    if (s.indexOf(',') >= 0) {
      if (!s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) return null;
      s = s.replace(",", "");
    }
    int dot = s.indexOf('.');
    if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) return null;
    return Double.parseDouble(s);
  }
}

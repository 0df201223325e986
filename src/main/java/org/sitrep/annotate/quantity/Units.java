package org.sitrep.annotate.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.lexicon.UnitTable;

/**
 * Units after a number ("km", "per cent", "square kilometres", "64GB", "km/h", "years"), currencies
 * around it ("€", "US$", "USD", "dollars") and rates after it ("a share", "per game"), read from
 * the units table ({@link UnitTable}) and normalised as it names them: singular British spelling
 * for measures, ISO 4217 codes for money.
 */
final class Units {
  private Units() {}

  /** Where a unit ends (or, for a prefix, starts) and what it normalises to. */
  record Hit(int edge, String unit, double scale) {
    Hit(int edge, String unit) {
      this(edge, unit, 1);
    }
  }

  /**
   * "MUSD", "MEUR", "MSEK": a currency code with M before it, the business shorthand for millions
   * of that currency; null for anything else.
   */
  static Hit millions(Tok t, int edge) {
    String s = t.text();
    if (!t.isWord() || s.length() != 4 || s.charAt(0) != 'M') return null;
    String code = s.substring(1);
    if (!code.equals(code.toUpperCase(Locale.ROOT)) || !isCurrencySymbol(code)) return null;
    return new Hit(edge, currencySign(code), 1e6);
  }

  private static final UnitTable TABLE = UnitTable.get();

  /** Words after a unit that make "a year" a point in time, not a rate: "5% a year ago". */
  private static final Set<String> NOT_A_RATE =
      Set.of(
          "ago",
          "earlier",
          "later",
          "before",
          "after",
          "previously",
          "prior",
          "back",
          "since",
          "on",
          "from",
          "old",
          "or",
          "and");

  /**
   * Whether the word at {@code k}, after "a year", "an hour", makes them a point in time: "a year
   * ago", "a year earlier"; "and" and "or" only before another amount ("a year or two ago", "a year
   * and a half"), not in "$50 a day and free meals".
   */
  private static boolean pointInTime(List<Tok> toks, int k) {
    if (k >= toks.size() || !NOT_A_RATE.contains(toks.get(k).lower())) return false;
    if (!(toks.get(k).is("and") || toks.get(k).is("or"))) return true;
    Tok n = k + 1 < toks.size() ? toks.get(k + 1) : null;
    return n != null
        && (n.isNum()
            || n.is("a")
            || n.is("an")
            || NumberWords.isCardinal(n.lower())
            || n.is("half")
            || n.is("so"));
  }

  /**
   * The normalised measure for a single unit word (not money, not a rate's denominator), or null.
   */
  static String wordUnit(String lower) {
    UnitTable.Unit u = TABLE.lookup(lower);
    if (u == null || u.isCurrency() || u.denominatorOnly() || u.isRate()) return null;
    // "degrees", "turns", "points" are units right after a number, and counted nouns after an
    // adjective ("two associate degrees", "two unexpected turns").
    return NOUN_LIKE.contains(u.dimension()) ? null : u.name();
  }

  private static final Set<String> NOUN_LIKE = Set.of("angle", "score", "score rate");

  /** A currency code or sign written in its own case: "USD", "CHF", "Rs", "€". */
  static boolean isCurrencySymbol(String text) {
    UnitTable.Unit u = TABLE.lookup(text);
    return u != null
        && u.currency() != null
        && !u.isRate()
        && text.equals(text.toUpperCase(Locale.ROOT))
        && !text.equals(text.toLowerCase(Locale.ROOT));
  }

  /**
   * A currency code or symbol that may be glued to its number: a three-letter code ("USD115") or a
   * symbol with lower-case letters ("Rs40", "Rp5000"); not two capitals, which name models
   * ("SR71").
   */
  static boolean gluedCurrency(String text) {
    if (currencySign(text) == null) return false;
    boolean code = text.length() == 3 && text.equals(text.toUpperCase(Locale.ROOT));
    return code || !text.equals(text.toUpperCase(Locale.ROOT));
  }

  /** A normalised unit name of money (a currency, cents, pence, or a rate of money). */
  static boolean isMoney(String unit) {
    UnitTable.Unit u = TABLE.named(unit);
    return u != null && u.isCurrency();
  }

  /** The same unit, or a rate of it ("kilometre per day" after "kilometre"). */
  static boolean sameMeasure(String unit, String first) {
    if (unit.equals(first)) return true;
    UnitTable.Unit u = TABLE.named(unit);
    return u != null && u.of() != null && u.of().name().equals(first);
  }

  /** A normalised unit name of a temperature ("degree celsius", "kelvin"). */
  static boolean isTemperature(String unit) {
    return unit != null && "temperature".equals(TABLE.dimension(unit));
  }

  /** A normalised unit name of a length ("metre", "foot"). */
  static boolean isLength(String unit) {
    return unit != null && "length".equals(TABLE.dimension(unit));
  }

  /** A normalised unit name of time ("year", "hour"). */
  static boolean isTime(String unit) {
    return "time".equals(TABLE.dimension(unit));
  }

  /** The currency a symbol before a number names, when it is written in its own case. */
  private static String currencySign(String text) {
    for (UnitTable.Unit u : TABLE.readings(text))
      if (u.currency() != null && !u.isRate() && !text.equals(text.toLowerCase(Locale.ROOT)))
        return u.currency();
    // Signs and symbols with no letters: "$", "€", "₹".
    for (UnitTable.Unit u : TABLE.readings(text))
      if (u.currency() != null && !u.isRate() && text.chars().noneMatch(Character::isLetter))
        return u.currency();
    return null;
  }

  /**
   * A currency sign or code right before token {@code i}: "€100", "US$ 3", "USD 200", "C $ 16",
   * "Rs. 40", "HK$10".
   */
  static Hit prefix(List<Tok> toks, int i) {
    if (i < 1) return null;
    Tok p = toks.get(i - 1);
    Tok q = i >= 2 ? toks.get(i - 2) : null;
    // "Rs. 40": a symbol written with its full stop.
    if (p.is(".") && !p.spaceBefore() && q != null && q.isWord()) {
      String code = currencySign(q.text() + ".");
      return code == null ? null : new Hit(i - 2, code);
    }
    Hit m = millions(p, i - 1);
    if (m != null) return m; // "MAUD 60"
    if (p.isWord()
        && i < toks.size()
        && toks.get(i).spaceBefore()
        && q != null
        && q.isNum()
        && !codeBefore(toks, i - 3))
      return null; // "10 rmb 20 usd": a spaced code after a number is that number's, not "USD50"'s
    String lowerCode = lowerCaseCode(p);
    if (lowerCode != null) return new Hit(i - 1, lowerCode); // "usd 20", "rmb 10"
    if (p.isWord() && !isCurrencySymbol(p.text()) && currencySign(p.text()) == null) return null;
    String code = currencySign(p.text());
    if (code == null) return null;
    int first = i - 1;
    if (p.is("$") && q != null && q.isWord()) {
      String c = countryDollar(q.text());
      // Glued ("US$", "C$") or a spaced code that is not an English word ("s $" is a possessive, "a
      // $" an article).
      if (c != null
          && (!p.spaceBefore()
              || !(q.lower().equals("s") || q.lower().equals("a") || q.lower().equals("r")))) {
        code = c;
        first = i - 2;
      }
    }
    return new Hit(first, code);
  }

  /** A currency code or sign at token {@code k}: "rmb" in "rmb 10 usd 20". */
  private static boolean codeBefore(List<Tok> toks, int k) {
    if (k < 0) return false;
    Tok t = toks.get(k);
    return lowerCaseCode(t) != null || currencySign(t.text()) != null;
  }

  /**
   * A currency code written in lower case ("usd", "eur", "rmb") where the table lists that
   * lower-case form as a spelling of the currency, so "try" (TRY) and "all" (ALL) stay words; null
   * otherwise.
   */
  private static String lowerCaseCode(Tok p) {
    String s = p.text();
    if (!p.isWord() || s.length() != 3 || !s.equals(s.toLowerCase(Locale.ROOT))) return null;
    UnitTable.Unit code = TABLE.lookup(s.toUpperCase(Locale.ROOT));
    if (code == null || code.currency() == null || code.isRate()) return null;
    return TABLE.readings(s).contains(code) ? code.currency() : null;
  }

  /** "US", "hk", "Mex" before "$": the country's dollar, whatever the case it is written in. */
  private static String countryDollar(String letters) {
    for (String form :
        new String[] {
          letters,
          letters.toUpperCase(Locale.ROOT),
          letters.isEmpty()
              ? letters
              : Character.toUpperCase(letters.charAt(0))
                  + letters.substring(1).toLowerCase(Locale.ROOT)
        }) {
      UnitTable.Unit u = TABLE.lookup(form + "$");
      if (u != null && u.currency() != null) return u.currency();
    }
    return null;
  }

  /**
   * The unit right after a number ending at token {@code j - 1}: a hyphenated one ("a 100-kilometre
   * border"), "m" that was not read as million ("1.8m"), "pounds" as money after a magnitude or
   * sign and as weight otherwise.
   */
  static Hit after(List<Tok> toks, int j, Reading r, boolean money) {
    if (j >= toks.size()) return null;
    Tok a = toks.get(j);
    if (a.is("-") && !a.spaceBefore() && j + 1 < toks.size() && !toks.get(j + 1).spaceBefore())
      return suffix(toks, j + 1);
    Hit bracketed = bracketed(toks, j); // "20 (kg)", "20 [m]"
    if (bracketed != null) return bracketed;
    if (inchMark(toks, j)) return new Hit(j, "inch"); // 'a 10" pen'
    if (a.text().equals("m")
        && (!a.spaceBefore()
            || j + 1 >= toks.size()
            || !toks.get(j + 1).isWord()
            || TIMES.contains(toks.get(j + 1).lower()) // "1 m x 2 m"
            || Vocabulary.FUNCTION.contains(toks.get(j + 1).text()))) { // "4 m and 5 m"
      Hit longer = suffix(toks, j); // "m2", "m/s"
      return longer != null ? longer : new Hit(j, "metre");
    }
    if (a.is("pounds") || a.is("pound"))
      return new Hit(
          j, r.magnitude() >= 1e3 || money || moneyTalk(toks, r.first()) ? "GBP" : "pound");
    return suffix(toks, j);
  }

  /** The signs that multiply dimensions: "3 m x 4 m", "10 by 12 feet". */
  static final Set<String> TIMES = Set.of("x", "×", "by");

  private static final String OPEN = "([{<";
  private static final String CLOSE = ")]}>";

  /**
   * A unit alone in brackets at token {@code j}, as tables and spec sheets write it after a number
   * ("20 (kg)") or after a label ("Weight (kg): 20"): the unit, ending on the closing bracket; null
   * when the brackets hold anything else.
   */
  static Hit bracketed(List<Tok> toks, int j) {
    if (j + 2 >= toks.size()) return null;
    int kind = OPEN.indexOf(toks.get(j).text());
    if (toks.get(j).text().length() != 1 || kind < 0) return null;
    for (int close = j + 2; close < Math.min(toks.size(), j + 2 + MAX_TOKENS); close++) {
      Tok c = toks.get(close);
      if (c.lineBefore()) return null;
      if (!c.text().equals(String.valueOf(CLOSE.charAt(kind)))) continue;
      StringBuilder b = new StringBuilder();
      for (int k = j + 1; k < close; k++) {
        if (k > j + 1 && toks.get(k).spaceBefore()) b.append(' ');
        b.append(toks.get(k).text());
      }
      UnitTable.Unit u = TABLE.unitAlone(b.toString());
      return u == null || u.denominatorOnly() ? null : new Hit(close, u.name());
    }
    return null;
  }

  /**
   * A unit in brackets after a label, before the number at token {@code i}: "Weight (kg): 20",
   * "Price (USD) 20", "Depth [m] = 40"; null when none.
   */
  static String labelled(List<Tok> toks, int i) {
    int k = i - 1;
    if (k >= 0 && (toks.get(k).is(":") || toks.get(k).is("="))) k--;
    if (k < 2 || toks.get(i).lineBefore() || CLOSE.indexOf(toks.get(k).text()) < 0) return null;
    for (int open = k - 2; open >= Math.max(1, k - 1 - MAX_TOKENS); open--) {
      if (toks.get(open + 1).lineBefore()) return null;
      if (OPEN.indexOf(toks.get(open).text()) < 0 || toks.get(open).text().length() != 1) continue;
      Hit h = bracketed(toks, open);
      return h != null && h.edge() == k && toks.get(open - 1).isWord() ? h.unit() : null;
    }
    return null;
  }

  /**
   * A straight or double-prime mark after a number that closes no quotation: inches ('a 10"
   * screen'). The quotation marks before it on its line are counted; an odd count means this one
   * closes a quote.
   */
  private static boolean inchMark(List<Tok> toks, int j) {
    Tok a = toks.get(j);
    if (!(a.is("\"") || a.is("″"))) return false;
    Tok next = j + 1 < toks.size() ? toks.get(j + 1) : null;
    if (next != null && !next.spaceBefore() && (next.isWord() || next.isNum())) return false;
    if (a.is("″")) return true;
    int quotes = 0;
    for (int k = j - 1; k >= 0; k--) {
      Tok t = toks.get(k);
      if (t.is("\"")) quotes++;
      if (t.lineBefore()) break;
    }
    return quotes % 2 == 0;
  }

  /**
   * Words that make "pounds" money: "it costs 150 pounds", "I spent 20 pounds", "a fine of 50
   * pounds".
   */
  private static final Set<String> MONEY_CUES = UnitTable.cues("money");

  private static final Set<String> WEIGHT_CUES = UnitTable.cues("weight");

  /** Looks a few words either side, within the sentence, for a money word and no weight word. */
  private static boolean moneyTalk(List<Tok> toks, int i) {
    boolean money = false;
    for (int k = Math.max(0, i - 8); k < toks.size() && k <= i + 10; k++) {
      Tok t = toks.get(k);
      boolean end = t.is(".") || t.is(";") || t.is("!") || t.is("?");
      if (end && k < i) money = false;
      if (end && k > i) break;
      if (WEIGHT_CUES.contains(t.lower())) return false;
      money |= MONEY_CUES.contains(t.lower());
    }
    return money;
  }

  /**
   * Unit surfaces are at most this many tokens: "square kilometres", "km / h", "us dollars a
   * share".
   */
  private static final int MAX_TOKENS = 5;

  /**
   * A unit starting at token {@code j} (after the number): the longest run of tokens the units
   * table reads as one unit ("square kilometres", "km/h", "GB", "swiss francs", "per cent a year"),
   * not followed by letters glued to it ("km" is not the start of "kmart").
   */
  static Hit suffix(List<Tok> toks, int j) {
    if (j >= toks.size()) return null;
    Tok t = toks.get(j);
    // "10 $" is ten dollars; "10 $30" is two amounts.
    if (t.is("$") && j + 1 < toks.size() && toks.get(j + 1).isNum()) return null;
    Hit m = millions(t, j);
    if (m != null) return m; // "30 MUSD"
    UnitTable.Unit glued = t.spaceBefore() ? null : TABLE.gluedSymbol(t.text());
    Tok next = j + 1 < toks.size() ? toks.get(j + 1) : null;
    if (glued != null && (next == null || next.spaceBefore() || !(next.isWord() || next.isNum())))
      return new Hit(j, glued.name()); // "3x", "10×"
    int max = Math.min(toks.size(), j + MAX_TOKENS);
    String[] surface = new String[max - j];
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int k = j; k < max; k++) {
      Tok x = toks.get(k);
      if (k > j && (x.lineBefore() || (x.isNum() && x.spaceBefore()))) break;
      if (k > j && x.spaceBefore()) b.append(' ');
      b.append(x.text());
      surface[n++] = b.toString();
    }
    for (int len = n; len >= 1; len--) {
      int last = j + len - 1;
      Tok after = last + 1 < toks.size() ? toks.get(last + 1) : null;
      // a word glued after a unit makes it part of that word ("kmart"), unless the unit is a
      // symbol with no letters, where only the space is missing ("68%of")
      boolean symbol = surface[len - 1].chars().noneMatch(Character::isLetterOrDigit);
      if (after != null && !after.spaceBefore() && (after.isNum() || (after.isWord() && !symbol)))
        continue;
      if (abbreviationGoesOn(toks, last + 1)) continue; // "2 p.m." is no pence
      if (toks.get(last).is("/") || toks.get(last).is("-")) continue;
      UnitTable.Unit u = unitOf(surface[len - 1]);
      if (u == null) continue;
      if (u.isRate()
          && articleRate(surface[len - 1])
          && after != null
          && pointInTime(toks, last + 1)) continue; // "5% a year ago"
      return new Hit(last, u.name());
    }
    return null;
  }

  /**
   * A full stop glued to a letter ("p" in "p.m." starts an abbreviation) or a hyphen glued to
   * digits ("L-202" is a code).
   */
  private static boolean abbreviationGoesOn(List<Tok> toks, int k) {
    if (k + 1 >= toks.size()) return false;
    Tok dot = toks.get(k);
    Tok next = toks.get(k + 1);
    if (dot.is("-") && !dot.spaceBefore() && next.isNum() && !next.spaceBefore())
      return true; // "24703 L-202" is a part number
    return dot.is(".") && !dot.spaceBefore() && next.isWord() && !next.spaceBefore();
  }

  private static boolean articleRate(String surface) {
    String s = surface.toLowerCase(Locale.ROOT);
    return s.contains(" a ") || s.contains(" an ");
  }

  /** The unit a surface names after a number, or null: a denominator alone is none. */
  private static UnitTable.Unit unitOf(String surface) {
    for (UnitTable.Unit u : TABLE.readings(surface)) if (!u.denominatorOnly()) return u;
    return null;
  }

  /**
   * "per share", "a year", "/kg" after a unit: the rate of that unit, with the token the rate ends
   * on; null when none follows. "a" and "an" make a rate only before a time, a denominator word or,
   * after money, a measure ("$85 a barrel"); and not in "a year ago".
   */
  static Hit rate(List<Tok> toks, int k, String unit) {
    if (unit == null || k + 1 >= toks.size()) return null;
    Tok per = toks.get(k);
    boolean article = per.is("a") || per.is("an");
    boolean slash = per.is("/") && !per.spaceBefore();
    if (!(per.is("per") || article || slash)) return null;
    if (toks.get(k + 1).lineBefore()) return null;
    UnitTable.Unit num = TABLE.named(unit);
    if (num == null || num.isRate()) return null;
    for (int len = Math.min(3, toks.size() - k - 1); len >= 1; len--) {
      int last = k + len;
      StringBuilder b = new StringBuilder();
      for (int m = k + 1; m <= last; m++) {
        if (m > k + 1 && toks.get(m).spaceBefore()) b.append(' ');
        b.append(toks.get(m).text());
      }
      Tok after = last + 1 < toks.size() ? toks.get(last + 1) : null;
      if (after != null && !after.spaceBefore() && after.isWord()) continue;
      UnitTable.Unit den = TABLE.lookup(b.toString());
      if (den == null || den.isRate() || den.isCurrency()) continue;
      boolean time = "time".equals(den.dimension());
      // "$85 a barrel", "€4 a kilo": a price per measure
      boolean perMeasure = num.isCurrency() && den.factor() != null;
      if (article && !(time || den.denominatorOnly() || perMeasure)) continue;
      if (article && time && after != null && pointInTime(toks, last + 1)) continue;
      if (!article && !toks.get(k + 1).isWord()) continue;
      return new Hit(last, TABLE.rate(num, den).name());
    }
    return null;
  }

  /** A number read after a unit, and where what belongs to it ends. */
  record Part(double value, int edge) {}

  /**
   * The smaller unit that completes an amount: "5 feet 2 inches", "6ft 2in", "3 dollars 50 cents",
   * "thirteen dollars and forty-five cents", "15 dollars 50". Returns the amount to add, in units
   * of {@code unit}, or null. Lengths and weights take a smaller unit of the same dimension whose
   * part is less than one of the larger ("5 km and 800 m", not "5 km and 8000 m"); money takes
   * cents or pence, or a bare number under 100 after a currency written as a word.
   */
  static Part mixed(List<Tok> toks, NumberReader reader, int k, String unit, boolean wordMoney) {
    if (unit == null || k >= toks.size()) return null;
    UnitTable.Unit big = TABLE.named(unit);
    if (big == null || big.isRate()) return null;
    int j = k;
    boolean and = toks.get(j).is("and");
    if (and) j++;
    if (j >= toks.size() || toks.get(j).lineBefore()) return null;
    Tok n = toks.get(j);
    if (!(n.isNum() || n.isWord()) || (n.isNum() && !n.spaceBefore() && !and)) return null;
    Reading r = reader.read(j, false);
    if (r == null || r.vague() || r.value() <= 0) return null;
    Tok after = r.last() + 1 < toks.size() ? toks.get(r.last() + 1) : null;
    if (big.currency() != null) {
      if (r.value() >= 100 || r.value() != Math.rint(r.value())) return null;
      Hit sub = suffix(toks, r.last() + 1);
      if (sub != null && (sub.unit().equals("cent") || sub.unit().equals("pence")))
        return new Part(r.value() / 100, sub.edge());
      boolean bare =
          sub == null && (after == null || !(after.isWord() || after.isNum() || after.is("%")));
      return bare && wordMoney ? new Part(r.value() / 100, r.last()) : null;
    }
    if (!("length".equals(big.dimension()) || "mass".equals(big.dimension()))
        || big.factor() == null) return null;
    Hit sub = suffix(toks, r.last() + 1);
    UnitTable.Unit small = null;
    if (sub != null) small = TABLE.named(sub.unit());
    else if (after != null && after.is("in") && "foot".equals(unit)) {
      // "6 ft 2 in": "in" is an inch only where feet came first.
      small = TABLE.named("inch");
      sub = new Hit(r.last() + 1, "inch");
    }
    if (small == null
        || small.factor() == null
        || !big.dimension().equals(small.dimension())
        || r.value() * small.factor() >= big.factor()) return null;
    return new Part(r.value() * small.factor() / big.factor(), sub.edge());
  }
}

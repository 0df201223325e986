package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Units after a number ("km", "per cent", "square kilometres", "years") and currencies around it
 * ("€", "US$", "USD", "dollars"), normalised: singular British spelling for measures, ISO 4217
 * codes for money.
 */
final class Units {
  private Units() {}

  /** Where a unit ends (or, for a prefix, starts) and what it normalises to. */
  record Hit(int edge, String unit) {}

  private static final String[][] PHRASES = {
    {"percentage point", "percentage point"},
    {"percentage points", "percentage point"},
    {"per cent", "percent"},
    {"percent", "percent"},
    {"percents", "percent"},
    {"percentage", "percent"},
    {"pct", "percent"},
    {"pc", "percent"},
    {"%", "percent"},
    {"square kilometres", "square kilometre"},
    {"square kilometers", "square kilometre"},
    {"square kilometre", "square kilometre"},
    {"square kilometer", "square kilometre"},
    {"sq km", "square kilometre"},
    {"km 2", "square kilometre"},
    {"km ²", "square kilometre"},
    {"square metres", "square metre"},
    {"square meters", "square metre"},
    {"square metre", "square metre"},
    {"square meter", "square metre"},
    {"m 2", "square metre"},
    {"m ²", "square metre"},
    {"square miles", "square mile"},
    {"square mile", "square mile"},
    {"cubic metres", "cubic metre"},
    {"cubic meters", "cubic metre"},
    {"cubic feet", "cubic foot"},
    {"nautical miles", "nautical mile"},
    {"nautical mile", "nautical mile"},
    {"miles per hour", "mile per hour"},
    {"miles an hour", "mile per hour"},
    {"mph", "mile per hour"},
    {"kilometres per hour", "kilometre per hour"},
    {"kilometers per hour", "kilometre per hour"},
    {"km / h", "kilometre per hour"},
    {"km / hr", "kilometre per hour"},
    {"kph", "kilometre per hour"},
    {"kmph", "kilometre per hour"},
    {"kmh", "kilometre per hour"},
    {"metric tons", "tonne"},
    {"metric tonnes", "tonne"},
    {"metric ton", "tonne"},
    {"km", "kilometre"},
    {"kms", "kilometre"},
    {"kilometres", "kilometre"},
    {"kilometers", "kilometre"},
    {"kilometre", "kilometre"},
    {"kilometer", "kilometre"},
    {"metres", "metre"},
    {"meters", "metre"},
    {"metre", "metre"},
    {"meter", "metre"},
    {"cm", "centimetre"},
    {"centimetres", "centimetre"},
    {"centimeters", "centimetre"},
    {"mm", "millimetre"},
    {"millimetres", "millimetre"},
    {"millimeters", "millimetre"},
    {"millimetre", "millimetre"},
    {"miles", "mile"},
    {"mile", "mile"},
    {"feet", "foot"},
    {"foot", "foot"},
    {"ft", "foot"},
    {"inches", "inch"},
    {"inch", "inch"},
    {"yards", "yard"},
    {"yard", "yard"},
    {"kg", "kilogram"},
    {"kgs", "kilogram"},
    {"kilograms", "kilogram"},
    {"kilogram", "kilogram"},
    {"kilogrammes", "kilogram"},
    {"kilos", "kilogram"},
    {"grams", "gram"},
    {"gram", "gram"},
    {"grammes", "gram"},
    {"tonnes", "tonne"},
    {"tonne", "tonne"},
    {"tons", "ton"},
    {"ton", "ton"},
    {"lbs", "pound"},
    {"lb", "pound"},
    {"ounces", "ounce"},
    {"ounce", "ounce"},
    {"oz", "ounce"},
    {"hectares", "hectare"},
    {"hectare", "hectare"},
    {"ha", "hectare"},
    {"acres", "acre"},
    {"acre", "acre"},
    {"litres", "litre"},
    {"liters", "litre"},
    {"litre", "litre"},
    {"liter", "litre"},
    {"ml", "millilitre"},
    {"millilitres", "millilitre"},
    {"milliliters", "millilitre"},
    {"gallons", "gallon"},
    {"gallon", "gallon"},
    {"barrels", "barrel"},
    {"barrel", "barrel"},
    {"bbl", "barrel"},
    {"knots", "knot"},
    {"megawatts", "megawatt"},
    {"megawatt", "megawatt"},
    {"mw", "megawatt"},
    {"gigawatts", "gigawatt"},
    {"gigawatt", "gigawatt"},
    {"gw", "gigawatt"},
    {"kilowatts", "kilowatt"},
    {"kw", "kilowatt"},
    {"kwh", "kilowatt hour"},
    {"mwh", "megawatt hour"},
    {"gwh", "gigawatt hour"},
    {"twh", "terawatt hour"},
    {"degrees celsius", "degree celsius"},
    {"° c", "degree celsius"},
    {"°c", "degree celsius"},
    {"degrees fahrenheit", "degree fahrenheit"},
    {"° f", "degree fahrenheit"},
    {"years", "year"},
    {"year", "year"},
    {"yrs", "year"},
    {"months", "month"},
    {"month", "month"},
    {"weeks", "week"},
    {"week", "week"},
    {"days", "day"},
    {"day", "day"},
    {"hours", "hour"},
    {"hour", "hour"},
    {"hrs", "hour"},
    {"hr", "hour"},
    {"minutes", "minute"},
    {"minute", "minute"},
    {"mins", "minute"},
    {"min", "minute"},
    {"seconds", "second"},
    {"second", "second"},
    {"secs", "second"},
    {"sec", "second"},
    {"decades", "decade"},
    {"decade", "decade"},
    {"centuries", "century"},
    {"century", "century"},
  };

  /** Currency words after a number, with the adjectives that pick a country's dollar or franc. */
  private static final String[][] MONEY_PHRASES = {
    {"us dollars", "USD"},
    {"us dollar", "USD"},
    {"u.s. dollars", "USD"},
    {"american dollars", "USD"},
    {"canadian dollars", "CAD"},
    {"australian dollars", "AUD"},
    {"hong kong dollars", "HKD"},
    {"new zealand dollars", "NZD"},
    {"singapore dollars", "SGD"},
    {"taiwan dollars", "TWD"},
    {"chinese yuan", "CNY"},
    {"japanese yen", "JPY"},
    {"russian roubles", "RUB"},
    {"russian rubles", "RUB"},
    {"ukrainian hryvnias", "UAH"},
    {"indian rupees", "INR"},
    {"polish zloty", "PLN"},
    {"dollars", "USD"},
    {"dollar", "USD"},
    {"euros", "EUR"},
    {"euro", "EUR"},
    {"pounds sterling", "GBP"},
    {"sterling", "GBP"},
    {"roubles", "RUB"},
    {"rubles", "RUB"},
    {"rouble", "RUB"},
    {"ruble", "RUB"},
    {"hryvnias", "UAH"},
    {"hryvnia", "UAH"},
    {"hryvnas", "UAH"},
    {"hryvnya", "UAH"},
    {"yen", "JPY"},
    {"yuan", "CNY"},
    {"renminbi", "CNY"},
    {"rmb", "CNY"},
    {"rupees", "INR"},
    {"rupee", "INR"},
    {"zlotys", "PLN"},
    {"zloty", "PLN"},
    {"swiss francs", "CHF"},
    {"swiss franc", "CHF"},
    {"lira", "TRY"},
    {"liras", "TRY"},
    {"turkish lira", "TRY"},
    {"shekels", "ILS"},
    {"shekel", "ILS"},
    {"kronor", "SEK"},
    {"swedish kronor", "SEK"},
    {"bitcoins", "BTC"},
    {"bitcoin", "BTC"},
    {"cents", "cent"},
    {"cent", "cent"},
    {"pence", "pence"},
    {"penny", "pence"},
  };

  static final Set<String> ISO =
      Set.of(
          "USD", "EUR", "GBP", "RUB", "UAH", "JPY", "CNY", "CHF", "PLN", "INR", "CAD", "AUD", "SEK",
          "NOK", "DKK", "CZK", "HUF", "TRY", "KRW", "BRL", "ZAR", "MXN", "HKD", "NZD", "ILS", "SAR",
          "AED", "SGD", "RON", "BYN", "KZT", "GEL", "NGN", "EGP", "BTC");

  private static final Map<String, String> SIGNS =
      Map.ofEntries(
          Map.entry("$", "USD"),
          Map.entry("€", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("¥", "JPY"),
          Map.entry("₽", "RUB"),
          Map.entry("₴", "UAH"),
          Map.entry("₹", "INR"),
          Map.entry("₩", "KRW"),
          Map.entry("₺", "TRY"),
          Map.entry("₪", "ILS"),
          Map.entry("元", "CNY"),
          Map.entry("₿", "BTC"),
          Map.entry("₦", "NGN"),
          Map.entry("₾", "GEL"),
          Map.entry("zł", "PLN"));

  /** Letters glued before "$" that name a country's dollar: US$, C$, A$, HK$, NZ$, S$, R$, Mex$. */
  private static final Map<String, String> DOLLAR_PREFIX =
      Map.ofEntries(
          Map.entry("us", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("c", "CAD"),
          Map.entry("ca", "CAD"),
          Map.entry("cad", "CAD"),
          Map.entry("a", "AUD"),
          Map.entry("au", "AUD"),
          Map.entry("aud", "AUD"),
          Map.entry("hk", "HKD"),
          Map.entry("nz", "NZD"),
          Map.entry("nzd", "NZD"),
          Map.entry("s", "SGD"),
          Map.entry("r", "BRL"),
          Map.entry("mex", "MXN"),
          Map.entry("mxn", "MXN"));

  private static final Map<String, List<String[]>> UNIT_SEQ = byFirstWord(PHRASES);
  private static final Map<String, List<String[]>> MONEY_SEQ = byFirstWord(MONEY_PHRASES);

  /** The phrases grouped by their first word, so a lookup reads only the few that can match. */
  private static Map<String, List<String[]>> byFirstWord(String[][] table) {
    Map<String, List<String[]>> out = new java.util.HashMap<>();
    for (String[] e : split(table)) out.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e);
    return out;
  }

  private static List<String[]> split(String[][] table) {
    List<String[]> out = new ArrayList<>();
    for (String[] row : table) {
      String[] words = row[0].split(" ");
      String[] entry = new String[words.length + 1];
      System.arraycopy(words, 0, entry, 0, words.length);
      entry[words.length] = row[1];
      out.add(entry);
    }
    // Longest phrases first, so "square kilometres" wins over "kilometres".
    out.sort((a, b) -> b.length - a.length);
    return out;
  }

  /** The normalised measure for a single unit word, or null. */
  static String wordUnit(String lower) {
    for (String[] e : UNIT_SEQ.getOrDefault(lower, List.of())) if (e.length == 2) return e[1];
    return null;
  }

  /** A currency sign or code right before token {@code i}: "€100", "US$ 3", "USD 200", "C $ 16". */
  static Hit prefix(List<Tok> toks, int i) {
    if (i < 1) return null;
    Tok p = toks.get(i - 1);
    if (p.isWord() && ISO.contains(p.text()) && p.text().equals(p.text().toUpperCase(Locale.ROOT)))
      return new Hit(i - 1, p.text());
    if (p.isWord()
        && p.text().length() == 4
        && p.text().startsWith("M")
        && ISO.contains(p.text().substring(1)))
      return null; // "MUSD 60" is business shorthand for millions; left alone.
    String code = SIGNS.get(p.text());
    if (code == null) return null;
    int first = i - 1;
    if (p.is("$") && i >= 2) {
      Tok q = toks.get(i - 2);
      String c = q.isWord() ? DOLLAR_PREFIX.get(q.lower()) : null;
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
    if (a.text().equals("m")
        && (!a.spaceBefore() || j + 1 >= toks.size() || !toks.get(j + 1).isWord()))
      return new Hit(j, "metre");
    if (a.is("pounds") || a.is("pound"))
      return new Hit(
          j, r.magnitude() >= 1e3 || money || moneyTalk(toks, r.first()) ? "GBP" : "pound");
    return suffix(toks, j);
  }

  /**
   * Words that make "pounds" money: "it costs 150 pounds", "I spent 20 pounds", "a fine of 50
   * pounds".
   */
  private static final Set<String> MONEY_CUES =
      Set.of(
          "cost",
          "costs",
          "costing",
          "spent",
          "spend",
          "spends",
          "spending",
          "pay",
          "pays",
          "paid",
          "paying",
          "price",
          "priced",
          "prices",
          "worth",
          "money",
          "fine",
          "fined",
          "salary",
          "wage",
          "wages",
          "budget",
          "expensive",
          "cheap",
          "afford",
          "sold",
          "sell",
          "sells",
          "buy",
          "bought",
          "earn",
          "earned",
          "earns",
          "raised",
          "donated",
          "charge",
          "charged",
          "fee",
          "fees",
          "loan",
          "debt",
          "profit",
          "revenue",
          "tax",
          "taxes");

  private static final Set<String> WEIGHT_CUES =
      Set.of(
          "weigh",
          "weighs",
          "weighed",
          "weighing",
          "weight",
          "weights",
          "heavy",
          "heavier",
          "light",
          "lighter",
          "lift",
          "lifted",
          "pounds-force",
          "payload",
          "load",
          "lost",
          "gained",
          "explosives");

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

  /** A unit starting at token {@code j} (after the number); money words only count as money. */
  static Hit suffix(List<Tok> toks, int j) {
    if (j >= toks.size()) return null;
    Tok t = toks.get(j);
    if (t.isWord() && ISO.contains(t.text()) && t.text().equals(t.text().toUpperCase(Locale.ROOT)))
      return new Hit(j, t.text());
    String sign = SIGNS.get(t.text());
    if ((sign != null && !t.is("$"))
        || (t.is("$") && (j + 1 >= toks.size() || !toks.get(j + 1).isNum()))) {
      if (sign != null) return new Hit(j, sign);
    }
    Hit money = match(toks, j, MONEY_SEQ);
    if (money != null) return money;
    return match(toks, j, UNIT_SEQ);
  }

  private static Hit match(List<Tok> toks, int j, Map<String, List<String[]>> table) {
    for (String[] e : table.getOrDefault(toks.get(j).lower(), List.of())) {
      int n = e.length - 1;
      if (j + n > toks.size()) continue;
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        Tok t = toks.get(j + k);
        ok = t.lower().equals(e[k]) && (k == 0 || !t.lineBefore());
      }
      if (ok) {
        Tok after = j + n < toks.size() ? toks.get(j + n) : null;
        // "km2" is a whole word; "km" must not be the start of a longer word like "kmart".
        if (after != null && !after.spaceBefore() && after.isWord()) continue;
        return new Hit(j + n - 1, e[n]);
      }
    }
    return null;
  }
}

package org.sitrep.annotate.fact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.lexicon.UnitTable;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Token;

/**
 * Tells figures that are observations from numbers that only look like them: durations and ages,
 * years, ordinals, designations and model numbers ("Boeing 737", "Su-35", "Article 5", "Route 66"),
 * numbers inside addresses and codes, and digit lists ("1,2,3").
 */
final class Figures {
  private static final java.util.function.Predicate<String> MATCHES_1 =
      Pattern.compile("\\d+(,\\d+){2,}\\W*").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_2 =
      Pattern.compile("\\d{1,3}(,\\d{3})+\\W*").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_3 =
      Pattern.compile("(st|nd|rd|th)\\b.*").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_4 =
      Pattern.compile("(st|nd|rd|th)").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_5 =
      Pattern.compile("^-?(year|yr)s?-old.*").asMatchPredicate();
  private static final Set<String> TIME_UNITS =
      Set.of(
          "year",
          "month",
          "week",
          "day",
          "hour",
          "minute",
          "second",
          "decade",
          "century",
          "millisecond",
          "fortnight");
  private static final Pattern AGE_BEFORE = Pattern.compile("(^|[^\\p{L}])aged? $");
  private static final Set<String> NUMBER_WORDS = Set.of("no", "no.", "nr", "nr.", "number", "#");
  private static final Pattern CODE = Pattern.compile("(?i)(/|@|=|#|_|http|www\\.|\\.com|\\.org)");
  private static final Pattern DIGIT_LIST = Pattern.compile("\\d+(,\\d{1,2}|,\\d{4,})(,\\d+)*");

  private Figures() {}

  static boolean observation(Annotated a, Quantity q) {
    String body = a.body();
    if (q.unit() != null && TIME_UNITS.contains(q.unit())) return false;
    // "five days a week", "two hours per day": how often, not how many
    if (q.unit() != null && q.unit().contains(" per ")) {
      String u = q.unit().substring(0, q.unit().indexOf(" per "));
      if (TIME_UNITS.contains(u)) return false;
    }
    // "three times", "a 3x zoom": a multiple compares, it measures nothing
    if (q.unit() != null && "multiple".equals(UnitTable.get().dimension(q.unit()))) return false;
    if (location(a, q)) return false;
    int d = firstDigit(q);
    if (d < 0) return true; // a number in words: none of the shapes below
    int ds = q.start() + d;
    // the whitespace-delimited word holding the number: an address or code
    int ws = ds, we = ds;
    while (ws > 0 && !Character.isWhitespace(body.charAt(ws - 1))) ws--;
    while (we < body.length() && !Character.isWhitespace(body.charAt(we))) we++;
    String word = body.substring(ws, we);
    if (CODE.matcher(word).find()) return false;
    if (DIGIT_LIST.matcher(word).lookingAt() && word.transform(MATCHES_1::test)) {
      if (!word.transform(MATCHES_2::test)) return false;
    }
    // "Su-35", "F-35", "MH17": letters glued to the number
    if (ds >= 2 && body.charAt(ds - 1) == '-' && Character.isLetter(body.charAt(ds - 2)))
      return false;
    if (ds >= 1 && Character.isLetter(body.charAt(ds - 1))) return false;
    // ordinals: "2nd", "21st"
    int e = ds;
    while (e < body.length() && (Character.isDigit(body.charAt(e)) || body.charAt(e) == ',')) e++;
    String tail = body.substring(e, Math.min(body.length(), e + 3)).toLowerCase(Locale.ROOT);
    if (tail.transform(MATCHES_3::test) || tail.transform(MATCHES_4::test)) return false;
    // ages: "aged 45", "45-year-old"
    // "aged 45", not "damaged 4,000" or "managed 30"
    String pre = body.substring(Math.max(0, ds - 7), ds).toLowerCase(Locale.ROOT);
    if (AGE_BEFORE.matcher(pre).find()) return false;
    String post = body.substring(e, Math.min(body.length(), e + 12)).toLowerCase(Locale.ROOT);
    if (post.transform(MATCHES_5::test)) return false;
    // a year on its own
    if (q.unit() == null
        && q.counted() == null
        && q.value() >= 1800
        && q.value() <= 2100
        && q.value() == Math.rint(q.value())
        && !q.text().contains(",")) return false;
    if (q.unit() == null && unknownUnitAfter(a, e)) return false;
    if (ordinalAfterNoun(body, q.start())) return false;
    if (bracket(a, q)) return false;
    return !designation(a, ds);
  }

  /**
   * "50km south-west of the port", "20 miles off the coast", "3 km from the border": a distance
   * that places something is a location, not a measure.
   */
  private static boolean location(Annotated a, Quantity q) {
    if (q.unit() == null || !"length".equals(UnitTable.get().dimension(q.unit()))) return false;
    String body = a.body();
    int e = q.end();
    while (e < body.length() && body.charAt(e) == ' ') e++;
    int w = e;
    while (w < body.length() && (Character.isLetter(body.charAt(w)) || body.charAt(w) == '-')) w++;
    return Lexicon.get().is("compass", body.substring(e, w).toLowerCase(Locale.ROOT));
  }

  /** "hour 11", "day 3 of the strike": a number right after a lowercase counting noun. */
  private static boolean ordinalAfterNoun(String body, int start) {
    int s = start;
    if (s < 2 || body.charAt(s - 1) != ' ') return false;
    int w = s - 1;
    while (w > 0 && Character.isLetter(body.charAt(w - 1))) w--;
    String prev = body.substring(w, s - 1);
    return !prev.isEmpty()
        && Character.isLowerCase(prev.charAt(0))
        && Lexicon.get().is("countnoun", prev);
  }

  /**
   * "households making $100,000 or more", "earning $50,000 and above": a sum that bounds a group of
   * people or things is a bracket, not an amount anyone has.
   */
  private static boolean bracket(Annotated a, Quantity q) {
    if (q.unit() == null || !q.unit().matches("[A-Z]{3}")) return false;
    String body = a.body();
    String after = body.substring(q.end(), Math.min(body.length(), q.end() + 14));
    after = after.toLowerCase(Locale.ROOT).stripLeading();
    boolean bounds = false;
    for (String b : Lexicon.get().words("bracket")) if (after.startsWith(b)) bounds = true;
    if (!bounds
        && !q.text().toLowerCase(Locale.ROOT).matches(".*\\b(or|and) (more|above|over)\\b.*"))
      return false;
    var toks = a.tokens();
    int i = Token.firstAtOrAfter(toks, q.start()) - 1;
    if (i < 0) return false;
    String pos = toks.get(i).pos() == null ? "" : toks.get(i).pos();
    return pos.equals("VBG");
  }

  /** "16 GB", "500 MW": capitals right after the number that name no one are a unit or a code. */
  private static boolean unknownUnitAfter(Annotated a, int e) {
    String body = a.body();
    int s = e;
    while (s < body.length() && body.charAt(s) == ' ') s++;
    if (s == e || s - e > 1) return false;
    int t = s;
    while (t < body.length() && Character.isLetter(body.charAt(t))) t++;
    String w = body.substring(s, t);
    if (w.length() < 2 || w.length() > 4 || !w.equals(w.toUpperCase(Locale.ROOT))) return false;
    for (Mention m : a.entities()) if (m.start() == s) return false;
    return true;
  }

  /**
   * A number right after a capitalised name or a number word is part of a designation: "Boeing
   * 737", "Leopard 2", "Article 5", "Route 66", "No. 10"; a place or person before it is not.
   */
  private static boolean designation(Annotated a, int ds) {
    var toks = a.tokens();
    String body = a.body();
    if (toks.isEmpty()) return false;
    int i = Token.firstAtOrAfter(toks, ds);
    if (i == 0) return false;
    Token p = toks.get(i - 1);
    if (p.end() != ds - 1 && p.end() != ds) return false; // only a single space between
    if (p.sentence() != (i < toks.size() ? toks.get(i).sentence() : p.sentence())) return false;
    String w = p.word();
    if (NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
    if (w.isEmpty() || w.chars().noneMatch(Character::isUpperCase)) return false; // "iPhone 4"
    String pos = p.pos() == null ? "" : p.pos();
    if (!pos.startsWith("NNP") && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))))
      return false;
    if (Around.inTime(a, p)) return false;
    for (Mention m : a.entities()) {
      if (m.end() == p.end() && ("LOCATION".equals(m.type()) || "PERSON".equals(m.type())))
        return false;
    }
    return body.charAt(ds - 1) == ' ' || body.charAt(ds - 1) == '\u00a0';
  }

  private static int firstDigit(Quantity q) {
    String t = q.text();
    for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return i;
    return -1;
  }
}

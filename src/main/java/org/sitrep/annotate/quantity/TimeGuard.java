package org.sitrep.annotate.quantity;

import java.util.List;
import java.util.Set;

/**
 * Says when a run of digits is a time, a date or a name rather than an amount: "in 2027", "June
 * 26", "2023-06-26", "10:30", "Leopard 2", "F16", "COVID-19". Those belong to the time tagger or to
 * nobody.
 */
final class TimeGuard {
  private TimeGuard() {}

  private static final Set<String> CLOCK =
      Set.of(
          "am", "pm", "gmt", "utc", "cet", "cest", "bst", "est", "edt", "pst", "pdt", "msk", "eet",
          "eest", "o'clock");

  private static final Set<String> GLUE = Set.of("-", "/", ":", ".", "–");

  /**
   * True when the number read at {@code r} is not an amount. {@code measured}: a unit or a counted
   * noun follows, which keeps "2000 soldiers" but not "in 2000". {@code range}: the number opens a
   * range like "3-5".
   */
  static boolean notAmount(
      List<Tok> toks, Reading r, boolean measured, boolean range, PosIndex pos) {
    Tok first = toks.get(r.first());
    Tok prev = at(toks, r.first() - 1);
    Tok next = at(toks, r.last() + 1);
    if (prev != null && prev.is("#") && !first.spaceBefore()) return true;
    if (nextToMonth(toks, r)) return true;
    if (!first.isNum()) return false;
    // Glued to what precedes: "F16", "COVID-19", "mid-2024", the parts of "2023-06-26" or "10:30".
    if (prev != null && !first.spaceBefore()) {
      if (prev.isWord() && !Units.gluedCurrency(prev.text())) return true; // not "USD115", "Rs40"
      if (GLUE.contains(prev.text()) && !prev.spaceBefore() && at(toks, r.first() - 2) != null)
        return true;
      if (prev.is(":") || prev.is("/")) return true;
    }
    if (next != null && !next.spaceBefore() && !range) {
      Tok after = at(toks, r.last() + 2);
      if (GLUE.contains(next.text()) && after != null && after.isNum() && !after.spaceBefore())
        return true;
      if (next.is(":")) return true;
    }
    if (next != null && next.isWord() && CLOCK.contains(next.lower())) return true;
    if (next != null
        && next.is("a")
        && at(toks, r.last() + 2) != null
        && at(toks, r.last() + 2).is(".")) return true;
    if (r.first() != r.last()) return false;
    if (isYear(first.text()) && !(measured && !yearContext(toks, r.first()))) return true;
    return identifier(toks, r.first(), prev, next) && !(pos != null && pos.nameAt(prev.start()));
  }

  /**
   * "June 26", "26 June", "16. Nov.", "22 of Jan", "1-jan": a day of the month, with at most one
   * word between.
   */
  private static boolean nextToMonth(List<Tok> toks, Reading r) {
    // Only a day (1-31) or a year can stand by a month: "In May, 2,000 troops arrived" keeps its
    // count.
    String digits = toks.get(r.first()).text();
    boolean year = r.value() >= 1000 && r.value() <= 2100 && digits.indexOf(',') < 0;
    boolean dayOrYear =
        r.value() == Math.rint(r.value()) && r.value() >= 1 && (r.value() <= 31 || year);
    if (!dayOrYear || (r.first() != r.last() && toks.get(r.first()).isNum())) return false;
    Tok prev = at(toks, r.first() - 1);
    Tok prev2 = at(toks, r.first() - 2);
    if (Vocabulary.isMonth(prev)
        || (prev != null && SEPARATORS.contains(prev.lower()) && Vocabulary.isMonth(prev2)))
      return true;
    if (r.value() > 31) return false;
    Tok next = at(toks, r.last() + 1);
    Tok next2 = at(toks, r.last() + 2);
    return Vocabulary.isMonth(next)
        || (next != null && SEPARATORS.contains(next.lower()) && Vocabulary.isMonth(next2));
  }

  private static final Set<String> SEPARATORS = Set.of(".", ",", "-", "/", "of", "the");

  static boolean isYear(String digits) {
    if (digits.length() != 4) return false;
    for (int k = 0; k < 4; k++) if (!Lexer.isDigit(digits.charAt(k))) return false;
    int y = Integer.parseInt(digits);
    return y >= 1800 && y <= 2100;
  }

  private static boolean yearContext(List<Tok> toks, int i) {
    Tok prev = at(toks, i - 1);
    if (prev == null) return false;
    if (Vocabulary.isMonth(prev)
        || (prev.is(",") && at(toks, i - 2) != null && at(toks, i - 2).isNum())) return true;
    return prev.isWord() && Vocabulary.YEAR_CONTEXT.contains(prev.lower());
  }

  /**
   * "Leopard 2", "Area 51", "Article 5": a capitalised word inside a sentence names the number.
   * Plain text cannot tell "sent Leopard 2 tanks" from "sent Ukraine 14 tanks"; the caller lets a
   * named-entity tag (Ukraine: a place) decide.
   */
  private static boolean identifier(List<Tok> toks, int i, Tok prev, Tok next) {
    if (prev == null || !prev.capitalized() || !toks.get(i).spaceBefore()) return false;
    if (Units.isCurrencySymbol(prev.text())
        || Units.millions(prev, 0) != null
        || Vocabulary.isMonth(prev)
        || WEEKDAYS.contains(prev.lower())) return false;
    // At the start of a sentence any word is capitalised: only one that is not a common word names
    // the number.
    if (sentenceInitial(toks, i - 1)
        && (Vocabulary.FUNCTION.contains(prev.lower()) || STARTERS.contains(prev.lower())))
      return false;
    if (toks.get(i).text().indexOf(',') >= 0) return false;
    // Title case ("Germany to Send 500 Troops") carries on after the number; a name does not.
    return next == null || (!next.capitalized() && !next.is("%"));
  }

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * Common words that open a sentence before a figure: "Nearly 300", "Yesterday 40 drones", "Only
   * 5".
   */
  private static final Set<String> STARTERS =
      Set.of(
          "nearly",
          "almost",
          "roughly",
          "approximately",
          "exactly",
          "precisely",
          "merely",
          "barely",
          "just",
          "another",
          "further",
          "additional",
          "estimated",
          "yesterday",
          "today",
          "tomorrow",
          "tonight",
          "recently",
          "initially",
          "eventually",
          "reportedly",
          "currently",
          "overall",
          "altogether",
          "some",
          "around",
          "about",
          "over",
          "under",
          "below",
          "above",
          "only",
          "at",
          "up",
          "no",
          "every",
          "each",
          "all",
          "both",
          "now",
          "meanwhile",
          "still",
          "however",
          "also",
          "then",
          "again",
          "once",
          "perhaps",
          "maybe",
          "possibly",
          "probably");

  static boolean sentenceInitial(List<Tok> toks, int i) {
    if (i <= 0 || toks.get(i).lineBefore()) return true;
    String p = toks.get(i - 1).text();
    return p.equals(".")
        || p.equals("!")
        || p.equals("?")
        || p.equals("\"")
        || p.equals("\u201c")
        || p.equals("(")
        || p.equals(":")
        || p.equals("\u2014")
        || p.equals("-")
        || p.equals(";");
  }

  private static Tok at(List<Tok> toks, int j) {
    return j >= 0 && j < toks.size() ? toks.get(j) : null;
  }
}

package org.sitrep.annotate.fact;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quantity;

/**
 * Figures the quantity layer reads rightly that are still no observation of their own where they
 * stand: a sum restated in another currency ("24.4 million euros ($26 million)", "£8 million, or
 * about $10 million"), an age range ("between the ages of 18-24", "adults ages 18 to 22"), a zero
 * that only says "almost nothing" ("close to zero") and a year that dates a noun ("2018 figures",
 * "the 2016 election"; nouns of the class {@code dated} in {@code words.tsv}).
 */
final class Restatements {
  /** Between a sum and its restatement: an opening bracket, or ", or (about)". */
  private static final Pattern RESTATED =
      Pattern.compile(
          "\\s*(\\(\\s*|,?\\s+or\\s+(about|around|roughly|some|nearly|almost|approximately|close to"
              + " )?\\s*)");

  private static final Pattern AGES_BEFORE =
      Pattern.compile("(^|[^\\p{L}])(ages?|aged)(\\s+(of|between|from))?\\s+$");

  private Restatements() {}

  /** True when the figure at {@code qi} is one of the shapes above. */
  static boolean any(Annotated a, int qi) {
    Quantity q = a.quantities().get(qi);
    return conversion(a, qi) || ageRange(a, q) || almostNothing(q) || datingYear(q);
  }

  /**
   * A sum in another currency right after a sum, in brackets or after "or": the same amount
   * converted, not a second amount.
   */
  static boolean conversion(Annotated a, int qi) {
    if (qi == 0) return false;
    List<Quantity> qs = a.quantities();
    Quantity q = qs.get(qi), p = qs.get(qi - 1);
    String cur = currency(q.unit()), prev = currency(p.unit());
    if (cur == null || prev == null || cur.equals(prev) || p.end() > q.start()) return false;
    String body = a.body();
    String between = body.substring(p.end(), q.start()).toLowerCase(Locale.ROOT);
    if (!RESTATED.matcher(between).matches()) return false;
    if (between.indexOf('(') < 0) return true;
    int e = q.end();
    while (e < body.length() && body.charAt(e) == ' ') e++;
    return e < body.length() && body.charAt(e) == ')';
  }

  /** "between the ages of 18-24", "ages 18 to 22", "aged between 18 and 24". */
  static boolean ageRange(Annotated a, Quantity q) {
    if (q.unit() != null) return false;
    String body = a.body();
    String pre = body.substring(Math.max(0, q.start() - 20), q.start()).toLowerCase(Locale.ROOT);
    return AGES_BEFORE.matcher(pre).find();
  }

  /** "close to zero", "near zero": an approximate zero says there is almost none. */
  static boolean almostNothing(Quantity q) {
    return q.value() == 0
        && q.valueMax() == null
        && (q.approximate() || q.bound() != Quantity.Bound.EXACT);
  }

  /** "2018 figures", "the 2016 election": a year before a noun that it dates. */
  static boolean datingYear(Quantity q) {
    if (q.unit() != null || q.counted() == null || q.text().contains(",")) return false;
    double v = q.value();
    if (v < 1800 || v > 2100 || v != Math.rint(v)) return false;
    String c = q.counted().toLowerCase(Locale.ROOT);
    Lexicon lx = Lexicon.get();
    return lx.is("dated", c) || (c.endsWith("s") && lx.is("dated", c.substring(0, c.length() - 1)));
  }

  /** The ISO code a unit's sum is in ("EUR", "USD per hour" -> "USD"), or null. */
  private static String currency(String unit) {
    if (unit == null || unit.length() < 3) return null;
    String c = unit.substring(0, 3);
    if (!c.matches("[A-Z]{3}")) return null;
    return unit.length() == 3 || unit.charAt(3) == ' ' ? c : null;
  }
}

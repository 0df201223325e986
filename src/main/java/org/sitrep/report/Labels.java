package org.sitrep.report;

import java.util.Locale;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.entity.Countries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;

/**
 * How series, places and values read to an analyst, the same on the terminal, in briefs and on
 * pages.
 */
public final class Labels {
  private Labels() {}

  /** "Germany / troops / Lithuania". */
  public static String series(SeriesKey k) {
    return k.label();
  }

  /** A country's name for its ISO code; anything else as it is. */
  public static String place(String codeOrName) {
    String n = Countries.name(codeOrName);
    return n == null ? codeOrName : n;
  }

  /** "1 story", "3 stories", "0 outlets": a count with its noun in the right number. */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** A count of a regular noun: "1 article", "2 articles", "3 stories", "4 people". */
  public static String count(long n, String one) {
    return count(n, one, plural(one));
  }

  /**
   * The plural of a noun of these pages: "story" → "stories", "person" → "people", else an "s" (the
   * last word of a phrase: "distinct report" → "distinct reports").
   */
  public static String plural(String one) {
    if (one.endsWith("person")) return one.substring(0, one.length() - 6) + "people";
    if (one.endsWith("y") && one.length() > 1 && "aeiou".indexOf(one.charAt(one.length() - 2)) < 0)
      return one.substring(0, one.length() - 1) + "ies";
    return one + "s";
  }

  /** "12 of 45 articles", or "45 articles" when all are shown. */
  public static String shown(long shown, long total, String one) {
    return shown(shown, total, one, plural(one));
  }

  /** "12 of 45 entities", or "45 entities" when all are shown. */
  public static String shown(long shown, long total, String one, String many) {
    return shown >= total ? count(total, one, many) : shown + " of " + count(total, one, many);
  }

  /**
   * How many outlets a set of articles comes from: "1 outlet", "3 outlets", or "outlet unknown"
   * when none of them names its outlet (never "0 outlets", which would say there were none).
   */
  public static String outlets(long n) {
    return n == 0 ? "outlet unknown" : count(n, "outlet");
  }

  /** "4,800", "0.5": thousands grouped the same in every locale. */
  public static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
  }

  /**
   * "≤+350", "~4,000", "≥10,000", "2%", "USD 1.2 billion", "−212.4 points": bounds, approximations,
   * the unit and, for a change, its sign, as an analyst reads them.
   */
  public static String value(Observation o) {
    boolean delta = o.delta();
    String unit = o.unit();
    double v = o.value();
    boolean negative = v < 0 || (delta && v > 0 && "decrease".equals(o.change()));
    String n = amount(Math.abs(v), unit);
    if (o.valueMax() != null) n = n + "–" + amount(Math.abs(o.valueMax()), unit);
    n = withUnit(n, unit);
    if (delta) n = (negative ? "−" : v == 0 ? "" : "+") + n;
    else if (v < 0) n = "−" + n;
    if (o.bound() == Quantity.Bound.AT_MOST) n = "≤" + n;
    if (o.bound() == Quantity.Bound.AT_LEAST) n = "≥" + n;
    if (o.approximate()) n = "~" + n;
    // A level reached by a change ("grow to 4,800") keeps its direction as an arrow, not a sign.
    if (!delta && "increase".equals(o.change())) n = "↗" + n;
    if (!delta && "decrease".equals(o.change())) n = "↘" + n;
    return n;
  }

  /**
   * A figure as a phrase: the value with its unit and what it measures, "2% of GDP", "~4,000
   * troops", "+2,500 jobs cut", "USD 1.2 billion".
   */
  public static String figure(Observation o, String measure) {
    String v = value(o);
    if (measure == null || measure.isBlank()) return v;
    String m = measure.strip();
    if (isPercent(o.unit()) && m.startsWith("share of ")) return v + " " + m.substring(6);
    if (isCurrency(o.unit()) && (m.equals("money") || m.equals("amount"))) return v;
    return v + " " + m;
  }

  private static boolean isPercent(String unit) {
    return "percent".equals(unit) || "%".equals(unit);
  }

  /** An ISO 4217 code: three capital letters (USD, EUR, GBP). */
  static boolean isCurrency(String unit) {
    return unit != null && unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Money in millions and billions reads as such ("1.2 billion"); anything else as a number. */
  private static String amount(double v, String unit) {
    if (isCurrency(unit)) {
      if (v >= 1e12) return trim(v / 1e12) + " trillion";
      if (v >= 1e9) return trim(v / 1e9) + " billion";
      if (v >= 1e6) return trim(v / 1e6) + " million";
    }
    return number(v);
  }

  private static String trim(double v) {
    double r = Math.round(v * 1000) / 1000.0;
    return number(r);
  }

  private static String withUnit(String n, String unit) {
    if (unit == null || unit.isBlank()) return n;
    if (isPercent(unit)) return n + "%";
    if (isCurrency(unit)) return unit + " " + n;
    if (unit.equals("point") || unit.equals("points")) return n + " points";
    return n + " " + unit;
  }

  /**
   * A stored language code as readers name it ("de" is German, "en" English), by the platform's own
   * names of languages; null when the code is null, blank or names no language.
   */
  public static String language(String code) {
    if (code == null || code.isBlank() || code.equals("und")) return null;
    String name =
        java.util.Locale.forLanguageTag(code.strip()).getDisplayLanguage(java.util.Locale.ENGLISH);
    return name.isBlank() ? code.strip() : name;
  }
}

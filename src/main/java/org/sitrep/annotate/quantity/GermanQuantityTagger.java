package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.Quantity;
import org.sitrep.model.TimeExpr;

/**
 * Finds German quantities: numbers written with a decimal comma and dots between thousands ("rund
 * 4.800", "2,5 Milliarden Euro"), number words ("zwei Prozent", "drei Brigaden"), magnitudes,
 * units, bounds ("bis zu", "mehr als"), hedges ("rund", "etwa"), changes ("350 weitere Soldaten")
 * and the counted noun after the number, skipping adjectives ("weitere deutsche Soldaten") and an
 * uninflected word before one ("unerlaubt eingereiste Personen"). The words are data ({@code
 * lexicon/de/quantities.tsv}, {@code lexicon/de/numbers.tsv}). Numbers inside a time expression
 * (years, dates) are not quantities. Linear in the text.
 */
public final class GermanQuantityTagger {
  private static final WordTable WORDS = WordTable.read("/org/sitrep/lexicon/de/quantities.tsv");
  private static final WordTable NUMBERS = WordTable.read("/org/sitrep/lexicon/de/numbers.tsv");
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\d{1,3}(?: \\d{3})+(?:,\\d+)?(?![\\d.,])|\\d+(?:[.,]\\d+)*|[\\p{L}][\\p{L}\\-]*[²³]?\\.?"
              + "|[%€$£²]|\\S");

  /** 4.800, 1.250.000, 2,5, 1.234,56, 350, 67 000: German separators. */
  private static final Pattern GERMAN_NUMBER =
      Pattern.compile(
          "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?: \\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");

  private record T(int start, int end, String text, String lower) {}

  /**
   * True when {@code digits} at {@code at} follow a year and a slash ("2022/23", "2020/2021"): the
   * second year of a span, written with two or four digits.
   */
  static boolean secondYear(String text, int at, String digits) {
    if (!digits.matches("\\d{2}|\\d{4}") || at < 5 || text.charAt(at - 1) != '/') return false;
    String y = text.substring(at - 5, at - 1);
    if (!y.matches("\\d{4}") || (at > 5 && Character.isDigit(text.charAt(at - 6)))) return false;
    int first = Integer.parseInt(y);
    if (first < 1800 || first >= 2200) return false;
    int second = Integer.parseInt(digits);
    if (digits.length() == 2) second += first / 100 * 100;
    return second > first && second - first <= 10;
  }

  /**
   * True when the digits at {@code at} are glued to the letters before them, directly ("EH55",
   * "Q3", "CO2") or by a dash ("Covid-19", "F-35"): a name, a standard or a model, not an amount; a
   * currency glued to its number ("EUR5") is the exception.
   */
  static boolean gluedToWord(String text, int at) {
    if (at == 0) return false;
    int k = at - 1;
    if (text.charAt(k) == '-' && k > 0) k--;
    if (!Character.isLetter(text.charAt(k))) return false;
    int s = k;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
    return !Units.gluedCurrency(text.substring(s, k + 1));
  }

  /** Tags {@code text}; numbers inside {@code times} are left to them. */
  public List<Quantity> tag(String text, List<TimeExpr> times) {
    List<T> w = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      // "Mio." keeps its full stop; a word's sentence-final full stop does not.
      boolean dot =
          t.endsWith(".")
              && t.length() > 1
              && !NUMBERS.has("magnitude", t)
              && !WORDS.has("approximate", t);
      String word = dot ? t.substring(0, t.length() - 1) : t;
      int end = m.start() + word.length();
      if (word.indexOf('-') > 0 && gluedAfterNumberDash(w, m.start())) {
        // "2,15-Meter-Riese": the compound's first part is read apart, as a unit may be
        int d = word.indexOf('-');
        w.add(new T(m.start(), m.start() + d, word.substring(0, d), lower(word.substring(0, d))));
        w.add(new T(m.start() + d, end, word.substring(d), lower(word.substring(d))));
      } else w.add(new T(m.start(), end, word, lower(word)));
      if (dot) w.add(new T(m.end() - 1, m.end(), ".", "."));
    }
    boolean[] inTime = new boolean[text.length() + 1];
    for (TimeExpr t : times)
      for (int k = t.start(); k < t.end() && k < inTime.length; k++) inTime[k] = true;
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      T x = w.get(i);
      if (inTime[x.start()]) continue;
      Double value = digits(x);
      boolean word = false, vague = false;
      if (value == null) {
        String n = NUMBERS.get("number", x.lower());
        String v = NUMBERS.get("vague", x.lower());
        if (n != null && !NUMBERS.has("article", x.lower())) value = Double.parseDouble(n);
        else if (n != null) {
          // "eine Milliarde Euro": an article counts only before a magnitude or a unit.
          if (i + 1 < w.size()
              && (NUMBERS.has("magnitude", w.get(i + 1).lower())
                  || NUMBERS.has("fraction", w.get(i + 1).lower())
                  || WORDS.has("unit", w.get(i + 1).lower()))) value = Double.parseDouble(n);
        } else if (v != null && Character.isUpperCase(x.text().charAt(0))) {
          value = Double.parseDouble(v);
          vague = true;
        }
        word = value != null;
      }
      if (value == null) continue;
      // "Covid-19", "EH55", "W7", "Fit-for-55": digits glued to a word name a thing, count nothing
      if (!word && gluedToWord(text, x.start())) continue;
      // "05971", "0221": area codes and numbers with a leading zero are labels, not amounts.
      if (!word
          && x.text().length() > 1
          && x.text().charAt(0) == '0'
          && Character.isDigit(x.text().charAt(1))) continue;
      // "im Geschäftsjahr 2022/23", "2040/50": the second half of a span of years is no amount
      if (!word && secondYear(text, x.start(), x.text())) continue;
      if (!word && x.text().matches("\\d{4}") && value >= 1900 && value < 2100) {
        // A bare year-like number is a count only with a unit or a counted noun after it.
        if (i + 1 >= w.size() || !Character.isUpperCase(w.get(i + 1).text().charAt(0))) continue;
      }
      int first = i, last = i;
      // "-1,8%", "(-23,3 Mio.)", "minus 3,1 %", "+22%": a sign written on the number
      int sign = sign(w, i);
      if (sign != 0) {
        first = i - 1;
        if (sign < 0) value = -value;
      }
      // bound and hedge words before the number
      Quantity.Bound bound = vague ? Quantity.Bound.AT_LEAST : Quantity.Bound.EXACT;
      boolean approximate = vague;
      for (int guard = 0; guard < 2; guard++) {
        int k = before(w, first);
        if (k >= 0) {
          bound =
              Quantity.Bound.valueOf(
                  WORDS.get("bound", phrase(w, k, first)).toUpperCase(Locale.ROOT));
          first = k;
          continue;
        }
        int h = hedge(w, first);
        if (h >= 0) {
          approximate = true;
          first = h;
          continue;
        }
        break;
      }
      // "zwei Drittel", "ein Viertel": a fraction, a share of what follows
      int k = i + 1;
      boolean fraction = false;
      if (k < w.size()
          && NUMBERS.has("fraction", w.get(k).lower())
          && Character.isUpperCase(w.get(k).text().charAt(0))) {
        value /= Double.parseDouble(NUMBERS.get("fraction", w.get(k).lower()));
        last = k++;
        fraction = true;
      }
      // "2,15-Meter-Riese", "5-Prozent-Hürde": a unit or magnitude opening a compound after a dash
      if (!fraction && k + 1 < w.size() && compoundAfterDash(w, k)) k++;
      // magnitude
      if (!fraction && k < w.size() && NUMBERS.has("magnitude", w.get(k).lower())) {
        value *= Double.parseDouble(NUMBERS.get("magnitude", w.get(k).lower()));
        last = k++;
        // "13 Mrd . Euro": text split into tokens keeps an abbreviation's full stop apart
        if (k + 1 < w.size()
            && w.get(k).text().equals(".")
            && NUMBERS.has("magnitude", w.get(k - 1).lower() + ".")
            && WORDS.has("unit", w.get(k + 1).lower())) k++;
      }
      // range: "zwischen 300 und 500", "300 bis 500"
      Double max = null;
      if (!fraction
          && k + 1 < w.size()
          && (w.get(k).lower().equals("bis")
              || w.get(k).text().equals("-")
              || w.get(k).text().equals("–")
              || (w.get(k).lower().equals("und")
                  && first > 0
                  && w.get(first - 1).lower().equals("zwischen")))) {
        Double hi = digits(w.get(k + 1));
        if (hi != null && hi > value) {
          max = hi;
          k += 2;
          last = k - 1;
          if (k < w.size() && NUMBERS.has("magnitude", w.get(k).lower())) {
            double f = Double.parseDouble(NUMBERS.get("magnitude", w.get(k).lower()));
            max *= f;
            if (value < max / f) value *= f;
            last = k++;
          }
          bound = Quantity.Bound.RANGE;
          if (w.get(first > 0 ? first - 1 : 0).lower().equals("zwischen")) first--;
        }
      }
      // unit
      String unit = null;
      for (int n = Math.min(3, w.size() - k); n >= 1 && unit == null && !fraction; n--) {
        String u = WORDS.get("unit", phrase(w, k, k + n));
        if (u != null && (n > 1 || unitFits(w.get(k)))) {
          unit = u;
          last = k + n - 1;
          k += n;
        }
      }
      // "30 Cent": a hundredth of a currency is that currency
      if (unit == null && !fraction && k < w.size() && WORDS.has("subunit", w.get(k).lower())) {
        String[] sub = WORDS.get("subunit", w.get(k).lower()).split(" ");
        unit = sub[0];
        value *= Double.parseDouble(sub[1]);
        last = k++;
      }
      // "30 Cent bis 1 Euro": a range whose ends carry their own units of one currency
      if (unit != null && max == null && k + 2 < w.size()) {
        T to = w.get(k);
        Double hi = digits(w.get(k + 1));
        if (hi == null) {
          String n = NUMBERS.get("number", w.get(k + 1).lower());
          hi = n == null ? null : Double.parseDouble(n);
        }
        if ((to.lower().equals("bis") || to.text().equals("-") || to.text().equals("–"))
            && hi != null) {
          String hiUnit = WORDS.get("unit", w.get(k + 2).lower());
          double f = 1;
          if (hiUnit == null && WORDS.has("subunit", w.get(k + 2).lower())) {
            String[] sub = WORDS.get("subunit", w.get(k + 2).lower()).split(" ");
            hiUnit = sub[0];
            f = Double.parseDouble(sub[1]);
          }
          if (unit.equals(hiUnit) && hi * f > value) {
            max = hi * f;
            bound = Quantity.Bound.RANGE;
            last = k + 2;
            k += 3;
          }
        }
      }
      // "CHF 7 Mio", "€ 5": a currency code or sign written before the number
      if (unit == null && first > 0 && sign == 0) {
        T c = w.get(first - 1);
        String u = WORDS.get("unit", c.lower());
        if (u != null
            && u.matches("[A-Z]{3}")
            && (c.text().equals(c.text().toUpperCase(Locale.ROOT)))) {
          unit = u;
          first--;
        }
      }
      // change and counted noun: up to two lower-case words, then a capitalised noun
      String change = null, counted = null;
      int j = k;
      for (int guard = 0; guard < 3 && j < w.size(); guard++, j++) {
        T y = w.get(j);
        if (WORDS.has("change", y.lower()) && !Character.isUpperCase(y.text().charAt(0))) {
          change = WORDS.get("change", y.lower());
          continue;
        }
        // "Weitere 400 sollen neue Stellen schaffen": a finite verb ends the number's phrase
        if (WORDS.has("verb", y.lower())) break;
        if (Character.isLowerCase(y.text().charAt(0))
            && y.text().length() > 2
            && isAdjective(y.lower())) continue;
        // "26 unerlaubt eingereiste Personen", "300 schwer verletzte Menschen": an uninflected
        // word qualifies the inflected adjective after it
        if (j + 2 < w.size()
            && y.text().length() > 2
            && y.text().chars().allMatch(Character::isLowerCase)
            && !isAdjective(y.lower())
            && !y.lower().endsWith("n")
            && Character.isLowerCase(w.get(j + 1).text().charAt(0))
            && w.get(j + 1).text().length() > 3
            && isAdjective(w.get(j + 1).lower())
            && Character.isUpperCase(w.get(j + 2).text().charAt(0))) continue;
        break;
      }
      if (unit == null && j < w.size() && j > i) {
        T y = w.get(j);
        if (Character.isUpperCase(y.text().charAt(0))
            && Character.isLetter(y.text().charAt(0))
            && y.text().length() > 2
            && !NUMBERS.has("magnitude", y.lower())
            && !y.text().equals(y.text().toUpperCase(Locale.ROOT))) {
          counted = y.text();
          last = j;
        }
      } else if (change != null && unit != null) {
        change = null;
      }
      if (word && unit == null && counted == null && first == i && last == i) continue;
      if (counted == null && change != null && last < j - 1) change = null;
      if (counted != null || unit != null) last = Math.max(last, counted != null ? j : last);
      int s = w.get(first).start(), e = w.get(last).end();
      out.add(
          new Quantity(
              s, e, text.substring(s, e), value, max, unit, counted, approximate, bound, change));
      i = last;
    }
    return out;
  }

  /** The tokens so far end in a number and a dash glued to it and to what starts at {@code at}. */
  private static boolean gluedAfterNumberDash(List<T> w, int at) {
    if (w.size() < 2) return false;
    T dash = w.get(w.size() - 1), num = w.get(w.size() - 2);
    return dash.text().equals("-")
        && dash.end() == at
        && num.end() == dash.start()
        && Character.isDigit(num.text().charAt(num.text().length() - 1));
  }

  /**
   * A dash glued to the number and to a compound that opens with a unit or a magnitude
   * ("2,15-Meter- Riese", "5-Prozent-Hürde", "3-Millionen-Euro-Projekt"): the compound's parts are
   * its own tokens here, so the number's unit is read from the part after the dash.
   */
  private static boolean compoundAfterDash(List<T> w, int k) {
    T dash = w.get(k), next = w.get(k + 1);
    if (!dash.text().equals("-") || dash.start() != w.get(k - 1).end()) return false;
    if (next.start() != dash.end() || !Character.isLetter(next.text().charAt(0))) return false;
    return WORDS.has("unit", next.lower()) || NUMBERS.has("magnitude", next.lower());
  }

  /** An adjective between the number and its noun: German adjective endings. */
  private static boolean isAdjective(String lower) {
    return lower.endsWith("e")
        || lower.endsWith("en")
        || lower.endsWith("er")
        || lower.endsWith("es");
  }

  /**
   * The sign written on the number at {@code i}: -1 for a minus sign right before it ("-1,8%") or
   * the word "minus", +1 for a plus sign right before it, else 0. A dash between two numbers
   * ("60-70") is a range, not a sign.
   */
  private static int sign(List<T> w, int i) {
    if (i == 0) return 0;
    T s = w.get(i - 1);
    if (s.lower().equals("minus")) return -1;
    boolean minus = s.text().equals("-") || s.text().equals("−");
    if (!(minus || s.text().equals("+")) || s.end() != w.get(i).start()) return 0;
    if (i >= 2) {
      T b = w.get(i - 2);
      if (b.end() == s.start() && !b.text().equals("(")) return 0;
    }
    return minus ? -1 : 1;
  }

  /**
   * Where a hedge word or phrase ("rund", "um die") ending right before {@code at} starts, or -1.
   */
  private static int hedge(List<T> w, int at) {
    for (int n = WORDS.longestPhrase(); n >= 1; n--) {
      int k = at - n;
      if (k < 0) continue;
      if (WORDS.has("approximate", phrase(w, k, at))) return k;
    }
    return -1;
  }

  /** Where a bound phrase ending right before {@code at} starts, or -1. */
  private static int before(List<T> w, int at) {
    int max = WORDS.longestPhrase();
    for (int n = max; n >= 1; n--) {
      int k = at - n;
      if (k < 0) continue;
      if (WORDS.has("bound", phrase(w, k, at))) return k;
    }
    return -1;
  }

  private static String phrase(List<T> w, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to && k < w.size(); k++) {
      if (k > from) b.append(' ');
      b.append(w.get(k).lower());
    }
    return b.toString();
  }

  /** A one-letter unit symbol ("m", "t", "g", "l") counts only as written in lower case. */
  private static boolean unitFits(T t) {
    return t.text().length() > 1 || !Character.isUpperCase(t.text().charAt(0));
  }

  /** A number in digits read with German separators, or null. */
  static Double digits(T x) {
    if (!Character.isDigit(x.text().charAt(0)) || !GERMAN_NUMBER.matcher(x.text()).matches())
      return null;
    return Double.parseDouble(x.text().replace(".", "").replace(" ", "").replace(',', '.'));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

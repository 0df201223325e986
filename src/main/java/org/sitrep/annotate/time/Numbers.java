package org.sitrep.annotate.time;

/**
 * Reads a cardinal number written in digits or in English words ("6", "1,000", "twenty-five", "a").
 */
final class Numbers {
  private Numbers() {}

  /**
   * A number and the index of the word after it. {@code whole} is -1 when the number has a
   * fraction.
   */
  record Num(String text, long whole, int end) {}

  static Num read(Text t, int i, boolean article) {
    String w = t.at(i);
    if (t.number(i)) {
      String digits = w.replace(",", "");
      if (digits.contains(":")
          || digits.contains("/")
          || digits.chars().filter(c -> c == '.').count() > 1) return null;
      if (digits.length() > 9) return null;
      if (digits.contains(".")) return new Num(digits, -1, i + 1);
      return new Num(digits, Long.parseLong(digits), i + 1);
    }
    if ((w.equals("a") || w.equals("one")) && (t.is(i + 1, "hundred") || t.is(i + 1, "thousand"))) {
      long v = t.is(i + 1, "hundred") ? 100 : 1000;
      return new Num(Long.toString(v), v, i + 2);
    }
    if (article && (w.equals("a") || w.equals("an") || w.equals("one")))
      return new Num("1", 1, i + 1);
    if (w.equals("dozen")) return new Num("12", 12, i + 1);
    Integer v = Lexicon.NUMBERS.get(w);
    if (v == null) return null;
    long total = v;
    int end = i + 1;
    if (v >= 20 && v % 10 == 0) {
      int k = t.skipHyphen(end);
      Integer unit = Lexicon.NUMBERS.get(t.at(k));
      if (unit != null && unit > 0 && unit < 10) {
        total += unit;
        end = k + 1;
      }
    }
    if (t.is(end, "hundred") || t.is(end, "thousand")) {
      total *= t.is(end, "hundred") ? 100 : 1000;
      end++;
    }
    return new Num(Long.toString(total), total, end);
  }
}

package org.sitrep.annotate.time;

import java.util.Set;

/**
 * Stretches of time ("for six years", "the past two months", "a two-year", "several weeks") and
 * sets ("daily").
 */
final class DurationRules {
  private DurationRules() {}

  /**
   * Words after which "a year" or "a day" is a stretch of time rather than a rate or a noun phrase.
   */
  private static final Set<String> ARTICLE_CUES =
      Set.of(
          "for",
          "over",
          "within",
          "about",
          "nearly",
          "almost",
          "than",
          "to",
          "after",
          "in",
          "around",
          "least",
          "only",
          "just",
          "roughly",
          "approximately",
          "some",
          "barely");

  private static final Set<String> VAGUE =
      Set.of("several", "few", "many", "some", "couple", "numerous");
  private static final Set<String> SPAN_OPENERS =
      Set.of("past", "last", "next", "first", "previous", "coming", "final", "latest", "following");

  static Match at(Text t, int i) {
    Match m = Match.longer(counted(t, i), vague(t, i));
    return Match.longer(m, set(t, i));
  }

  /** "the past two months", "six years", "a two-year", "5 1/2 hours", "two and a half years". */
  private static Match counted(Text t, int i) {
    int j = i;
    if (t.is(j, "the") && SPAN_OPENERS.contains(t.at(j + 1))) j += 2;
    else if (t.is(j, "the")) j += 1;
    boolean article = j > i || ARTICLE_CUES.contains(t.at(i - 1));
    Numbers.Num n = Numbers.read(t, j, article);
    if (n == null || n.whole() == 0) return null;
    String amount = n.text();
    int k = n.end();
    if (t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half") && n.whole() > 0) {
      amount = n.whole() + ".5";
      k += 3;
    } else if (t.number(k) && t.at(k).equals("1/2") && n.whole() > 0) {
      amount = n.whole() + ".5";
      k++;
    }
    boolean adjective = t.is(k, "-") && t.attached(k) && t.attached(k + 1);
    if (adjective) k++;
    if (t.is(k, "more") || t.is(k, "additional") || t.is(k, "full")) k++;
    // "eight trading days", "ten working days"
    if ((t.is(k, "trading") || t.is(k, "business") || t.is(k, "working")) && t.is(k + 1, "days"))
      k++;
    String w = t.at(k);
    String unit = Lexicon.UNITS.get(w);
    if (unit == null) return null;
    if (unit.equals("Q") && (adjective || (j == i && t.is(j, "a"))))
      return null; // "three-quarters", "a quarter of"
    if (t.number(j) && t.year(j) > 0 && j == i && !w.endsWith("s") && !adjective) return null;
    int end = k + 1;
    if (adjective && j == i + 1 && t.is(i, "the"))
      return null; // "the two-year plan": the adjective alone
    // "a 6-year-old" is an age, not a stretch of time.
    if ((adjective && t.is(end, "-") && t.is(end + 1, "old")) || t.is(end, "old")) return null;
    if (t.is(end, "and") && t.is(end + 1, "a") && t.is(end + 2, "half") && n.whole() > 0) {
      amount = n.whole() + ".5";
      end += 3;
    }
    // "the year 2027" and "the first day of" are dates, not spans.
    if (j > i && t.is(j - 1, "first") && !w.endsWith("s") && n.whole() == 1 && !t.number(j))
      return null;
    if (unit.equals("TH") && amount.endsWith(".5"))
      return new Match(i, end, Match.DURATION, "PT" + n.whole() + "H30M", false);
    return new Match(i, end, Match.DURATION, Durations.value(amount, unit), false);
  }

  /**
   * "several years", "a few days", "a couple of weeks", and bare plurals after "for": "for years".
   */
  private static Match vague(Text t, int i) {
    int j = i;
    if (t.is(j, "the") && SPAN_OPENERS.contains(t.at(j + 1))) j += 2;
    String amount = "X";
    if (t.is(j, "a") && (t.is(j + 1, "few") || t.is(j + 1, "couple"))) j++;
    if (VAGUE.contains(t.at(j))) {
      if (t.is(j, "couple")) amount = "2";
      j++;
      if (t.is(j, "of")) j++;
      else if (t.is(j, "-") && t.attached(j) && t.attached(j + 1)) {
        j++; // "a several-year effort"
        String unit = Lexicon.UNITS.get(t.at(j));
        if (unit == null) return null;
        return new Match(i, j + 1, Match.DURATION, Durations.value(amount, unit), false);
      }
    } else if (j == i
        && !(t.is(i - 1, "for")
            || t.is(i - 1, "in")
            || t.is(i - 1, "within")
            || t.is(i - 1, "over"))) {
      return null;
    }
    String w = t.at(j);
    String unit = Lexicon.UNITS.get(w);
    if (unit == null || !w.endsWith("s") || (w.equals("hours") && j == i)) return null;
    return new Match(i, j + 1, Match.DURATION, Durations.value(amount, unit), false);
  }

  /** "daily", "every week", "each Monday", "every two years". */
  private static Match set(Text t, int i) {
    String w = t.at(i);
    String daily =
        switch (w) {
          case "daily", "nightly" -> "P1D";
          case "weekly" -> "P1W";
          case "monthly" -> "P1M";
          case "annually", "yearly" -> "P1Y";
          case "hourly" -> "PT1H";
          default -> null;
        };
    if (daily != null) return new Match(i, i + 1, Match.SET, daily, false);
    if (!w.equals("every") && !w.equals("each") && !w.equals("per")) return null;
    Numbers.Num n = Numbers.read(t, i + 1, false);
    int j = n == null ? i + 1 : n.end();
    String u = t.at(j);
    String unit = Lexicon.UNITS.get(u);
    // "per second" and "per hour" are rates of measure; "per year" is a calendar frequency.
    if (unit != null && w.equals("per") && unit.startsWith("T")) return null;
    if (unit != null)
      return new Match(
          i, j + 1, Match.SET, Durations.value(n == null ? "1" : n.text(), unit), false);
    Integer dow = Lexicon.WEEKDAYS.get(u);
    if (dow != null && n == null && t.word(j).capitalised())
      return new Match(i, j + 1, Match.SET, "XXXX-WXX-" + dow, false);
    String part = Lexicon.DAY_PARTS.get(u);
    if (part != null && n == null)
      return new Match(i, j + 1, Match.SET, "XXXX-XX-XXT" + part, false);
    return null;
  }
}

package org.sitrep.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Sorts benchmark cases into categories, and says which ones fit news text. The first rule that
 * matches wins; a rule that excludes gives its reason. Excluded categories are still run and
 * reported, but do not count toward the floor.
 */
final class Categories {
  private Categories() {}

  /** A category: its name, whether it fits news text, and why. */
  record Category(String name, boolean included, String reason) {}

  private record Rule(String suite, Category category, Predicate<BenchCase> test) {}

  private static Predicate<BenchCase> input(String regex) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return c -> p.matcher(c.input()).find();
  }

  private static Predicate<BenchCase> anyExpected(String regex) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return c -> c.expected().stream().anyMatch(e -> p.matcher(e.text()).find());
  }

  private static Category in(String name, String why) {
    return new Category(name, true, why);
  }

  private static Category out(String name, String why) {
    return new Category(name, false, why);
  }

  private static final Pattern NUMBERISH =
      Pattern.compile(
          "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|half)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FRACTION_WORD =
      Pattern.compile("\\b(\\w+ths?|firsts?|thirds?|quarters?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BIG =
      Pattern.compile(
          "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BIG_FRACTION =
      Pattern.compile(
          "hundredth|thousandth|millionth|trillionth|twentieth|thirtieth",
          Pattern.CASE_INSENSITIVE);

  private static final String NUMBER = "NumberModel";
  private static final String PERCENT = "PercentModel";
  private static final String RANGE = "NumberRangeModel";
  private static final String CURRENCY = "CurrencyModel";
  private static final String DIMENSION = "DimensionModel";
  private static final String AGE = "AgeModel";
  private static final String DATE = "DateExtractor";
  private static final String DURATION = "DurationExtractor";

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              NUMBER,
              out("number/notation", "scientific notation and powers: not how news writes figures"),
              input("\\^|\\d[e]\\s*[+-]?\\d|\\dx10")),
          new Rule(
              NUMBER,
              out(
                  "number/indian",
                  "lakh and crore: Indian numbering, outside the English news we read"),
              input("lakh|crore")),
          new Rule(
              NUMBER,
              out(
                  "number/spoken-math",
                  "spoken arithmetic: 'over', 'out of', 'point', nought, minus"),
              input(
                  "\\b(over|out of|point|nought|naught|minus|negative)\\b|(^|\\s)-\\s*\\d|\\d+ in \\w")),
          new Rule(
              NUMBER,
              out(
                  "number/odd-separators",
                  "space or non-English digit grouping, Unicode fractions, "
                      + "digit lists and codes: not English news style"),
              input(
                  "\\d[ \\u202f]\\d{3}\\b|\\d\\.\\d{3},\\d|\\d,\\d{1,2}\\b|\\d, \\d|[⅔¾⅙½]|\\+\\d-|\\d\\.\\d+\\.\\d|SCP|\\d/\\d+/\\d")),
          new Rule(
              NUMBER,
              out(
                  "number/compound-fractions",
                  "fractions past tenths or after compound numbers "
                      + "('one hundred thirty fifths'): maths, not news; 'three million and a quarter' stays in magnitudes"),
              c ->
                  BIG_FRACTION.matcher(c.input()).find()
                      || (FRACTION_WORD.matcher(c.input()).find() && BIG.matcher(c.input()).find())
                      || c.input().matches("(?i).*\\b(dzs|dozs)\\b.*")),
          new Rule(
              NUMBER,
              in(
                  "number/magnitudes",
                  "'1.2 million', '10k', '$3.5bn': how news writes large figures"),
              input(
                  "\\d\\s*(k|m|b|g|mm|mil|bln|tln|million|billion|trillion|thousand|hundred)\\b|\\b(million|billion|trillion)\\b")),
          new Rule(
              NUMBER,
              in("number/fractions", "'a third', 'two thirds', 'half': shares in news"),
              input("\\b(half|thirds?|quarters?|fourths?|fifths?|eighths?)\\b|\\d/\\d")),
          new Rule(
              NUMBER,
              in("number/words", "figures spelled out, as news style does below ten"),
              input(
                  "\\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                      + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)\\b")),
          new Rule(
              NUMBER, in("number/digits", "figures in digits with English grouping"), input("\\d")),
          new Rule(
              NUMBER,
              in("number/none", "sentences with no number, where nothing must be found"),
              c -> true),
          new Rule(PERCENT, out("percent/urls", "percent-encoded URLs"), input("https?://")),
          new Rule(
              PERCENT,
              out("percent/no-number", "'percent of twenty', bare 'percent': not a news pattern"),
              input("percents? of|per cent of|^[^0-9]*\\b(percent|percentage|%)\\b[^0-9]*$")),
          new Rule(PERCENT, in("percent", "'2%', '20 percent', 'per cent'"), c -> true),
          new Rule(
              RANGE,
              out("range/symbolic", "'<=', 'x>10', '20~100': maths notation"),
              input("[<>=~]")),
          new Rule(
              RANGE,
              out(
                  "range/two-sided",
                  "two comparisons joined ('more than 10 and less than 20') and "
                      + "'equal to': query language, not news"),
              input(
                  "\\b(equal|equals|equaling|than|above|over|exceed\\w*|at most|at least|below|under)\\b.*\\b(and|but|or)\\b.*"
                      + "\\b(than|below|under|above|equal\\w*|at least|at most|greater|less|more)\\b|\\bequal")),
          new Rule(
              RANGE,
              out("range/ordinals", "ranks ('between the tenth and the fifteenth')"),
              input("tenth|fifteenth")),
          new Rule(
              RANGE,
              in("range/spans", "'between 3 and 5', '3-5', '3 to 5', 'from 3 to 5'"),
              input("between|from|\\d\\s*[-–]\\s*\\d|\\bthrough\\b|k-")),
          new Rule(
              RANGE,
              in("range/bounds", "'more than', 'over', 'up to', 'fewer than', 'at least' ..."),
              c -> true),
          new Rule(
              CURRENCY,
              out(
                  "currency/historical",
                  "markka, francs, pesetas, guilders: gone before the news we read"),
              input("markka|(?<!swiss )francs?\\b|pesetas|guilders")),
          new Rule(
              CURRENCY,
              out("currency/exotic", "rare signs, crypto, Indian units, 'sen', Chinese colloquial"),
              input("[₡₾₭元]|ரூ|bitcoin|btc|satoshi|₿|\\bsen\\b|lakh|kuai|rupees")),
          new Rule(
              CURRENCY,
              out(
                  "currency/shorthand",
                  "MUSD/MEUR, glued codes, '15 dollars 50': accounting shorthand"),
              input(
                  "\\bm(usd|eur|gbp|aud)\\b|usd\\d|\\d+usd|(usd|mxn|aud|cad|nzd)\\$|dollars? (and )?(\\d|forty|fifty|one|two)|"
                      + "\\d \\$|\\$ 10 dollars|dollar \\d|usd million|\\d+ (rmb|usd) \\d|rmb \\d+ usd")),
          new Rule(
              CURRENCY,
              out(
                  "currency/none-expected",
                  "sentences where only a bare currency word is expected"),
              c -> c.expected().stream().noneMatch(e -> e.value() != null)),
          new Rule(
              CURRENCY,
              in(
                  "currency",
                  "'$3.5 billion', '£8m', '323 million euros', 'USD 200', cents and pence"),
              c -> true),
          new Rule(
              DIMENSION,
              out(
                  "dimension/other",
                  "cooking, data sizes, angles, micro units, bracketed or compound "
                      + "units and codes: rare in news"),
              input(
                  "tablespoon|teaspoon|\\bcups?\\b|\\bmb\\b|degrees?|rad\\b|turns?\\b|micro|μg|mcg|pico|\\b2 pm|drachma|\\bdm\\b|"
                      + "-bit|\\d+ ?[(\\[{<]|ft \\d|feet (and )?\\d|milli|24703|scp|lakh|\\d+ ?\"")),
          new Rule(
              DIMENSION,
              in(
                  "dimension",
                  "lengths, weights, areas, volumes and speeds: km, miles, tonnes, barrels"),
              c -> true),
          new Rule(
              AGE,
              out("age/clinical", "'87 yo', 'age 87': clinical shorthand"),
              input("\\byo\\b|age \\d|\\byo ")),
          new Rule(
              AGE,
              in("age", "'29 years old', 'ten months old': ages are durations with a unit"),
              c -> true),
          new Rule(
              DATE,
              out(
                  "date/relative",
                  "relative dates contain durations ('two weeks from now'), which are "
                      + "quantities for us"),
              anyExpected(
                  "ago|later|from now|after|before|\\bin \\w+ (weeks?|days?)|next|this|last|past")),
          new Rule(
              DATE,
              out(
                  "date/chat",
                  "bare day numbers and US month/day shorthand from chat ('on 15', '4.22')"),
              c ->
                  c.expected().isEmpty()
                      || c.expected().stream()
                          .anyMatch(
                              e ->
                                  !e.text()
                                      .toLowerCase(Locale.ROOT)
                                      .matches(
                                          ".*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d{4}|\\d+(st|nd|rd|th)).*"))),
          new Rule(
              DATE,
              in(
                  "date/not-amount",
                  "calendar dates ('January 12, 2016', '2015/08/12', '1st jan'): "
                      + "no quantity may overlap them"),
              c -> true),
          new Rule(
              DURATION,
              out(
                  "duration/phrase",
                  "no number in the duration ('all day', 'a year', 'another "
                      + "week', 'few hours'): an article is not a count"),
              c -> c.expected().stream().noneMatch(e -> NUMBERISH.matcher(e.text()).find())),
          new Rule(DURATION, out("duration/clipped", "'2ys': not English"), input("\\d ?ys\\b")),
          new Rule(
              DURATION,
              in("duration", "'3 years', 'two weeks': durations are quantities with a time unit"),
              c -> true));

  static Category of(BenchCase c) {
    for (Rule r : RULES) if (r.suite.equals(c.suite()) && r.test.test(c)) return r.category;
    return out(c.suite().toLowerCase(Locale.ROOT), "no rule for this suite");
  }
}

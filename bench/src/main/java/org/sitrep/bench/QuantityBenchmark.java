package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.annotate.quantity.QuantityTagger;
import org.sitrep.model.Quantity;

/**
 * Scores the quantity tagger on the Microsoft Recognizers-Text English specs in {@code
 * bench/quantities-recognizers} (Number, Percent, NumberRange, Currency, Dimension, Age; Date and
 * Duration extractors as checks that dates are not amounts and durations are) and reports the pass
 * rate per category. Categories that do not fit news text are run and shown but left out of the
 * total; {@link Categories} says which and why.
 *
 * <p>{@code bench/quantities-quantulum3} holds quantulum3's unit-disambiguation training templates
 * ("I weigh {quantity}", unit pound-mass; "It costs {quantity}", unit pound sterling) and no
 * expected values. The templates for the one ambiguous unit word news uses, "pounds", are filled
 * with "150 pounds" and must come out as weight or as GBP; the others (arc minutes, mach,
 * kilobytes, density ...) name no surface form and are not scored.
 *
 * <p>Beside the pass rate it reports value accuracy and value+unit accuracy on every visible result
 * that carries a unit ({@link UnitAccuracy}), for the even-indexed half (the one rules may be tuned
 * on), the odd-indexed half and all, with the targets 0.95 and 0.90.
 *
 * <p>Usage: {@code java -cp target/classes:$(cat cp.txt) org.sitrep.bench.QuantityBenchmark
 * [bench-dir] [-v]}; with {@code --lang de}, {@link GermanQuantityBenchmark} on the hand-read
 * German set.
 */
public final class QuantityBenchmark {
  private static final List<String> SPECS =
      List.of(
          "Number-English/NumberModel.json",
          "Number-English/PercentModel.json",
          "Number-English/NumberRangeModel.json",
          "NumberWithUnit-English/CurrencyModel.json",
          "NumberWithUnit-English/DimensionModel.json",
          "NumberWithUnit-English/AgeModel.json",
          "DateTime-English/DateExtractor.json",
          "DateTime-English/DurationExtractor.json");

  /** Passed and total cases of one category, with the failures' inputs for the verbose report. */
  public static final class Tally {
    final Categories.Category category;
    int passed;
    int total;
    final List<String> failures = new ArrayList<>();

    Tally(Categories.Category category) {
      this.category = category;
    }

    public String name() {
      return category.name();
    }

    public boolean included() {
      return category.included();
    }

    public int passed() {
      return passed;
    }

    public int total() {
      return total;
    }

    public double rate() {
      return total == 0 ? 0 : (double) passed / total;
    }
  }

  private QuantityBenchmark() {}

  public static void main(String[] args) throws IOException {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--lang") && args[i + 1].equals("de")) {
        GermanQuantityBenchmark.main(args);
        return;
      }
    }
    Path bench =
        Path.of(
            args.length > 0 && !args[0].startsWith("-")
                ? args[0]
                : System.getProperty("sitrep.shared", "../shared") + "/bench");
    boolean verbose = List.of(args).contains("-v");
    Map<String, Tally> tallies = run(bench);
    System.out.printf("%-28s %9s %7s  %s%n", "category", "passed", "rate", "fits news? why");
    for (Tally t : tallies.values()) {
      System.out.printf(
          "%-28s %4d/%-4d %6.1f%%  %s: %s%n",
          t.name(),
          t.passed,
          t.total,
          100 * t.rate(),
          t.included() ? "included" : "excluded",
          t.category.reason());
      if (verbose) for (String f : t.failures) System.out.println("      fail: " + f);
    }
    Tally all = included(tallies);
    System.out.printf(
        "%-28s %4d/%-4d %6.1f%%%n", "INCLUDED TOTAL", all.passed, all.total, 100 * all.rate());
    System.out.println(
        "quantities-quantulum3: only the 'pounds' templates are scored (weight vs money); see the class doc.");
    unitReport(bench, verbose);
  }

  /**
   * Value and value+unit accuracy on the results that carry a unit, for the half rules are tuned on
   * (even-indexed), the half they are not (odd), and all.
   */
  static void unitReport(Path bench, boolean verbose) throws IOException {
    List<UnitAccuracy.Item> items = UnitAccuracy.items(bench);
    if (items.isEmpty()) return;
    UnitAccuracy.Score[] s = UnitAccuracy.score(items);
    System.out.println();
    System.out.println(
        "results with a unit (NumberWithUnit specs: age, currency, dimension, temperature; quantulum3 templates)");
    System.out.printf("%-28s %6s %8s %11s%n", "half", "n", "value", "value+unit");
    String[] names = {"tune (even-indexed)", "check (odd-indexed)", "ALL"};
    for (int i = 0; i < 3; i++)
      System.out.printf(
          "%-28s %6d %8.3f %11.3f%n", names[i], s[i].total, s[i].valueRate(), s[i].valueUnitRate());
    System.out.printf(
        "%-28s %6s %8.2f %11.2f%n",
        "target", "", UnitAccuracy.VALUE_TARGET, UnitAccuracy.VALUE_UNIT_TARGET);
    if (verbose) for (String m : s[2].misses) System.out.println("      miss: " + m);
  }

  /** Runs every spec under {@code bench/quantities-recognizers}, by category name. */
  public static Map<String, Tally> run(Path bench) throws IOException {
    QuantityTagger tagger = new QuantityTagger();
    Map<String, Tally> tallies = new TreeMap<>();
    Path root = bench.resolve("quantities-recognizers");
    for (String spec : SPECS) {
      Path file = root.resolve(spec);
      if (!Files.exists(file)) continue;
      for (BenchCase c : BenchCases.read(file)) {
        Categories.Category cat = Categories.of(c);
        Tally t = tallies.computeIfAbsent(cat.name(), k -> new Tally(cat));
        List<Quantity> found = tagger.tag(c.input());
        t.total++;
        if (CaseScorer.passes(c, found)) t.passed++;
        else
          t.failures.add(
              c.input()
                  + "  expected "
                  + c.expected().stream().map(e -> e.text() + "=" + e.value()).toList()
                  + "  found "
                  + found.stream()
                      .map(
                          q ->
                              q.text()
                                  + "="
                                  + q.value()
                                  + (q.unit() == null ? "" : " " + q.unit())
                                  + (q.bound().json().equals("exact")
                                      ? ""
                                      : " " + q.bound().json()))
                      .toList());
      }
    }
    Path templates = bench.resolve("quantities-quantulum3/data/train.json");
    if (Files.exists(templates)) {
      for (BenchCase c : PoundTemplates.read(templates)) {
        Categories.Category cat = PoundTemplates.CATEGORY;
        Tally t = tallies.computeIfAbsent(cat.name(), k -> new Tally(cat));
        t.total++;
        List<Quantity> found = tagger.tag(c.input());
        String want = c.expected().get(0).unit();
        if (found.size() == 1 && want.equals(found.get(0).unit())) t.passed++;
        else
          t.failures.add(
              c.input()
                  + "  expected "
                  + want
                  + "  found "
                  + found.stream().map(Quantity::unit).toList());
      }
    }
    return tallies;
  }

  /** The sum over the categories that fit news text. */
  public static Tally included(Map<String, Tally> tallies) {
    Tally all = new Tally(new Categories.Category("included", true, "all included categories"));
    for (Tally t : tallies.values()) {
      if (!t.included()) continue;
      all.passed += t.passed;
      all.total += t.total;
    }
    return all;
  }

  static boolean present(Path bench) {
    try (Stream<Path> s = Files.list(bench.resolve("quantities-recognizers"))) {
      return s.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }
}

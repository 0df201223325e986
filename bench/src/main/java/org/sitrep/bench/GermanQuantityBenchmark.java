package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;

/**
 * German quantities against the hand-read gold of {@code bench-data/quantities-de/gold.tsv}: each
 * listed GermEval 2014 dev sentence (its tokens joined by spaces) is one German document dated by
 * its header's date and goes through the pipelines {@code annotate} runs. Scored per gold
 * expression: found (a predicted quantity overlapping it), value right (one of those with the gold
 * value, and the gold upper end for a range), value and unit right (the main figure, "accuracy"),
 * and all right (bound and hedge too). Predictions over no gold expression are counted apart. The
 * sentences are split in halves by their order in the file: the tune half (the first) to look at
 * while changing rules, the report half not.
 *
 * <p>Usage: {@code QuantityBenchmark --lang de [GOLD] [--germeval FILE] [--errors]}.
 */
public final class GermanQuantityBenchmark {
  private GermanQuantityBenchmark() {}

  record Gold(
      int sentence,
      String text,
      double value,
      Double max,
      String unit,
      Quantity.Bound bound,
      boolean approximate) {}

  /** Counts of one half. */
  static final class Tally {
    int gold, found, value, valueUnit, all, unmatched;

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "%-6s | %4d | found %.3f | value %.3f | value+unit (accuracy) %.3f | with bound and hedge"
              + " %.3f | predictions over no gold: %d",
          name,
          gold,
          rate(found),
          rate(value),
          rate(valueUnit),
          rate(all),
          unmatched);
    }

    private double rate(int n) {
      return gold == 0 ? 0 : n / (double) gold;
    }
  }

  public static void main(String[] args) throws IOException {
    Path goldFile = Path.of("bench-data/quantities-de/gold.tsv");
    Path germeval =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"),
            "bench/ner-germeval2014/NER-de-dev.tsv");
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) i++;
      else if (args[i].equals("--errors")) errors = true;
      else if (args[i].equals("--germeval")) germeval = Path.of(args[++i]);
      else if (!args[i].startsWith("-")) goldFile = Path.of(args[i]);
    }
    Map<Integer, List<Gold>> gold = readGold(goldFile);
    List<String> dates = GermanTexts.dates(germeval);
    List<Integer> order = new ArrayList<>(gold.keySet());
    int half = order.size() / 2;
    Tally tune = new Tally(), report = new Tally(), all = new Tally();
    boolean print = errors;
    int goldCount = 0;
    for (List<Gold> g : gold.values()) for (Gold x : g) if (!x.text().isEmpty()) goldCount++;
    GermanTexts.annotateListed(
        goldFile,
        germeval,
        order,
        goldCount,
        n ->
            n > dates.size() || dates.get(n - 1) == null
                ? Published.UNKNOWN
                : Published.stated(dates.get(n - 1)),
        (k, n, text, a) -> {
          for (Tally t : List.of(k < half ? tune : report, all))
            score(t, text, gold.get(n), a.quantities(), print && k < half && t == all, n);
        });
    System.out.println(all.row("all"));
    System.out.println(tune.row("tune"));
    System.out.println(report.row("report"));
  }

  private static void score(
      Tally t, String text, List<Gold> gold, List<Quantity> qs, boolean print, int n) {
    boolean[] used = new boolean[qs.size()];
    for (Gold g : gold) {
      if (g.text().isEmpty()) continue;
      t.gold++;
      int at = text.indexOf(g.text());
      if (at < 0) {
        System.err.println("sitrep: sentence " + n + ": no '" + g.text() + "' in it");
        continue;
      }
      int end = at + g.text().length();
      int best = -1, bestScore = -1;
      for (int i = 0; i < qs.size(); i++) {
        Quantity q = qs.get(i);
        if (q.start() >= end || q.end() <= at) continue;
        used[i] = true;
        int s = valueRight(g, q) ? (unitRight(g, q) ? (boundRight(g, q) ? 3 : 2) : 1) : 0;
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      if (best < 0) {
        if (print) System.out.println("missed\t" + n + "\t" + g.text() + "\t" + want(g));
        continue;
      }
      t.found++;
      if (bestScore >= 1) t.value++;
      if (bestScore >= 2) t.valueUnit++;
      if (bestScore >= 3) t.all++;
      if (bestScore < 3 && print)
        System.out.println(
            "wrong\t" + n + "\t" + g.text() + "\t" + want(g) + "\tgot " + got(qs.get(best)));
    }
    for (int i = 0; i < qs.size(); i++) {
      if (used[i]) continue;
      t.unmatched++;
      if (print) System.out.println("false\t" + n + "\t" + got(qs.get(i)));
    }
  }

  private static boolean valueRight(Gold g, Quantity q) {
    if (!close(q.value(), g.value())) return false;
    if (g.max() == null) return true;
    return q.valueMax() != null && close(q.valueMax(), g.max());
  }

  private static boolean unitRight(Gold g, Quantity q) {
    return g.unit() == null ? q.unit() == null : g.unit().equals(q.unit());
  }

  private static boolean boundRight(Gold g, Quantity q) {
    return g.bound() == q.bound() && g.approximate() == q.approximate();
  }

  private static String want(Gold g) {
    return g.value()
        + (g.max() == null ? "" : "-" + g.max())
        + (g.unit() == null ? "" : " " + g.unit())
        + " "
        + g.bound().json()
        + (g.approximate() ? " ~" : "");
  }

  private static String got(Quantity q) {
    return q.text()
        + " = "
        + q.value()
        + (q.valueMax() == null ? "" : "-" + q.valueMax())
        + (q.unit() == null ? "" : " " + q.unit())
        + " "
        + q.bound().json()
        + (q.approximate() ? " ~" : "");
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  }

  static Map<Integer, List<Gold>> readGold(Path file) throws IOException {
    Map<Integer, List<Gold>> out = new LinkedHashMap<>();
    int line = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] c = l.split("\t", -1);
      if (c.length < 7) {
        System.err.println("sitrep: " + file + ":" + line + ": expected 7 columns, skipped");
        continue;
      }
      try {
        int n = Integer.parseInt(c[0].strip());
        Gold g =
            c[1].isEmpty()
                ? new Gold(n, "", 0, null, null, Quantity.Bound.EXACT, false)
                : new Gold(
                    n,
                    c[1],
                    Double.parseDouble(c[2]),
                    c[3].isEmpty() ? null : Double.parseDouble(c[3]),
                    c[4].isEmpty() ? null : c[4],
                    Quantity.Bound.valueOf(c[5].strip().toUpperCase(Locale.ROOT)),
                    Boolean.parseBoolean(c[6].strip()));
        out.computeIfAbsent(n, k -> new ArrayList<>()).add(g);
      } catch (IllegalArgumentException bad) {
        System.err.println("sitrep: " + file + ":" + line + ": " + bad.getMessage() + ", skipped");
      }
    }
    return out;
  }
}

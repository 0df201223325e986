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
import org.sitrep.model.TimeExpr;

/**
 * German time expressions against the hand-read gold of {@code bench-data/time-de/gold.tsv}: each
 * listed GermEval 2014 dev sentence (its tokens joined by spaces) is one German document dated by
 * its header's date and goes through the pipelines {@code annotate} runs. Scored per expression:
 * found (a predicted expression overlapping the gold one), value right (its TIMEX3 value equal),
 * and precision over every expression predicted in the listed sentences. The sentences are split in
 * halves by their order in the file: the tune half (the first) to look at while changing rules, the
 * report half not.
 *
 * <p>Usage: {@code TempEvalBenchmark --lang de [GOLD] [--germeval FILE] [--errors]}.
 */
public final class GermanTimeBenchmark {
  private GermanTimeBenchmark() {}

  record Gold(int sentence, String anchor, String text, String type, String value) {}

  /** Counts of one half. */
  static final class Tally {
    int gold, found, valueRight, predicted, predictedRight;

    String row(String name) {
      double r = gold == 0 ? 0 : valueRight / (double) gold;
      double p = predicted == 0 ? 0 : predictedRight / (double) predicted;
      double f = r + p == 0 ? 0 : 2 * r * p / (r + p);
      return String.format(
          Locale.ROOT,
          "%-6s | %4d | %4d found (%.3f) | value accuracy %.3f | value P %.3f | value F1 %.3f",
          name,
          gold,
          found,
          gold == 0 ? 0 : found / (double) gold,
          r,
          p,
          f);
    }
  }

  public static void main(String[] args) throws IOException {
    Path goldFile = Path.of("bench-data/time-de/gold.tsv");
    Path germeval =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"),
            "bench/ner-germeval2014/NER-de-dev.tsv");
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) i++;
      else if (args[i].equals("--errors")) errors = true;
      else if (args[i].equals("--germeval")) germeval = Path.of(args[++i]);
      else goldFile = Path.of(args[i]);
    }
    Map<Integer, List<Gold>> gold = readGold(goldFile);
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
        n -> Published.stated(gold.get(n).get(0).anchor()),
        (k, n, text, a) -> {
          for (Tally t : List.of(k < half ? tune : report, all))
            score(t, text, gold.get(n), a.times(), print && k < half && t == all, n);
        });
    System.out.println(all.row("all"));
    System.out.println(tune.row("tune"));
    System.out.println(report.row("report"));
  }

  private static void score(
      Tally t, String text, List<Gold> gold, List<TimeExpr> times, boolean print, int n) {
    boolean[] used = new boolean[times.size()];
    for (Gold g : gold) {
      if (g.text().isEmpty()) continue;
      t.gold++;
      int at = text.indexOf(g.text());
      if (at < 0) {
        System.err.println("sitrep: sentence " + n + ": no '" + g.text() + "' in it");
        continue;
      }
      int end = at + g.text().length();
      int hit = -1;
      for (int i = 0; i < times.size(); i++) {
        TimeExpr x = times.get(i);
        if (x.start() < end && at < x.end() && (hit < 0 || g.value().equals(x.value()))) hit = i;
      }
      if (hit < 0) {
        if (print) System.out.println("missed\t" + n + "\t" + g.text() + "\t" + g.value());
        continue;
      }
      t.found++;
      used[hit] = true;
      if (g.value().equals(times.get(hit).value())) {
        t.valueRight++;
        t.predictedRight++;
      } else if (print)
        System.out.println(
            "value\t" + n + "\t" + g.text() + "\t" + g.value() + "\tgot " + times.get(hit).value());
    }
    for (int i = 0; i < times.size(); i++) {
      t.predicted++;
      if (!used[i] && print)
        System.out.println(
            "false\t" + n + "\t" + times.get(i).text() + "\t" + times.get(i).value());
    }
  }

  static Map<Integer, List<Gold>> readGold(Path file) throws IOException {
    Map<Integer, List<Gold>> out = new LinkedHashMap<>();
    int line = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] c = l.split("\t", -1);
      if (c.length < 5) {
        System.err.println("sitrep: " + file + ":" + line + ": expected 5 columns, skipped");
        continue;
      }
      Gold g = new Gold(Integer.parseInt(c[0].strip()), c[1].strip(), c[2], c[3], c[4]);
      out.computeIfAbsent(g.sentence(), k -> new ArrayList<>()).add(g);
    }
    return out;
  }
}

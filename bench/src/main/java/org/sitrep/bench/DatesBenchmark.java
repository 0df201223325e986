package org.sitrep.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;

/**
 * Scores the publication date {@code sitrep annotate} gives for an HTML page on htmldate's
 * evaluation pages ({@code pages.tar.gz} + {@code gold.json}), with htmldate's metric: only the
 * HTML is given (no URL); the right day is a true positive, a wrong day a false positive, no date a
 * false negative; accuracy is TP over all pages. Each page is read as annotate reads a file (the
 * source readers, the HTML extractor, the date reader); the annotation stages after them never
 * change the date, so they are not run.
 *
 * <p>Figures are printed for all pages and for the two halves of the pages sorted by name (even and
 * odd positions), so a rule that helps only one half shows.
 *
 * <pre>sitrep bench dates [FOLDER] [--misses even|odd|all]</pre>
 */
public final class DatesBenchmark {
  /**
   * Counts of one run over some pages; a page with no gold date and no answer is a true negative.
   */
  public record Score(int tp, int fp, int fn, int tn) {
    public int pages() {
      return tp + fp + fn + tn;
    }

    public double accuracy() {
      return pages() == 0 ? 0 : tp / (double) pages();
    }

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }
  }

  /** One page: its gold day (null when the page has none) and the answer with its evidence. */
  public record Page(String file, String gold, Published found) {
    Score score() {
      String got = found.value();
      if (got == null) return gold == null ? new Score(0, 0, 0, 1) : new Score(0, 0, 1, 0);
      return got.equals(gold) ? new Score(1, 0, 0, 0) : new Score(0, 1, 0, 0);
    }
  }

  private DatesBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path folder = null;
    String misses = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--misses" -> misses = args[++i];
        default -> folder = Path.of(args[i]);
      }
    }
    if (misses != null && !List.of("even", "odd", "all").contains(misses))
      throw new IllegalArgumentException("--misses takes even, odd or all, not '" + misses + "'");
    if (folder == null) folder = BenchPaths.bench("dates-htmldate");
    List<Page> pages = run(folder);
    PrintStream out = System.out;
    Score all = new Score(0, 0, 0, 0), even = all, odd = all;
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      Score s = p.score();
      all = all.plus(s);
      if (i % 2 == 0) even = even.plus(s);
      else odd = odd.plus(s);
      boolean show =
          misses != null
              && s.tp() == 0
              && s.tn() == 0
              && (misses.equals("all") || misses.equals(i % 2 == 0 ? "even" : "odd"));
      if (show)
        out.printf(
            "%s gold %s got %s (%s)%n",
            p.file(), p.gold(), p.found().value(), p.found().evidence());
    }
    out.printf(
        Locale.ROOT,
        "%-22s %5s %9s %9s %6s %6s%n",
        "",
        "pages",
        "accuracy",
        "precision",
        "recall",
        "F1");
    line(out, "sitrep, all pages", all);
    line(out, "sitrep, even half", even);
    line(out, "sitrep, odd half", odd);
    out.println("published on htmldate's 1,000 pages (accuracy / F1):");
    out.println("  htmldate extensive    0.903 / 0.949");
    out.println("  htmldate fast         0.861 / 0.925");
    out.println("  newspaper4k           0.680 / 0.810");
    out.println("  news-please           0.680 / 0.810");
    out.printf(
        Locale.ROOT,
        "all pages: tp %d fp %d fn %d, no gold date and none given %d%n",
        all.tp(),
        all.fp(),
        all.fn(),
        all.tn());
  }

  private static void line(PrintStream out, String name, Score s) {
    out.printf(
        Locale.ROOT,
        "%-22s %5d %9.3f %9.3f %6.3f %6.3f%n",
        name,
        s.pages(),
        s.accuracy(),
        s.precision(),
        s.recall(),
        s.f1());
  }

  /** Every page of the archive that has a gold entry, sorted by file name, with its answer. */
  public static List<Page> run(Path folder) throws IOException {
    JsonNode gold =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build()
            .readTree(folder.resolve("gold.json").toFile());
    Map<String, byte[]> pages = new TreeMap<>();
    for (var e : TarGzEntries.read(folder.resolve("pages.tar.gz")).entrySet()) {
      String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      if (gold.has(name)) pages.put(name, e.getValue());
    }
    Sources sources = new Sources(Problems.silent());
    List<Page> result = new ArrayList<>();
    for (var e : pages.entrySet()) {
      JsonNode g = gold.get(e.getKey()).path("date");
      String goldDay = g.isTextual() ? g.asText() : null;
      List<Document> docs = new ArrayList<>();
      sources.read(e.getKey(), new ByteArrayInputStream(e.getValue()), docs::add);
      Published found = docs.isEmpty() ? Published.UNKNOWN : docs.get(0).published();
      result.add(new Page(e.getKey(), goldDay, found));
    }
    return result;
  }
}

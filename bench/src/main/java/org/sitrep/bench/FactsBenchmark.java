package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.annotate.Pipelines;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsScorer.Miss;
import org.sitrep.bench.FactsScorer.Score;
import org.sitrep.bench.FactsScorer.Wrong;
import org.sitrep.json.ContractJson;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;

/**
 * {@code sitrep bench facts}: the facts that {@code sitrep annotate} gives for the documents of the
 * hand-read gold ({@code bench-data/facts/gold.json}), scored by {@link FactsScorer}. Each document
 * goes through the annotate path (JSON Lines reader, cleaner, the pipeline of the document's
 * language as {@code sitrep annotate} chooses it, the contract JSON) with its title and publication
 * date from the corpus metadata. Prints recall of the gold observations (lenient and strict),
 * precision of the produced facts on the exhaustively read documents, and the share of
 * non-observations taken, per split and overall. Usage: {@code FactsBenchmark [GOLD.json | --gold
 * GOLD.json] [--split tune|report|blind|all] [--part a|b] [--verbose] [--threads N]}. A gold
 * document may be an HTML page (a file, or an entry of a {@code .tar.gz} archive written {@code
 * ARCHIVE.tar.gz!/ENTRY}): it goes to the annotate path as its HTML and URL.
 */
public final class FactsBenchmark {
  static final double RECALL_TARGET = 0.75, PRECISION_TARGET = 0.85;
  private static final ObjectMapper JSON = new ObjectMapper();

  private FactsBenchmark() {}

  /**
   * Part {@code a} or {@code b} of {@code docs}: every other document by position, the first, third
   * ... in part a. Rules are written from one part's errors and checked on the other's figure.
   */
  static List<Doc> part(List<Doc> docs, String part) {
    List<Doc> out = new java.util.ArrayList<>();
    for (int i = part.equals("a") ? 0 : 1; i < docs.size(); i += 2) out.add(docs.get(i));
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path goldFile = null;
    String split = "all", part = null;
    boolean verbose = false;
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = value(args, ++i, "--split");
        case "--part" -> part = value(args, ++i, "--part");
        case "--gold" -> goldFile = Path.of(value(args, ++i, "--gold"));
        case "--verbose", "-v" -> verbose = true;
        case "--threads" -> threads = Integer.parseInt(value(args, ++i, "--threads"));
        default -> {
          if (args[i].startsWith("-"))
            throw new IllegalArgumentException("unknown option " + args[i]);
          goldFile = Path.of(args[i]);
        }
      }
    }
    if (!List.of("tune", "report", "blind", "all").contains(split))
      throw new IllegalArgumentException("--split takes tune, report, blind or all, not " + split);
    if (part != null && !List.of("a", "b").contains(part))
      throw new IllegalArgumentException("--part takes a or b, not " + part);
    if (goldFile == null) goldFile = FactsGold.defaultFile();
    if (!Files.isRegularFile(goldFile)) throw new IOException("no gold file at " + goldFile);
    Path bench = BenchPaths.shared().resolve("bench");
    if (!Files.isDirectory(bench)) throw new IOException("no benchmark folder at " + bench);

    FactsGold gold = FactsGold.read(goldFile);
    List<Doc> docs = part == null ? gold.split(split) : part(gold.split(split), part);
    long t0 = System.nanoTime();
    Map<Doc, JsonNode> out = annotate(docs, bench, threads);
    double seconds = (System.nanoTime() - t0) / 1e9;

    boolean anyFacts = out.values().stream().anyMatch(o -> o.has("facts"));
    Map<String, Score> bySplit = new TreeMap<>();
    Score all = Score.ZERO;
    for (Doc d : docs) {
      JsonNode o = out.get(d);
      if (o == null) continue;
      Score s = FactsScorer.score(d, o);
      bySplit.merge(d.split(), s, Score::plus);
      all = all.plus(s);
    }
    System.out.printf(
        Locale.ROOT,
        "facts gold %s: %d documents (%d annotated in %.1f s), %d series%n",
        goldFile.getFileName(),
        docs.size(),
        out.size(),
        seconds,
        gold.series().size());
    if (!anyFacts)
      System.out.println("note: the annotate output has no \"facts\" field; every figure is 0");
    System.out.printf(
        Locale.ROOT,
        "%-8s %5s %4s %7s %7s %5s %7s %7s %9s%n",
        "split",
        "docs",
        "gold",
        "recall",
        "strict",
        "facts",
        "prec",
        "strict",
        "non-obs");
    for (Map.Entry<String, Score> e : bySplit.entrySet()) row(e.getKey(), e.getValue());
    if (bySplit.size() > 1) row("overall", all);
    System.out.printf(
        Locale.ROOT,
        "targets: recall >= %.2f, precision >= %.2f (non-obs: share of years, dates, model numbers"
            + " ... taken as facts; lower is better)%n",
        RECALL_TARGET,
        PRECISION_TARGET);
    if (all.outsideBody() > 0)
      System.out.printf(
          "%d gold observation(s) not in the article body (a headline read as the title), not"
              + " counted%n",
          all.outsideBody());
    if (verbose) {
      details(all, bench);
      outsideBody(docs, out);
    }
  }

  private static void row(String name, Score s) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %5d %4d %7s %7s %5d %7s %7s %9s%n",
        name,
        s.docs(),
        s.gold(),
        fmt(s.recall()),
        fmt(s.recallStrict()),
        s.produced(),
        fmt(s.precision()),
        fmt(s.precisionStrict()),
        s.nonTaken() + "/" + s.non());
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Misses grouped by measure, then the facts taken on non-observations or matching nothing. */
  private static void details(Score all, Path bench) throws IOException {
    FactsGold.Sources sources = new FactsGold.Sources(bench);
    Map<String, String> texts = new HashMap<>();
    Map<String, List<Miss>> byMeasure = new TreeMap<>();
    for (Miss m : all.misses())
      byMeasure.computeIfAbsent(m.gold().measure(), k -> new ArrayList<>()).add(m);
    System.out.println();
    System.out.println("misses by measure:");
    for (Map.Entry<String, List<Miss>> e : byMeasure.entrySet()) {
      System.out.printf("== %s (%d)%n", e.getKey(), e.getValue().size());
      for (Miss m : e.getValue()) {
        FactsGold.Observation o = m.gold();
        System.out.printf(
            Locale.ROOT,
            "  %s / %s = %s%s [%s, %s]  %s%n    \"%s\"%n",
            o.subject(),
            o.measure(),
            FactsScorer.num(o.value()),
            o.unit() == null ? "" : " " + o.unit(),
            o.kind(),
            o.status(),
            m.doc().path(),
            sentence(texts, sources, m.doc(), o.where()));
        for (FactsScorer.SysFact f : m.there()) System.out.println("    produced: " + f);
      }
    }
    System.out.println();
    System.out.println("produced facts that match no observation (exhaustive documents):");
    for (Wrong w : all.wrongs()) {
      String why =
          w.non() != null
              ? "not an observation: " + w.non().why()
              : w.near() != null
                  ? "on the figure of " + w.near().subject() + " / " + w.near().measure()
                  : "on no listed figure";
      System.out.printf("  %s  [%s]  %s%n", w.fact(), why, w.doc().path());
      if (w.non() != null)
        System.out.printf("    \"%s\"%n", sentence(texts, sources, w.doc(), w.non().where()));
    }
  }

  /** The gold figures whose sentence is not in the article body (most often its headline). */
  private static void outsideBody(List<Doc> docs, Map<Doc, JsonNode> out) {
    System.out.println();
    System.out.println("gold figures not found in the article body (not scored):");
    int missing = 0;
    for (Doc d : docs) {
      JsonNode o = out.get(d);
      if (o == null) continue;
      String body = o.path("body").asText("");
      List<FactsGold.Where> all = new ArrayList<>();
      d.observations().forEach(x -> all.add(x.where()));
      d.nonObservations().forEach(x -> all.add(x.where()));
      for (FactsGold.Where w : all)
        if (FactsScorer.locate(body, w) == null) {
          System.out.printf("  %s  \"%s\" in \"%s ...\"%n", d.path(), w.figure(), w.anchor());
          missing++;
        }
    }
    if (missing == 0) System.out.println("  (none: every gold figure is in its article body)");
  }

  private static String sentence(
      Map<String, String> texts, FactsGold.Sources sources, Doc d, FactsGold.Where w)
      throws IOException {
    String t = texts.get(d.path());
    if (t == null) texts.put(d.path(), t = sources.of(d.path()).text());
    int s = Math.max(0, w.sentenceStart()), e = Math.min(t.length(), w.sentenceEnd());
    return s < e ? t.substring(s, e).replaceAll("\\s+", " ").trim() : w.anchor();
  }

  /**
   * Runs the documents through the annotate path: one JSON Lines record per document, read by the
   * same reader and pipeline as {@code sitrep annotate}, each result as its contract JSON.
   */
  static Map<Doc, JsonNode> annotate(List<Doc> docs, Path bench, int threads) throws IOException {
    FactsGold.Sources sources = new FactsGold.Sources(bench);
    StringBuilder jsonl = new StringBuilder();
    Map<String, Doc> byId = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      FactsGold.Source src;
      try {
        src = sources.of(d.path());
      } catch (IOException e) {
        System.err.println("sitrep: bench facts: skipped " + d.path() + ": " + e.getMessage());
        continue;
      }
      String id = "gold-" + i;
      byId.put(id, d);
      ObjectNode rec = JSON.createObjectNode().put("id", id);
      if (src.title() != null) rec.put("title", src.title());
      if (src.published() != null) rec.put("published", src.published());
      if (src.html() != null) {
        rec.put("html", src.html());
        if (src.url() != null) rec.put("url", src.url());
      } else rec.put("text", src.text());
      jsonl.append(JSON.writeValueAsString(rec)).append('\n');
    }
    Map<Doc, JsonNode> out = new LinkedHashMap<>();
    Problems problems = new Problems(p -> System.err.println("sitrep: " + p.line()));
    try (OrderedRunner runner =
        new OrderedRunner(
            Pipelines.byLanguage(),
            threads,
            a -> {
              ObjectNode o = ContractJson.toJson(a);
              Doc d = byId.get(o.path("source").path("id").asText(""));
              if (d != null) out.put(d, o);
            })) {
      new Sources(problems)
          .read(
              "facts-gold.jsonl",
              new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
              runner::accept);
    }
    return out;
  }

  private static String value(String[] args, int i, String opt) {
    if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
    return args[i];
  }
}

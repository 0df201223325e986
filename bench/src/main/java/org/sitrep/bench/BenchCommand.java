package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench NAME [ARGS]}: runs one of the quality or speed benchmarks over
 * ../shared/bench. The entry point of the bench module, to which the launcher hands {@code sitrep
 * bench}; each benchmark is called directly through its {@code main}.
 */
@Command(
    name = "sitrep bench",
    description =
        "Run a quality or speed benchmark over ../shared/bench; 'sitrep bench NAME --help'"
            + " says what NAME measures and takes.")
public final class BenchCommand implements Callable<Integer> {
  /** A benchmark's entry point: its {@code main}. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws Exception;
  }

  /** A benchmark: what runs it, what it measures, and its arguments. */
  record Bench(Main main, String measures, String usage) {}

  static final Map<String, Bench> BENCHES = new LinkedHashMap<>();

  static {
    add(
        "extraction",
        ExtractionBenchmark::main,
        "main-text extraction F1 and speed on the trafilatura pages",
        "[FOLDER] [--threads N] [--misses]");
    add(
        "ner",
        NerBenchmark::main,
        "entity F1 on CoNLL++ dev: the tagger path beside CoreNLP's default and lean NER, and"
            + " what annotate returns for the rebuilt documents beside CoreNLP lean alone; with"
            + " --lang de, German on GermEval 2014 dev through annotate beside CoreNLP's German"
            + " model alone, in tune and report halves and the tune half's parts a and b",
        "[FILE] [--limit SENTENCES] [--annotate-only] [--lang de [--verbose] [--part a|b]]");
    add(
        "throughput",
        ThroughputBenchmark::main,
        "tokens/s of the whole pipeline against CoreNLP lean NER alone, on news articles and, with"
            + " --near-copies, copies of them with one paragraph changed",
        "[DIR] [--docs N] [--near-copies N] [--no-sentence-cache] [--threads N] [--rounds N]");
    add(
        "time",
        TempEvalBenchmark::main,
        "time expression span and value F1 on TempEval-3 TBAQ; with --lang de, value accuracy"
            + " on the hand-read German set bench-data/time-de (GermEval 2014 dev sentences), in"
            + " tune and report halves",
        "[FOLDER] [--errors] [--lang de [GOLD] [--errors]]");
    add(
        "quantities",
        QuantityBenchmark::main,
        "pass rate on the Recognizers-Text and quantulum3 cases; with --lang de, value and unit"
            + " accuracy on the hand-read German set bench-data/quantities-de (GermEval 2014 dev"
            + " sentences), in tune and report halves",
        "[BENCH_FOLDER] [--lang de [GOLD] [--errors]]");
    add(
        "quotes",
        PolnearBenchmark::main,
        "direct quote F1 and speaker accuracy on PolNeAR",
        "[FOLDER] [--split dev|train] [--corenlp] [--show N]");
    add(
        "events",
        EventStats::main,
        "event counts by type and status over some articles",
        "[--list] [DIR]");
    add(
        "dates",
        DatesBenchmark::main,
        "publication-date accuracy and F1 of annotate on htmldate's pages, beside htmldate",
        "[FOLDER] [--misses even|odd|all]");
    add(
        "languages",
        LanguageCostBenchmark::main,
        "CPU per 1,000 characters of a German news page against an English one through the"
            + " annotate pipelines, and the heap with English only and once German has run",
        "[--docs N] [--warm N] [--min-chars N]");
    add("clustering", ClusteringBenchmark::main, "story grouping B-cubed F1 on WikiRef", "[DIR]");
    add(
        "timeline",
        TimelineBenchmark::main,
        "entity timelines, temporal-awareness F1 on SemEval-2015 Task 4 trial",
        "[FOLDER] [--out DIR]");
    add(
        "facts",
        FactsBenchmark::main,
        "fact observations: recall, precision and non-observations taken, on the hand-read gold",
        "[GOLD.json | --gold GOLD.json] [--split tune|report|blind|all] [--part a|b] [--verbose]"
            + " [--threads N]");
    add(
        "resolution",
        ResolutionBenchmark::main,
        "resolution across documents at scale: articles/s and heap",
        "[--docs N] [--base FILE.jsonl] [--annotate N]");
    add(
        "incremental",
        IncrementalBenchmark::main,
        "resolution kept in the store: cost per added article at two store sizes and their ratio"
            + " (by default 10,000 and 100,000 stored)",
        "[--docs N]... [--add N] [--batch N] [--block N] [--data DIR] [--keep]");
    add(
        "watch",
        WatchBenchmark::main,
        "sitrep watch against 20 loopback feeds of 1,000 news items that appear while it runs:"
            + " fetch and ingest articles/s, item-appears-to-stored p50/p95 and, when topics and"
            + " webhooks exist, item-appears-to-alert p50/p95",
        "[--feeds N] [--items N] [--initial N] [--rate PER_S] [--interval 15s] [--delay 100ms]"
            + " [--concurrency N] [--threads N] [--topic-query Q] [--data DIR] [--keep]");
    add(
        "server",
        ServerLoadBenchmark::main,
        "HTTP search, timeline, report and POST latency from a second JVM on loopback over a"
            + " synthetic store; with --soak, mixed traffic for that long with p95 and heap per"
            + " interval",
        "[--data DIR] [--docs N] [--clients N] [--requests N] [--seconds N] [--posts N]"
            + " [--no-resolve] [--soak 30m [--every 5m] [--rate N] [--post-every 5s]]");
  }

  private static void add(String name, Main main, String measures, String usage) {
    BENCHES.put(name, new Bench(main, measures, usage));
  }

  /** Thrown for what the user can fix (a bad name or argument, missing data): one line, exit 2. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a bench command line and returns its exit code; used by tests to run it in-process. */
  static int run(String... args) {
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof UserError) {
            cmd.getErr().println("sitrep: " + ex.getMessage());
            return 2;
          }
          throw ex;
        });
    return cl.execute(args);
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  // Not picocli's own help option: 'bench NAME --help' tells about NAME, not about 'bench'.
  @picocli.CommandLine.Option(
      names = {"-h", "--help"},
      description = "Show this help, or with a NAME what that benchmark measures and takes.")
  boolean help;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      completionCandidates = Names.class,
      description = "Which benchmark: ${COMPLETION-CANDIDATES}.")
  String name;

  @picocli.CommandLine.Unmatched List<String> args = new java.util.ArrayList<>();

  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return BENCHES.keySet().iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    if (name == null) {
      spec.commandLine().usage(System.out);
      return help ? 0 : 2;
    }
    Bench b = BENCHES.get(name);
    if (b == null)
      throw new UserError(
          "no benchmark '" + name + "'; there are: " + String.join(", ", BENCHES.keySet()));
    if (help) {
      System.out.printf("sitrep bench %s %s%n  %s%n", name, b.usage(), b.measures());
      return 0;
    }
    try {
      b.main().run(args.toArray(new String[0]));
    } catch (IOException | UncheckedIOException e) {
      // Missing or unreadable benchmark data is the user's to fix: say so in one line. A bad
      // argument (a number that is not one, a flag without its value) too. Anything else is a bug.
      throw new UserError(
          "bench "
              + name
              + ": cannot read the benchmark data: "
              + e.getMessage()
              + " (usage: sitrep bench "
              + name
              + " "
              + b.usage()
              + ")");
    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      throw new UserError(
          "bench "
              + name
              + ": "
              + e.getMessage()
              + " (usage: sitrep bench "
              + name
              + " "
              + b.usage()
              + ")");
    }
    return 0;
  }
}

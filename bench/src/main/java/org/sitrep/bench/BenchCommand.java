package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench NAME [ARGS]}: runs one of the quality or speed benchmarks over
 * ../shared/bench.
 */
@Command(
    name = "bench",
    description =
        "Run a quality or speed benchmark over ../shared/bench; 'sitrep bench NAME --help'"
            + " says what NAME measures and takes.")
final class BenchCommand implements Callable<Integer> {
  /** A benchmark: the main class that runs it, what it measures, and its arguments. */
  record Bench(String mainClass, String measures, String usage) {}

  static final Map<String, Bench> BENCHES = new LinkedHashMap<>();

  static {
    add(
        "extraction",
        "ExtractionBenchmark",
        "main-text extraction F1 and speed on the trafilatura pages",
        "[FOLDER] [--threads N] [--misses]");
    add(
        "ner",
        "NerBenchmark",
        "entity F1 on CoNLL++ dev: the tagger path beside CoreNLP's default and lean NER, and"
            + " what annotate returns for the rebuilt documents beside CoreNLP lean alone; with"
            + " --lang de, German on GermEval 2014 dev through annotate beside CoreNLP's German"
            + " model alone, in tune and report halves",
        "[FILE] [--limit SENTENCES] [--annotate-only] [--lang de [--verbose]]");
    add(
        "throughput",
        "ThroughputBenchmark",
        "tokens/s of the whole pipeline against CoreNLP lean NER alone, on news articles and, with"
            + " --near-copies, copies of them with one paragraph changed",
        "[DIR] [--docs N] [--near-copies N] [--no-sentence-cache] [--threads N] [--rounds N]");
    add(
        "time",
        "TempEvalBenchmark",
        "time expression span and value F1 on TempEval-3 TBAQ",
        "[FOLDER] [--errors]");
    add(
        "quantities",
        "QuantityBenchmark",
        "pass rate on the Recognizers-Text and quantulum3 cases",
        "[BENCH_FOLDER]");
    add(
        "quotes",
        "PolnearBenchmark",
        "direct quote F1 and speaker accuracy on PolNeAR",
        "[FOLDER] [--split dev|train] [--corenlp] [--show N]");
    add(
        "events",
        "EventStats",
        "event counts by type and status over some articles",
        "[--list] [DIR]");
    add(
        "dates",
        "DatesBenchmark",
        "publication-date accuracy and F1 of annotate on htmldate's pages, beside htmldate",
        "[FOLDER] [--misses even|odd|all]");
    add("clustering", "ClusteringBenchmark", "story grouping B-cubed F1 on WikiRef", "[DIR]");
    add(
        "timeline",
        "TimelineBenchmark",
        "entity timelines, temporal-awareness F1 on SemEval-2015 Task 4 trial",
        "[FOLDER] [--out DIR]");
    add(
        "facts",
        "FactsBenchmark",
        "fact observations: recall, precision and non-observations taken, on the hand-read gold",
        "[GOLD.json] [--split tune|report|all] [--verbose] [--threads N]");
    add(
        "resolution",
        "ResolutionBenchmark",
        "resolution across documents at scale: articles/s and heap",
        "[--docs N] [--base FILE.jsonl] [--annotate N]");
    add(
        "incremental",
        "IncrementalBenchmark",
        "resolution kept in the store: cost per added article at two store sizes and their ratio"
            + " (by default 10,000 and 100,000 stored)",
        "[--docs N]... [--add N] [--batch N] [--data DIR] [--keep]");
  }

  private static void add(String name, String cls, String measures, String usage) {
    BENCHES.put(name, new Bench("org.sitrep.bench." + cls, measures, usage));
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
      Class.forName(b.mainClass())
          .getMethod("main", String[].class)
          .invoke(null, (Object) args.toArray(new String[0]));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      // Missing or unreadable benchmark data is the user's to fix: say so in one line. Anything
      // else is a bug.
      if (cause instanceof IOException || cause instanceof UncheckedIOException) {
        throw new UserError(
            "bench "
                + name
                + ": cannot read the benchmark data: "
                + cause.getMessage()
                + " (usage: sitrep bench "
                + name
                + " "
                + b.usage()
                + ")");
      }
      if (cause instanceof NumberFormatException
          || cause instanceof ArrayIndexOutOfBoundsException
          || cause instanceof IllegalArgumentException) {
        throw new UserError(
            "bench "
                + name
                + ": "
                + cause.getMessage()
                + " (usage: sitrep bench "
                + name
                + " "
                + b.usage()
                + ")");
      }
      if (cause instanceof Exception ex) throw ex;
      throw e;
    }
    return 0;
  }
}

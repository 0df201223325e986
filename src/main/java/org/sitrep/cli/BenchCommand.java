package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench NAME [ARGS]}: runs one of the quality or speed benchmarks over ../shared/bench. */
@Command(name = "bench", description = "Run a quality or speed benchmark over ../shared/bench.")
final class BenchCommand implements Callable<Integer> {
  /** Benchmark name to the main class that runs it; each takes its data folder as an optional argument. */
  static final Map<String, String> BENCHES = new LinkedHashMap<>();

  static {
    BENCHES.put("extraction", "org.sitrep.bench.ExtractionBenchmark");
    BENCHES.put("ner", "org.sitrep.bench.NerBenchmark");
    BENCHES.put("throughput", "org.sitrep.bench.ThroughputBenchmark");
    BENCHES.put("time", "org.sitrep.bench.TempEvalBenchmark");
    BENCHES.put("quantities", "org.sitrep.bench.QuantityBenchmark");
    BENCHES.put("quotes", "org.sitrep.bench.PolnearBenchmark");
    BENCHES.put("events", "org.sitrep.bench.EventStats");
    BENCHES.put("clustering", "org.sitrep.bench.ClusteringBenchmark");
    BENCHES.put("resolution", "org.sitrep.bench.ResolutionBenchmark");
  }

  @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class, description = "Which benchmark: ${COMPLETION-CANDIDATES}.")
  String name;

  @picocli.CommandLine.Unmatched
  List<String> args = new java.util.ArrayList<>();

  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return BENCHES.keySet().iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    String cls = BENCHES.get(name);
    if (cls == null) throw new UserError("no benchmark '" + name + "'; there are: " + String.join(", ", BENCHES.keySet()));
    Class.forName(cls).getMethod("main", String[].class).invoke(null, (Object) args.toArray(new String[0]));
    return 0;
  }
}

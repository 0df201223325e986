package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code sitrep bench} as the product knows it: a name in the command list. The benchmarks are a
 * module of their own (bench/, entry point {@code org.sitrep.bench.BenchCommand}) that the launcher
 * runs with its own classpath, so the product neither ships nor loads them; reached here, the
 * command says where they are.
 */
@Command(
    name = "bench",
    description =
        "Run a quality or speed benchmark over ../shared/bench; 'sitrep bench NAME --help'"
            + " says what NAME measures and takes.",
    footer = "The benchmarks are a module of their own (bench/), which ./sitrep builds and runs.")
final class BenchModuleCommand implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help; './sitrep bench --help' lists the benchmarks.")
  boolean help;

  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    throw new UserError(
        "the benchmarks are a module of their own (bench/): run them with ./sitrep bench "
            + String.join(" ", args)
            + ", which builds it on first use");
  }
}

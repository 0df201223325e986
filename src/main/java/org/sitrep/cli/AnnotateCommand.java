package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import org.sitrep.annotate.Pipelines;
import org.sitrep.json.ContractJson;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.ReadStats;
import org.sitrep.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep annotate PATH...}: one JSON object per document on stdout, in the annotate
 * contract.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "annotate",
    description =
        "Read articles and print one JSON object per document (JSON Lines, the annotate contract).")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, directories (walked) or - for stdin.")
  List<String> paths;

  @Option(names = "--threads", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems(p -> System.err.println("sitrep: " + p.line()));
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    AtomicLong written = new AtomicLong();
    ReadStats stats;
    LanguagePipelines pipelines = Pipelines.byLanguage();
    LanguageTally languages = new LanguageTally(pipelines);
    try (ProgressBar bar = Terminal.progress("annotate");
        OrderedRunner runner =
            new OrderedRunner(
                pipelines,
                threads,
                a -> {
                  languages.add(a);
                  try {
                    out.write(ContractJson.line(a));
                    out.write('\n');
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  written.incrementAndGet();
                  if (bar != null) bar.step();
                })) {
      stats = new Sources(problems).read(paths, runner::accept);
    }
    out.flush();
    System.err.println(RunSummary.of("annotated", written.get(), 0, stats, problems, languages));
    return written.get() == 0 ? 1 : 0;
  }
}

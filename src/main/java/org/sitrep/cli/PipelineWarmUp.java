package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.LanguagePipelines;

/**
 * Runs a short news report through the annotation pipeline a few times on the annotation threads
 * (nothing is stored), so that the annotators' busiest code is compiled by the JVM before the first
 * real articles arrive, not while a backlog is being annotated. The report is the one the server's
 * start-up uses.
 */
final class PipelineWarmUp {
  private PipelineWarmUp() {}

  /** The sample news report, kept with the server's resources. */
  static final String TEXT = "/org/sitrep/server/warm-up.txt";

  /** Runs of the sample per annotation thread. */
  static final int RUNS_PER_THREAD = 3;

  /**
   * Annotates the sample {@link #RUNS_PER_THREAD} times per thread on {@code pool} and waits for
   * them; returns how many runs ended. A sample that fails is said in one line and the rest go on.
   */
  static int run(LanguagePipelines pipelines, ExecutorService pool, int threads) {
    Document sample = sample();
    if (sample == null) return 0;
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < Math.max(1, threads) * RUNS_PER_THREAD; i++)
      runs.add(pool.submit(() -> pipelines.run(sample)));
    int done = 0;
    for (Future<?> f : runs) {
      try {
        f.get();
        done++;
      } catch (ExecutionException e) {
        System.err.println(
            "sitrep: warm-up: the sample article failed to annotate: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return done;
      }
    }
    return done;
  }

  /** The sample report as a document, or null when the build lacks it. */
  static Document sample() {
    String text;
    try (InputStream in = PipelineWarmUp.class.getResourceAsStream(TEXT)) {
      if (in == null) return null;
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null;
    }
    int cut = text.indexOf("\n\n");
    if (cut < 0) return null;
    return new Document(
        null,
        List.of(Source.file("warm-up.txt")),
        "Warm-up Wire",
        null,
        text.substring(0, cut),
        Published.stated("2026-03-14"),
        null,
        List.of(),
        text.substring(cut).strip());
  }
}

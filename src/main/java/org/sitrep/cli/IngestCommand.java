package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.report.Labels;
import org.sitrep.source.ReadStats;
import org.sitrep.source.Sources;
import org.sitrep.store.Ingested;
import org.sitrep.store.Resolution;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep ingest PATH...}: annotates articles and stores them; the same article twice is
 * stored once.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "ingest",
    description = "Read, annotate and store articles in the data directory.")
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin LockOptions lock;
  @Mixin WebhookOptions webhook;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, directories (walked) or - for stdin.")
  List<String> paths;

  @Option(names = "--threads", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--batch",
      description = "Documents per store transaction (default: ${DEFAULT-VALUE}).")
  int batch = 20;

  @Option(
      names = "--allow-private",
      description = "Also send webhooks to loopback, private, link-local and multicast addresses.")
  boolean allowPrivate;

  @Option(names = "--quiet", description = "Print only the summary, not a line per document.")
  boolean quiet;

  @Option(
      names = "--no-resolve",
      negatable = false,
      description = "Skip resolution across documents after storing.")
  boolean noResolve;

  @Override
  public Integer call() {
    Problems problems = new Problems(p -> System.err.println("sitrep: " + p.line()));
    AtomicLong fresh = new AtomicLong(), dups = new AtomicLong();
    List<Annotated> pending = new ArrayList<>();
    ReadStats stats;
    LanguagePipelines pipelines = Pipelines.byLanguage();
    LanguageTally languages = new LanguageTally(pipelines);
    try (Store store = data.openForWriting(lock, "ingest");
        // Registered before anything is stored, so the alerts this run raises are queued for it.
        org.sitrep.watch.Webhook hook = webhook.open(store, allowPrivate)) {
      if (store.reconciled().changedAnything() && store.count() > 0) {
        System.err.println("sitrep: search index repaired on open: " + store.reconciled());
      }
      Runnable flush =
          () -> {
            List<Ingested> done = Ingestion.put(store, pending);
            for (int i = 0; i < done.size(); i++) {
              Ingested in = done.get(i);
              if (in.isNew()) fresh.incrementAndGet();
              else dups.incrementAndGet();
              if (!quiet) System.out.println(Report.docLine(pending.get(i), in));
            }
            pending.clear();
          };
      try (ProgressBar bar = Terminal.progress("ingest");
          OrderedRunner runner =
              new OrderedRunner(
                  pipelines,
                  threads,
                  a -> {
                    languages.add(a);
                    pending.add(a);
                    if (pending.size() >= batch) flush.run();
                    if (bar != null) bar.step();
                  })) {
        // Ids met lately in this run: a repeat of one still being annotated is not stored yet.
        // Older
        // ones are, so the store answers for them; the bound keeps memory flat on any input.
        int recent = Math.max(10_000, 2 * (batch + 2 * threads));
        Set<String> seen =
            Collections.newSetFromMap(
                new LinkedHashMap<>() {
                  @Override
                  protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
                    return size() > recent;
                  }
                });
        stats =
            new Sources(problems)
                .read(
                    paths,
                    d -> {
                      // An article stored already (same normalised body, same id), or met earlier
                      // in this run, only adds its source: it is not annotated again.
                      if (!seen.add(d.id()) || !store.stored(List.of(d.id())).isEmpty()) {
                        runner.acceptDone(Annotated.of(d));
                      } else {
                        runner.accept(d);
                      }
                    });
      }
      flush.run();
      System.err.println(RunSummary.of("new", fresh.get(), dups.get(), stats, problems, languages));
      System.err.println(
          "sitrep: the store in "
              + data.data
              + " now holds "
              + Labels.count(store.count(), "document"));
      if (!noResolve) {
        // Adds the new documents (and any an interrupted run left) to the picture kept in the
        // store: the cost is theirs, whatever the store holds.
        Resolution r = Ingestion.updatePicture(store);
        if (r != null && !quiet && fresh.get() > 0)
          Report.situation(store.situation(), r, System.out);
      }
      deliver(hook);
    }
    return fresh.get() + dups.get() == 0 ? 1 : 0;
  }

  /**
   * Sends what the webhook's outbox holds, for up to half a minute; what is left waits in the store
   * for the next run with the same webhook.
   */
  static void deliver(org.sitrep.watch.Webhook hook) {
    if (hook == null) return;
    long left = hook.drain(java.time.Duration.ofSeconds(30));
    if (left > 0)
      System.err.println(
          "sitrep: webhook "
              + hook.url()
              + ": "
              + left
              + " alert(s) not delivered yet; kept in the store for the next run");
  }
}

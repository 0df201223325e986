package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.report.Labels;
import org.sitrep.store.Resolution;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code sitrep resolve}: redoes resolution across every stored document (ingest does it after each
 * run).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "resolve",
    description =
        "Resolve entities, stories, fact series, quote variants and framing across the store.")
final class ResolveCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin LockOptions lock;

  @Override
  public Integer call() {
    try (Store store = data.openForWriting(lock, "resolve")) {
      long t0 = System.nanoTime();
      Resolution s = store.resolveAll();
      System.err.printf(
          "sitrep: resolved %s in %.1f s: %s, %s, %s, %s%n",
          Labels.count(s.docs(), "document"),
          (System.nanoTime() - t0) / 1e9,
          Labels.count(s.entities(), "entity"),
          Labels.count(s.stories(), "story"),
          Labels.count(s.series(), "fact series", "fact series"),
          Labels.count(s.statements(), "statement"));
    }
    return 0;
  }
}

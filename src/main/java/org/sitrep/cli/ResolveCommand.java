package org.sitrep.cli;

import java.util.concurrent.Callable;
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
          "sitrep: resolved %d documents in %.1f s: %d entities, %d stories, %d fact series, %d statements%n",
          s.docs(),
          (System.nanoTime() - t0) / 1e9,
          s.entities(),
          s.stories(),
          s.series(),
          s.statements());
    }
    return 0;
  }
}

package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects problems met during a run and hands each to a listener as it happens (the CLI prints one
 * line each). Safe for several threads.
 */
public final class Problems {
  private final List<Problem> all = new ArrayList<>();
  private final Consumer<Problem> listener;

  public Problems(Consumer<Problem> listener) {
    this.listener = listener;
  }

  public static Problems silent() {
    return new Problems(p -> {});
  }

  public synchronized void report(Problem p) {
    all.add(p);
    listener.accept(p);
  }

  public void skip(String file, String where, String reason) {
    report(new Problem(file, where, reason, true));
  }

  public void warn(String file, String where, String reason) {
    report(new Problem(file, where, reason, false));
  }

  public synchronized List<Problem> all() {
    return List.copyOf(all);
  }

  public synchronized long skipped() {
    return all.stream().filter(Problem::skipped).count();
  }

  /** Skipped inputs counted by reason, for the end-of-run summary. */
  public synchronized Map<String, Integer> skippedByReason() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Problem p : all) if (p.skipped()) m.merge(p.reason(), 1, Integer::sum);
    return m;
  }
}

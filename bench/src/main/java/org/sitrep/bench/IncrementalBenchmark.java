package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.sitrep.model.Annotated;
import org.sitrep.store.Resolution;
import org.sitrep.store.Store;

/**
 * What keeping the picture across the store up to date costs as the store grows: for each size N a
 * store is filled with N synthetic articles ({@link SyntheticCorpus}, with wire copies and undated
 * articles among them) and resolved, then {@code --add} new articles are stored {@code --batch} at
 * a time and each batch is added to the resolution. Prints, per N, the resolution cost per added
 * article and the heap after a full GC, and as its last line the ratio of the cost at the largest N
 * to that at the smallest: 1 means a constant cost per article. Usage: {@code sitrep bench
 * incremental [--docs N]... [--add 1000] [--batch 10] [--data DIR] [--keep]}; without {@code
 * --docs}, N = 10,000 and 100,000.
 */
public final class IncrementalBenchmark {
  private IncrementalBenchmark() {}

  /** What one store size measured. */
  record Run(
      int docs,
      double fillSeconds,
      double resolveSeconds,
      double msPerAdded,
      double cpuMsPerAdded,
      long heapMb,
      Resolution picture) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int add = 1_000, batch = 10;
    Path data = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> sizes.add(Integer.parseInt(args[++i].replace("_", "").replace(",", "")));
        case "--add" -> add = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (sizes.isEmpty()) sizes = List.of(10_000, 100_000);
    if (add < 1 || batch < 1) throw new IllegalArgumentException("--add and --batch must be > 0");
    SyntheticCorpus corpus =
        new SyntheticCorpus(7, SyntheticCorpus.fillerFrom(Path.of("examples")));
    Path root = data != null ? data : Files.createTempDirectory("sitrep-incremental");
    List<Run> runs = new ArrayList<>();
    System.out.printf(
        "%10s %8s %10s %14s %14s %8s  %s%n",
        "stored", "fill s", "resolve s", "ms/added", "CPU ms/added", "heap MB", "picture");
    for (int n : sizes) {
      Path dir = root.resolve("n" + n);
      Run r = run(corpus, dir, n, add, batch);
      runs.add(r);
      System.out.printf(
          "%,10d %8.1f %10.1f %14.2f %14.2f %8d  %,d stories, %,d entities, %,d series, %,d"
              + " statements%n",
          r.docs(),
          r.fillSeconds(),
          r.resolveSeconds(),
          r.msPerAdded(),
          r.cpuMsPerAdded(),
          r.heapMb(),
          r.picture().stories(),
          r.picture().entities(),
          r.picture().series(),
          r.picture().statements());
      if (!keep) delete(dir);
    }
    if (data == null && !keep) Files.deleteIfExists(root);
    Run first = runs.get(0), last = runs.get(runs.size() - 1);
    // CPU time of the resolving thread (SQLite runs in it) is the cost; wall time swings with
    // whatever else the machine runs, so it is printed beside it.
    System.out.printf(
        "resolution per added article: %.2f ms CPU at %,d stored, %.2f ms CPU at %,d stored"
            + " (wall %.2f and %.2f ms, ratio %.2f): ratio %.2f%n",
        first.cpuMsPerAdded(),
        first.docs(),
        last.cpuMsPerAdded(),
        last.docs(),
        first.msPerAdded(),
        last.msPerAdded(),
        last.msPerAdded() / first.msPerAdded(),
        last.cpuMsPerAdded() / first.cpuMsPerAdded());
  }

  static Run run(SyntheticCorpus corpus, Path dir, int n, int add, int batch) throws IOException {
    delete(dir);
    SplittableRandom rnd = new SplittableRandom(n);
    try (Store store = Store.open(dir)) {
      long t0 = System.nanoTime();
      List<Annotated> pending = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        pending.add(corpus.mixed(rnd, i));
        if (pending.size() == 1_000) {
          store.putAll(pending);
          pending.clear();
        }
      }
      if (!pending.isEmpty()) store.putAll(pending);
      store.commitIndex();
      long t1 = System.nanoTime();
      store.resolvePending();
      long t2 = System.nanoTime();

      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long resolving = 0, cpu = 0;
      int added = 0;
      Resolution last = null;
      for (int i = n; i < n + add; i += batch) {
        List<Annotated> b = new ArrayList<>();
        for (int j = i; j < Math.min(n + add, i + batch); j++) b.add(corpus.mixed(rnd, j));
        store.putAll(b);
        long s = System.nanoTime(), sc = threads.getCurrentThreadCpuTime();
        last = store.resolvePending();
        cpu += threads.getCurrentThreadCpuTime() - sc;
        resolving += System.nanoTime() - s;
        added += last.added();
      }
      if (added != add) throw new IllegalStateException(added + " of " + add + " added");
      System.gc();
      long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
      return new Run(
          n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, resolving / 1e6 / add, cpu / 1e6 / add, heap, last);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}

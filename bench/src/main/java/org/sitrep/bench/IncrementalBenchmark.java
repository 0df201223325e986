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
 * articles among them) and resolved; then {@code --add} new articles are added to each store,
 * {@code --batch} at a time, each batch stored and then added to the resolution. The stores take
 * their new articles in turns, {@code --block} articles each, so that every size is timed in the
 * same stretch of the run (the machine's state and the compiled code drift over a run of minutes,
 * by as much as the growth being measured). Prints, per N, the resolution cost per added article,
 * then the heap after a full GC with every store open, and as its last line the ratio of the cost
 * at the largest N to that at the smallest: 1 means a constant cost per article. Usage: {@code
 * sitrep bench incremental [--docs N]... [--add 1000] [--batch 10] [--block 100] [--data DIR]
 * [--keep]}; without {@code --docs}, N = 10,000 and 100,000.
 */
public final class IncrementalBenchmark {
  private IncrementalBenchmark() {}

  /** A filled and resolved store, and what adding to it has cost so far. */
  static final class Sized implements AutoCloseable {
    final int docs;
    final Path dir;
    final Store store;
    final SplittableRandom rnd;
    double fillSeconds, resolveSeconds;
    long wallNs, cpuNs;
    int added;
    Resolution last;

    Sized(int docs, Path dir) throws IOException {
      this.docs = docs;
      this.dir = dir;
      delete(dir);
      this.store = Store.open(dir);
      this.rnd = new SplittableRandom(docs);
    }

    @Override
    public void close() {
      store.close();
    }
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int add = 1_000, batch = 10, block = 100;
    Path data = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> sizes.add(Integer.parseInt(args[++i].replace("_", "").replace(",", "")));
        case "--add" -> add = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--block" -> block = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (sizes.isEmpty()) sizes = List.of(10_000, 100_000);
    if (add < 1 || batch < 1 || block < 1)
      throw new IllegalArgumentException("--add, --batch and --block must be > 0");
    SyntheticCorpus corpus =
        new SyntheticCorpus(7, SyntheticCorpus.fillerFrom(Path.of("examples")));
    Path root = data != null ? data : Files.createTempDirectory("sitrep-incremental");
    List<Sized> stores = new ArrayList<>();
    try {
      for (int n : sizes) {
        Sized s = new Sized(n, root.resolve("n" + n));
        stores.add(s);
        fill(corpus, s);
      }
      addInTurns(corpus, stores, add, batch, block);
      System.out.printf(
          "%10s %8s %10s %14s %14s  %s%n",
          "stored", "fill s", "resolve s", "ms/added", "CPU ms/added", "picture");
      for (Sized s : stores) {
        if (s.added != add) throw new IllegalStateException(s.added + " of " + add + " added");
        System.out.printf(
            "%,10d %8.1f %10.1f %14.2f %14.2f  %,d stories, %,d entities, %,d series, %,d"
                + " statements%n",
            s.docs,
            s.fillSeconds,
            s.resolveSeconds,
            s.wallNs / 1e6 / add,
            s.cpuNs / 1e6 / add,
            s.last.stories(),
            s.last.entities(),
            s.last.series(),
            s.last.statements());
      }
      System.gc();
      long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
      System.out.printf("heap after GC with the %d stores open: %d MB%n", stores.size(), heap);
    } finally {
      for (Sized s : stores) {
        s.close();
        if (!keep) delete(s.dir);
      }
    }
    if (data == null && !keep) Files.deleteIfExists(root);
    Sized first = stores.get(0), last = stores.get(stores.size() - 1);
    // CPU time of the resolving thread (SQLite runs in it) is the cost; wall time swings with
    // whatever else the machine runs, so it is printed beside it.
    System.out.printf(
        "resolution per added article: %.2f ms CPU at %,d stored, %.2f ms CPU at %,d stored"
            + " (wall %.2f and %.2f ms, ratio %.2f): ratio %.2f%n",
        first.cpuNs / 1e6 / add,
        first.docs,
        last.cpuNs / 1e6 / add,
        last.docs,
        first.wallNs / 1e6 / add,
        last.wallNs / 1e6 / add,
        (double) last.wallNs / first.wallNs,
        (double) last.cpuNs / first.cpuNs);
  }

  /** Fills {@code s} with its N articles, a thousand per call, and resolves them. */
  static void fill(SyntheticCorpus corpus, Sized s) {
    long t0 = System.nanoTime();
    List<Annotated> pending = new ArrayList<>();
    for (int i = 0; i < s.docs; i++) {
      pending.add(corpus.mixed(s.rnd, i));
      if (pending.size() == 1_000) {
        s.store.putAll(pending);
        pending.clear();
      }
    }
    if (!pending.isEmpty()) s.store.putAll(pending);
    s.store.commitIndex();
    long t1 = System.nanoTime();
    s.store.resolvePending();
    s.fillSeconds = (t1 - t0) / 1e9;
    s.resolveSeconds = (System.nanoTime() - t1) / 1e9;
  }

  /**
   * Adds {@code add} new articles to each store, {@code batch} at a time, the stores taking turns
   * of {@code block} articles (in one order, then the other); times only the resolution.
   */
  static void addInTurns(
      SyntheticCorpus corpus, List<Sized> stores, int add, int batch, int block) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int done = 0, turn = 0; done < add; done += block, turn++) {
      List<Sized> order = new ArrayList<>(stores);
      if (turn % 2 == 1) java.util.Collections.reverse(order);
      for (Sized s : order) {
        for (int i = done; i < Math.min(add, done + block); i += batch) {
          List<Annotated> b = new ArrayList<>();
          for (int j = i; j < Math.min(Math.min(add, done + block), i + batch); j++)
            b.add(corpus.mixed(s.rnd, s.docs + j));
          s.store.putAll(b);
          long w = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
          s.last = s.store.resolvePending();
          s.cpuNs += threads.getCurrentThreadCpuTime() - c;
          s.wallNs += System.nanoTime() - w;
          s.added += s.last.added();
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}

package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.model.Annotated;
import org.sitrep.store.CrashCorpus;
import org.sitrep.store.Filters;
import org.sitrep.store.Ingested;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResult;
import org.sitrep.store.Store;

/**
 * Store throughput: put one document per transaction, put a batch of 100 in one, and search (with
 * facets and highlighting) over {@link #PRELOADED} generated articles of ~1 KB with 11 layer rows
 * each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class StoreBench {
  static final int PRELOADED = 5_000;

  private Path dir;
  private Store store;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("store-bench");
    store = Store.open(dir);
    List<Annotated> batch = new ArrayList<>();
    for (next = 0; store.count() < PRELOADED; next++) {
      batch.add(CrashCorpus.item(next));
      if (batch.size() == 500) {
        store.putAll(batch);
        batch.clear();
      }
    }
    store.putAll(batch);
    store.commitIndex();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    store.close();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** A new article each call; repeats in the corpus are skipped so every put is a NEW one. */
  private Annotated fresh() {
    if (CrashCorpus.isRepeat(next)) next++;
    return CrashCorpus.item(next++);
  }

  @Benchmark
  public Ingested putOne() {
    return store.put(fresh());
  }

  /** Ops/s here are batches/s: multiply by 100 for documents. */
  @Benchmark
  public List<Ingested> putBatchOf100() {
    List<Annotated> batch = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) batch.add(fresh());
    return store.putAll(batch);
  }

  @Benchmark
  public SearchResult searchTerms() {
    return store.search(SearchQuery.of("brigade Lithuania"));
  }

  @Benchmark
  public SearchResult searchPhraseFiltered() {
    return store.search(SearchQuery.of("\"minister said\"").with(Filters.NONE.withOutlet("LRT")));
  }
}

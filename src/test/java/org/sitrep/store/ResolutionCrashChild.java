package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;

/**
 * The process the resolution crash test kills: stores articles 0..n-1 of {@link #corpus}, {@code
 * batch} at a time, adds each batch to the resolution kept in the store, and prints "ok i" once the
 * batch ending with article i is resolved. With a fourth argument {@code picture} it does what a
 * server's POST does: each run's changes are applied to a picture kept in memory, which saves the
 * items it reads back into the store.
 */
public final class ResolutionCrashChild {
  private ResolutionCrashChild() {}

  /** Synthetic articles with wire copies, undated and back-filled ones; the same on every call. */
  static List<Annotated> corpus(int n) {
    SyntheticCorpus corpus =
        new SyntheticCorpus(5, SyntheticCorpus.fillerFrom(Path.of("examples")));
    SplittableRandom rnd = new SplittableRandom(17);
    List<Annotated> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(corpus.mixed(rnd, i));
    return out;
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    boolean picture = args.length > 3 && args[3].equals("picture");
    List<Annotated> corpus = corpus(n);
    try (Store store = Store.open(dir)) {
      org.sitrep.query.Situations x = new org.sitrep.query.Situations(store);
      if (picture) x.refresh();
      System.out.println("opened");
      for (int i = 0; i < n; i += batch) {
        store.putAll(corpus.subList(i, Math.min(n, i + batch)));
        Resolution r = store.resolvePending();
        if (picture) x.apply(r.changed());
        System.out.println("ok " + (Math.min(n, i + batch) - 1));
      }
    }
    System.out.println("done");
  }
}

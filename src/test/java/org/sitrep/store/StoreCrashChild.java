package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Annotated;

/**
 * The process the crash test kills: ingests items 0..n-1 of {@link CrashCorpus} into a store,
 * {@code batch} per transaction, and prints "ok i" once item i is committed, so the test knows what
 * must have survived.
 */
public final class StoreCrashChild {
  private StoreCrashChild() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    try (Store store = Store.open(dir)) {
      System.out.println("opened " + store.reconciled());
      List<Annotated> pending = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        pending.add(CrashCorpus.item(i));
        if (pending.size() == batch || i == n - 1) {
          store.putAll(pending);
          pending.clear();
          System.out.println("ok " + i);
        }
      }
    }
    System.out.println("done");
  }
}

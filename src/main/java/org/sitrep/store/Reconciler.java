package org.sitrep.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Brings a search index in line with the document store, which is the truth: indexes what the index
 * lacks and drops what no row backs. This is what lets the index commit lazily: whatever a crash
 * loses from it is found here.
 */
final class Reconciler {
  private Reconciler() {}

  static Reconciled reconcile(DocumentStore docs, SearchIndex index, boolean rebuilt) {
    Set<String> stored = docs.ids();
    Set<String> indexed = index.ids();
    Set<String> missing = new HashSet<>(stored);
    missing.removeAll(indexed);
    Set<String> orphans = new HashSet<>(indexed);
    orphans.removeAll(stored);
    orphans.forEach(index::delete);
    int[] added = {0};
    docs.searchables(
        missing,
        s -> {
          index.index(s);
          added[0]++;
        });
    if (added[0] > 0 || !orphans.isEmpty()) index.commit();
    return new Reconciled(added[0], orphans.size(), rebuilt);
  }
}

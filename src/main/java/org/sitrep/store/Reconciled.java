package org.sitrep.store;

/**
 * What bringing the search index in line with SQLite did on open: documents indexed because the
 * index lacked them (a run stopped before its index commit), entries removed because no row backs
 * them, and whether the index was rebuilt from nothing (absent, unreadable or of an older layout).
 */
public record Reconciled(int indexed, int removed, boolean rebuilt) {
  public boolean changedAnything() {
    return indexed > 0 || removed > 0 || rebuilt;
  }
}

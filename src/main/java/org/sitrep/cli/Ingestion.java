package org.sitrep.cli;

import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.store.Ingested;
import org.sitrep.store.Resolution;
import org.sitrep.store.Store;

/**
 * What every front end that adds articles does once they are annotated: store them, then add them
 * to the resolved picture kept in the store (entities, stories, fact series). {@code sitrep ingest}
 * stores in batches and updates the picture once at the end; {@code sitrep watch} calls {@link
 * #storeAndUpdate} for each batch it fetched. Either way the cost is that of the new documents,
 * whatever the store holds.
 */
final class Ingestion {
  /** What storing a batch did: each document's outcome, and the picture when it was updated. */
  record Stored(List<Ingested> outcomes, Resolution resolution) {
    long fresh() {
      return outcomes.stream().filter(Ingested::isNew).count();
    }
  }

  private Ingestion() {}

  /** Stores a batch in one transaction. */
  static List<Ingested> put(Store store, List<Annotated> docs) {
    return store.putAll(docs);
  }

  /**
   * Adds every stored document the picture does not include yet (the new ones, and any an
   * interrupted run left) to it; null when there was none.
   */
  static Resolution updatePicture(Store store) {
    return store.unresolved() > 0 ? store.resolvePending() : null;
  }

  /** Stores these annotated documents and brings the picture up to date. */
  static Stored storeAndUpdate(Store store, List<Annotated> docs) {
    List<Ingested> out = put(store, docs);
    return new Stored(out, updatePicture(store));
  }
}

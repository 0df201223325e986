package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.Situation;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;

/**
 * What every front end that adds articles does once they are annotated: store them, then bring the
 * resolved picture (entities, stories, fact series) up to date. {@code sitrep ingest} stores in
 * batches and updates the picture once at the end; {@code sitrep watch} calls {@link
 * #storeAndUpdate} for each batch it fetched.
 */
final class Ingestion {
  /** Up to this many stored documents, the picture is brought up to date by itself. */
  static final long AUTO_RESOLVE_MAX = 20_000;

  /** What storing a batch did: each document's outcome, and the picture when it was updated. */
  record Stored(List<Ingested> outcomes, Situation situation) {
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
   * Brings the resolved picture up to date after {@code fresh} new documents were stored; null when
   * nothing changed, or when the store is too large to resolve in passing (said on stderr, with the
   * command that does it).
   */
  static Situation updatePicture(Store store, long fresh, Path dataDir) {
    if (fresh == 0) return null;
    if (store.count() <= AUTO_RESOLVE_MAX) return store.resolveAll();
    // Resolution reads the whole store (about 200 documents/s on 2 cores): say so rather than
    // stall the run.
    System.err.printf(
        "sitrep: %d documents stored; run 'sitrep resolve --data %s' to update entities, stories and"
            + " facts (about %d min)%n",
        store.count(), dataDir, Math.max(1, store.count() / 200 / 60));
    return null;
  }

  /** Stores these annotated documents and brings the picture up to date. */
  static Stored storeAndUpdate(Store store, List<Annotated> docs, Path dataDir) {
    List<Ingested> out = put(store, docs);
    long fresh = out.stream().filter(Ingested::isNew).count();
    return new Stored(out, updatePicture(store, fresh, dataDir));
  }
}

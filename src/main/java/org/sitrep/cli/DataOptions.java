package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.query.Situations;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads or writes the store. */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  /** The data directory opened for questions (every read-only command). */
  Situations query() {
    try {
      return Situations.open(data);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** The store itself, for the commands that write it (ingest, resolve). */
  Store open() {
    try {
      return Store.open(data);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }
}

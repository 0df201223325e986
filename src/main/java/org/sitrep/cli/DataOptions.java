package org.sitrep.cli;

import java.nio.file.Path;
import java.time.Duration;
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

  /**
   * The data directory opened for questions (every read-only command): works while another process
   * writes it.
   */
  Situations query() {
    try {
      return Situations.open(data);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }

  /**
   * Opens the store to read: works while another process (a server, an ingest) writes the same
   * directory, and sees what that process had committed.
   */
  Store open() {
    try {
      return Store.openReader(data);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }

  /**
   * Opens the store to write, waiting up to {@code lock.wait} seconds, with one line on stderr, for
   * the process that writes it now.
   */
  Store openForWriting(LockOptions lock, String command) {
    try {
      return Store.openWriter(
          data,
          "sitrep " + command,
          Duration.ofSeconds(Math.max(0, lock.waitSeconds)),
          line ->
              System.err.println(
                  "sitrep: "
                      + line
                      + "; --lock-wait SECONDS to change, or send the articles to the server's API"
                      + " (POST /api/documents)"));
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    }
  }
}

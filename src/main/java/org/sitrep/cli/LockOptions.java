package org.sitrep.cli;

import picocli.CommandLine.Option;

/**
 * {@code --lock-wait SECONDS}, for commands that write the store: one process writes a data
 * directory at a time, and the next waits this long for it.
 */
final class LockOptions {
  @Option(
      names = "--lock-wait",
      paramLabel = "SECONDS",
      description =
          "How long to wait for another process writing the same data directory (a server, an"
              + " ingest) to finish; 0 gives up at once (default: ${DEFAULT-VALUE}).")
  long waitSeconds = 600;
}

package org.sitrep.store;

/**
 * The data directory could not be read or written (I/O or SQLite failure, a newer schema, a
 * directory in use by another process). The message names the directory and says what failed, on
 * one line.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}

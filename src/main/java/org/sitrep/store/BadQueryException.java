package org.sitrep.store;

/**
 * A search string the query parser rejects. The message is one line meant for the user (the CLI
 * prints it without a stack trace); {@link #query()} is the string as given.
 */
public final class BadQueryException extends RuntimeException {
  private final String query;

  public BadQueryException(String query, String reason, Throwable cause) {
    super("bad search query '" + query + "': " + reason, cause);
    this.query = query;
  }

  public String query() {
    return query;
  }
}

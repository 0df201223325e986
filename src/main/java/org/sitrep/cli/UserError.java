package org.sitrep.cli;

/**
 * A mistake of the user's (a bad path, an unknown id, a bad query): printed as one line, no stack
 * trace.
 */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}

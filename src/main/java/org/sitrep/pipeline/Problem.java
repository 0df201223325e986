package org.sitrep.pipeline;

/**
 * One input that could not be read, or could be read only in part: the file, where in it (a byte
 * offset, a line or record number, or null), and why, in words a user understands. {@code skipped}
 * tells whether the input was dropped or read with the problem noted.
 */
public record Problem(String file, String where, String reason, boolean skipped) {
  /** The one-line form printed to the user. */
  public String line() {
    return file
        + (where == null ? "" : " @" + where)
        + ": "
        + reason
        + (skipped ? " (skipped)" : "");
  }
}

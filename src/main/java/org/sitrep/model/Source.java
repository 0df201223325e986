package org.sitrep.model;

/**
 * Where a document came from. {@code path} is the file (or "-" for stdin), {@code url} the page
 * address when known, {@code recordId} the caller's own id for a JSON Lines record, {@code offset}
 * the byte or line offset inside the file (a WARC record's offset, a JSONL line number), or -1.
 */
public record Source(String path, String url, String recordId, long offset) {
  public static Source file(String path) {
    return new Source(path, null, null, -1);
  }
}

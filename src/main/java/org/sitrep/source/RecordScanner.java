package org.sitrep.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds where the next WARC record may start after damage: a line beginning with "WARC/" in a plain
 * WARC, or a gzip member header (1f 8b 08) in a WARC.gz, whose records are one member each. A false
 * candidate only costs one more failed attempt.
 */
final class RecordScanner {
  private final StreamOpener opener;
  private final byte[] pattern;
  private final int lead;

  private RecordScanner(StreamOpener opener, byte[] pattern, int lead) {
    this.opener = opener;
    this.pattern = pattern;
    this.lead = lead;
  }

  static RecordScanner of(StreamOpener opener) throws IOException {
    byte[] magic;
    try (InputStream in = opener.openAt(0)) {
      magic = in.readNBytes(2);
    }
    boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    return gzip
        ? new RecordScanner(opener, new byte[] {0x1F, (byte) 0x8B, 0x08}, 0)
        : new RecordScanner(
            opener, "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1);
  }

  /** The offset of the first candidate at or after {@code from}, or -1. */
  long next(long from) throws IOException {
    long start = Math.max(0, from - lead);
    try (InputStream in = new BufferedInputStream(opener.openAt(start), 64 * 1024)) {
      // Naive matching is enough: the patterns have no repeated prefix.
      int matched = 0;
      long pos = start;
      for (int b; (b = in.read()) >= 0; pos++) {
        if (b == (pattern[matched] & 0xFF)) matched++;
        else matched = b == (pattern[0] & 0xFF) ? 1 : 0;
        if (matched == pattern.length) {
          long candidate = pos - pattern.length + 1 + lead;
          if (candidate >= from) return candidate;
          matched = 0;
        }
      }
    }
    return -1;
  }
}

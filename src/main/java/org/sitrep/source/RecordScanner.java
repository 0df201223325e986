package org.sitrep.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Finds where the next WARC record may start after damage: a line beginning with "WARC/" in a plain WARC, or a gzip
 * member header (1f 8b 08) in a WARC.gz, whose records are one member each. A false candidate only costs one more
 * failed attempt.
 */
final class RecordScanner {
  private final Path path;
  private final byte[] pattern;
  private final int lead;

  private RecordScanner(Path path, byte[] pattern, int lead) {
    this.path = path;
    this.pattern = pattern;
    this.lead = lead;
  }

  static RecordScanner of(Path path) throws IOException {
    byte[] magic;
    try (InputStream in = Channels.newInputStream(FileChannel.open(path))) {
      magic = in.readNBytes(2);
    }
    boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    return gzip
        ? new RecordScanner(path, new byte[] {0x1F, (byte) 0x8B, 0x08}, 0)
        : new RecordScanner(path, "\nWARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1);
  }

  /** The offset of the first candidate at or after {@code from}, or -1. */
  long next(long from) throws IOException {
    long start = Math.max(0, from - lead);
    try (FileChannel ch = FileChannel.open(path)) {
      ch.position(start);
      InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 64 * 1024);
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

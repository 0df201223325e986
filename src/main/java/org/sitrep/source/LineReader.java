package org.sitrep.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines as bytes, never holding more than the limit: an over-long line is skipped to its end
 * and flagged.
 */
final class LineReader {
  record Line(long number, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final long max;
  private long number;

  LineReader(InputStream in, SourceLimits limits) {
    this.in = in;
    this.max = limits.maxDocumentBytes();
  }

  /** The next line without its terminator, or null at the end of the input. */
  Line next() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (buf.size() < max) buf.write(b);
      else tooLong = true;
    }
    if (b < 0 && buf.size() == 0 && !tooLong) return null;
    number++;
    if (tooLong) return new Line(number, new byte[0], true);
    byte[] bytes = buf.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') bytes = java.util.Arrays.copyOf(bytes, n - 1);
    return new Line(number, bytes, false);
  }
}

package org.sitrep.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Neutralises terminal control codes in UTF-8 output: article text (a title, a file name) must not
 * clear, recolour or retitle the user's terminal. C0 controls other than tab, line feed and
 * carriage return, DEL, and the C1 controls (U+0080 to U+009F, which some terminals obey as escape
 * sequences) each become U+FFFD. Everything else passes through byte for byte.
 */
final class ControlFilter extends FilterOutputStream {
  private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);
  private boolean pendingC2;

  ControlFilter(OutputStream out) {
    super(out);
  }

  /** A UTF-8 print stream over {@code out} that neutralises control codes. */
  static PrintStream wrap(OutputStream out) {
    return new PrintStream(new ControlFilter(out), true, StandardCharsets.UTF_8);
  }

  /** The same over a file descriptor (stdout, stderr), buffered. */
  static PrintStream wrap(java.io.FileDescriptor fd) {
    return wrap(new java.io.BufferedOutputStream(new java.io.FileOutputStream(fd), 1 << 16));
  }

  @Override
  public void write(int b) throws IOException {
    b &= 0xFF;
    if (pendingC2) {
      pendingC2 = false;
      if (b >= 0x80 && b <= 0x9F) {
        out.write(REPLACEMENT);
        return;
      }
      out.write(0xC2);
    }
    if (b == 0xC2) {
      pendingC2 = true;
      return;
    }
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) out.write(REPLACEMENT);
    else out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) write(b[i]);
  }

  // A lead byte held back at a flush stays held: the next write completes it.
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingC2) {
      pendingC2 = false;
      out.write(0xC2);
    }
    super.close();
  }
}

package org.sitrep.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Bounded reads, so that no input can make a reader hold more than the limit in memory. */
final class Bytes {
  private Bytes() {}

  static byte[] readAll(InputStream in, SourceLimits limits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long max = limits.maxDocumentBytes();
    for (int n; (n = in.read(buf)) > 0; ) {
      if (out.size() + (long) n > max) throw new TooLargeException(limits);
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes)
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') return false;
    return true;
  }

  /**
   * The number of NUL bytes, 0 for UTF-16 text (marked by its byte-order mark), where NULs belong.
   */
  static int strayNuls(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) return 0;
    int n = 0;
    for (byte b : bytes) if (b == 0) n++;
    return n;
  }

  /** The bytes without their NULs. */
  static byte[] withoutNuls(byte[] bytes, int nuls) {
    byte[] out = new byte[bytes.length - nuls];
    int j = 0;
    for (byte b : bytes) if (b != 0) out[j++] = b;
    return out;
  }
}

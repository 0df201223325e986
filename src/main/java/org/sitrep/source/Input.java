package org.sitrep.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * One opened input: a file or stdin, with its first bytes (decompressed when gzipped) available for
 * sniffing before any reader consumes it. Gzip is recognised by its magic bytes, whatever the file
 * is called.
 */
final class Input implements AutoCloseable {
  private static final int HEAD = 8 * 1024;
  // Enough to re-read the compressed bytes behind HEAD decompressed bytes, even for incompressible
  // data.
  private static final int MARK = 1 << 20;
  private static final int MAX_GZIP_DEPTH = 4;

  private final String name;
  private final StreamOpener opener;
  private final BufferedInputStream raw;
  private final boolean gzip;
  private final byte[] head;
  private final IOException headFailure;

  private Input(String name, StreamOpener opener, InputStream stream) throws IOException {
    this.name = name;
    this.opener = opener;
    this.raw = new BufferedInputStream(stream, 64 * 1024);
    raw.mark(MARK);
    byte[] magic = raw.readNBytes(2);
    gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
    raw.reset();
    byte[] peeked;
    IOException failure = null;
    if (gzip) {
      byte[] buf = new byte[HEAD];
      int n = 0;
      try {
        InputStream unzipped = gunzip(new Unclosable(raw), 64 * 1024);
        for (int r; n < HEAD && (r = unzipped.read(buf, n, HEAD - n)) > 0; ) n += r;
      } catch (IOException e) {
        failure =
            e; // a truncated or corrupt gzip: the full read reports it, with what was read so far
      }
      peeked = Arrays.copyOf(buf, n);
    } else {
      peeked = raw.readNBytes(HEAD);
    }
    raw.reset();
    this.head = peeked;
    this.headFailure = failure;
  }

  static Input open(Path path) throws IOException {
    return open(
        path.toString(),
        offset -> {
          FileChannel ch = FileChannel.open(path);
          try {
            return Channels.newInputStream(ch.position(offset));
          } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
          }
        });
  }

  /**
   * An input that can be opened again at any offset: a file, here or in a distributed file system.
   */
  static Input open(String name, StreamOpener opener) throws IOException {
    InputStream s = opener.openAt(0);
    try {
      return new Input(name, opener, s);
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** An input over a stream the caller owns (stdin): closing the input leaves the stream open. */
  static Input of(String name, InputStream stream) throws IOException {
    return new Input(name, null, new Unclosable(stream));
  }

  String name() {
    return name;
  }

  /** Opens the input again at an offset; null for a stream that can be read only once (stdin). */
  StreamOpener opener() {
    return opener;
  }

  boolean gzip() {
    return gzip;
  }

  /** Up to the first 8 KiB of content, decompressed. */
  byte[] head() {
    return head;
  }

  /** Why the first bytes could not be decompressed, or null. */
  IOException headFailure() {
    return headFailure;
  }

  /** The content from its start, decompressed; call once. */
  InputStream content() throws IOException {
    return gzip ? gunzip(raw, 64 * 1024) : raw;
  }

  /**
   * Decompresses a gzip stream, and again while what comes out is itself gzip (a gzipped file
   * served with gzip content-encoding and saved as is), up to {@link #MAX_GZIP_DEPTH} layers.
   */
  static InputStream gunzip(InputStream gz, int buffer) throws IOException {
    InputStream in = new GZIPInputStream(gz, buffer);
    for (int depth = 1; depth < MAX_GZIP_DEPTH; depth++) {
      BufferedInputStream b = new BufferedInputStream(in, buffer);
      b.mark(2);
      byte[] magic = b.readNBytes(2);
      b.reset();
      if (magic.length < 2 || (magic[0] & 0xFF) != 0x1F || (magic[1] & 0xFF) != 0x8B) return b;
      in = new GZIPInputStream(b, buffer);
    }
    return in;
  }

  /** The bytes as stored, from the start; call once, instead of {@link #content()}. */
  InputStream raw() {
    return raw;
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }

  /** Lets the sniffing GZIPInputStream be dropped without closing the file under it. */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}

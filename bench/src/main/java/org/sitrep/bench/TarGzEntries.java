package org.sitrep.bench;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive into memory. Enough of ustar, pax and
 * GNU long names for benchmark archives; written here because the build carries no archive library.
 */
public final class TarGzEntries {
  private static final int BLOCK = 512;

  private TarGzEntries() {}

  /** Path inside the archive to file content, in archive order. */
  public static Map<String, byte[]> read(Path archive) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(archive);
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
      byte[] header = new byte[BLOCK];
      String longName = null;
      long offset = 0;
      while (true) {
        try {
          in.readFully(header);
        } catch (EOFException e) {
          break;
        }
        if (isZero(header)) break;
        long size = parseOctal(header, 124, 12, archive, offset);
        char type = (char) header[156];
        byte[] data = new byte[Math.toIntExact(size)];
        in.readFully(data);
        skipPadding(in, size);
        offset += BLOCK + size + padding(size);
        switch (type) {
          case 'x' -> longName = paxPath(data, longName);
          case 'L' -> longName = cString(data, 0, data.length);
          case '0', '\0' -> {
            String name = longName != null ? longName : ustarName(header);
            files.put(name, data);
            longName = null;
          }
          default -> longName = null; // directories, links, global pax headers
        }
      }
    }
    return files;
  }

  private static String ustarName(byte[] h) {
    String name = cString(h, 0, 100);
    boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    String prefix = ustar ? cString(h, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String paxPath(byte[] data, String fallback) {
    String text = new String(data, StandardCharsets.UTF_8);
    for (String record : text.split("\n")) {
      int space = record.indexOf(' ');
      int eq = record.indexOf('=');
      if (space > 0 && eq > space && record.substring(space + 1, eq).equals("path"))
        return record.substring(eq + 1);
    }
    return fallback;
  }

  private static String cString(byte[] b, int from, int len) {
    int end = from;
    while (end < from + len && b[end] != 0) end++;
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }

  private static long parseOctal(byte[] b, int from, int len, Path archive, long offset)
      throws IOException {
    long v = 0;
    for (int i = from; i < from + len; i++) {
      byte c = b[i];
      if (c == 0 || c == ' ') continue;
      if (c < '0' || c > '7')
        throw new IOException(archive + ": bad tar size field at byte " + offset);
      v = v * 8 + (c - '0');
    }
    return v;
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static void skipPadding(DataInputStream in, long size) throws IOException {
    in.readFully(new byte[(int) padding(size)]);
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) if (x != 0) return false;
    return true;
  }
}

package org.sitrep.resolve.fact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable, URL-safe id for a fact series: its key hashed, so that subjects with slashes or spaces
 * fit in a path.
 */
public final class SeriesIds {
  private SeriesIds() {}

  public static String of(SeriesKey k) {
    String text = k.subject() + "\u0000" + k.measure() + "\u0000" + k.place();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

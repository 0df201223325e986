package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A cleaned article: its main text ({@code body}) and what is known about it. Every character
 * offset in Sitrep points into {@code body}. The {@code id} is a hash of the normalised body, so
 * the same article read from two sources has one id.
 */
public record Document(
    String id,
    List<Source> sources,
    String outlet,
    String label,
    String title,
    Published published,
    String language,
    List<String> headings,
    String body) {

  public Document {
    if (body == null) throw new IllegalArgumentException("body is required");
    if (published == null) published = Published.UNKNOWN;
    sources = List.copyOf(sources);
    headings = List.copyOf(headings);
    if (id == null) id = idOf(body);
  }

  /** A document whose id is derived from its body. */
  public static Document of(
      Source source,
      String outlet,
      String label,
      String title,
      Published published,
      String language,
      List<String> headings,
      String body) {
    return new Document(
        null, List.of(source), outlet, label, title, published, language, headings, body);
  }

  public Source source() {
    return sources.get(0);
  }

  public Document withSources(List<Source> newSources) {
    return new Document(id, newSources, outlet, label, title, published, language, headings, body);
  }

  /**
   * The id of a body: the first 16 hex digits of SHA-256 over the body with Unicode compatibility
   * folding, case folding and all white space collapsed, so that reflowed or re-encoded copies of
   * one article share an id.
   */
  public static String idOf(String body) {
    String norm = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    norm = norm.replaceAll("[\\s\\u00a0]+", " ").strip();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

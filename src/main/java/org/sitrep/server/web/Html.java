package org.sitrep.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds HTML where every value is escaped on the way in: article text is untrusted, so {@link
 * #text} and {@link #attr} are the only ways a value reaches a page. Markup comes from string
 * constants in page code.
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  /** Escapes text for element content and quoted attribute values alike. */
  public static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Encodes a value for a URL query or path segment. */
  public static String url(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A search snippet from the store: already escaped with matches in {@code <b>}. Kept as is only
   * when nothing but those tags is markup; anything else is escaped again, so a store bug cannot
   * open a hole.
   */
  public static String snippet(String s) {
    if (s == null) return "";
    String bare = s.replace("<b>", "").replace("</b>", "");
    return bare.indexOf('<') >= 0 || bare.indexOf('>') >= 0 || bare.indexOf('"') >= 0 ? esc(s) : s;
  }

  /** Appends trusted markup: a constant from page code, never a value. */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends an escaped value. */
  public Html text(String value) {
    out.append(esc(value));
    return this;
  }

  public Html text(long value) {
    out.append(value);
    return this;
  }

  /** Appends {@code name="value"} with the value escaped. */
  public Html attr(String name, String value) {
    out.append(' ').append(name).append("=\"").append(esc(value)).append('"');
    return this;
  }

  /** Appends a link whose address and label are both values. */
  public Html link(String href, String label) {
    return raw("<a").attr("href", href).raw(">").text(label).raw("</a>");
  }

  /** Appends {@code <tag>value</tag>}. */
  public Html el(String tag, String value) {
    return raw("<" + tag + ">").text(value).raw("</" + tag + ">");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

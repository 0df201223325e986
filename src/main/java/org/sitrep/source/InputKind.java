package org.sitrep.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What an input holds, decided from its name and, when the name does not tell, its first bytes. */
enum InputKind {
  TEXT,
  HTML,
  XML_FEED,
  JSON_FEED,
  JSON_LINES,
  WARC,
  BINARY;

  static InputKind of(String name, byte[] head) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|gzip)$", "");
    String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
    // JSON may escape slashes: "https:\/\/jsonfeed.org\/version\/1" is how some publishers write
    // the version.
    String lower = start.toLowerCase(Locale.ROOT).replace("\\/", "/");
    if (n.endsWith(".warc") || n.endsWith(".arc") || start.startsWith("WARC/")) return WARC;
    if (looksBinary(head)) return BINARY;
    String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
    switch (ext) {
      case "html", "htm", "xhtml", "shtml":
        return HTML;
      case "txt", "text":
        return TEXT;
      case "jsonl", "ndjson":
        return JSON_LINES;
      case "json":
        return lower.contains("jsonfeed.org/version") ? JSON_FEED : JSON_LINES;
      case "rss", "atom", "rdf", "xml":
        return XML_FEED;
      default:
        break;
    }
    String trimmed = lower.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
    if (trimmed.startsWith("{"))
      return lower.contains("jsonfeed.org/version") ? JSON_FEED : JSON_LINES;
    if (trimmed.startsWith("<")) {
      boolean feed =
          lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf");
      if (!lower.contains("<html") && (feed || trimmed.startsWith("<?xml"))) return XML_FEED;
      return HTML;
    }
    if (lower.contains("<html") || lower.contains("<body")) return HTML;
    return TEXT;
  }

  /**
   * Many NUL bytes or control characters mean binary; a stray NUL or two in readable text does not
   * (the reader drops them and says so). UTF-16 has NULs too, so a UTF-16 byte-order mark says
   * text.
   */
  static boolean looksBinary(byte[] head) {
    if (head.length >= 2
        && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      return false;
    }
    int control = 0, nul = 0;
    for (byte b : head) {
      if (b == 0) nul++;
      else if ((b >= 1 && b < 9) || (b > 13 && b < 32 && b != 27) || b == 127) control++;
    }
    return nul * 100 > head.length || nul > 64 || (control + nul) * 20 > head.length;
  }
}

package org.sitrep.clean.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes raw page bytes. Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares,
 * because a wrong declaration (latin-1 header on a UTF-8 page) is the common failure and valid
 * UTF-8 by accident is rare; otherwise the declared charset, otherwise windows-1252, which decodes
 * every byte.
 */
public final class HtmlBytes {
  private static final Pattern DECLARED =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 8192;

  private HtmlBytes() {}

  public static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF)
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    // the JDK's String constructor is several times faster than a reporting decoder; only a
    // replacement
    // character in its output needs the strict check, as it may stand for an invalid byte or be in
    // the page
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return fast;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, declared(bytes));
    }
  }

  private static Charset declared(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // browsers read latin-1 declarations as windows-1252 (WHATWG encoding standard)
      if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii"))
        name = "windows-1252";
      try {
        if (Charset.isSupported(name) && !name.startsWith("utf-8") && !name.equals("utf8"))
          return Charset.forName(name);
      } catch (IllegalArgumentException unknown) {
        // fall through to the default
      }
    }
    return Charset.forName("windows-1252");
  }
}

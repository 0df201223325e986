package org.sitrep.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes to text: a byte-order mark wins, then the charset the caller found (an HTML meta
 * tag, an HTTP header), then UTF-8. Malformed bytes become U+FFFD and are counted, so that the
 * reader can warn once with the first offset.
 */
final class TextDecoder {
  /**
   * The text, how many malformed byte sequences were replaced, and the byte offset of the first (or
   * -1).
   */
  record Decoded(String text, int replaced, long firstBadOffset, Charset charset) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, Charset declared) {
    Decoded d = decodeAs(bytes, declared);
    // Undeclared text that is not UTF-8 is most often the web's legacy default, as browsers assume.
    if (declared == null
        && d.charset().equals(StandardCharsets.UTF_8)
        && d.replaced() > 0
        && validMultibyte(d) < d.replaced()) {
      Decoded legacy = decodeAs(bytes, WINDOWS_1252);
      if (legacy.replaced() < d.replaced()) return legacy;
    }
    return d;
  }

  /**
   * How many characters beyond ASCII decoded well: UTF-8 text with a damaged byte still has many,
   * legacy text read as UTF-8 has none, since its accented letters are the malformed bytes.
   */
  private static int validMultibyte(Decoded d) {
    int n = 0;
    String t = d.text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate(c)) n++;
    }
    return n;
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static Decoded decodeAs(byte[] bytes, Charset declared) {
    int skip = 0;
    Charset cs = declared == null ? StandardCharsets.UTF_8 : declared;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) dec.maxCharsPerByte()) + 16);
    int replaced = 0;
    long first = -1;
    while (true) {
      CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isError()) {
        if (first < 0) first = in.position();
        replaced++;
        out.put('\uFFFD');
        in.position(in.position() + r.length());
      } else if (r.isOverflow()) {
        out = grow(out);
      } else {
        break;
      }
    }
    dec.flush(out);
    out.flip();
    return new Decoded(out.toString(), replaced, first, cs);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    return bigger.put(out);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  /**
   * Decodes, and warns once about replaced bytes (at the first bad byte, or at {@code where}) if
   * the document is read after all; a document skipped for another reason gets only that problem.
   */
  static String decodeReporting(byte[] bytes, Charset declared, Sink sink, String where) {
    Decoded d = decode(bytes, declared);
    if (declared == null && d.charset().equals(WINDOWS_1252))
      sink.warnUnlessSkipped(
          where == null ? "byte 0" : where,
          "not valid UTF-8 and no charset declared: read as windows-1252");
    if (d.replaced() > 0) {
      String at = where == null ? "byte " + d.firstBadOffset() : where;
      String what = d.replaced() + " malformed byte sequence(s) replaced with U+FFFD";
      sink.warnUnlessSkipped(at, "invalid " + d.charset().name() + ": " + what);
    }
    return d.text();
  }
}

package org.sitrep.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.Extracted;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.LanguageGuesser;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * HTML pages, from files or WARC records: the page extractor finds the main text, title, date and
 * headings.
 */
final class HtmlPages {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  private final HtmlExtractor extractor;

  HtmlPages(HtmlExtractor extractor) {
    this.extractor = extractor;
  }

  /** Reads a whole HTML file. */
  void read(byte[] bytes, Sink sink) {
    String html = TextDecoder.decodeReporting(bytes, declaredCharset(bytes, null), sink, null);
    Document d = toDocument(html, null, Source.file(sink.file()), Published.UNKNOWN);
    if (d == null) sink.skip(null, "no article text found in the page");
    else sink.emit(d);
  }

  /**
   * The page as a document, or null when it has no main text. {@code fallback} is the date to use
   * when the page states none (a WARC capture date).
   */
  Document toDocument(String html, String url, Source source, Published fallback) {
    Extracted x = extractor.extract(html, url);
    if (x == null || x.body() == null || x.body().isBlank()) return null;
    Published published = x.published() != null ? published(x) : fallback;
    String language = x.language() != null ? x.language() : LanguageGuesser.guess(x.body());
    return Document.of(
        source,
        x.outlet(),
        x.label(),
        blankToNull(x.title()),
        published,
        language,
        x.headings(),
        x.body());
  }

  /**
   * A date the page states in its markup is stated; one read from what the page shows (a byline, a
   * labelled date, the URL, the page's text) is inferred. Both keep the evidence they were read
   * from.
   */
  static Published published(Extracted x) {
    Published.How how =
        x.publishedHow() == Published.How.INFERRED ? Published.How.INFERRED : Published.How.STATED;
    return new Published(x.published(), how, x.publishedEvidence());
  }

  /**
   * The charset named by the HTTP header, else by a meta tag in the first 4 KiB, else null (UTF-8
   * is assumed).
   */
  static Charset declaredCharset(byte[] bytes, String headerCharset) {
    String name = headerCharset;
    if (name == null) {
      Matcher m =
          META_CHARSET.matcher(
              new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      if (m.find()) name = m.group(1);
    }
    if (name == null) return null;
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown charset name: UTF-8 with replacement, and the decoder warns if that
      // was wrong
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

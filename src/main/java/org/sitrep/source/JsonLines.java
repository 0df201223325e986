package org.sitrep.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.sitrep.clean.Extracted;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.LanguageGuesser;
import org.sitrep.clean.TextArticleCleaner;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * JSON Lines, one article per line: {@code {id?, url?, outlet?, title?, published?, label?,
 * language?, text | html}}. Fields the record gives win over anything inferred from its text;
 * {@code id} and {@code url} go into the document's {@link Source} with the line number (from 1) as
 * offset. A bad line is reported and the next one read.
 */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TextArticleCleaner cleaner;
  private final HtmlExtractor extractor;
  private final SourceLimits limits;

  JsonLines(TextArticleCleaner cleaner, HtmlExtractor extractor, SourceLimits limits) {
    this.cleaner = cleaner;
    this.extractor = extractor;
    this.limits = limits;
  }

  void read(InputStream in, Sink sink) throws IOException {
    LineReader lines = new LineReader(in, limits);
    boolean seenRecord = false;
    for (LineReader.Line line; (line = lines.next()) != null; ) {
      String where = "line " + line.number();
      if (line.tooLong()) {
        sink.skip(where, "line longer than the " + limits.describe() + " limit for one document");
        continue;
      }
      if (Bytes.isBlank(line.bytes())) continue;
      String json =
          TextDecoder.decodeReporting(
              line.bytes(), java.nio.charset.StandardCharsets.UTF_8, sink, where);
      JsonNode record = parse(json);
      if (record == null || !record.isObject()) {
        if (!seenRecord) {
          // A first line that is no JSON object means the file is not JSON Lines (pretty-printed
          // JSON, an array):
          // one problem for the file, not one per line.
          sink.skip(where, "not JSON Lines: the first record is not a one-line JSON object");
          return;
        }
        sink.skip(where, record == null ? "malformed JSON" : "not a JSON object");
        continue;
      }
      seenRecord = true;
      Document d = toDocument(record, sink, where, line.number());
      if (d != null) sink.emit(d);
    }
  }

  /** The parsed line, or null when it is not JSON. */
  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private Document toDocument(JsonNode r, Sink sink, String where, long lineNumber) {
    String text = JsonFeeds.text(r, "text"),
        html = JsonFeeds.text(r, "html"),
        url = JsonFeeds.text(r, "url");
    if (text == null && html == null) {
      sink.skip(where, "record has neither \"text\" nor \"html\"");
      return null;
    }
    // Plain text is preferred when a record has both: it is what the producer chose as the
    // article's text.
    Extracted x = text != null ? cleaner.extract(text) : extractor.extract(html, url);
    if (x == null || x.body() == null || x.body().isBlank()) {
      sink.skip(where, "no article text in the record");
      return null;
    }
    String language =
        first(JsonFeeds.text(r, "language"), x.language(), LanguageGuesser.guess(x.body()));
    Source source = new Source(sink.file(), url, JsonFeeds.text(r, "id"), lineNumber);
    return Document.of(
        source,
        first(JsonFeeds.text(r, "outlet"), x.outlet()),
        first(JsonFeeds.text(r, "label"), x.label()),
        first(JsonFeeds.text(r, "title"), HtmlPages.blankToNull(x.title())),
        published(JsonFeeds.text(r, "published"), x, sink, where),
        language,
        x.headings(),
        x.body());
  }

  private static Published published(String given, Extracted x, Sink sink, String where) {
    if (given != null) {
      String iso = Dates.isoDate(given);
      if (iso != null) return Published.stated(iso);
      sink.warn(where, "\"published\" is not an ISO or RFC 1123 date, ignored: " + given);
    }
    return TextFiles.published(x);
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) if (v != null) return v;
    return null;
  }
}

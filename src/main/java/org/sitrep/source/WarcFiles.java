package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * WARC and WARC.gz through jwarc: every successful HTML response (or HTML resource) record is a
 * document, with its target URI, its WARC-Record-ID and its byte offset. Other records are skipped
 * silently: a crawl is mostly requests, metadata, images and scripts. A corrupt record is reported
 * once with its offset, and reading resumes at the next record boundary found in the file ({@link
 * RecordScanner}); from stdin, which cannot be re-read, the rest is lost.
 */
final class WarcFiles {
  private final HtmlPages pages;
  private final SourceLimits limits;

  WarcFiles(HtmlPages pages, SourceLimits limits) {
    this.pages = pages;
    this.limits = limits;
  }

  void read(Input in, Sink sink) throws IOException {
    if (in.opener() == null) readStream(in.raw(), sink);
    else readFile(in.opener(), sink);
  }

  private void readStream(InputStream raw, Sink sink) throws IOException {
    Attempt a = attempt(() -> new WarcReader(raw), 0, sink);
    if (a.error() != null) {
      String where =
          a.failedAt() >= 0 ? "byte " + a.failedAt() : "after the record at byte " + a.last();
      sink.skip(
          where, "corrupt WARC record (" + a.error() + "); the rest of the stream was not read");
    }
  }

  private void readFile(StreamOpener opener, Sink sink) throws IOException {
    RecordScanner scanner = RecordScanner.of(opener);
    Corruption pending = null;
    long at = 0;
    while (at >= 0) {
      Attempt a;
      try (InputStream s = opener.openAt(at)) {
        // A plain channel, not a seekable one: the reader counts positions from where it starts, so
        // they are
        // relative to the offset in every file system alike.
        a = attempt(() -> new WarcReader(Channels.newChannel(s)), at, sink);
      }
      if (a.parsed() > 0 && pending != null) {
        report(pending, at, sink);
        pending = null;
      }
      if (a.error() == null) break;
      // Consecutive failures belong to one damaged stretch: report it once, at the best-known
      // offset.
      if (pending == null) pending = new Corruption(a.failedAt(), a.last(), a.error());
      else if (pending.at() < 0 && a.failedAt() >= 0) {
        pending = new Corruption(a.failedAt(), pending.after(), pending.error());
      }
      at = scanner.next(Math.max(a.failedAt(), a.last()) + 1);
    }
    if (pending != null) report(pending, -1, sink);
  }

  private static void report(Corruption c, long resumedAt, Sink sink) {
    String where = c.at() >= 0 ? "byte " + c.at() : "after the record at byte " + c.after();
    String resumed = resumedAt >= 0 ? "; resumed at byte " + resumedAt : "; no later record found";
    sink.skip(where, "corrupt WARC record (" + c.error() + ")" + resumed);
  }

  /**
   * A damaged stretch: the corrupt record's offset, or -1 with the offset of the last good record
   * before it.
   */
  private record Corruption(long at, long after, String error) {}

  /**
   * How one reader got on: records parsed, the last one's offset, and the failure (where known) if
   * any.
   */
  private record Attempt(int parsed, long last, long failedAt, String error) {}

  /** Opens a reader; opening reads the first bytes, so it fails like reading does. */
  private interface Opener {
    WarcReader open() throws IOException;
  }

  private Attempt attempt(Opener opener, long start, Sink sink) {
    int parsed = 0;
    long last = -1;
    boolean inRecord = false;
    try (WarcReader reader = opener.open()) {
      for (Optional<WarcRecord> r; (r = reader.next()).isPresent(); ) {
        parsed++;
        last = start + reader.position();
        inRecord = true;
        handle(r.get(), last, sink);
        inRecord = false;
      }
      return new Attempt(parsed, last, -1, null);
    } catch (IOException | RuntimeException e) {
      if (e instanceof Sink.ConsumerFailure f) throw f;
      long failedAt = inRecord ? last : parsed == 0 ? start : -1;
      return new Attempt(parsed, last, failedAt, Sink.brief(e));
    }
  }

  /** Reads one record; an IOException here means the file is damaged, and is left to the caller. */
  private void handle(WarcRecord record, long offset, Sink sink) throws IOException {
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP))
        return; // dns:, gemini: and other captures
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300)
        return; // redirects and errors are not articles
      type = http.contentType();
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      body = resource.body();
    } else {
      return;
    }
    String base = type.base().toString();
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return;
    String where = "byte " + offset;
    byte[] bytes;
    try {
      bytes = Bytes.readAll(body.stream(), limits);
    } catch (TooLargeException e) {
      sink.skip(where, "HTML payload " + e.getMessage());
      return;
    }
    Charset declared = HtmlPages.declaredCharset(bytes, type.parameters().get("charset"));
    String html = TextDecoder.decodeReporting(bytes, declared, sink, where);
    String uri = ((WarcTargetRecord) record).target();
    // The capture date is when the page existed, an upper bound of its publication: used only when
    // the page
    // states none.
    String captured = record.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    Published fallback =
        new Published(captured, Published.How.INFERRED, "WARC-Date " + record.date());
    Source source = new Source(sink.file(), uri, record.id().toString(), offset);
    Document d;
    try {
      d = pages.toDocument(html, uri, source, fallback);
    } catch (RuntimeException e) {
      if (e instanceof Sink.ConsumerFailure f) throw f;
      sink.skip(where, "the page could not be extracted: " + Sink.brief(e));
      return;
    }
    if (d == null) sink.skip(where, "no article text found in the page " + uri);
    else sink.emit(d);
  }
}

package org.sitrep.source;

import org.sitrep.clean.Extracted;
import org.sitrep.clean.TextArticleCleaner;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/** Plain-text articles: one file, one document, cleaned by {@link TextArticleCleaner}. */
final class TextFiles {
  private final TextArticleCleaner cleaner;

  TextFiles(TextArticleCleaner cleaner) {
    this.cleaner = cleaner;
  }

  void read(byte[] bytes, Sink sink) {
    String text = TextDecoder.decodeReporting(bytes, null, sink, null);
    Extracted x = cleaner.extract(text);
    if (x.body().isBlank()) {
      sink.skip(null, "no article text (only a title, date or site furniture)");
      return;
    }
    sink.emit(
        Document.of(
            Source.file(sink.file()),
            x.outlet(),
            x.label(),
            x.title(),
            published(x),
            x.language(),
            x.headings(),
            x.body()));
  }

  static Published published(Extracted x) {
    return x.published() == null ? Published.UNKNOWN : Published.stated(x.published());
  }
}

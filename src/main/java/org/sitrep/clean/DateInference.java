package org.sitrep.clean;

import org.sitrep.clean.date.PublicationDate;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

/**
 * Pins down the publication date of an article that states none, from its own text, with {@link
 * PublicationDate#fromText}: a dateline ("VILNIUS, June 26, 2023 (Reuters) -"), a line labelled as
 * the publication or an update in the article's language, or a first line that is only a date. The
 * text it was read from is kept as evidence.
 */
public final class DateInference {
  private DateInference() {}

  /**
   * The document with an inferred date when it had none and its text pins one down; else unchanged.
   */
  public static Document apply(Document d) {
    if (d.published().how() != Published.How.UNKNOWN) return d;
    Published pub = PublicationDate.fromText(d.body(), PublicationDate.latestNow());
    if (pub == null) return d;
    return new Document(
        d.id(),
        d.sources(),
        d.outlet(),
        d.label(),
        d.title(),
        pub,
        d.language(),
        d.headings(),
        d.body());
  }
}

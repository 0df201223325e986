package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;

/**
 * The day a document's relative times are read against: its publication date, or none (and a
 * diagnostic on the document) when that is not an ISO date.
 */
record Anchor(LocalDate day, Annotated doc) {
  static Anchor of(Annotated doc, String stage) {
    String published = doc.document().published().value();
    if (published == null) return new Anchor(null, doc);
    try {
      return new Anchor(
          LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published), doc);
    } catch (DateTimeParseException e) {
      return new Anchor(
          null,
          doc.withDiagnostic(
              new Diagnostic(
                  stage,
                  "published date '" + published + "' is not an ISO date; times left unanchored")));
    }
  }
}

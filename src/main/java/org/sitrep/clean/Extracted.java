package org.sitrep.clean;

import java.util.List;
import org.sitrep.model.Published;

/**
 * What the cleaner found in a raw page or text file. {@code published} is an ISO date or null, with
 * {@code publishedEvidence} the text it was read from and {@code publishedHow} whether the page
 * states it or it was inferred; {@code language} an ISO 639-1 code or null.
 */
public record Extracted(
    String title,
    String body,
    List<String> headings,
    String published,
    String publishedEvidence,
    String outlet,
    String language,
    String label,
    Published.How publishedHow) {

  /** Without a stated way: a date is stated, unless its evidence says it was read from the URL. */
  public Extracted(
      String title,
      String body,
      List<String> headings,
      String published,
      String publishedEvidence,
      String outlet,
      String language,
      String label) {
    this(
        title,
        body,
        headings,
        published,
        publishedEvidence,
        outlet,
        language,
        label,
        published == null
            ? Published.How.UNKNOWN
            : publishedEvidence != null && publishedEvidence.startsWith("URL")
                ? Published.How.INFERRED
                : Published.How.STATED);
  }
}

package org.sitrep.clean;

import java.util.List;

/**
 * What the cleaner found in a raw page or text file. {@code published} is an ISO date or null, with
 * {@code publishedEvidence} the text it was read from; {@code language} an ISO 639-1 code or null.
 */
public record Extracted(
    String title,
    String body,
    List<String> headings,
    String published,
    String publishedEvidence,
    String outlet,
    String language,
    String label) {}

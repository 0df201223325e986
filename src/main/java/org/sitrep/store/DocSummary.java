package org.sitrep.store;

/** One line of a listing: what identifies a stored document, without its body or layers. */
public record DocSummary(
    String id,
    String title,
    String outlet,
    String label,
    String published,
    String language,
    int sources) {}

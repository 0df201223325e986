package org.sitrep.store;

/**
 * What a coverage count needs of an article: its publication date and outlet (each null when
 * unknown), and the duplicate group it belongs to (its copies share it; its own id when it has no
 * copy or was not resolved yet).
 */
public record ReportRef(String id, String published, String outlet, String group) {}

package org.sitrep.model;

/**
 * A problem met while reading or annotating a document: which stage, and what. Diagnostics never
 * stop a run.
 */
public record Diagnostic(String stage, String message) {}

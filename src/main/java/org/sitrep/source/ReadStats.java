package org.sitrep.source;

/**
 * What one {@link Sources#read} call did: {@code inputs} files (or stdin) opened, {@code documents}
 * handed on, and {@code skipped} inputs or records dropped, each with a {@link
 * org.sitrep.pipeline.Problem} saying why.
 */
public record ReadStats(long inputs, long documents, long skipped) {}

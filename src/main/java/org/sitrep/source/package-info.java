/**
 * Readers that turn input files (plain text, HTML, RSS/Atom, JSON Feed, JSON Lines, WARC; any of
 * them gzipped) into {@link org.sitrep.model.Document}s, reporting bad input to {@link
 * org.sitrep.pipeline.Problems} and going on.
 */
package org.sitrep.source;

/**
 * Across documents: near-duplicates, stories, entities, fact series, quote variants and framing.
 */
package org.sitrep.resolve;

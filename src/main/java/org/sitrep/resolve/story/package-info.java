/**
 * Incremental story grouping: each arriving article joins the most similar live story or starts a
 * new one.
 */
package org.sitrep.resolve.story;

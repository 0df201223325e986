/**
 * The annotate contract as JSON: one object per document, the interface tests, scorers and the
 * Spark job share.
 */
package org.sitrep.json;

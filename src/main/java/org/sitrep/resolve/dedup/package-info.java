/**
 * Near-duplicate detection (wire copies, reprints, updates) with word shingles, MinHash and LSH
 * buckets.
 */
package org.sitrep.resolve.dedup;

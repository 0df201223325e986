/**
 * Benchmark commands: quality against the shared benchmark sets and speed of the whole flow, run by
 * {@code sitrep bench}.
 */
package org.sitrep.bench;

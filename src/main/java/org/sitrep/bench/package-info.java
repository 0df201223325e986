/**
 * Benchmarks that score Sitrep's stages on public data sets with the measures their peers publish.
 */
package org.sitrep.bench;

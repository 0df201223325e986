/** Benchmarks that score Sitrep's stages on public data sets nobody on the team wrote. */
package org.sitrep.bench;

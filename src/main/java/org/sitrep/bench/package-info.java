/** Benchmarks that score Sitrep's stages on the shared research data sets beside the repository (evaluation only). */
package org.sitrep.bench;

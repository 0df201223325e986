/** Corpus benchmarks that measure a stage against data nobody on the team wrote, with the metric its peers publish. */
package org.sitrep.bench;

/**
 * Fact series: quantities tied to a subject, a measure and a place ("Germany / troops /
 * Lithuania"), observed across articles with their status, dates and evidence sentence, so that
 * changes and disagreements show.
 */
package org.sitrep.resolve.fact;

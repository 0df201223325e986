/**
 * The Sitrep pipeline as an Apache Spark job: web archives, JSON Lines or text in, Parquet and
 * failures out.
 */
package org.sitrep.spark;

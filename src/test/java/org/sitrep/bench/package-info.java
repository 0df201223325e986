/** JMH benchmarks for hot paths; run with {@code java -cp <test classpath> org.openjdk.jmh.Main <name>}. */
package org.sitrep.bench;

/** Small command-line reports that measure what a stage finds on a folder of texts. */
package org.sitrep.bench;

/**
 * Finds time expressions in article text and normalises them to TIMEX3 values against the
 * publication date.
 */
package org.sitrep.annotate.time;

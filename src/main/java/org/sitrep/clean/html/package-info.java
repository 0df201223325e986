/**
 * The parts of the HTML main-text extractor: decoding, tree cleaning, content scoring, rendering
 * and metadata.
 */
package org.sitrep.clean.html;

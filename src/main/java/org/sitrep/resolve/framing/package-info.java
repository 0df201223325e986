/**
 * How outlets frame one story: naming variants, loaded wording without a source, tone, and facts
 * reported or left out.
 */
package org.sitrep.resolve.framing;

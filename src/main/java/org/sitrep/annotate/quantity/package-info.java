/**
 * Finds numbers in text with their bound, unit, change and the thing they count, and keeps years
 * and dates out. Units and currencies come from the units table ({@link
 * org.sitrep.lexicon.UnitTable}).
 */
package org.sitrep.annotate.quantity;

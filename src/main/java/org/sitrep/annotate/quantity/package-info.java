/**
 * Finds numbers in text with their bound, unit, change and the thing they count, and keeps years
 * and dates out.
 */
package org.sitrep.annotate.quantity;

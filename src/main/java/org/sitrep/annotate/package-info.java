/**
 * Per-document annotation stages, one subpackage each: language backbone, entities, times,
 * quantities, quotes, events.
 */
package org.sitrep.annotate;

/**
 * Finds quotations in an article body and attributes each to the person or organisation who said
 * it.
 */
package org.sitrep.annotate.quote;

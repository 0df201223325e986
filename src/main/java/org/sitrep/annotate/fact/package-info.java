/**
 * The facts stage: a document's figures read as facts, the {@code FACTS} layer of the annotate
 * contract.
 */
package org.sitrep.annotate.fact;

/** Immutable records for what Sitrep reads and what it finds: documents, spans and annotations. */
package org.sitrep.model;

/**
 * The embedded store in one data directory: SQLite holds every document and its annotation layers
 * (the source of truth), a Lucene index beside it is derived from SQLite and serves full-text and
 * faceted search; {@link org.sitrep.store.Store} is the facade the CLI and server call.
 */
package org.sitrep.store;

/**
 * The application layer both front ends share: scopes (a story, an entity, a search), the snapshot
 * of the resolved picture, timelines, per-outlet views, places, offices and situation reports. The
 * CLI and the server are thin adapters over {@link org.sitrep.query.Situations}, so they cannot
 * answer the same question differently.
 */
package org.sitrep.query;

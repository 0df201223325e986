/**
 * Following sources as they publish: the polite, safe fetcher ({@link org.sitrep.watch.Fetcher}),
 * canonical URLs ({@link org.sitrep.watch.Urls}) and the poll loop ({@link
 * org.sitrep.watch.Watcher}) behind {@code sitrep watch}. Fetch state lives in the store.
 */
package org.sitrep.watch;

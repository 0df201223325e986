/**
 * Server-rendered HTML pages, every value from an article escaped by {@link
 * org.sitrep.server.web.Html}.
 */
package org.sitrep.server.web;

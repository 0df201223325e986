/**
 * The situation report: a sourced brief over a story, an entity or a search, for the CLI, the API
 * and the pages.
 */
package org.sitrep.report;

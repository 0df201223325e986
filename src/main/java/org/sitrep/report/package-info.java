/**
 * The situation report: a sourced brief over a story, an entity or a search, its Markdown and CSV
 * renderings and the labels they share; built by {@code org.sitrep.query.BriefBuilder}.
 */
package org.sitrep.report;

/**
 * Turns raw pages and text files into clean articles: main text, title, date, headings, outlet,
 * language.
 */
package org.sitrep.clean;

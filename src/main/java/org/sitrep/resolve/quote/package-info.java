/**
 * The same statement reported by several outlets, also in different translations, linked as one
 * statement.
 */
package org.sitrep.resolve.quote;

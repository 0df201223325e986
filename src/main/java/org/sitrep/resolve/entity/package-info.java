/**
 * One entity per real person, organisation and place across articles, with its name variants and
 * roles over time.
 */
package org.sitrep.resolve.entity;

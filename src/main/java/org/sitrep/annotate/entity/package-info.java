/**
 * Named-entity mentions: people, organisations, places and other names, with roles, countries and
 * short forms.
 */
package org.sitrep.annotate.entity;

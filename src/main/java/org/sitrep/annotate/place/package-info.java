/**
 * Place names: a hand-written gazetteer that ties countries, demonyms, capitals, cities and regions
 * to ISO 3166 codes.
 */
package org.sitrep.annotate.place;

package org.sitrep.store;

import org.sitrep.model.Document;

/** The part of a document the search index holds: all of it derivable from a SQLite row. */
public record Searchable(
    String id, String title, String outlet, String label, String published, String body) {
  public static Searchable of(Document d) {
    return new Searchable(
        d.id(), d.title(), d.outlet(), d.label(), d.published().value(), d.body());
  }
}

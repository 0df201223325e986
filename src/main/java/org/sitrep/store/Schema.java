package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite schema as a list of migrations; {@code PRAGMA user_version} records how many have run.
 * Append a migration to change the schema, never edit one that has shipped.
 */
final class Schema {
  /** Migration i (0-based) brings the database from version i to i + 1. */
  static final List<String> MIGRATIONS =
      List.of(
          """
          CREATE TABLE documents (
            id TEXT PRIMARY KEY,            -- Document.id: hash of the normalised body
            title TEXT,
            outlet TEXT,
            label TEXT,
            published TEXT,                 -- ISO date (or date-time) as found, null when unknown
            published_how TEXT NOT NULL,    -- stated | inferred | unknown
            language TEXT,
            body TEXT NOT NULL,
            contract TEXT NOT NULL,         -- the annotate contract JSON as first written
            contract_version INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
          );
          CREATE INDEX documents_published ON documents(published DESC, id);
          CREATE INDEX documents_outlet ON documents(outlet, published DESC);
          CREATE INDEX documents_label ON documents(label, published DESC);

          -- Many sources per document: every place the same article was read from. Arrival order is rowid order.
          CREATE TABLE sources (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            path TEXT,
            url TEXT,
            record_id TEXT,
            position INTEGER NOT NULL,      -- byte or line offset in the file, -1 when none
            source_key TEXT NOT NULL,       -- all four fields joined: NULLs are never equal in a UNIQUE index
            UNIQUE (doc_id, source_key)
          );
          CREATE INDEX sources_url ON sources(url);

          -- The layers, one row per item, idx = position in the document's list (events point at quantities by it).
          CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT,
            type TEXT,
            role TEXT,
            country TEXT,
            canonical TEXT,
            entity_id TEXT,
            kind TEXT,
            lat REAL,
            lon REAL,
            PRIMARY KEY (doc_id, idx)
          );
          CREATE INDEX mentions_canonical ON mentions(canonical);
          CREATE INDEX mentions_entity ON mentions(entity_id);

          CREATE TABLE quantities (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT,
            value REAL NOT NULL,
            value_max REAL,
            unit TEXT,
            counted TEXT,
            approximate INTEGER NOT NULL,
            bound TEXT NOT NULL,
            change TEXT,
            PRIMARY KEY (doc_id, idx)
          );
          CREATE INDEX quantities_counted ON quantities(counted);

          CREATE TABLE quotes (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT,
            speaker TEXT,
            speaker_start INTEGER NOT NULL,
            speaker_end INTEGER NOT NULL,
            cue TEXT,
            kind TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
          );
          CREATE INDEX quotes_speaker ON quotes(speaker);

          CREATE TABLE events (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            type TEXT,
            code TEXT,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            actor TEXT,
            target TEXT,
            location TEXT,
            quantity_idx INTEGER NOT NULL,
            time TEXT,
            status TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
          );
          CREATE INDEX events_type ON events(type, location);

          CREATE TABLE times (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT,
            type TEXT,
            value TEXT,
            anchored INTEGER NOT NULL,
            PRIMARY KEY (doc_id, idx)
          );
          CREATE INDEX times_value ON times(value);
          """,
          """
          -- What resolution across documents found: entities, stories, fact series, statements, as JSON per item.
          -- Replaced whole by each resolution run, in one transaction.
          CREATE TABLE resolved (
            kind TEXT NOT NULL,             -- entity | story | series | statement
            id TEXT NOT NULL,
            rank INTEGER NOT NULL,          -- display order within the kind
            json TEXT NOT NULL,
            PRIMARY KEY (kind, id)
          );
          CREATE INDEX resolved_rank ON resolved(kind, rank);
          CREATE TABLE doc_links (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id),
            story_id TEXT,
            duplicate_of TEXT
          );
          CREATE INDEX doc_links_story ON doc_links(story_id);
          CREATE TABLE framing (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
          );
          """,
          """
          -- The facts layer: each figure read as a fact. Documents stored before this table existed have no rows
          -- (their contract has no facts) until they are ingested again into a new data directory.
          CREATE TABLE facts (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            quantity_idx INTEGER NOT NULL,
            subject TEXT,
            subject_start INTEGER,
            subject_end INTEGER,
            measure TEXT NOT NULL,
            place TEXT,
            value REAL NOT NULL,
            value_max REAL,
            unit TEXT,
            bound TEXT NOT NULL,
            approximate INTEGER NOT NULL,
            change TEXT,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            as_of TEXT,
            as_of_how TEXT,
            period TEXT,
            target TEXT,
            attributed_to TEXT,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            part_of INTEGER NOT NULL,      -- idx of the whole in this document's facts, -1 when none
            PRIMARY KEY (doc_id, idx)
          );
          CREATE INDEX facts_subject ON facts(subject, measure);
          CREATE INDEX facts_measure ON facts(measure);
          """,
          """
          -- What sitrep watch knows of the sources it polls and of every article URL it met (see FetchState).
          CREATE TABLE watch_sources (
            source TEXT PRIMARY KEY,        -- the source URL, canonical form
            kind TEXT,                      -- feed | sitemap | opml | page, once seen
            etag TEXT,
            last_modified TEXT,
            last_poll TEXT,                 -- ISO instant of the last attempt
            last_ok TEXT,
            failures INTEGER NOT NULL,      -- consecutive failed polls
            next_poll TEXT,                 -- not polled again before this instant (interval, backoff, Retry-After)
            status TEXT                     -- what the last poll did, one line
          );
          CREATE TABLE watch_urls (
            url TEXT PRIMARY KEY,           -- canonical form: tracking parameters and fragment dropped
            source TEXT NOT NULL,
            state TEXT NOT NULL,            -- pending | fetched | stored | duplicate | alias | failed | skipped
            http_status INTEGER,
            canonical TEXT,                 -- the page's own rel=canonical, or the URL an alias stands for
            doc_id TEXT,
            body BLOB,                      -- a fetched page kept until its document is stored
            content_type TEXT,
            attempts INTEGER NOT NULL,
            detail TEXT,
            first_seen TEXT NOT NULL,
            updated TEXT NOT NULL
          );
          CREATE INDEX watch_urls_state ON watch_urls(state, source);
          """);

  static final int VERSION = MIGRATIONS.size();

  private Schema() {}

  /**
   * Brings the database to {@link #VERSION}, each migration in its own transaction with its version
   * bump.
   */
  static void migrate(Connection c, String where) throws SQLException {
    int current = version(c);
    if (current > VERSION) {
      throw new StoreException(
          where
              + " has schema version "
              + current
              + " but this build of Sitrep knows only up to "
              + VERSION
              + "; use a newer Sitrep");
    }
    for (int v = current; v < VERSION; v++) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : MIGRATIONS.get(v).split(";\\s*\n")) {
          if (!sql.isBlank()) s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + (v + 1));
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }
}

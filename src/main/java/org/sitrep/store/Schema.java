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
            """,
          """
          -- Resolution across documents kept up to date one document at a time: each resolver's state lives in
          -- these tables and a document adds to it, in the order documents were stored (documents.rowid, which
          -- doc_links.seq records). Saved items in 'resolved' are rebuilt from the state when read after a
          -- change (stale = 1). The earlier whole-store results are dropped: the next resolution rebuilds them.
          DELETE FROM resolved;
          DELETE FROM doc_links;
          DELETE FROM framing;
          UPDATE mentions SET entity_id = NULL WHERE entity_id IS NOT NULL;
          ALTER TABLE resolved ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
          ALTER TABLE resolved ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
          DROP INDEX resolved_rank;
          CREATE INDEX resolved_order ON resolved(kind, rank, sort_key);
          CREATE INDEX resolved_stale ON resolved(kind) WHERE stale = 1;
          ALTER TABLE doc_links ADD COLUMN seq INTEGER;
          ALTER TABLE doc_links ADD COLUMN dup_group TEXT;
          CREATE INDEX doc_links_seq ON doc_links(seq);
          -- Counters: 'seq' the last documents.rowid resolved, 'docs', 'stories', 'entities', 'statements'.
          CREATE TABLE resolve_counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

          CREATE TABLE entity_state (
            id TEXT PRIMARY KEY,
            n INTEGER NOT NULL,             -- creation order
            type TEXT NOT NULL,
            name TEXT NOT NULL,             -- preferred name now
            mentions INTEGER NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            names TEXT NOT NULL,            -- JSON: name -> count, first seen first
            variants TEXT NOT NULL,         -- JSON list, first seen first
            roles TEXT NOT NULL             -- JSON list of {role, country, first, last}, first seen first
          ) WITHOUT ROWID;
          CREATE TABLE entity_key (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL) WITHOUT ROWID;
          CREATE TABLE entity_surname (
            surname TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (surname, entity_id)) WITHOUT ROWID;
          CREATE TABLE entity_initials (initials TEXT PRIMARY KEY, entity_id TEXT NOT NULL) WITHOUT ROWID;
          CREATE TABLE entity_doc (
            entity_id TEXT NOT NULL, seq INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (entity_id, seq))
            WITHOUT ROWID;
          CREATE TABLE entity_role_doc (
            entity_id TEXT NOT NULL, role_key TEXT NOT NULL, seq INTEGER NOT NULL, doc_id TEXT NOT NULL,
            PRIMARY KEY (entity_id, role_key, seq)) WITHOUT ROWID;

          CREATE TABLE dup_signature (doc_id TEXT PRIMARY KEY, sig BLOB NOT NULL, dup_group TEXT NOT NULL)
            WITHOUT ROWID;
          CREATE TABLE dup_band (band INTEGER PRIMARY KEY, doc_id TEXT NOT NULL);

          CREATE TABLE story_term (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
          CREATE TABLE story_state (
            id TEXT PRIMARY KEY,
            n INTEGER NOT NULL,
            live INTEGER NOT NULL,
            last_join INTEGER NOT NULL,     -- seq of the last document that joined
            norm REAL NOT NULL,
            centroid TEXT NOT NULL,         -- JSON: term -> weight
            title TEXT,
            title_key TEXT,                 -- published date and id of the member the title comes from
            first TEXT,
            last TEXT,
            docs INTEGER NOT NULL
          ) WITHOUT ROWID;
          CREATE INDEX story_state_live ON story_state(last_join) WHERE live = 1;
          CREATE TABLE story_posting (
            term TEXT NOT NULL, story_id TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (term, story_id))
            WITHOUT ROWID;
          CREATE TABLE story_group (story_id TEXT NOT NULL, dup_group TEXT NOT NULL, PRIMARY KEY (story_id, dup_group))
            WITHOUT ROWID;
          CREATE TABLE story_outlet (
            story_id TEXT NOT NULL, outlet TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (story_id, outlet))
            WITHOUT ROWID;
          CREATE TABLE story_entity (
            story_id TEXT NOT NULL, entity_id TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (story_id, entity_id))
            WITHOUT ROWID;

          CREATE TABLE series_observation (
            series TEXT NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (series, seq, idx)) WITHOUT ROWID;
          CREATE TABLE series_link (series TEXT NOT NULL, other TEXT NOT NULL, key TEXT NOT NULL,
            PRIMARY KEY (series, other)) WITHOUT ROWID;

          CREATE TABLE statement_state (
            n INTEGER PRIMARY KEY, id TEXT NOT NULL, speaker TEXT, words INTEGER NOT NULL);
          CREATE TABLE statement_word (word TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (word, n)) WITHOUT ROWID;
          CREATE TABLE statement_variant (
            n INTEGER NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (n, seq, idx)) WITHOUT ROWID;
          """,
          """
          -- Topics (stored searches with conditions), the articles each matches and why, the alerts raised on
          -- them (once per cause: 'cause' is unique), and the webhook outbox an alert is queued in by the same
          -- transaction (see Topics). 'seq' in topic_counter is the last documents.rowid the topics have seen.
          CREATE TABLE topics (
            name TEXT PRIMARY KEY,
            query TEXT,                     -- Lucene syntax over title and body, or null
            entities TEXT NOT NULL,         -- JSON list of names, any of which must be named
            places TEXT NOT NULL,           -- JSON list of ISO codes, any of which must be a place named
            label TEXT,
            threshold REAL NOT NULL,        -- a move larger than this share of the last value raises an alert
            since_seq INTEGER NOT NULL,     -- documents up to this rowid were stored before the topic: no alerts
            created TEXT NOT NULL
          );
          CREATE TABLE topic_docs (
            topic TEXT NOT NULL,
            doc_id TEXT NOT NULL,
            seq INTEGER NOT NULL,           -- documents.rowid
            why TEXT NOT NULL,              -- JSON list: which clause matched, and on what
            PRIMARY KEY (topic, doc_id)
          ) WITHOUT ROWID;
          CREATE INDEX topic_docs_doc ON topic_docs(doc_id);
          CREATE INDEX topic_docs_seq ON topic_docs(topic, seq);
          CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            cause TEXT NOT NULL UNIQUE,     -- topic, kind and what caused it: an alert is raised once per cause
            topic TEXT NOT NULL,
            kind TEXT NOT NULL,             -- figure | move | high | low | conflict | entity | spike
            subject TEXT,
            measure TEXT,
            value REAL,
            previous REAL,
            text TEXT NOT NULL,
            evidence TEXT NOT NULL,         -- JSON list of {text, url, docId, outlet}
            url TEXT,
            doc_id TEXT,
            raised TEXT NOT NULL
          );
          CREATE INDEX alerts_topic ON alerts(topic, id);
          CREATE TABLE webhooks (url TEXT PRIMARY KEY, added TEXT NOT NULL);
          CREATE TABLE alert_outbox (
            delivery TEXT PRIMARY KEY,      -- the idempotency id sent with every attempt
            alert_id INTEGER NOT NULL REFERENCES alerts(id),
            url TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt TEXT NOT NULL,
            delivered TEXT,
            last_status TEXT,
            UNIQUE (alert_id, url)
          );
          CREATE INDEX alert_outbox_due ON alert_outbox(url, next_attempt) WHERE delivered IS NULL;
          CREATE TABLE topic_counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
          INSERT INTO topic_counter SELECT 'seq', COALESCE(MAX(rowid), 0) FROM documents;
          """,
          """
          -- A duplicate group's original is its earliest member (publication date, then id), whatever
          -- the order they arrived in: finding a group's members, and what one document added to fact
          -- series and statements, so that a copy found to be older can take the original's place.
          CREATE INDEX doc_links_group ON doc_links(dup_group);
          CREATE INDEX series_observation_seq ON series_observation(seq);
          CREATE INDEX statement_variant_seq ON statement_variant(seq);
          """,
          """
          -- When a watched link is estimated to have appeared in its source (between the source's
          -- previous reading and the one that found it); null for a backlog (links already there when
          -- a source is first read, or after a long pause). Fetched pages are stored in that order, the
          -- backlog after them.
          ALTER TABLE watch_urls ADD COLUMN appeared TEXT;
          """,
          """
          -- A saved item records where the resolution stood when its JSON was written (resolve_counter 'seq'):
          -- a stale item is brought up to date from that copy and the rows added after that point, not rebuilt
          -- from every document. NULL: rebuilt whole (the item lost rows, or was never written).
          ALTER TABLE resolved ADD COLUMN built INTEGER;
          """,
          """
          -- Where an entity's country was read: the order key (date, undated last, then document id)
          -- of that article; the earliest gives it, whatever the arrival order. NULL: a country kept
          -- from before (not replaced until the picture is rebuilt), or a country's own.
          ALTER TABLE entity_state ADD COLUMN country_key TEXT;
          """,
          """
          -- Each point an entity's mentions were placed at, with how often and the order key of the
          -- earliest article (JSON: "lat,lon" to {n, first}), and the order key of the earliest
          -- article giving each of its names (JSON): its coordinates and name are chosen from them
          -- by a rule the arrival order does not change. NULL: kept from before (coordinates stay
          -- until a point is added; the picture is the same after a rebuild).
          ALTER TABLE entity_state ADD COLUMN points TEXT;
          ALTER TABLE entity_state ADD COLUMN name_first TEXT;
          """,
          """
          -- Which entity names each observation's series subject, and the name it was keyed by: when
          -- the entity's key name changes (a name becomes its most frequent), its observations move
          -- to the series of the new name. Observations stored before have no row here and keep their
          -- series until the picture is rebuilt.
          CREATE TABLE series_subject (
            entity_id TEXT NOT NULL, seq INTEGER NOT NULL, idx INTEGER NOT NULL, series TEXT NOT NULL,
            name TEXT NOT NULL, PRIMARY KEY (entity_id, seq, idx)) WITHOUT ROWID;
          CREATE INDEX series_subject_seq ON series_subject(seq);
          """,
          """
          -- Stories are the connected components of links between articles (resolve.story.StoryRule):
          -- each article's word vector, and the index of its key words by day (undated: the smallest
          -- integer) through which a new article finds the ones it may link to. story_term,
          -- story_posting and the centroid, norm and live columns of story_state are no longer used.
          -- Articles resolved before have no row here: their stories stay as they are, and new
          -- articles link to them once the picture is rebuilt (sitrep resolve).
          CREATE TABLE story_doc (doc_id TEXT PRIMARY KEY, day INTEGER NOT NULL, vector TEXT NOT NULL)
            WITHOUT ROWID;
          CREATE TABLE story_key (
            key TEXT NOT NULL, day INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (key, day, doc_id))
            WITHOUT ROWID;
          DELETE FROM story_posting;
          DELETE FROM story_term;
          """,
          """
          -- Articles resolved before story vectors existed get theirs when documents are next resolved,
          -- a bounded number per run (StoredResolution.backfillStoryVectors): this counter is the last
          -- store position looked at, and goes once every resolved article has its vector.
          INSERT OR REPLACE INTO resolve_counter (name, value)
            SELECT 'story_vectors', 0 WHERE EXISTS (SELECT 1 FROM doc_links l
              WHERE NOT EXISTS (SELECT 1 FROM story_doc s WHERE s.doc_id = l.doc_id));
          """,
          """
          -- Quote matching reads a quote's speaker's statements through statement_key (every word of each
          -- statement with a known speaker), and the statements it can match at the bar for an unknown
          -- speaker through statement_prefix: each statement's first words in a fixed order, enough that
          -- two sets above the bar share one of them (speaker '' while unknown). statement_state.stems
          -- holds each statement's words (JSON). Statements stored before are found by all their words
          -- here, more than their first ones: the same statements match.
          ALTER TABLE statement_state ADD COLUMN stems TEXT;
          CREATE TABLE statement_key (
            speaker TEXT NOT NULL, word TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (speaker, word, n))
            WITHOUT ROWID;
          CREATE TABLE statement_prefix (
            word TEXT NOT NULL, speaker TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (word, speaker, n))
            WITHOUT ROWID;
          INSERT INTO statement_key (speaker, word, n)
            SELECT s.speaker, w.word, w.n FROM statement_word w JOIN statement_state s ON s.n = w.n
            WHERE s.speaker IS NOT NULL;
          INSERT INTO statement_prefix (word, speaker, n)
            SELECT w.word, coalesce(s.speaker, ''), w.n FROM statement_word w JOIN statement_state s ON s.n = w.n;
          CREATE TEMP TABLE statement_stems (n INTEGER PRIMARY KEY, stems TEXT NOT NULL);
          INSERT INTO statement_stems (n, stems) SELECT n, json_group_array(word) FROM statement_word GROUP BY n;
          UPDATE statement_state SET stems = coalesce(
            (SELECT t.stems FROM statement_stems t WHERE t.n = statement_state.n), '[]');
          DROP TABLE statement_stems;
          DROP TABLE statement_word;
          """,
          """
          -- A new article reads the stories of the articles it may link to with their key rows: each
          -- story_key row names the story its article was in when stored, and story_merged every story
          -- merged into another (id: the story gone; into_id: the story that holds its articles now,
          -- kept pointing at a live story). Key rows stored before have no story_id: their article's
          -- story is read from doc_links.
          ALTER TABLE story_key ADD COLUMN story_id TEXT;
          CREATE TABLE story_merged (id TEXT PRIMARY KEY, into_id TEXT NOT NULL) WITHOUT ROWID;
          CREATE INDEX story_merged_into ON story_merged(into_id);
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

package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code sitrep watch} remembers between polls and across restarts, in the store's own
 * database: per source its validators (ETag, Last-Modified), last poll, consecutive failures and
 * when it may be polled again; per article URL (canonical form) its state, HTTP status, the page's
 * rel=canonical and the document it became.
 *
 * <p>A URL moves {@code pending -> fetched -> stored}; a fetched page's body is kept in its row
 * until its document is stored, so a watch stopped at any point resumes from the bodies it already
 * has instead of fetching them again, and a document stored just before a stop is recognised by its
 * id when it is put again. Each call is its own transaction. Safe to share between threads: calls
 * are serialised on the {@link Store}.
 */
public final class FetchState {
  /** A URL's state. */
  public enum UrlState {
    /** Known, not yet fetched. */
    PENDING,
    /** Fetched; its body waits in the row to be read and stored. */
    FETCHED,
    /** Stored as document {@code docId}. */
    STORED,
    /** Its page names another URL as canonical, one already fetched. */
    DUPLICATE,
    /** The rel=canonical of a fetched URL, recorded so that it is not fetched again. */
    ALIAS,
    /** Could not be fetched (after retries for passing failures). */
    FAILED,
    /** Fetched or refused on purpose (robots.txt, not an article). */
    SKIPPED;

    String db() {
      return name().toLowerCase(Locale.ROOT);
    }

    static UrlState of(String db) {
      return valueOf(db.toUpperCase(Locale.ROOT));
    }
  }

  /** One source as last polled. Instants may be null (never). */
  public record SourceState(
      String source,
      String kind,
      String etag,
      String lastModified,
      Instant lastPoll,
      Instant lastOk,
      int failures,
      Instant nextPoll,
      String status) {
    public static SourceState fresh(String source) {
      return new SourceState(source, null, null, null, null, null, 0, null, null);
    }
  }

  /** One URL's row, without its body. */
  public record UrlRow(
      String url,
      String source,
      UrlState state,
      Integer httpStatus,
      String canonical,
      String docId,
      int attempts,
      String detail) {}

  /** A fetched page waiting to be stored. */
  public record FetchedPage(String url, String source, byte[] body, String contentType) {}

  private final Object lock;
  private final Connection c;

  FetchState(Object lock, Connection c) {
    this.lock = lock;
    this.c = c;
  }

  public Optional<SourceState> source(String source) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT source, kind, etag, last_modified, last_poll, last_ok, failures, next_poll, status"
                  + " FROM watch_sources WHERE source = ?")) {
        p.setString(1, source);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? Optional.of(sourceState(r)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw failure("read watch source " + source, e);
      }
    }
  }

  /** Every source ever polled, in the order first seen. */
  public List<SourceState> sources() {
    synchronized (lock) {
      try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT source, kind, etag, last_modified, last_poll, last_ok, failures, next_poll, status"
                      + " FROM watch_sources ORDER BY rowid");
          ResultSet r = p.executeQuery()) {
        List<SourceState> out = new ArrayList<>();
        while (r.next()) out.add(sourceState(r));
        return out;
      } catch (SQLException e) {
        throw failure("read watch sources", e);
      }
    }
  }

  public void saveSource(SourceState s) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO watch_sources (source, kind, etag, last_modified, last_poll, last_ok, failures,"
                  + " next_poll, status) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(source) DO UPDATE SET"
                  + " kind = excluded.kind, etag = excluded.etag, last_modified = excluded.last_modified,"
                  + " last_poll = excluded.last_poll, last_ok = excluded.last_ok, failures = excluded.failures,"
                  + " next_poll = excluded.next_poll, status = excluded.status")) {
        p.setString(1, s.source());
        p.setString(2, s.kind());
        p.setString(3, s.etag());
        p.setString(4, s.lastModified());
        p.setString(5, iso(s.lastPoll()));
        p.setString(6, iso(s.lastOk()));
        p.setInt(7, s.failures());
        p.setString(8, iso(s.nextPoll()));
        p.setString(9, s.status());
        p.executeUpdate();
      } catch (SQLException e) {
        throw failure("save watch source " + s.source(), e);
      }
    }
  }

  public Optional<UrlRow> url(String url) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT url, source, state, http_status, canonical, doc_id, attempts, detail FROM watch_urls"
                  + " WHERE url = ?")) {
        p.setString(1, url);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? Optional.of(urlRow(r)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw failure("read watch URL " + url, e);
      }
    }
  }

  /**
   * Records URLs found in a source as pending, in one transaction; those already known, in any
   * state, are left as they are. Returns how many were new. They count as backlog (see {@link
   * #addPending(String, List, Instant)}).
   */
  public int addPending(String source, List<String> urls) {
    return addPending(source, urls, null);
  }

  /**
   * Records URLs found in a source as pending, in one transaction; those already known, in any
   * state, are left as they are. Returns how many were new.
   *
   * @param since when the source was last read before: the new links appeared after it, and each is
   *     given an estimate of when (spread evenly up to now, the first listed latest, as feeds list
   *     the newest first), so that the fetched pages are stored in the order they appeared ({@link
   *     #fetchedPages}); null when the links are a backlog (a source read for the first time, or
   *     after a long pause), stored after every link that appeared since
   */
  public int addPending(String source, List<String> urls, Instant since) {
    synchronized (lock) {
      Instant nowInstant = Instant.now();
      String now = nowInstant.toString();
      try {
        c.setAutoCommit(false);
        int added = 0;
        try (PreparedStatement known =
                c.prepareStatement("SELECT 1 FROM watch_urls WHERE url = ?");
            PreparedStatement p =
                c.prepareStatement(
                    "INSERT OR IGNORE INTO watch_urls (url, source, state, attempts, first_seen, updated,"
                        + " appeared) VALUES (?,?,'pending',0,?,?,?)")) {
          List<String> fresh = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (String u : urls) {
            if (!seen.add(u)) continue;
            known.setString(1, u);
            try (ResultSet r = known.executeQuery()) {
              if (!r.next()) fresh.add(u);
            }
          }
          long span =
              since == null || since.isAfter(nowInstant)
                  ? 0
                  : Duration.between(since, nowInstant).toMillis();
          for (int i = 0; i < fresh.size(); i++) {
            p.setString(1, fresh.get(i));
            p.setString(2, source);
            p.setString(3, now);
            p.setString(4, now);
            if (since == null) p.setNull(5, java.sql.Types.VARCHAR);
            else
              p.setString(
                  5, nowInstant.minusMillis(span * (2L * i + 1) / (2L * fresh.size())).toString());
            added += p.executeUpdate();
          }
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
        return added;
      } catch (SQLException e) {
        throw failure("record URLs of " + source, e);
      }
    }
  }

  /** Up to {@code max} pending URLs of a source, oldest first. */
  public List<String> pending(String source, int max) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT url FROM watch_urls WHERE state = 'pending' AND source = ? ORDER BY rowid LIMIT ?")) {
        p.setString(1, source);
        p.setInt(2, max);
        List<String> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) out.add(r.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw failure("read pending URLs of " + source, e);
      }
    }
  }

  /** How many URLs of a source are in a state. */
  public int count(String source, UrlState state) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement("SELECT count(*) FROM watch_urls WHERE state = ? AND source = ?")) {
        p.setString(1, state.db());
        p.setString(2, source);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      } catch (SQLException e) {
        throw failure("count URLs of " + source, e);
      }
    }
  }

  /** How many fetched pages wait for their document to be stored. */
  public int countFetched() {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement("SELECT count(*) FROM watch_urls WHERE state = 'fetched'")) {
        try (ResultSet r = p.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      } catch (SQLException e) {
        throw failure("count fetched pages", e);
      }
    }
  }

  /**
   * Keeps a fetched page until its document is stored: the URL's row (created when absent, as for a
   * page that is itself a source) becomes FETCHED with the body.
   */
  public void fetched(
      String url, String source, int httpStatus, String canonical, byte[] body, String type) {
    synchronized (lock) {
      String now = Instant.now().toString();
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO watch_urls (url, source, state, http_status, canonical, body, content_type, attempts,"
                  + " first_seen, updated) VALUES (?,?,'fetched',?,?,?,?,1,?,?) ON CONFLICT(url) DO UPDATE SET"
                  + " state = 'fetched', http_status = excluded.http_status, canonical = excluded.canonical,"
                  + " body = excluded.body, content_type = excluded.content_type, attempts = attempts + 1,"
                  + " detail = NULL, updated = excluded.updated")) {
        p.setString(1, url);
        p.setString(2, source);
        p.setInt(3, httpStatus);
        p.setString(4, canonical);
        p.setBytes(5, body);
        p.setString(6, type);
        p.setString(7, now);
        p.setString(8, now);
        p.executeUpdate();
      } catch (SQLException e) {
        throw failure("keep fetched page " + url, e);
      }
    }
  }

  /**
   * Up to {@code max} fetched pages whose document is not stored yet: the links that appeared in
   * their source since it was read before, in the order they appeared (so that none waits behind
   * one that appeared after it), then the backlog, the links found last first.
   */
  public List<FetchedPage> fetchedPages(int max) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT url, source, body, content_type FROM watch_urls WHERE state = 'fetched' ORDER BY"
                  + " appeared IS NULL, appeared, rowid DESC LIMIT ?")) {
        p.setInt(1, Math.max(1, max));
        List<FetchedPage> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next())
            out.add(new FetchedPage(r.getString(1), r.getString(2), r.getBytes(3), r.getString(4)));
        }
        return out;
      } catch (SQLException e) {
        throw failure("read fetched pages", e);
      }
    }
  }

  /** The URL's document is stored: its body is dropped and the document's id kept. */
  public void stored(String url, String docId) {
    finish(url, UrlState.STORED, docId, null, null);
  }

  /** Ends a URL in a state other than STORED, with one line saying why. */
  public void finish(String url, UrlState state, String detail) {
    finish(url, state, null, null, detail);
  }

  /**
   * A passing failure (timeout, 5xx, 429): the URL stays pending until it has failed {@code
   * maxAttempts} times, then is FAILED. Returns the state it is left in.
   */
  public UrlState failedAttempt(String url, Integer httpStatus, String detail, int maxAttempts) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE watch_urls SET attempts = attempts + 1, http_status = ?, detail = ?, updated = ?,"
                  + " state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE url = ?")) {
        if (httpStatus == null) p.setNull(1, Types.INTEGER);
        else p.setInt(1, httpStatus);
        p.setString(2, detail);
        p.setString(3, Instant.now().toString());
        p.setInt(4, maxAttempts);
        p.setString(5, url);
        p.executeUpdate();
      } catch (SQLException e) {
        throw failure("record failure of " + url, e);
      }
    }
    return url(url).map(UrlRow::state).orElse(UrlState.FAILED);
  }

  /** Ends a URL with its HTTP status, when one was received. */
  public void finish(String url, UrlState state, Integer httpStatus, String detail) {
    finish(url, state, null, httpStatus, detail);
  }

  /**
   * Records {@code alias} (a page's rel=canonical) as standing for {@code url}, unless it is known.
   * Returns false when it was already known: another URL reached the same article first.
   */
  public boolean addAlias(String alias, String url, String source) {
    synchronized (lock) {
      String now = Instant.now().toString();
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT OR IGNORE INTO watch_urls (url, source, state, canonical, attempts, first_seen, updated)"
                  + " VALUES (?,?,'alias',?,0,?,?)")) {
        p.setString(1, alias);
        p.setString(2, source);
        p.setString(3, url);
        p.setString(4, now);
        p.setString(5, now);
        return p.executeUpdate() == 1;
      } catch (SQLException e) {
        throw failure("record alias " + alias, e);
      }
    }
  }

  private void finish(String url, UrlState state, String docId, Integer httpStatus, String detail) {
    synchronized (lock) {
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE watch_urls SET state = ?, doc_id = coalesce(?, doc_id), http_status = coalesce(?,"
                  + " http_status), detail = ?, body = NULL, updated = ? WHERE url = ?")) {
        p.setString(1, state.db());
        p.setString(2, docId);
        if (httpStatus == null) p.setNull(3, Types.INTEGER);
        else p.setInt(3, httpStatus);
        p.setString(4, detail);
        p.setString(5, Instant.now().toString());
        p.setString(6, url);
        p.executeUpdate();
      } catch (SQLException e) {
        throw failure("record state of " + url, e);
      }
    }
  }

  private static SourceState sourceState(ResultSet r) throws SQLException {
    return new SourceState(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        instant(r.getString(5)),
        instant(r.getString(6)),
        r.getInt(7),
        instant(r.getString(8)),
        r.getString(9));
  }

  private static UrlRow urlRow(ResultSet r) throws SQLException {
    int http = r.getInt(4);
    Integer status = r.wasNull() ? null : http;
    return new UrlRow(
        r.getString(1),
        r.getString(2),
        UrlState.of(r.getString(3)),
        status,
        r.getString(5),
        r.getString(6),
        r.getInt(7),
        r.getString(8));
  }

  private static String iso(Instant i) {
    return i == null ? null : i.toString();
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}

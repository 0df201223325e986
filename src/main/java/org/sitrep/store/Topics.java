package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;

/**
 * Topics, the articles they match, their alerts and the webhook outbox, in the store's own
 * database. Every article the store resolves is matched against every topic as it arrives ({@link
 * #catchUp}, which {@link Store#resolvePending} calls): it is tagged with the topics it matches and
 * why, and each topic's alert rules run on it; its tags, its alerts and their outbox rows are
 * written in one transaction with the counter of articles seen, so a crash repeats or loses none.
 * An alert is raised once per cause (a unique key), whatever the restarts and re-polls. Safe to
 * share between threads: calls are serialised on the {@link Store}.
 */
public final class Topics {
  /** A webhook delivery due: its idempotency id, where it goes, how often it was tried, what. */
  public record Delivery(String id, String url, int attempts, Alert alert) {}

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Alert.Evidence>> EVIDENCE = new TypeReference<>() {};

  private final Store store;
  private final Connection c;
  private TopicMatcher matcher;
  private final List<java.util.function.Consumer<List<Delivery>>> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  Topics(Store store, Connection c) {
    this.store = store;
    this.c = c;
  }

  // ----------------------------------------------------------------------------------- topics

  /** Every topic, by name. */
  public List<Topic> list() {
    synchronized (store) {
      try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT name, query, entities, places, label, threshold, since_seq, created FROM topics"
                      + " ORDER BY name");
          ResultSet r = p.executeQuery()) {
        List<Topic> out = new ArrayList<>();
        while (r.next()) out.add(topic(r));
        return out;
      } catch (SQLException e) {
        throw failure("read topics", e);
      }
    }
  }

  public Optional<Topic> get(String name) {
    return list().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private static Topic topic(ResultSet r) throws SQLException {
    return new Topic(
        r.getString(1),
        r.getString(2),
        Json.MAPPER.convertValue(Json.read(r.getString(3), List.class), STRINGS),
        Json.MAPPER.convertValue(Json.read(r.getString(4), List.class), STRINGS),
        r.getString(5),
        r.getDouble(6),
        r.getLong(7),
        r.getString(8));
  }

  /**
   * Adds a topic and tags the articles already stored that it matches (they raise no alert: alerts
   * concern articles that arrive after the topic exists). Returns how many were tagged.
   *
   * @throws IllegalArgumentException when the topic is not valid or its name is taken
   * @throws BadQueryException when its query is not valid query syntax
   */
  public int add(Topic spec) {
    synchronized (store) {
      String problem = spec.problem();
      if (problem != null) throw new IllegalArgumentException(problem);
      TopicMatcher.check(spec.query());
      if (get(spec.name()).isPresent())
        throw new IllegalArgumentException("a topic named " + spec.name() + " exists already");
      catchUp(); // the articles resolved so far are seen by the topics there are now
      try {
        long since = lastStored();
        Topic t =
            new Topic(
                spec.name(),
                spec.query(),
                spec.entities(),
                spec.places(),
                spec.label(),
                spec.threshold(),
                since,
                Instant.now().toString());
        TopicMatcher one = new TopicMatcher(List.of(t));
        List<Object[]> tags = new ArrayList<>();
        for (Object[] cand : candidates(t, since)) {
          Optional<Annotated> a = store.get((String) cand[1]);
          if (a.isEmpty()) continue;
          for (TopicMatcher.Match m : one.match(a.get()))
            tags.add(new Object[] {cand[1], cand[0], m.why()});
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO topics (name, query, entities, places, label, threshold, since_seq, created)"
                      + " VALUES (?,?,?,?,?,?,?,?)")) {
            p.setString(1, t.name());
            p.setString(2, t.query());
            p.setString(3, Json.write(t.entities()));
            p.setString(4, Json.write(t.places()));
            p.setString(5, t.label());
            p.setDouble(6, t.threshold());
            p.setLong(7, t.sinceSeq());
            p.setString(8, t.created());
            p.executeUpdate();
          }
          try (PreparedStatement p = c.prepareStatement(TAG)) {
            for (Object[] tag : tags) {
              p.setString(1, t.name());
              p.setString(2, (String) tag[0]);
              p.setLong(3, (Long) tag[1]);
              p.setString(4, Json.write(tag[2]));
              p.addBatch();
            }
            p.executeBatch();
          }
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(auto);
        }
        matcher = null;
        return tags.size();
      } catch (SQLException e) {
        throw failure("add topic " + spec.name(), e);
      }
    }
  }

  private static final String TAG =
      "INSERT OR IGNORE INTO topic_docs (topic, doc_id, seq, why) VALUES (?,?,?,?)";

  /**
   * The stored articles up to {@code since} that may match a topic, as (rowid, id): a query's
   * matches from the search index, else the rows its label and places narrow to, and of those the
   * ones with a mention of one of its entities.
   */
  private List<Object[]> candidates(Topic t, long since) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    if (t.query() != null) {
      int max = (int) Math.max(1, Math.min(store.count(), 1_000_000));
      List<String> ids =
          store.matchingIds(
              new SearchQuery(t.query(), new Filters(null, t.label(), null, null), Page.first(1)),
              null,
              max);
      try (PreparedStatement p = c.prepareStatement("SELECT rowid FROM documents WHERE id = ?")) {
        for (String id : ids) {
          p.setString(1, id);
          try (ResultSet r = p.executeQuery()) {
            if (r.next() && r.getLong(1) <= since) out.add(new Object[] {r.getLong(1), id});
          }
        }
      }
      return out;
    }
    StringBuilder sql = new StringBuilder("SELECT rowid, id FROM documents d WHERE rowid <= ?");
    List<String> args = new ArrayList<>();
    if (t.label() != null) {
      sql.append(" AND label = ? COLLATE NOCASE");
      args.add(t.label());
    }
    if (!t.places().isEmpty()) {
      sql.append(
              " AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.id AND upper(m.country) IN (")
          .append("?,".repeat(t.places().size() - 1))
          .append("?))");
      args.addAll(t.places());
    }
    if (!t.entities().isEmpty()) {
      // Only the articles that name one of the entities (by the same name key the matcher uses),
      // read from the mentions alone: the others are not loaded.
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (String e : t.entities()) keys.add(org.sitrep.model.NameKey.of(e));
      String named =
          "SELECT n.seq, n.doc, m.text, m.canonical FROM ("
              + sql.toString().replaceFirst("^SELECT rowid, id ", "SELECT rowid AS seq, id AS doc ")
              + ") n JOIN mentions m ON m.doc_id = n.doc ORDER BY n.seq";
      try (PreparedStatement p = c.prepareStatement(named)) {
        p.setLong(1, since);
        for (int i = 0; i < args.size(); i++) p.setString(i + 2, args.get(i));
        try (ResultSet r = p.executeQuery()) {
          long last = -1;
          while (r.next()) {
            long rowid = r.getLong(1);
            if (rowid == last) continue;
            if (names(keys, r.getString(3)) || names(keys, r.getString(4))) {
              out.add(new Object[] {rowid, r.getString(2)});
              last = rowid;
            }
          }
        }
      }
      return out;
    }
    sql.append(" ORDER BY rowid");
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      p.setLong(1, since);
      for (int i = 0; i < args.size(); i++) p.setString(i + 2, args.get(i));
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(new Object[] {r.getLong(1), r.getString(2)});
      }
    }
    return out;
  }

  /** Whether a mention's form has one of the name keys (as the matcher reads it). */
  private static boolean names(java.util.Set<String> keys, String form) {
    if (form == null) return false;
    return keys.contains(org.sitrep.model.NameKey.of(form))
        || keys.contains(org.sitrep.model.NameKey.of(form.replaceAll("['’]s$", "")));
  }

  /**
   * Removes a topic and its tags; its alerts stay, and their causes with them (re-adding the topic
   * does not raise them again). False when there is no such topic.
   */
  public boolean remove(String name) {
    synchronized (store) {
      try {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          int n;
          try (PreparedStatement p = c.prepareStatement("DELETE FROM topics WHERE name = ?")) {
            p.setString(1, name);
            n = p.executeUpdate();
          }
          try (PreparedStatement p = c.prepareStatement("DELETE FROM topic_docs WHERE topic = ?")) {
            p.setString(1, name);
            p.executeUpdate();
          }
          c.commit();
          matcher = null;
          return n > 0;
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        throw failure("remove topic " + name, e);
      }
    }
  }

  /**
   * Where a topic stands: how many articles it tags, the last one tagged and the last alert raised
   * on any topic. It changes whenever the topic's articles or alerts do, so a page built from them
   * can be kept while it is the same.
   */
  public String state(String topic) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT (SELECT count(*) FROM topic_docs WHERE topic = ?),"
                  + " (SELECT max(seq) FROM topic_docs WHERE topic = ?),"
                  + " (SELECT max(id) FROM alerts)")) {
        p.setString(1, topic);
        p.setString(2, topic);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          return r.getLong(1) + ":" + r.getLong(2) + ":" + r.getLong(3);
        }
      } catch (SQLException e) {
        throw failure("read the state of topic " + topic, e);
      }
    }
  }

  /** A topic's articles in the order they were stored. */
  public List<String> docs(String topic) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement("SELECT doc_id FROM topic_docs WHERE topic = ? ORDER BY seq")) {
        p.setString(1, topic);
        try (ResultSet r = p.executeQuery()) {
          List<String> out = new ArrayList<>();
          while (r.next()) out.add(r.getString(1));
          return out;
        }
      } catch (SQLException e) {
        throw failure("read the articles of topic " + topic, e);
      }
    }
  }

  /** The topics an article belongs to, each with why (which clauses matched, on what). */
  public Map<String, List<String>> why(String docId) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement("SELECT topic, why FROM topic_docs WHERE doc_id = ? ORDER BY topic")) {
        p.setString(1, docId);
        try (ResultSet r = p.executeQuery()) {
          Map<String, List<String>> out = new LinkedHashMap<>();
          while (r.next()) out.put(r.getString(1), Json.MAPPER.readValue(r.getString(2), STRINGS));
          return out;
        }
      } catch (SQLException e) {
        throw failure("read the topics of " + docId, e);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new StoreException("stored topic reasons of " + docId + " do not parse", e);
      }
    }
  }

  // ----------------------------------------------------------------------------------- alerts

  /**
   * Alerts, oldest first: of one topic (or all when null), raised on or after {@code since} (an ISO
   * date or instant; null for all), at most {@code limit} of the latest.
   */
  public List<Alert> alerts(String topic, String since, int limit) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT * FROM (SELECT "
                  + ALERT_COLUMNS
                  + " FROM alerts WHERE (? IS NULL OR topic = ?) AND (? IS NULL OR raised >= ?)"
                  + " ORDER BY id DESC LIMIT ?) ORDER BY id")) {
        p.setString(1, topic);
        p.setString(2, topic);
        p.setString(3, since);
        p.setString(4, since);
        p.setInt(5, limit);
        try (ResultSet r = p.executeQuery()) {
          List<Alert> out = new ArrayList<>();
          while (r.next()) out.add(alert(r));
          return out;
        }
      } catch (SQLException e) {
        throw failure("read alerts", e);
      }
    }
  }

  private static final String ALERT_COLUMNS =
      "id, topic, kind, subject, measure, value, previous, text, evidence, url, raised";

  private static Alert alert(ResultSet r) throws SQLException {
    try {
      return new Alert(
          r.getLong(1),
          r.getString(2),
          r.getString(3),
          r.getString(4),
          r.getString(5),
          number(r, 6),
          number(r, 7),
          r.getString(8),
          Json.MAPPER.readValue(r.getString(9), EVIDENCE),
          r.getString(10),
          r.getString(11));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("stored evidence of alert " + r.getLong(1) + " does not parse", e);
    }
  }

  private static Double number(ResultSet r, int i) throws SQLException {
    double v = r.getDouble(i);
    return r.wasNull() ? null : v;
  }

  // --------------------------------------------------------------------------------- webhooks

  /**
   * Registers a webhook: every alert raised from now on is queued for it, in the transaction that
   * raises it, until it is delivered.
   */
  public void registerWebhook(String url) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement("INSERT OR IGNORE INTO webhooks (url, added) VALUES (?, ?)")) {
        p.setString(1, url);
        p.setString(2, Instant.now().toString());
        p.executeUpdate();
      } catch (SQLException e) {
        throw failure("register webhook " + url, e);
      }
    }
  }

  /**
   * Tells {@code listener} of the deliveries queued for each article as soon as its transaction is
   * committed (called with the store held: it must only hand them over, not wait); the outbox keeps
   * them either way.
   */
  public void onQueued(java.util.function.Consumer<List<Delivery>> listener) {
    listeners.add(listener);
  }

  /** The deliveries to {@code url} due at {@code now}, oldest first, at most {@code max}. */
  public List<Delivery> due(String url, Instant now, int max) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT o.delivery, o.url, o.attempts, "
                  + ALERT_COLUMNS.replaceAll("(\\w+)", "a.$1")
                  + " FROM alert_outbox o JOIN alerts a ON a.id = o.alert_id"
                  + " WHERE o.url = ? AND o.delivered IS NULL AND o.next_attempt <= ?"
                  + " ORDER BY o.alert_id LIMIT ?")) {
        p.setString(1, url);
        p.setString(2, now.toString());
        p.setInt(3, max);
        try (ResultSet r = p.executeQuery()) {
          List<Delivery> out = new ArrayList<>();
          while (r.next()) {
            String id = r.getString(1), to = r.getString(2);
            int attempts = r.getInt(3);
            Alert a =
                new Alert(
                    r.getLong(4),
                    r.getString(5),
                    r.getString(6),
                    r.getString(7),
                    r.getString(8),
                    number(r, 9),
                    number(r, 10),
                    r.getString(11),
                    Json.MAPPER.readValue(r.getString(12), EVIDENCE),
                    r.getString(13),
                    r.getString(14));
            out.add(new Delivery(id, to, attempts, a));
          }
          return out;
        }
      } catch (SQLException e) {
        throw failure("read the webhook outbox", e);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new StoreException("stored evidence of an alert does not parse", e);
      }
    }
  }

  /** How many deliveries to {@code url} wait (due or not). */
  public long undelivered(String url) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT COUNT(*) FROM alert_outbox WHERE url = ? AND delivered IS NULL")) {
        p.setString(1, url);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? r.getLong(1) : 0;
        }
      } catch (SQLException e) {
        throw failure("count the webhook outbox", e);
      }
    }
  }

  /** Records a delivery as acknowledged. */
  public void delivered(String delivery, String status) {
    outcome(delivery, status, null);
  }

  /** Records a failed attempt and when to try again. */
  public void retryAt(String delivery, String status, Instant next) {
    outcome(delivery, status, next);
  }

  private void outcome(String delivery, String status, Instant next) {
    synchronized (store) {
      try (PreparedStatement p =
          c.prepareStatement(
              next == null
                  ? "UPDATE alert_outbox SET attempts = attempts + 1, last_status = ?, delivered = ?"
                      + " WHERE delivery = ?"
                  : "UPDATE alert_outbox SET attempts = attempts + 1, last_status = ?, next_attempt = ?"
                      + " WHERE delivery = ?")) {
        p.setString(1, status);
        p.setString(2, next == null ? Instant.now().toString() : next.toString());
        p.setString(3, delivery);
        p.executeUpdate();
      } catch (SQLException e) {
        throw failure("record a webhook delivery", e);
      }
    }
  }

  // ------------------------------------------------------------------------- the arrival pass

  /**
   * Matches every article resolved since the last pass against every topic, in the order they were
   * stored: tags it, applies the alert rules of the topics that existed before it was stored, and
   * queues each new alert for every webhook, one transaction per article.
   */
  void catchUp() {
    synchronized (store) {
      try {
        long cursor = counter("SELECT value FROM topic_counter WHERE name = 'seq'");
        long resolved = counter("SELECT value FROM resolve_counter WHERE name = 'seq'");
        if (resolved <= cursor) return;
        List<Topic> topics = list();
        if (topics.isEmpty()) {
          setCursor(resolved);
          return;
        }
        if (matcher == null) matcher = new TopicMatcher(topics);
        List<String> webhooks = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT url FROM webhooks ORDER BY rowid")) {
          while (r.next()) webhooks.add(r.getString(1));
        }
        List<Object[]> arrived = new ArrayList<>();
        try (PreparedStatement p =
            c.prepareStatement(
                "SELECT rowid, id FROM documents WHERE rowid > ? AND rowid <= ? ORDER BY rowid")) {
          p.setLong(1, cursor);
          p.setLong(2, resolved);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) arrived.add(new Object[] {r.getLong(1), r.getString(2)});
          }
        }
        AlertRules rules = new AlertRules(c);
        for (Object[] doc : arrived) {
          long seq = (Long) doc[0];
          Optional<Annotated> a = store.get((String) doc[1]);
          boolean auto = c.getAutoCommit();
          c.setAutoCommit(false);
          List<Delivery> queued = new ArrayList<>();
          try {
            if (a.isPresent()) arrive(seq, a.get(), topics, rules, webhooks, queued);
            setCursor(seq);
            c.commit();
            if (!queued.isEmpty()) for (var l : listeners) l.accept(List.copyOf(queued));
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(auto);
          }
        }
        setCursor(resolved);
      } catch (SQLException e) {
        throw failure("match new articles against topics", e);
      }
    }
  }

  private void arrive(
      long seq,
      Annotated a,
      List<Topic> topics,
      AlertRules rules,
      List<String> webhooks,
      List<Delivery> queued)
      throws SQLException {
    List<String> tagged = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(TAG)) {
      for (TopicMatcher.Match m : matcher.match(a)) {
        p.setString(1, m.topic().name());
        p.setString(2, a.document().id());
        p.setLong(3, seq);
        p.setString(4, Json.write(m.why()));
        p.addBatch();
        tagged.add(m.topic().name());
      }
      p.executeBatch();
    }
    String now = Instant.now().toString();
    for (Topic t : topics) {
      if (seq <= t.sinceSeq()) continue;
      for (AlertRules.Draft d : rules.apply(t, seq, a, tagged.contains(t.name()))) {
        long id = raise(t, d, now);
        if (id < 0) continue;
        Alert alert =
            new Alert(
                id,
                t.name(),
                d.kind(),
                d.subject(),
                d.measure(),
                d.value(),
                d.previous(),
                d.text(),
                d.evidence(),
                d.url(),
                now);
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT OR IGNORE INTO alert_outbox (delivery, alert_id, url, attempts, next_attempt)"
                    + " VALUES (?,?,?,0,?)")) {
          for (String url : webhooks) {
            String delivery = UUID.randomUUID().toString();
            queued.add(new Delivery(delivery, url, 0, alert));
            p.setString(1, delivery);
            p.setLong(2, id);
            p.setString(3, url);
            p.setString(4, now);
            p.addBatch();
          }
          p.executeBatch();
        }
      }
    }
  }

  /** Stores an alert unless its cause raised one already; its id, or -1. */
  private long raise(Topic t, AlertRules.Draft d, String now) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR IGNORE INTO alerts (cause, topic, kind, subject, measure, value, previous, text,"
                + " evidence, url, doc_id, raised) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int i = 1;
      p.setString(i++, d.cause());
      p.setString(i++, t.name());
      p.setString(i++, d.kind());
      p.setString(i++, d.subject());
      p.setString(i++, d.measure());
      if (d.value() == null) p.setNull(i++, java.sql.Types.REAL);
      else p.setDouble(i++, d.value());
      if (d.previous() == null) p.setNull(i++, java.sql.Types.REAL);
      else p.setDouble(i++, d.previous());
      p.setString(i++, d.text());
      p.setString(i++, Json.write(d.evidence()));
      p.setString(i++, d.url());
      p.setString(i++, d.docId());
      p.setString(i, now);
      if (p.executeUpdate() == 0) return -1;
    }
    return counter("SELECT last_insert_rowid()");
  }

  private long lastStored() throws SQLException {
    return counter("SELECT COALESCE(MAX(rowid), 0) FROM documents");
  }

  private long counter(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  private void setCursor(long seq) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO topic_counter (name, value) VALUES ('seq', ?)")) {
      p.setLong(1, seq);
      p.executeUpdate();
    }
  }

  private static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }
}

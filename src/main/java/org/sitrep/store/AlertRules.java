package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.model.NameKey;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesIds;

/**
 * The alert rules a topic applies to each article that arrives after it exists, reading the
 * resolved picture the article has just been added to (fact series, stories, entities). Each alert
 * carries a cause key naming what caused it, so that the same cause never raises a second alert
 * (the alerts table holds the key unique): a figure by its series and value, a move by its two
 * values, a conflict by its period and values, a new person by story and entity, a spike by its
 * day.
 */
final class AlertRules {
  /** A day with fewer distinct reports than this is never a spike. */
  static final int SPIKE_MIN_REPORTS = 3;

  /** A day is a spike when it has more than this many times the trailing days' mean. */
  static final double SPIKE_FACTOR = 2.0;

  /** The trailing days a spike is measured against. */
  static final int SPIKE_BASELINE_DAYS = 7;

  /** Two values of one period differ when they are further apart than this share. */
  static final double CONFLICT_TOLERANCE = 0.05;

  private static final Set<String> NEW_ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION");

  /** An alert before it is stored: its cause key and what it says. */
  record Draft(
      String cause,
      String kind,
      String subject,
      String measure,
      Double value,
      Double previous,
      String text,
      List<Alert.Evidence> evidence,
      String url,
      String docId) {
    Draft withText(String newText) {
      return new Draft(
          cause, kind, subject, measure, value, previous, newText, evidence, url, docId);
    }
  }

  private final Connection c;

  AlertRules(Connection c) {
    this.c = c;
  }

  /**
   * The alerts an article (stored as {@code seq}) raises on a topic; {@code tagged} says whether it
   * belongs to the topic. Series rules apply to series the topic follows, which the article may
   * feed without belonging to the topic itself.
   */
  List<Draft> apply(Topic t, long seq, Annotated a, boolean tagged) throws SQLException {
    List<Draft> out = new ArrayList<>();
    series(t, seq, a, out);
    if (tagged) {
      entities(t, seq, a, out);
      spike(t, a, out);
    }
    return out;
  }

  // ------------------------------------------------------------------------------ fact series

  /** How much a kind of series alert says, most first: one alert per article and series. */
  private static final List<String> SERIES_KINDS =
      List.of("conflict", "high", "low", "move", "figure");

  /**
   * The series alerts of an article: one per series (and kind of figure, and unit) it reports a
   * value in, the weightiest of what its values say there (a conflict with another outlet on the
   * same period, a new high or low, a move beyond the threshold, a new figure), the others named in
   * its text. A value the series had already (another outlet repeating it) says nothing; neither do
   * the first values of a series, which have nothing to be compared with.
   */
  private void series(Topic t, long seq, Annotated a, List<Draft> out) throws SQLException {
    java.util.Map<String, List<Observation>> groups = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> seriesOf = new java.util.HashMap<>();
    java.util.Map<String, Boolean> follows = new java.util.HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT series, json FROM series_observation WHERE seq = ? ORDER BY idx")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String series = r.getString(1);
          Observation o = Json.read(r.getString(2), Observation.class);
          if (!"current".equals(o.status()) || o.delta()) continue;
          String group = series + "|" + kindOf(o) + "|" + Objects.toString(o.unit(), "");
          groups.computeIfAbsent(group, k -> new ArrayList<>()).add(o);
          seriesOf.put(group, series);
        }
      }
    }
    String url = url(a);
    for (java.util.Map.Entry<String, List<Observation>> g : groups.entrySet()) {
      String series = seriesOf.get(g.getKey());
      Boolean f = follows.get(series);
      if (f == null) follows.put(series, f = followed(t, series));
      if (!f) continue;
      List<Observation> mine = g.getValue();
      List<Observation> earlier = new ArrayList<>();
      for (Observation e : earlier(series, seq)) if (comparable(mine.get(0), e)) earlier.add(e);
      List<Draft> found = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (Observation o : mine) {
        Draft conflict = conflict(t, o, earlier, url, a);
        if (conflict != null) found.add(conflict);
        boolean seen =
            earlier.stream().anyMatch(e -> same(e.value(), o.value()))
                || values.stream().anyMatch(v -> same(v, o.value()));
        values.add(o.value());
        if (seen || earlier.isEmpty()) continue;
        found.add(change(t, o, earlier, url, a));
      }
      if (found.isEmpty()) continue;
      Draft best = found.get(0);
      for (Draft d : found)
        if (SERIES_KINDS.indexOf(d.kind()) < SERIES_KINDS.indexOf(best.kind())) best = d;
      List<String> also = new ArrayList<>();
      for (Draft d : found) if (d != best && also.size() < 3) also.add(d.text());
      if (!also.isEmpty()) best = best.withText(best.text() + "; also: " + String.join("; ", also));
      out.add(best);
    }
  }

  /**
   * What a value the series did not have says against its earlier values: a new high or low (two
   * different values at least before it), else a move beyond the threshold from the latest value,
   * else a new figure.
   */
  private Draft change(Topic t, Observation o, List<Observation> earlier, String url, Annotated a)
      throws SQLException {
    String id = SeriesIds.of(o.key());
    String label = o.key().label();
    String unit = o.unit() == null ? "" : " " + o.unit();
    Alert.Evidence mine = evidence(o, url, a.document().outlet());
    String base = t.name() + "|" + id + "|" + kindOf(o) + "|" + Objects.toString(o.unit(), "");
    Observation prev = earlier.get(earlier.size() - 1);
    long distinct = earlier.stream().map(e -> num(e.value())).distinct().count();
    double max = earlier.stream().mapToDouble(Observation::value).max().orElseThrow();
    double min = earlier.stream().mapToDouble(Observation::value).min().orElseThrow();
    if (distinct >= 2 && (o.value() > max || o.value() < min)) {
      boolean high = o.value() > max;
      double before = high ? max : min;
      Observation was =
          earlier.stream().filter(e -> same(e.value(), before)).findFirst().orElse(prev);
      return new Draft(
          base + (high ? "|high|" : "|low|") + num(o.value()),
          high ? "high" : "low",
          id,
          o.key().measure(),
          o.value(),
          before,
          label
              + " at a new "
              + (high ? "high" : "low")
              + ": "
              + num(o.value())
              + unit
              + " ("
              + (high ? "highest" : "lowest")
              + " before: "
              + num(before)
              + (same(before, prev.value()) ? "" : ", latest " + num(prev.value()))
              + ")",
          List.of(mine, evidence(was)),
          url,
          a.document().id());
    }
    if (prev.value() != 0
        && Math.abs(o.value() - prev.value()) / Math.abs(prev.value()) > t.threshold()) {
      double pct = 100 * (o.value() - prev.value()) / Math.abs(prev.value());
      return new Draft(
          base + "|move|" + num(prev.value()) + ">" + num(o.value()),
          "move",
          id,
          o.key().measure(),
          o.value(),
          prev.value(),
          label
              + " moved from "
              + num(prev.value())
              + " to "
              + num(o.value())
              + unit
              + String.format(Locale.ROOT, " (%+.1f%%)", pct),
          List.of(mine, evidence(prev)),
          url,
          a.document().id());
    }
    return new Draft(
        base + "|figure|" + num(o.value()),
        "figure",
        id,
        o.key().measure(),
        o.value(),
        prev.value(),
        "New figure for "
            + label
            + ": "
            + num(o.value())
            + unit
            + (o.asOf() == null ? "" : " as of " + o.asOf())
            + (o.outlet() == null ? "" : " (" + o.outlet() + ")")
            + " (latest before: "
            + num(prev.value())
            + ")",
        List.of(mine, evidence(prev)),
        url,
        a.document().id());
  }

  /** Another outlet's value for the same period more than the tolerance away, or null. */
  private Draft conflict(Topic t, Observation o, List<Observation> earlier, String url, Annotated a)
      throws SQLException {
    String period = period(o);
    if (period == null) return null;
    for (Observation e : earlier) {
      if (!period.equals(period(e)) || e.docId().equals(o.docId())) continue;
      if (o.outlet() != null && o.outlet().equals(e.outlet())) continue;
      double gap =
          Math.abs(o.value() - e.value()) / Math.max(Math.abs(o.value()), Math.abs(e.value()));
      if (!(gap > CONFLICT_TOLERANCE)) continue;
      double lo = Math.min(o.value(), e.value()), hi = Math.max(o.value(), e.value());
      String id = SeriesIds.of(o.key());
      String unit = o.unit() == null ? "" : " " + o.unit();
      String base = t.name() + "|" + id + "|" + kindOf(o) + "|" + Objects.toString(o.unit(), "");
      return new Draft(
          base + "|conflict|" + period + "|" + num(lo) + "|" + num(hi),
          "conflict",
          id,
          o.key().measure(),
          o.value(),
          e.value(),
          "Sources disagree on "
              + o.key().label()
              + " for "
              + period
              + ": "
              + Objects.toString(o.outlet(), "one source")
              + " says "
              + num(o.value())
              + unit
              + ", "
              + Objects.toString(e.outlet(), "another")
              + " "
              + num(e.value())
              + unit,
          List.of(evidence(o, url, a.document().outlet()), evidence(e)),
          url,
          a.document().id());
    }
    return null;
  }

  /** Whether the topic follows a series: one of its articles reported a figure in it. */
  private boolean followed(Topic t, String series) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT 1 FROM series_observation so JOIN topic_docs td ON td.topic = ? AND td.seq = so.seq"
                + " WHERE so.series = ? LIMIT 1")) {
      p.setString(1, t.name());
      p.setString(2, series);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private List<Observation> earlier(String series, long seq) throws SQLException {
    List<Observation> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT json FROM series_observation WHERE series = ? AND seq < ? ORDER BY seq, idx")) {
      p.setString(1, series);
      p.setLong(2, seq);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(Json.read(r.getString(1), Observation.class));
      }
    }
    return out;
  }

  private static boolean comparable(Observation o, Observation e) {
    return "current".equals(e.status())
        && !e.delta()
        && kindOf(o).equals(kindOf(e))
        && Objects.equals(o.unit(), e.unit());
  }

  private static String kindOf(Observation o) {
    return o.kind() == null ? "level" : o.kind();
  }

  /** The period two figures must share to disagree: the reporting period, or a stated date. */
  private static String period(Observation o) {
    if (o.period() != null) return o.period();
    if (o.asOf() != null && ("time".equals(o.asOfHow()) || "period".equals(o.asOfHow())))
      return o.asOf();
    return null;
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private Alert.Evidence evidence(Observation o) throws SQLException {
    return evidence(o, urlOf(o.docId()), o.outlet());
  }

  private static Alert.Evidence evidence(Observation o, String url, String outlet) {
    return new Alert.Evidence(o.evidence(), url, o.docId(), outlet);
  }

  // ------------------------------------------------------------------------- story entities

  private void entities(Topic t, long seq, Annotated a, List<Draft> out) throws SQLException {
    String id = a.document().id();
    String story = null;
    try (PreparedStatement p =
        c.prepareStatement("SELECT story_id FROM doc_links WHERE doc_id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) story = r.getString(1);
      }
    }
    if (story == null
        || !exists("SELECT 1 FROM doc_links WHERE story_id = ? AND seq < ? LIMIT 1", story, seq))
      return; // a story's first article brings every name; none is news to it
    String title = null;
    try (PreparedStatement p = c.prepareStatement("SELECT title FROM story_state WHERE id = ?")) {
      p.setString(1, story);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) title = r.getString(1);
      }
    }
    List<Object[]> named = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.entity_id, e.type, e.name, MIN(m.char_start), COUNT(*) FROM mentions m"
                + " JOIN entity_state e ON e.id = m.entity_id WHERE m.doc_id = ?"
                + " GROUP BY m.entity_id ORDER BY MIN(m.char_start)")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next())
          named.add(
              new Object[] {
                r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5)
              });
      }
    }
    int lead = leadEnd(a.document().body());
    List<Object[]> about = new ArrayList<>();
    for (Object[] n : named) {
      if (!NEW_ENTITY_TYPES.contains((String) n[1])) continue;
      // A name in passing is not news: the article must be about it (named twice, or in its lead).
      if ((Integer) n[4] < 2 && (Integer) n[3] >= lead) continue;
      about.add(n);
    }
    if (about.isEmpty()) return;
    // Which of them the story's earlier articles named, in one query.
    Set<String> known = new java.util.HashSet<>();
    String marks = String.join(",", java.util.Collections.nCopies(about.size(), "?"));
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT DISTINCT m.entity_id FROM mentions m JOIN doc_links l ON l.doc_id = m.doc_id"
                + " WHERE l.story_id = ? AND l.seq < ? AND m.entity_id IN ("
                + marks
                + ")")) {
      p.setString(1, story);
      p.setLong(2, seq);
      for (int k = 0; k < about.size(); k++) p.setString(3 + k, (String) about.get(k)[0]);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) known.add(r.getString(1));
      }
    }
    List<Object[]> fresh = new ArrayList<>();
    for (Object[] n : about) if (!known.contains((String) n[0])) fresh.add(n);
    if (fresh.isEmpty()) return;
    // Nor is a name an entity alert of this topic has already given for an article of this story,
    // whatever ids the story and the entity have now (stories and entities that merge take one
    // id): an entity alert is raised once per story and name.
    Set<String> alerted = new java.util.HashSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT a.measure FROM alerts a JOIN doc_links l ON l.doc_id = a.doc_id"
                + " WHERE a.topic = ? AND a.kind = 'entity' AND l.story_id = ?")) {
      p.setString(1, t.name());
      p.setString(2, story);
      try (ResultSet r = p.executeQuery()) {
        while (r.next())
          if (r.getString(1) != null)
            for (String name : r.getString(1).split(", ")) alerted.add(NameKey.of(name));
      }
    }
    fresh.removeIf(n -> alerted.contains(NameKey.of((String) n[2])));
    if (fresh.isEmpty()) return;
    // One alert for what the article brings to the story, its names in the order it gives them.
    String url = url(a);
    List<String> names = new ArrayList<>();
    List<Alert.Evidence> evidence = new ArrayList<>();
    boolean people = false, organisations = false;
    for (Object[] n : fresh) {
      names.add((String) n[2]);
      if ("PERSON".equals(n[1])) people = true;
      else organisations = true;
      String sentence = sentence(a, (Integer) n[3]);
      if (evidence.stream().noneMatch(e -> e.text().equals(sentence)))
        evidence.add(new Alert.Evidence(sentence, url, id, a.document().outlet()));
    }
    String what;
    if (names.size() == 1) what = people ? "person" : "organisation";
    else if (!organisations) what = "people";
    else if (!people) what = "organisations";
    else what = "people and organisations";
    // The cause names the story and the names (not the entities' ids, which a merge can change).
    List<String> keys = new ArrayList<>();
    for (String name : names) keys.add(NameKey.of(name));
    java.util.Collections.sort(keys);
    out.add(
        new Draft(
            t.name() + "|" + story + "|entity|" + String.join(",", keys),
            "entity",
            story,
            String.join(", ", names),
            null,
            null,
            "New "
                + what
                + " in story "
                + story
                + (title == null ? "" : " (" + title + ")")
                + ": "
                + String.join(", ", names),
            evidence,
            url,
            id));
  }

  /** Where an article's lead ends: its first paragraph, at most {@value #LEAD_MAX} characters. */
  static int leadEnd(String body) {
    int para = body.indexOf("\n\n");
    return Math.min(para < 0 ? body.length() : para, LEAD_MAX);
  }

  private static final int LEAD_MAX = 400;

  // ---------------------------------------------------------------------------------- spikes

  private void spike(Topic t, Annotated a, List<Draft> out) throws SQLException {
    String published = a.document().published().value();
    if (published == null || published.length() < 10) return;
    LocalDate day;
    try {
      day = LocalDate.parse(published.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return;
    }
    int today = reports(t, day, day);
    if (today < SPIKE_MIN_REPORTS) return;
    double baseline =
        reports(t, day.minusDays(SPIKE_BASELINE_DAYS), day.minusDays(1))
            / (double) SPIKE_BASELINE_DAYS;
    if (!(today > SPIKE_FACTOR * baseline)) return;
    String url = url(a);
    out.add(
        new Draft(
            t.name() + "|spike|" + day,
            "spike",
            day.toString(),
            "distinct reports",
            (double) today,
            baseline,
            String.format(
                Locale.ROOT,
                "%d distinct reports on %s on %s, against %.1f a day over the %d days before",
                today,
                t.name(),
                day,
                baseline,
                SPIKE_BASELINE_DAYS),
            List.of(
                new Alert.Evidence(
                    a.document().title() == null ? sentence(a, 0) : a.document().title(),
                    url,
                    a.document().id(),
                    a.document().outlet())),
            url,
            a.document().id()));
  }

  /** Distinct reports (duplicates counted once) of a topic published from one day to another. */
  private int reports(Topic t, LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT COUNT(DISTINCT COALESCE(l.dup_group, td.doc_id)) FROM topic_docs td"
                + " JOIN documents d ON d.id = td.doc_id LEFT JOIN doc_links l ON l.doc_id = td.doc_id"
                + " WHERE td.topic = ? AND substr(d.published, 1, 10) BETWEEN ? AND ?")) {
      p.setString(1, t.name());
      p.setString(2, from.toString());
      p.setString(3, to.toString());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  // ----------------------------------------------------------------------------------- shared

  private boolean exists(String sql, String s, long n) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, s);
      p.setLong(2, n);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** The sentence that holds a character offset, or the text around it. */
  static String sentence(Annotated a, int offset) {
    for (Span s : a.sentences())
      if (s.start() <= offset && offset < s.end()) return a.body().substring(s.start(), s.end());
    String b = a.body();
    int from = Math.max(0, Math.min(offset, b.length()));
    return b.substring(from, Math.min(b.length(), from + 300));
  }

  /** Where an article was read from: its first web address, else its first file. */
  static String url(Annotated a) {
    String path = null;
    for (Source s : a.document().sources()) {
      if (s.url() != null) return s.url();
      if (path == null) path = s.path();
    }
    return path;
  }

  String urlOf(String docId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT url, path FROM sources WHERE doc_id = ? ORDER BY url IS NULL, rowid LIMIT 1")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return null;
        return r.getString(1) != null ? r.getString(1) : r.getString(2);
      }
    }
  }

  /** A value as people write it: no ".0", no exponent. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}

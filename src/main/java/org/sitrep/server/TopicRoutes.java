package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.server.web.TopicPages;
import org.sitrep.store.Alert;
import org.sitrep.store.BadQueryException;
import org.sitrep.store.Store;
import org.sitrep.store.Topic;

/**
 * Topics and their alerts over HTTP: the API (list, create and delete topics; read alerts), each
 * topic's page and its alerts as an Atom feed. Creating and deleting write to the store the server
 * owns, and need a read-write token like every write.
 */
final class TopicRoutes {
  static final String ATOM = "application/atom+xml";
  static final Param ALERT_TOPIC = Param.text("topic", "only this topic's alerts (its name)");
  static final Param SINCE =
      Param.text("since", "only alerts raised on or after this day (yyyy-mm-dd) or instant");
  static final Param ALERT_LIMIT =
      Param.integer("limit", "at most this many alerts, the latest", 1, 1_000);
  private static final int FEED_ENTRIES = 100;

  private final Situations x;
  private final Store store;

  TopicRoutes(Situations x, Store store) {
    this.x = x;
    this.store = store;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(
        Route.get(
            "/api/topics",
            "Topics: their conditions, how many articles each matched and how many alerts it raised",
            ApiRoutes.JSON,
            ctx -> ApiRoutes.json(ctx, Map.of("topics", topics()))));
    r.add(
        new Route(
            "POST",
            "/api/topics",
            "Add a topic from a JSON object {name, query?, entities?, places?, label?, threshold?}:"
                + " articles stored already are tagged now; alerts concern articles stored from now on",
            List.of(),
            ApiRoutes.JSON,
            List.of(ApiRoutes.JSON),
            this::create));
    r.add(
        new Route(
            "DELETE",
            "/api/topics/{name}",
            "Remove a topic and its tags (its alerts are kept)",
            List.of(Param.path("name", "topic name")),
            ApiRoutes.JSON,
            List.of(),
            this::delete));
    r.add(
        Route.get(
            "/api/alerts",
            "Alerts raised on topics, oldest first, each with its evidence sentences and their"
                + " addresses",
            ApiRoutes.JSON,
            this::alerts,
            ALERT_TOPIC,
            SINCE,
            ALERT_LIMIT));
    r.add(
        Route.get(
            "/topics",
            "Page: the topics",
            PageRoutes.HTML,
            ctx -> PageRoutes.html(ctx, TopicPages.list(x))));
    r.add(
        Route.get(
            "/topics/{name}",
            "Page: a topic's alerts, stories, fact series and latest articles",
            PageRoutes.HTML,
            this::topicPage,
            Param.path("name", "topic name")));
    r.add(
        Route.get(
            "/topics/{name}/alerts.atom",
            "A topic's alerts as an Atom feed, the latest first",
            ATOM,
            this::feed,
            Param.path("name", "topic name")));
    return r;
  }

  /** A topic's page and what it was built from: the picture, the topic and its state. */
  private record Built(Object picture, Topic topic, String state, String html) {}

  /** The last page built per topic, kept while the topic, its articles, alerts and picture stay. */
  private final Map<String, Built> built = new java.util.concurrent.ConcurrentHashMap<>();

  private void topicPage(io.javalin.http.Context ctx) {
    Topic t = topic(ctx.pathParam("name"));
    Object picture = x.snapshot();
    String state = x.topicState(t.name());
    Built b = built.get(t.name());
    if (b == null || b.picture() != picture || !b.topic().equals(t) || !b.state().equals(state)) {
      if (built.size() > PageRoutes.CACHED_PAGES) built.clear();
      b = new Built(picture, t, state, TopicPages.topic(x, t));
      built.put(t.name(), b);
    }
    PageRoutes.html(ctx, b.html());
  }

  private Topic topic(String name) {
    return x.topic(name).orElseThrow(() -> ApiError.notFound("topic", name));
  }

  private List<Map<String, Object>> topics() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Topic t : x.topics()) out.add(view(t));
    return out;
  }

  private Map<String, Object> view(Topic t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("query", t.query());
    m.put("entities", t.entities());
    m.put("places", t.places());
    m.put("label", t.label());
    m.put("threshold", t.threshold());
    m.put("created", t.created());
    m.put("articles", x.topicDocs(t.name()).size());
    m.put("alerts", x.alerts(t.name(), null, Integer.MAX_VALUE).size());
    return m;
  }

  private void create(Context ctx) {
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (java.io.IOException e) {
      throw new ApiError(400, "the body is not JSON: " + e.getMessage(), null);
    }
    if (body == null || !body.isObject())
      throw new ApiError(400, "the body is a JSON object {name, query?, entities?, ...}", null);
    ObjectNode o = (ObjectNode) body;
    double threshold = Topic.DEFAULT_THRESHOLD;
    if (o.hasNonNull("threshold")) {
      if (!o.get("threshold").isNumber())
        throw new ApiError(400, "threshold is a number, a share such as 0.1", null);
      threshold = o.get("threshold").asDouble();
    }
    Topic t =
        new Topic(
            text(o, "name"),
            text(o, "query"),
            strings(o, "entities"),
            strings(o, "places"),
            text(o, "label"),
            threshold,
            0,
            null);
    int tagged;
    try {
      tagged = store.topics().add(t);
    } catch (IllegalArgumentException | BadQueryException e) {
      throw new ApiError(400, e.getMessage(), null);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("topic", view(x.topic(t.name()).orElseThrow()));
    out.put("tagged", tagged);
    ctx.status(201);
    ApiRoutes.json(ctx, out);
  }

  private static String text(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new ApiError(400, field + " is a string", null);
    return v.asText();
  }

  private static List<String> strings(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) throw new ApiError(400, field + " is a list of strings", null);
    List<String> out = new ArrayList<>();
    for (JsonNode n : v) {
      if (!n.isTextual()) throw new ApiError(400, field + " is a list of strings", null);
      out.add(n.asText());
    }
    return out;
  }

  private void delete(Context ctx) {
    String name = ctx.pathParam("name");
    if (!store.topics().remove(name)) throw ApiError.notFound("topic", name);
    ApiRoutes.json(ctx, Map.of("removed", name));
  }

  private void alerts(Context ctx) {
    String topic = Params.text(ctx, ALERT_TOPIC), since = Params.text(ctx, SINCE);
    if (since != null) {
      try {
        if (since.length() <= 10) LocalDate.parse(since);
        else Instant.parse(since);
      } catch (java.time.format.DateTimeParseException e) {
        throw ApiError.badParameter("since", "a date (yyyy-mm-dd) or an ISO instant");
      }
    }
    int limit = Params.integer(ctx, ALERT_LIMIT, 100);
    ApiRoutes.json(ctx, Map.of("alerts", x.alerts(topic, since, limit)));
  }

  /** The Atom feed of a topic's alerts: one entry per alert, its id stable across reads. */
  private void feed(Context ctx) {
    Topic t = topic(ctx.pathParam("name"));
    String base = ctx.scheme() + "://" + ctx.host();
    String page = base + "/topics/" + org.sitrep.server.web.Html.url(t.name());
    List<Alert> alerts = new ArrayList<>(x.alerts(t.name(), null, FEED_ENTRIES));
    java.util.Collections.reverse(alerts);
    SyndFeed f = new SyndFeedImpl();
    f.setFeedType("atom_1.0");
    f.setTitle("Sitrep alerts: " + t.name());
    f.setUri("urn:sitrep:topic:" + t.name());
    f.setLink(page);
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(page + "/alerts.atom");
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setHref(page);
    f.setLinks(List.of(alternate, self));
    f.setDescription("Alerts raised on the topic " + t.name());
    f.setPublishedDate(
        Date.from(
            alerts.isEmpty() ? Instant.parse(t.created()) : Instant.parse(alerts.get(0).raised())));
    List<SyndEntry> entries = new ArrayList<>();
    for (Alert a : alerts) {
      SyndEntry e = new SyndEntryImpl();
      e.setUri("urn:sitrep:alert:" + a.id());
      e.setTitle(a.kind() + ": " + a.text());
      e.setLink(a.url() != null && a.url().matches("https?://.*") ? a.url() : page);
      Date when = Date.from(Instant.parse(a.raised()));
      e.setPublishedDate(when);
      e.setUpdatedDate(when);
      SyndContent c = new SyndContentImpl();
      c.setType("text");
      StringBuilder b = new StringBuilder(a.text());
      for (Alert.Evidence ev : a.evidence()) {
        b.append("\n\n\"").append(ev.text()).append('"');
        if (ev.url() != null) b.append(" — ").append(ev.url());
      }
      c.setValue(b.toString());
      e.setDescription(c);
      entries.add(e);
    }
    f.setEntries(entries);
    try {
      ctx.contentType(ATOM + "; charset=utf-8").result(new SyndFeedOutput().outputString(f));
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed of topic " + t.name(), e);
    }
  }
}

package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Problems;
import org.sitrep.store.Ingested;
import org.sitrep.store.SqliteDocumentStore;
import org.sitrep.store.Store;
import org.sitrep.store.Topic;
import org.sitrep.testing.AlertArticles;

/**
 * Alerts raised by a watch over outlets served on loopback and delivered to a webhook receiver on
 * loopback: an alert reaches the receiver only once its article and the alert itself are committed
 * (the receiver looks in the store through a connection of its own); two outlets that disagree on
 * the same period raise one conflict, whatever the re-polls, repeats and restarts; a webhook added
 * after articles arrived gets what is raised from then on, not what was raised before.
 *
 * <p>The pages are fetched and read as the watch reads them (their outlet from the page); their
 * layers are built by hand from what each page reports ({@link AlertArticles}), so that no language
 * model is needed for the figures.
 */
class AlertDeliveryTest {
  /** What a page reports: its number, date, troops and the day they are counted on. */
  record Report(int n, String date, int troops, String asOf) {}

  @TempDir Path dir;
  private HttpServer receiver;
  private String hook;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();

  /**
   * Per delivery id: whether its article and its alert were in the committed store when it came.
   */
  private final Map<String, String> committedWhenReceived = new ConcurrentHashMap<>();

  private final Map<String, Report> reports = new ConcurrentHashMap<>();
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            JsonNode alert = Json.MAPPER.readTree(body);
            committedWhenReceived.put(
                ex.getRequestHeaders().getFirst("X-Sitrep-Delivery"), committed(alert));
            received.add(alert);
            ex.sendResponseHeaders(204, -1);
          }
        });
    receiver.start();
    hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  /**
   * What another reader of the store sees as the delivery arrives: "ok" when the alert's article
   * and the alert are both committed, else what is missing.
   */
  private String committed(JsonNode alert) {
    String jdbc = "jdbc:sqlite:file:" + dir.resolve("data").resolve(SqliteDocumentStore.FILE);
    try (Connection c = DriverManager.getConnection(jdbc + "?mode=ro")) {
      String docId = alert.path("evidence").path(0).path("docId").asText(null);
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
        p.setString(1, docId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) return "article " + docId + " not committed";
        }
      }
      try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM alerts WHERE id = ?")) {
        p.setLong(1, alert.path("id").asLong());
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) return "alert " + alert.path("id") + " not committed";
        }
      }
      return "ok";
    } catch (SQLException e) {
      return "cannot read the store: " + e.getMessage();
    }
  }

  /** A site on loopback with an empty feed; its pages name their outlet (og:site_name). */
  private static LoopbackSite site() throws Exception {
    LoopbackSite s = new LoopbackSite();
    s.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(List.of()));
    return s;
  }

  /** Publishes a report on a site: its page, and the feed listing it first. */
  private void publish(LoopbackSite site, String outlet, Report r, List<String[]> feed) {
    String path = "/news/" + r.n();
    String page =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>German troops in"
            + " Lithuania, report "
            + r.n()
            + "</title><meta property=\"og:site_name\" content=\""
            + outlet
            + "\"></head><body><article><h1>German troops in Lithuania, report "
            + r.n()
            + "</h1><p>Germany has "
            + r.troops()
            + " troops in Lithuania as of "
            + r.asOf()
            + ", the defence minister said in a statement published on "
            + r.date()
            + ".</p><p>The report numbered "
            + r.n()
            + " was published by "
            + outlet
            + " after an exercise near Vilnius.</p></article></body></html>";
    site.serve(path, "text/html; charset=utf-8", page);
    reports.put(site.url(path), r);
    feed.add(0, new String[] {"report " + r.n(), site.url(path)});
    site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(feed));
  }

  /**
   * Stores fetched pages as the watch does (stored, then the picture brought up to date), with the
   * layers of what each page reports; the outlet is the one the page gave.
   */
  private Watcher.Articles articles(Store store) {
    return docs -> {
      List<Annotated> out = new ArrayList<>();
      for (Document d : docs) {
        String url = d.sources().get(0).url();
        Report r = reports.get(url);
        out.add(
            AlertArticles.troops(
                r.n(), d.outlet(), url, r.date(), r.troops(), r.asOf(), "Anna Berg"));
      }
      List<Ingested> done = store.putAll(out);
      store.resolvePending();
      return done;
    };
  }

  private Watcher watcher(Store store) {
    FetchPolicy policy =
        new FetchPolicy(
            "Sitrep/test",
            Duration.ofSeconds(30),
            3,
            4L << 20,
            Duration.ofMillis(5),
            Duration.ofSeconds(30),
            2,
            true);
    return new Watcher(
        store.fetchState(),
        new Fetcher(policy),
        articles(store),
        new Problems(p -> lines.add(p.line())),
        new Watcher.Options(Duration.ofMinutes(10), 50, 10, 2, 1));
  }

  private long kind(String kind) {
    return received.stream().filter(a -> a.path("kind").asText().equals(kind)).count();
  }

  @Test
  void anAlertIsDeliveredOnlyOnceItsArticleIsCommittedAndTwoOutletsDisagreeOnce() throws Exception {
    try (LoopbackSite one = site();
        LoopbackSite three = site()) {
      List<String[]> feedOne = new ArrayList<>();
      List<String[]> feedThree = new ArrayList<>();
      List<String> sources = List.of(one.url("/feed.xml"), three.url("/feed.xml"));
      try (Store store = Store.open(dir.resolve("data"));
          Webhook w = new Webhook(store.topics(), hook, null, lines::add, Duration.ofMillis(50))) {
        store.topics().add(Topic.of("baltic", "troops", List.of(), List.of(), null));
        w.start(Duration.ofSeconds(1));
        Watcher watcher = watcher(store);
        publish(one, "Wire One", new Report(1, "2024-01-02", 1000, "2024-01-01"), feedOne);
        watcher.poll(sources);
        publish(one, "Wire One", new Report(4, "2024-02-02", 1500, "2024-02-01"), feedOne);
        watcher.poll(sources);
        // Another outlet counts 1,200 on the same day: the two disagree.
        publish(three, "Review Three", new Report(5, "2024-02-03", 1200, "2024-02-01"), feedThree);
        watcher.poll(sources);
        // It says so again in a later report; and every feed is polled again.
        publish(three, "Review Three", new Report(6, "2024-02-04", 1200, "2024-02-01"), feedThree);
        watcher.poll(sources);
        watcher.poll(sources);
        assertEquals(0, w.drain(Duration.ofSeconds(20)), String.join("\n", lines));
        assertEquals(
            1,
            store.topics().alerts("baltic", null, 100).stream()
                .filter(a -> a.kind().equals("conflict"))
                .count(),
            "one conflict stored");
      }
      // A restart: the same polls again, nothing new raised or sent.
      int before = received.size();
      try (Store store = Store.open(dir.resolve("data"));
          Webhook w = new Webhook(store.topics(), hook, null, lines::add, Duration.ofMillis(50))) {
        w.start(Duration.ofSeconds(1));
        watcher(store).poll(sources);
        assertEquals(0, w.drain(Duration.ofSeconds(5)));
      }
      assertEquals(before, received.size(), "nothing sent again after the restart");
    }
    assertEquals(1, kind("conflict"), "one conflict: " + received);
    JsonNode conflict =
        received.stream().filter(a -> a.path("kind").asText().equals("conflict")).findFirst().get();
    List<String> outlets = new ArrayList<>();
    for (JsonNode e : conflict.path("evidence")) outlets.add(e.path("outlet").asText());
    assertEquals(List.of("Review Three", "Wire One"), outlets, conflict.toString());
    assertEquals(1200.0, conflict.path("value").asDouble());
    assertEquals(1500.0, conflict.path("previous").asDouble());
    assertTrue(kind("move") >= 1, "the move from 1,000 to 1,500 too: " + received);
    assertEquals(received.size(), committedWhenReceived.size(), "one delivery id each");
    for (Map.Entry<String, String> e : committedWhenReceived.entrySet())
      assertEquals("ok", e.getValue(), "delivery " + e.getKey());
  }

  @Test
  void aWebhookAddedAfterArticlesArrivedGetsOnlyWhatIsRaisedFromThenOn() throws Exception {
    try (LoopbackSite one = site()) {
      List<String[]> feed = new ArrayList<>();
      List<String> sources = List.of(one.url("/feed.xml"));
      try (Store store = Store.open(dir.resolve("data"))) {
        store.topics().add(Topic.of("baltic", "troops", List.of(), List.of(), null));
        Watcher watcher = watcher(store);
        publish(one, "Wire One", new Report(1, "2024-01-02", 1000, "2024-01-01"), feed);
        watcher.poll(sources);
        publish(one, "Wire One", new Report(4, "2024-02-02", 1500, "2024-02-01"), feed);
        watcher.poll(sources);
        long earlier = store.topics().alerts("baltic", null, 100).size();
        assertTrue(earlier >= 1, "the move was raised before the webhook existed");
        try (Webhook w =
            new Webhook(store.topics(), hook, null, lines::add, Duration.ofMillis(50))) {
          w.start(Duration.ofSeconds(1));
          assertEquals(0, store.topics().undelivered(hook), "nothing raised before is queued");
          publish(one, "Wire One", new Report(7, "2024-03-02", 2500, "2024-03-01"), feed);
          watcher.poll(sources);
          assertEquals(0, w.drain(Duration.ofSeconds(20)), String.join("\n", lines));
          long later = store.topics().alerts("baltic", null, 100).size() - earlier;
          assertTrue(later >= 1, "the move to 2,500 raised after the webhook was added");
          assertEquals(later, received.size(), "only those reach it: " + received);
        }
      }
      for (JsonNode a : received) assertEquals(one.url("/news/7"), a.path("url").asText());
    }
    assertTrue(
        received.stream().allMatch(a -> a.path("value").asDouble() == 2500.0),
        "every delivery is about the 2,500: " + received);
    for (String ok : committedWhenReceived.values()) assertEquals("ok", ok);
  }
}

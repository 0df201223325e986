package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.store.Store;
import org.sitrep.store.Tokens;
import org.sitrep.testing.AlertArticles;

/**
 * Topics and alerts through a real server on loopback: creating and deleting need a write token,
 * alerts come back as JSON and as an Atom feed that parses, and the topic has its page and report.
 */
class TopicServerTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void topicsAndAlertsOverHttp() throws Exception {
    try (Store store = Store.open(dir)) {
      String token;
      try (Tokens t = Tokens.open(dir)) {
        token = t.create("writer", false);
      }
      AlertArticles.storeWireOne(store, 1, "2024-01-02", 1000, "2024-01-01");
      try (SitrepServer server =
          SitrepServer.start(
              store,
              SitrepServer.Config.loopback(0),
              () -> {
                throw new IllegalStateException("no annotation in this test");
              })) {
        String base = "http://127.0.0.1:" + server.port();
        String topic = "{\"name\":\"baltic\",\"query\":\"troops\",\"places\":[\"LTU\"]}";
        HttpRequest.Builder create =
            HttpRequest.newBuilder(URI.create(base + "/api/topics"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(topic));
        assertEquals(401, send(create).statusCode(), "a write without a token is refused");
        assertEquals(0, store.topics().list().size(), "and stores nothing");
        HttpResponse<String> made = send(create.header("Authorization", "Bearer " + token));
        assertEquals(201, made.statusCode(), made.body());
        JsonNode added = Json.MAPPER.readTree(made.body());
        assertEquals(1, added.get("tagged").asInt());
        assertEquals("baltic", added.get("topic").get("name").asText());
        assertEquals(
            400,
            send(HttpRequest.newBuilder(URI.create(base + "/api/topics"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")))
                .statusCode(),
            "a topic without a condition is refused");

        // An article arrives after the topic: alerts.
        AlertArticles.storeWireOne(store, 4, "2024-02-02", 1500, "2024-02-01");

        JsonNode topics =
            Json.MAPPER.readTree(
                send(HttpRequest.newBuilder(URI.create(base + "/api/topics"))).body());
        assertEquals(2, topics.get("topics").get(0).get("articles").asInt());
        JsonNode alerts =
            Json.MAPPER.readTree(
                send(HttpRequest.newBuilder(URI.create(base + "/api/alerts?topic=baltic"))).body());
        int n = alerts.get("alerts").size();
        assertTrue(n >= 1, alerts.toString());
        assertEquals("https://one.example/4", alerts.get("alerts").get(0).get("url").asText());
        assertEquals(
            400,
            send(HttpRequest.newBuilder(URI.create(base + "/api/alerts?since=yesterday")))
                .statusCode());

        HttpResponse<String> atom =
            send(HttpRequest.newBuilder(URI.create(base + "/topics/baltic/alerts.atom")));
        assertEquals(200, atom.statusCode());
        assertTrue(
            atom.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(n, feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
          assertTrue(e.getUri().startsWith("urn:sitrep:alert:"), e.getUri());
          assertEquals("https://one.example/4", e.getLink());
          assertTrue(
              e.getDescription().getValue().contains("troops"), e.getDescription().getValue());
        }
        assertEquals(
            404,
            send(HttpRequest.newBuilder(URI.create(base + "/topics/nope/alerts.atom")))
                .statusCode());

        HttpResponse<String> page =
            send(
                HttpRequest.newBuilder(URI.create(base + "/topics/baltic"))
                    .header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("moved from 1000 to 1500"), "the page lists the alerts");
        assertTrue(page.body().contains("/topics/baltic/alerts.atom"));
        HttpResponse<String> report =
            send(HttpRequest.newBuilder(URI.create(base + "/api/report?topic=baltic")));
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().contains("Topic baltic"), report.body());

        HttpRequest.Builder delete =
            HttpRequest.newBuilder(URI.create(base + "/api/topics/baltic")).DELETE();
        assertEquals(401, send(delete).statusCode());
        delete.header("Authorization", "Bearer " + token);
        assertEquals(200, send(delete).statusCode());
        assertEquals(404, send(delete).statusCode());
        assertTrue(store.topics().list().isEmpty());
      }
    }
  }
}

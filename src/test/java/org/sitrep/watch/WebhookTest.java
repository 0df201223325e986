package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.store.Store;
import org.sitrep.store.Topic;
import org.sitrep.testing.AlertArticles;

/**
 * Alerts delivered to a webhook receiver on loopback: signed bodies, a retry after a 500 with the
 * same idempotency id, and an outbox that survives a restart of the process that raised them.
 */
class WebhookTest {
  private static final String SECRET = "s3cret";

  @TempDir Path dir;
  private HttpServer receiver;
  private final List<String[]> requests = new ArrayList<>(); // delivery id, signature, body
  private final AtomicInteger failFirst = new AtomicInteger(1);
  private String url;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          byte[] body = ex.getRequestBody().readAllBytes();
          synchronized (requests) {
            requests.add(
                new String[] {
                  ex.getRequestHeaders().getFirst("X-Sitrep-Delivery"),
                  ex.getRequestHeaders().getFirst("X-Sitrep-Signature"),
                  new String(body, StandardCharsets.UTF_8)
                });
          }
          int status = failFirst.getAndDecrement() > 0 ? 500 : 204;
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
    receiver.start();
    url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  @Test
  void alertsAreSignedRetriedWithTheSameIdAndSurviveARestart() throws Exception {
    long raised;
    try (Store store = Store.open(dir)) {
      AlertArticles.storeWireOne(store, 1, "2024-01-02", 1000, "2024-01-01");
      store.topics().add(Topic.of("baltic", "troops", List.of(), List.of(), null));
      // Registered, not yet delivering: what is raised now waits in the outbox.
      new Webhook(store.topics(), url, SECRET, line -> {}).close();
      AlertArticles.storeWireOne(store, 4, "2024-02-02", 1500, "2024-02-01");
      raised = store.topics().alerts(null, null, 100).size();
      assertTrue(raised >= 1, "the move at least, got " + raised);
      assertEquals(raised, store.topics().undelivered(url));
    }
    assertTrue(requests.isEmpty());
    // A restart: the outbox is where it was, and a new process delivers it.
    List<String> lines = new ArrayList<>();
    try (Store store = Store.open(dir);
        Webhook hook =
            new Webhook(store.topics(), url, SECRET, lines::add, Duration.ofMillis(50))) {
      assertEquals(raised, store.topics().undelivered(url));
      long t0 = System.nanoTime();
      assertEquals(0, hook.drain(Duration.ofSeconds(20)));
      assertTrue(
          System.nanoTime() - t0 < 10_000_000_000L,
          "delivered in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
    assertEquals(raised + 1, requests.size(), "one retry after the 500");
    assertEquals(1, lines.size(), "the failed attempt is told in one line: " + lines);
    assertTrue(lines.get(0).contains("HTTP 500"), lines.get(0));
    String[] failed = requests.get(0);
    List<String[]> again = requests.stream().skip(1).filter(r -> r[0].equals(failed[0])).toList();
    assertEquals(1, again.size(), "the refused delivery is retried once, with its idempotency id");
    assertEquals(failed[2], again.get(0)[2], "and its body");
    Set<String> ids = new LinkedHashSet<>();
    for (String[] r : requests) {
      ids.add(r[0]);
      assertEquals(Webhook.sign(r[2].getBytes(StandardCharsets.UTF_8), SECRET.getBytes()), r[1]);
      assertTrue(r[1].matches("sha256=[0-9a-f]{64}"), r[1]);
      JsonNode alert = Json.MAPPER.readTree(r[2]);
      assertEquals("baltic", alert.get("topic").asText());
      assertEquals("https://one.example/4", alert.get("url").asText());
      for (String field :
          List.of(
              "id",
              "topic",
              "kind",
              "subject",
              "measure",
              "value",
              "previous",
              "text",
              "evidence",
              "url",
              "raised")) assertTrue(alert.has(field), field + " missing from " + r[2]);
    }
    assertEquals(raised, ids.size(), "one idempotency id per alert");
    // Acknowledged deliveries are not sent again.
    try (Store store = Store.open(dir);
        Webhook hook =
            new Webhook(store.topics(), url, SECRET, lines::add, Duration.ofMillis(50))) {
      assertEquals(0, hook.drain(Duration.ofSeconds(1)));
    }
    assertEquals(raised + 1, requests.size());
    // A tampered body does not verify.
    String[] first = requests.get(0);
    String forged = first[2].replace("baltic", "baltik");
    assertTrue(
        !Webhook.sign(forged.getBytes(StandardCharsets.UTF_8), SECRET.getBytes()).equals(first[1]));
  }

  @Test
  void backoffDoublesUpToAnHour() {
    try (Store store = Store.open(dir);
        Webhook hook = new Webhook(store.topics(), url, null, line -> {}, Duration.ofSeconds(1))) {
      assertEquals(Duration.ofSeconds(1), hook.backoff(1));
      assertEquals(Duration.ofSeconds(2), hook.backoff(2));
      assertEquals(Duration.ofSeconds(8), hook.backoff(4));
      assertEquals(Duration.ofHours(1), hook.backoff(30));
    }
  }
}

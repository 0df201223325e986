package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.Topic;
import org.sitrep.testing.AlertArticles;

/**
 * DNS rebinding against the webhook: a delivery resolves the webhook's host once, checks every
 * address, and connects to the address it checked (the client never resolves the name itself); once
 * the name answers a private address, deliveries are refused and wait in the outbox. On loopback
 * 127.0.0.1 plays the public address and 127.0.0.2 the private one, each listening on the same
 * port; the name is known only to the test's resolver.
 */
class WebhookRebindingTest {
  @TempDir Path dir;

  @Test
  void aDeliveryGoesToTheAddressCheckedAndARebindToAPrivateAddressIsRefused() throws Exception {
    FetcherRebindingTest.Answers dns = new FetcherRebindingTest.Answers();
    List<String> hosts = new CopyOnWriteArrayList<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(FetcherRebindingTest.OUTSIDE, 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          ex.getRequestBody().readAllBytes();
          hosts.add(ex.getRequestHeaders().getFirst("Host"));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    receiver.start();
    int port = receiver.getAddress().getPort();
    String url = "http://" + FetcherRebindingTest.NAME + ":" + port + "/hook";
    List<String> lines = new CopyOnWriteArrayList<>();
    try (FetcherRebindingTest.Listener inside =
            new FetcherRebindingTest.Listener(FetcherRebindingTest.INSIDE, port);
        Store store = Store.open(dir);
        Webhook hook =
            new Webhook(store.topics(), url, null, lines::add, Duration.ofMillis(50))
                .refusePrivate(dns, FetcherRebindingTest::judge)) {
      AlertArticles.storeWireOne(store, 1, "2024-01-02", 1000, "2024-01-01");
      store.topics().add(Topic.of("baltic", "troops", List.of(), List.of(), null));
      AlertArticles.storeWireOne(store, 4, "2024-02-02", 1500, "2024-02-01");
      long raised = store.topics().undelivered(url);
      assertTrue(raised >= 1, "the move at least, got " + raised);

      // Public when checked: each delivery looks the name up once and reaches the address checked.
      dns.then(FetcherRebindingTest.OUTSIDE);
      assertEquals(raised, hook.deliverDue(), "delivered: " + lines);
      assertEquals(0, store.topics().undelivered(url));
      assertEquals(raised, dns.lookups.get(), "one lookup per delivery");
      assertEquals(raised, hosts.size());
      for (String h : hosts)
        assertEquals(FetcherRebindingTest.NAME + ":" + port, h, "the Host header names the host");

      // The name now answers a private address: refused in one line, left in the outbox.
      dns.then(FetcherRebindingTest.INSIDE);
      AlertArticles.storeWireOne(store, 5, "2024-03-02", 2500, "2024-03-01");
      long more = store.topics().undelivered(url);
      assertTrue(more >= 1, "a second move at least, got " + more);
      assertEquals(0, hook.deliverDue());
      assertEquals(more, store.topics().undelivered(url), "the refused deliveries wait");
      assertEquals(more, lines.size(), "one line per refused attempt: " + lines);
      for (String line : lines) {
        assertTrue(line.contains("loopback address (127.0.0.2)"), line);
        assertTrue(line.contains("--allow-private"), line);
        assertTrue(line.contains(url), line);
      }
      assertEquals(0, inside.connections.get(), "the private address was never reached");
      assertEquals(raised, hosts.size(), "nothing more reached the public one either");
    } finally {
      receiver.stop(0);
    }
  }
}

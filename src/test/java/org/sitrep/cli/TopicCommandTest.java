package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.store.Store;
import org.sitrep.testing.AlertArticles;
import org.sitrep.testing.CommandRun;

/**
 * The topic and alerts commands on the samples as {@code sitrep ingest examples} stores them: their
 * label {@code EuropeLandWar} works as a topic (one sample carries it), a topic scopes a report,
 * and alerts print as JSON Lines with the documented fields.
 */
class TopicCommandTest {
  @TempDir Path dir;

  private CommandRun run(String... args) {
    return CommandRun.of(Main::run, args);
  }

  @Test
  void theSamplesLabelIsATopicWithAReportAndAlerts() throws Exception {
    String data = dir.toString();
    CommandRun ingest = run("ingest", "--data", data, "--quiet", "examples");
    assertEquals(0, ingest.code(), ingest.err());
    CommandRun add = run("topic", "add", "war", "--data", data, "--label", "EuropeLandWar");
    assertEquals(0, add.code(), add.err());
    assertTrue(
        add.out().contains("1 stored article matches it"),
        "out: " + add.out() + " err: " + add.err());
    CommandRun bad = run("topic", "add", "nothing", "--data", data);
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("needs a condition"), bad.err());
    assertEquals(2, run("topic", "add", "q", "--data", data, "--query", "troops AND").code());

    CommandRun list = run("topic", "list", "--data", data, "--json");
    JsonNode war = Json.MAPPER.readTree(list.out().strip());
    assertEquals("war", war.get("name").asText());
    assertEquals("EuropeLandWar", war.get("label").asText());
    assertEquals(1, war.get("articles").asInt());

    CommandRun report = run("report", "--data", data, "--topic", "war");
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("Topic war"), report.out());
    assertTrue(report.out().contains("Lithuania"), report.out());
    assertEquals(2, run("report", "--data", data, "--topic", "nope").code());

    assertEquals("", run("alerts", "--data", data, "--json").out());
    // An ingest with a webhook: the alerts its articles raise reach a receiver on loopback, signed.
    List<String[]> received = new ArrayList<>();
    com.sun.net.httpserver.HttpServer receiver =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        ex -> {
          byte[] body = ex.getRequestBody().readAllBytes();
          synchronized (received) {
            received.add(
                new String[] {
                  ex.getRequestHeaders().getFirst("X-Sitrep-Signature"),
                  new String(body, StandardCharsets.UTF_8)
                });
          }
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    receiver.start();
    try {
      Path article = dir.resolveSibling(dir.getFileName() + "-new.txt");
      java.nio.file.Files.writeString(
          article,
          "EuropeLandWar\n\nGermany to send more troops to Lithuania\n\nGermany has 6,000"
              + " troops in Lithuania, Defence Minister Boris Pistorius said on Monday.\n");
      // A webhook on a loopback address is refused without --allow-private, in one line.
      CommandRun refused =
          run(
              "ingest",
              "--data",
              data,
              "--quiet",
              "--webhook",
              "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
              article.toString());
      assertEquals(2, refused.code(), refused.err());
      assertTrue(
          refused.err().contains("resolves to a loopback address")
              && refused.err().contains("--allow-private")
              && refused.err().strip().lines().count() == 1,
          refused.err());
      CommandRun hooked =
          run(
              "ingest",
              "--data",
              data,
              "--quiet",
              "--allow-private",
              "--webhook",
              "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
              "--webhook-secret",
              "k",
              article.toString());
      assertEquals(0, hooked.code(), hooked.err());
    } finally {
      receiver.stop(0);
    }
    assertTrue(!received.isEmpty(), "the ingest's alerts were delivered");
    for (String[] r : received) {
      assertEquals(
          org.sitrep.watch.Webhook.sign(r[1].getBytes(StandardCharsets.UTF_8), "k".getBytes()),
          r[0]);
      assertEquals("war", Json.MAPPER.readTree(r[1]).get("topic").asText());
    }
    int before = run("alerts", "--data", data, "--json").out().split("\n").length;
    assertEquals(received.size(), before, "every alert raised was delivered once");
    // Two articles with that label arrive after the topic: a figure and its move.
    try (Store store = Store.open(dir)) {
      AlertArticles.storeWireOne(store, 7, "2024-05-02", 1000, "2024-05-01");
      AlertArticles.storeWireOne(store, 8, "2024-06-02", 2000, "2024-06-01");
    }
    CommandRun alerts = run("alerts", "--data", data, "--topic", "war", "--json");
    assertEquals(0, alerts.code(), alerts.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String l : alerts.out().split("\n")) if (!l.isBlank()) lines.add(Json.MAPPER.readTree(l));
    assertTrue(lines.size() >= 2 + before, alerts.out());
    for (JsonNode a : lines) {
      for (String f :
          List.of(
              "topic",
              "kind",
              "subject",
              "measure",
              "value",
              "previous",
              "text",
              "evidence",
              "url",
              "raised")) assertTrue(a.has(f), f + " missing: " + a);
      assertEquals("war", a.get("topic").asText());
    }
    assertTrue(
        lines.stream()
            .anyMatch(
                a ->
                    a.get("kind").asText().equals("move")
                        && a.get("value").asDouble() == 2000
                        && a.get("previous").asDouble() == 1000
                        && a.get("url").asText().equals("https://one.example/8")),
        alerts.out());
    assertEquals("", run("alerts", "--data", data, "--since", "2999-01-01", "--json").out());
    assertEquals(2, run("alerts", "--data", data, "--since", "someday").code());

    CommandRun rm = run("topic", "rm", "war", "--data", data);
    assertEquals(0, rm.code(), rm.err());
    assertEquals(2, run("topic", "rm", "war", "--data", data).code());
  }
}

package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.cli.Main;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.report.Labels;
import org.sitrep.resolve.fact.SeriesKey;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.testing.CommandRun;
import org.sitrep.testing.Examples;

/**
 * The same questions asked through the CLI's commands and through the HTTP API of a real server on
 * loopback, over the same stored articles (the five dated samples and generated ones), get the same
 * answers: the same ids in the same order, the same counts, the same reports.
 */
class FrontEndsAgreeTest {
  static final int SYNTHETIC = 80;

  /** A word most generated articles use, so that a search scope has more matches than its limit. */
  static final String COMMON = "soldiers";

  @TempDir static Path tmp;
  static Path data;
  static String story, entity;

  /** What the CLI answered, by command line, asked before the server took the data directory. */
  static final Map<String, String> cli = new HashMap<>();

  static SitrepServer server;
  static Store served;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();

  static String[] commands() {
    List<String> all = new ArrayList<>();
    all.add("stories --limit 200 --json");
    all.add("stories --limit 1 --json");
    all.add("entities --limit 15 --json");
    all.add("entities --type PERSON --limit 5 --json");
    all.add("search " + COMMON + " --limit 7 --json");
    all.add("search " + COMMON + " --limit 4 --page 3 --json");
    all.add("search " + COMMON + " --story " + story + " --limit 5 --json");
    all.add("search brigade --entity " + entity + " --limit 5 --json");
    for (String scope :
        List.of("--story " + story, "--entity " + entity, "--query " + COMMON, "--query brigade")) {
      all.add("timeline " + scope + " --limit 9 --json");
      all.add("timeline " + scope + " --json");
      all.add("report " + scope + " --json");
    }
    all.add("story " + story + " --json");
    all.add("offices --json");
    return all.toArray(String[]::new);
  }

  @BeforeAll
  static void askTheCliThenStartTheServer() throws Exception {
    try (Store store = Examples.datedStore(tmp)) {
      var corpus = new SyntheticCorpus(11, SyntheticCorpus.fillerFrom(Path.of("examples")));
      List<Annotated> generated = new ArrayList<>();
      for (int i = 0; i < SYNTHETIC; i++) generated.add(corpus.article(i));
      // and a story of its own on another subject, so that there is an order of stories to compare
      for (int i = 0; i < 3; i++) generated.add(harbourStrike(i));
      store.putAll(generated);
      store.commitIndex();
      store.resolveAll();
    }
    data = tmp.resolve("data");
    // The largest story, and the most mentioned person with a timeline of their own, as the CLI
    // lists them.
    int most = -1;
    for (JsonNode s : lines(cliRun("stories --limit 1000 --json"))) {
      if (s.get("docs").size() > most) {
        most = s.get("docs").size();
        story = s.get("id").asText();
      }
    }
    for (JsonNode e : lines(cliRun("entities --type PERSON --limit 1000 --json"))) {
      String id = e.get("id").asText();
      if (!cliRun("timeline --entity " + id + " --json").isBlank()) {
        entity = id;
        break;
      }
    }
    assertTrue(entity != null, "some person has a timeline");
    for (String c : commands()) cli.put(c, cliRun(c));

    served = Store.open(data);
    server =
        SitrepServer.start(
            served, new SitrepServer.Config("127.0.0.1", 0, 1_000_000), Pipelines::byLanguage);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (served != null) served.close();
  }

  /**
   * Runs a command line of the CLI in-process, on the test's data directory; its standard output.
   */
  static synchronized String cliRun(String line) {
    List<String> args = new ArrayList<>(List.of(line.split(" ")));
    args.add(1, "--data");
    args.add(2, data.toString());
    CommandRun r = CommandRun.of(Main::run, args.toArray(String[]::new));
    assertEquals(0, r.code(), line + ": " + r.err());
    return r.out();
  }

  static List<JsonNode> lines(String out) {
    List<JsonNode> all = new ArrayList<>();
    for (String l : out.split("\n")) if (!l.isBlank()) all.add(read(l));
    return all;
  }

  static JsonNode read(String s) {
    try {
      return Json.MAPPER.readTree(s);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + s, e);
    }
  }

  static JsonNode api(String path) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), path + " -> " + r.body());
      return read(r.body());
    } catch (IOException e) {
      throw new AssertionError(path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(path, e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An article on a dock strike, unlike the military ones in words and names. */
  static Annotated harbourStrike(int i) {
    String body =
        "Dock workers at the port of Marseille walked out for a "
            + (i + 2)
            + "nd day on Tuesday, leaving container ships idle at anchor. The union said pensions"
            + " and night-shift pay were at stake, and port managers said cargo worth millions of"
            + " euros was stuck on the quays while ferries to Corsica were cancelled.";
    return Annotated.of(
        org.sitrep.model.Document.of(
            org.sitrep.model.Source.file("strike/" + i + ".txt"),
            "Port Daily",
            null,
            "Marseille dock strike enters day " + (i + 2),
            org.sitrep.model.Published.stated("2024-03-0" + (i + 1)),
            "en",
            List.of(),
            body));
  }

  static List<String> ids(Iterable<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : nodes) out.add(n.get("id").asText());
    return out;
  }

  @Test
  void storiesAndEntitiesComeInTheSameOrder() {
    List<String> stories = ids(lines(cli.get("stories --limit 200 --json")));
    assertTrue(stories.size() >= 2, "enough stories to compare an order: " + stories);
    assertEquals(stories, ids(api("/api/stories?limit=200").get("stories")));
    assertEquals(
        ids(lines(cli.get("stories --limit 1 --json"))),
        ids(api("/api/stories?limit=1").get("stories")));
    List<String> ents = ids(lines(cli.get("entities --limit 15 --json")));
    assertEquals(15, ents.size());
    assertEquals(ents, ids(api("/api/entities?limit=15").get("entities")));
    assertEquals(
        ids(lines(cli.get("entities --type PERSON --limit 5 --json"))),
        ids(api("/api/entities?type=PERSON&limit=5").get("entities")));
  }

  @Test
  void searchesFindTheSameHitsInTheSameOrderWithTheSameCounts() {
    Map<String, String> same = new TreeMap<>();
    same.put("search " + COMMON + " --limit 7 --json", "/api/search?q=" + COMMON + "&limit=7");
    same.put(
        "search " + COMMON + " --limit 4 --page 3 --json",
        "/api/search?q=" + COMMON + "&limit=4&offset=8");
    same.put(
        "search " + COMMON + " --story " + story + " --limit 5 --json",
        "/api/search?q=" + COMMON + "&story=" + enc(story) + "&limit=5");
    same.put(
        "search brigade --entity " + entity + " --limit 5 --json",
        "/api/search?q=brigade&entity=" + enc(entity) + "&limit=5");
    for (var e : same.entrySet()) {
      JsonNode c = read(cli.get(e.getKey())), a = api(e.getValue());
      assertTrue(c.get("total").asLong() > 0, e.getKey() + " finds something: " + c);
      assertEquals(a.get("total").asLong(), c.get("total").asLong(), e.getKey());
      assertEquals(ids(a.get("hits")), ids(c.get("hits")), e.getKey());
      assertEquals(a.get("facets").get("outlet"), c.get("outlets"), e.getKey());
      assertEquals(a.get("facets").get("label"), c.get("labels"), e.getKey());
    }
    assertTrue(
        api("/api/search?q=" + COMMON + "&limit=1").get("total").asLong() > Scope.SEARCH_LIMIT,
        "a search scope here has more matches than it covers");
  }

  /** A timeline item as the two compare it: where, what, when. */
  static List<String> items(Iterable<JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    for (JsonNode i : nodes) {
      out.add(
          i.path("date").asText("-")
              + " "
              + i.get("kind").asText()
              + " "
              + i.get("docId").asText()
              + " "
              + i.get("start").asInt()
              + " "
              + i.get("summary").asText());
    }
    return out;
  }

  @Test
  void timelinesOfEachScopeHoldTheSameItemsInTheSameOrder() {
    Map<String, String> scopes = new TreeMap<>();
    scopes.put("--story " + story, "story=" + enc(story));
    scopes.put("--entity " + entity, "entity=" + enc(entity));
    scopes.put("--query " + COMMON, "q=" + COMMON);
    scopes.put("--query brigade", "q=brigade");
    for (var s : scopes.entrySet()) {
      List<String> limited = items(lines(cli.get("timeline " + s.getKey() + " --limit 9 --json")));
      assertEquals(items(api("/api/timeline?" + s.getValue() + "&limit=9").get("items")), limited);
      assertTrue(limited.size() <= 9, s.getKey());
      List<String> whole = items(lines(cli.get("timeline " + s.getKey() + " --json")));
      assertEquals(items(api("/api/timeline?" + s.getValue()).get("items")), whole, s.getKey());
      assertFalse(whole.isEmpty(), s.getKey() + " has a timeline");
      // The limit keeps the latest items.
      assertEquals(whole.subList(Math.max(0, whole.size() - 9), whole.size()), limited);
    }
  }

  @Test
  void reportsOnEachScopeAreTheSameReport() {
    Map<String, String> scopes = new TreeMap<>();
    scopes.put("--story " + story, "story=" + enc(story));
    scopes.put("--entity " + entity, "entity=" + enc(entity));
    scopes.put("--query " + COMMON, "q=" + COMMON);
    scopes.put("--query brigade", "q=brigade");
    for (var s : scopes.entrySet()) {
      JsonNode c = read(cli.get("report " + s.getKey() + " --json"));
      JsonNode a = api("/api/report?" + s.getValue());
      assertEquals(a, c, s.getKey());
      assertFalse(c.get("sources").isEmpty(), s.getKey() + " cites sources");
    }
    // A search scope covers its best SEARCH_LIMIT matches in both.
    JsonNode common = read(cli.get("report --query " + COMMON + " --json"));
    assertEquals(Scope.SEARCH_LIMIT, common.get("articles").asInt());
  }

  @Test
  void aStoryIsToldOutletByOutletFromTheSameStoredSeries() {
    JsonNode c = read(cli.get("story " + story + " --json"));
    JsonNode a = api("/api/stories/" + enc(story));
    assertEquals(a.get("story"), c.get("story"));
    Map<String, String> labels = new HashMap<>();
    for (JsonNode id : a.get("series")) {
      JsonNode key = api("/api/series/" + enc(id.asText())).get("key");
      labels.put(
          id.asText(),
          Labels.series(
              new SeriesKey(
                  key.path("subject").isNull() ? null : key.path("subject").asText(),
                  key.get("measure").asText(),
                  key.path("place").isNull() ? null : key.path("place").asText())));
    }
    List<String> outlets = new ArrayList<>();
    int reporting = 0;
    for (JsonNode o : a.get("outlets")) {
      String outlet = o.get("outlet").asText();
      outlets.add(outlet);
      TreeSet<String> reports = new TreeSet<>();
      for (JsonNode id : o.get("reports")) reports.add(labels.get(id.asText()));
      TreeSet<String> cliReports = new TreeSet<>();
      c.path("facts").path(outlet).forEach(f -> cliReports.add(f.asText()));
      assertEquals(reports, cliReports, outlet);
      if (!reports.isEmpty()) reporting++;
      assertEquals(o.get("framing"), c.get("framing").get(outlet), outlet);
      assertEquals(o.get("tone"), c.get("tone").get(outlet), outlet);
    }
    assertEquals(outlets, iterate(c.get("framing").fieldNames()));
    assertTrue(reporting > 0, "some outlet reports a figure of the story");
  }

  @Test
  void officesAreTheSame() {
    List<JsonNode> c = lines(cli.get("offices --json"));
    JsonNode a = api("/api/offices").get("offices");
    assertFalse(c.isEmpty());
    assertEquals(a.size(), c.size());
    for (int i = 0; i < c.size(); i++) assertEquals(a.get(i), c.get(i));
  }

  static List<String> iterate(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}

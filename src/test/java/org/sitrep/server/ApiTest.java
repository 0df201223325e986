package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.json.Json;
import org.sitrep.report.Labels;

/**
 * The JSON API on a real server over the five sample articles: every endpoint, and how bad requests
 * are refused.
 */
class ApiTest {
  static ServerFixture s;

  @BeforeAll
  static void start() {
    s = ServerFixture.get();
  }

  static JsonNode ok(String path) {
    HttpResponse<String> r = ServerFixture.get().get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return read(r.body());
  }

  static JsonNode read(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static JsonNode error(String path, int status, String parameter) {
    HttpResponse<String> r = s.get(path);
    assertEquals(status, r.statusCode(), path + " -> " + r.body());
    JsonNode e = read(r.body());
    assertEquals(status, e.get("status").asInt());
    assertFalse(e.get("error").asText().isBlank());
    if (parameter != null) assertEquals(parameter, e.path("parameter").asText(), r.body());
    return e;
  }

  static String firstStory() {
    return ok("/api/stories").get("stories").get(0).get("id").asText();
  }

  /** The id of a person with at least one quote attributed to them, or null. */
  static String quotedPerson() {
    for (JsonNode e : ok("/api/entities?type=PERSON&limit=200").get("entities")) {
      String id = e.get("id").asText();
      if (ok("/api/entities/" + id).get("quotesBy").size() > 0) return id;
    }
    return null;
  }

  /** The story with the most fact series. */
  static String storyWithSeries() {
    String best = null;
    int most = -1;
    for (JsonNode st : ok("/api/stories?limit=200").get("stories")) {
      int n = ok("/api/stories/" + st.get("id").asText()).get("series").size();
      if (n > most) {
        most = n;
        best = st.get("id").asText();
      }
    }
    return best;
  }

  @Test
  void documentsAreListedAndReturnedWithTheirAnnotations() {
    JsonNode list = ok("/api/documents?limit=50");
    assertTrue(list.get("total").asLong() >= 5 + ServerFixture.SYNTHETIC);
    String id = list.get("documents").get(0).get("id").asText();
    JsonNode d = ok("/api/documents/" + id);
    assertEquals(id, d.get("id").asText());
    for (String f :
        new String[] {
          "body", "sentences", "entities", "times", "quantities", "quotes", "events", "framing"
        }) {
      assertTrue(d.has(f), "document lacks " + f);
    }
    assertTrue(
        d.get("sentences").size() > 0 && d.get("entities").size() > 0, "the pipeline annotated it");
    assertTrue(d.hasNonNull("story"));
    JsonNode wire = ok("/api/documents?outlet=Wire%20One&limit=200");
    wire.get("documents").forEach(x -> assertEquals("Wire One", x.get("outlet").asText()));
    assertTrue(wire.get("documents").size() >= 2);
  }

  @Test
  void searchHighlightsFacetsFiltersAndPages() {
    JsonNode r = ok("/api/search?q=Lithuania&limit=2");
    assertTrue(r.get("total").asLong() >= 3, r.toString());
    assertEquals(2, r.get("hits").size());
    assertTrue(r.get("hits").get(0).get("snippet").asText().contains("<b>"), "match highlighted");
    for (String f : new String[] {"outlet", "label", "story", "entity"})
      assertTrue(r.get("facets").has(f), f);
    assertTrue(r.get("facets").get("outlet").size() >= 2);
    assertTrue(r.get("facets").get("entity").size() > 0);

    JsonNode page2 = ok("/api/search?q=Lithuania&limit=2&offset=2");
    assertNotEquals(r.get("hits").get(0).get("id"), page2.get("hits").get(0).get("id"));

    JsonNode byOutlet = ok("/api/search?q=Lithuania&outlet=Daily%20Two");
    byOutlet.get("hits").forEach(h -> assertEquals("Daily Two", h.get("outlet").asText()));
    assertTrue(byOutlet.get("facets").get("outlet").size() >= 2, "outlet facet drills sideways");

    JsonNode dated = ok("/api/search?from=2024-01-01&to=2024-12-31&limit=100");
    dated.get("hits").forEach(h -> assertTrue(h.get("published").asText().startsWith("2024")));
    assertTrue(dated.get("total").asInt() >= 2);

    String story = firstStory();
    JsonNode inStory = ok("/api/search?story=" + story);
    Set<String> docs = new HashSet<>();
    ok("/api/stories/" + story).get("story").get("docs").forEach(d -> docs.add(d.asText()));
    assertEquals(docs.size(), inStory.get("total").asInt());
    inStory.get("hits").forEach(h -> assertTrue(docs.contains(h.get("id").asText())));

    JsonNode entity = ok("/api/entities?limit=1").get("entities").get(0);
    JsonNode byEntity = ok("/api/search?entity=" + entity.get("id").asText());
    assertEquals(entity.get("docs").size(), byEntity.get("total").asInt());
  }

  @Test
  void entitiesStoriesSeriesTimelinesAndPlaces() {
    JsonNode ents = ok("/api/entities?limit=200");
    assertTrue(ents.get("total").asInt() > 5);
    JsonNode lambrecht = null;
    for (JsonNode e : ents.get("entities"))
      if (e.get("name").asText().contains("Lambrecht")) lambrecht = e;
    assertTrue(lambrecht != null, "Lambrecht is an entity");
    JsonNode detail = ok("/api/entities/" + lambrecht.get("id").asText());
    assertTrue(
        detail.has("quotesBy")
            && detail.has("quotesAbout")
            && detail.get("coMentioned").size() > 0);
    assertTrue(
        detail.get("entity").has("roles") && detail.get("entity").get("variants").size() > 0);
    assertTrue(quotedPerson() != null, "some person has quotes by them");
    assertTrue(
        ok("/api/entities?type=PERSON").get("entities").findValues("type").stream()
            .allMatch(t -> t.asText().equals("PERSON")));

    String story = storyWithSeries();
    JsonNode st = ok("/api/stories/" + story);
    assertTrue(st.get("outlets").size() >= 1 && st.get("series").size() > 0, st.toString());

    JsonNode series = ok("/api/series");
    assertTrue(series.get("total").asInt() > 0, "a fact series was built");
    String sid = series.get("series").get(0).get("id").asText();
    JsonNode one = ok("/api/series/" + sid);
    assertTrue(one.get("observations").size() > 0);
    assertTrue(one.get("observations").get(0).has("evidence"));
    // A series reads by its subject's name, never only by a code.
    for (JsonNode row : series.get("series")) {
      String subject = row.get("key").get("subject").asText();
      String label = row.get("label").asText();
      assertTrue(label.startsWith(Labels.place(subject) + " / "), label);
      if (subject.equals("DEU")) assertTrue(label.startsWith("Germany / "), label);
    }
    assertEquals(series.get("series").get(0).get("label").asText(), one.get("label").asText());

    JsonNode tl = ok("/api/timeline?story=" + story);
    assertTrue(tl.get("items").size() > 0);
    String prev = "";
    for (JsonNode i : tl.get("items")) {
      if (i.get("date").isNull()) break;
      assertTrue(i.get("date").asText().compareTo(prev) >= 0, "oldest first");
      prev = i.get("date").asText();
    }
    assertTrue(ok("/api/timeline?entity=" + quotedPerson()).get("items").size() > 0);
    assertTrue(ok("/api/timeline?q=Lithuania&limit=3").get("items").size() <= 3);

    JsonNode places = ok("/api/places?story=" + story);
    assertTrue(places.has("places") && places.has("countries"));
    assertTrue(
        places.get("countries").has("LTU") || places.get("countries").has("DEU"),
        places.toString());
    // "German-supplied", "U.S.-led": a country's adjective is drawn as the country
    for (JsonNode p : ok("/api/places?q=Russian%20OR%20German").get("places")) {
      assertFalse(p.get("name").asText().matches(".*\\p{L}-\\p{Ll}+"), p.toString());
    }
  }

  @Test
  void badParametersAre400NamingTheParameter() {
    error("/api/search?limit=abc", 400, "limit");
    error("/api/search?limit=0", 400, "limit");
    error("/api/search?limit=100000", 400, "limit");
    error("/api/search?offset=-1", 400, "offset");
    error("/api/search?offset=99990&limit=100", 400, "offset");
    error("/api/search?from=2024-13-01", 400, "from");
    error("/api/search?from=2024-02-01&to=2024-01-01", 400, "from");
    error("/api/search?q=%22unclosed", 400, "q");
    error("/api/search?story=nope", 400, "story");
    error("/api/search?entity=nope", 400, "entity");
    error("/api/documents?to=yesterday", 400, "to");
    error("/api/timeline", 400, null);
    error("/api/timeline?q=x&story=" + firstStory(), 400, null);
    error("/api/timeline?q=x&limit=0", 400, "limit");
    error("/search?limit=x", 400, "limit");
  }

  @Test
  void unknownIdsAre404() {
    error("/api/documents/0000000000000000", 404, null);
    error("/api/stories/nope", 404, null);
    error("/api/entities/nope", 404, null);
    error("/api/series/nope", 404, null);
    error("/api/no-such-endpoint", 404, null);
    HttpResponse<String> page =
        s.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/stories/nope"))
                .header("Accept", "text/html")
                .build());
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("no story with id"), "HTML error page for a browser");
  }

  @Test
  void oversizedBodiesAre413AndOtherBodiesAreChecked() {
    String big = "x".repeat((int) ServerFixture.MAX_BODY + 1);
    HttpResponse<String> r = s.post("/api/documents", "text/plain", big);
    assertEquals(413, r.statusCode(), r.body());
    assertEquals(413, read(r.body()).get("status").asInt());

    assertEquals(415, s.post("/api/documents", "application/pdf", "%PDF").statusCode());
    assertEquals(400, s.post("/api/documents", "text/plain", "   ").statusCode());
    HttpResponse<String> bad =
        s.post("/api/documents", "application/x-ndjson", "{not json\n{\"title\":\"no body\"}\n");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(read(bad.body()).get("error").asText().contains("line 1"));
    assertEquals(
        400,
        s.post("/api/documents?published=last%20week", "text/plain", "Some text.").statusCode());
  }

  @Test
  void jsonLinesIngestStoresGoodLinesAndReportsBadOnes() {
    String lines =
        "{\"text\": \"Estonia said on Tuesday it will buy more air defence systems.\", \"title\": \"Estonia buys\","
            + " \"outlet\": \"Wire One\", \"published\": \"2024-05-07\", \"id\": \"rec-1\"}\n"
            + "[1, 2]\n";
    HttpResponse<String> r = s.post("/api/documents", "application/x-ndjson", lines);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode out = read(r.body());
    assertEquals(1, out.get("stored").size());
    assertEquals(1, out.get("skipped").size());
    assertEquals(2, out.get("skipped").get(0).get("line").asInt());
    String id = out.get("stored").get(0).get("id").asText();
    assertEquals("Estonia buys", ok("/api/documents/" + id).get("title").asText());
    assertEquals(
        200,
        s.post("/api/documents", "application/x-ndjson", lines).statusCode(),
        "a repeat is not new");
  }

  @Test
  void openApiListsExactlyTheRoutesTheServerRegistered() {
    JsonNode doc = ok("/openapi.json");
    assertEquals("3.1.0", doc.get("openapi").asText());
    Set<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      var p = it.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    Set<String> registered = new TreeSet<>();
    for (Route r : s.server.routes()) registered.add(r.method() + " " + r.path());
    assertEquals(registered, documented);
    for (Route r : s.server.routes()) {
      if (!r.method().equals("GET") || r.path().contains("{")) continue;
      int status = s.get(r.path()).statusCode();
      assertTrue(
          status == 200
              || (status == 400
                  && r.path().matches("/api/(timeline|places|report)|/report(\\.md)?")),
          r.path() + " -> " + status);
      JsonNode op = doc.get("paths").get(r.path()).get("get");
      Set<String> names = new HashSet<>();
      op.get("parameters").forEach(p -> names.add(p.get("name").asText()));
      for (Param p : r.params())
        assertTrue(names.contains(p.name()), r.path() + " documents " + p.name());
    }
  }

  @Test
  void aStorysReportCitesItsSourcesAsJsonMarkdownAndPage() {
    String story = storyWithSeries();
    JsonNode b = ok("/api/report?story=" + story);
    assertTrue(b.get("figures").size() > 0, b.toString());
    int sources = b.get("sources").size();
    assertTrue(sources > 0);
    for (JsonNode f : b.get("figures")) {
      JsonNode v = f.has("latest") && !f.get("latest").isNull() ? f.get("latest") : f.get("plan");
      assertTrue(v.get("source").asInt() >= 1 && v.get("source").asInt() <= sources, f.toString());
      ok("/api/series/" + f.get("seriesId").asText());
    }
    for (JsonNode src : b.get("sources")) ok("/api/documents/" + src.get("docId").asText());

    HttpResponse<String> md = s.get("/report.md?story=" + story);
    assertEquals(200, md.statusCode());
    assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
    assertTrue(
        md.body().startsWith("# Situation report: ") && md.body().contains("\n## Sources\n"),
        md.body());

    HttpResponse<String> page = s.get("/report?story=" + story);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"src-" + sources + "\""), "every source has its anchor");

    error("/api/report", 400, "story");
    error("/api/report?story=" + story + "&q=brigade", 400, null);
    error("/api/report?entity=no-such-entity", 400, "entity");
  }

  @Test
  void officesListGermanysDefenceMinistersInTheOrderTheyHeldIt() {
    JsonNode offices = ok("/api/offices?role=defense%20minister&of=Germany").get("offices");
    assertEquals(1, offices.size(), offices.toString());
    // the generated articles name defence ministers of their own beside the samples' two
    JsonNode holders = offices.get(0).get("holders");
    java.util.List<String> names = new java.util.ArrayList<>();
    String previous = "";
    for (JsonNode h : holders) {
      names.add(h.get("name").asText());
      assertTrue(h.get("firstSeen").asText().compareTo(previous) >= 0, "oldest first: " + holders);
      previous = h.get("firstSeen").asText();
    }
    int lambrecht = names.indexOf("Christine Lambrecht"),
        pistorius = names.indexOf("Boris Pistorius");
    assertTrue(lambrecht >= 0 && lambrecht < pistorius, names.toString());
    HttpResponse<String> page = s.get("/offices?of=DEU");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Boris Pistorius") && page.body().contains("/entities/"));
  }

  @Test
  void aSeriesDownloadsAsCsvWithARowPerObservation() throws Exception {
    String id = ok("/api/series?limit=1").get("series").get(0).get("id").asText();
    int observations = ok("/api/series/" + id).get("observations").size();
    HttpResponse<String> r = s.get("/api/series/" + id + "/csv");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    var rows =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(r.body()))
            .getRecords();
    assertEquals(observations, rows.size());
    assertFalse(rows.get(0).get("evidence").isBlank());
    assertEquals(404, s.get("/api/series/nosuchseries/csv").statusCode());
  }
}

package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.json.Json;

/**
 * The OpenAPI document as a client generator reads it: a real OpenAPI parser accepts it, and live
 * answers of the shared server, on every JSON route with real ids and on refused requests, are
 * valid against the schemas it declares.
 */
class OpenApiContractTest {
  static ServerFixture s;
  static ObjectNode doc;
  static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @BeforeAll
  static void start() throws Exception {
    s = ServerFixture.get();
    HttpResponse<String> r = s.get("/openapi.json");
    assertEquals(200, r.statusCode());
    doc = (ObjectNode) Json.MAPPER.readTree(r.body());
  }

  @Test
  void aRealParserReadsTheDocumentWithoutComplaint() {
    ParseOptions o = new ParseOptions();
    o.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.toString(), null, o);
    assertTrue(
        parsed.getMessages() == null || parsed.getMessages().isEmpty(),
        "parser messages: " + parsed.getMessages());
    // the same parser does complain about a broken document
    ObjectNode broken = doc.deepCopy();
    ((ObjectNode) broken.get("info")).remove("title");
    ((ObjectNode)
            broken.at("/paths/~1api~1stories/get/responses/200/content/application~1json/schema"))
        .put("$ref", "#/components/schemas/NoSuchSchema");
    SwaggerParseResult bad = new OpenAPIV3Parser().readContents(broken.toString(), null, o);
    assertTrue(bad.getMessages().size() >= 1, "no complaint about a broken document");
    OpenAPI api = parsed.getOpenAPI();
    assertNotNull(api);
    assertEquals("3.1.0", api.getOpenapi());
    assertTrue(api.getComponents().getSchemas().containsKey("Document"));
    // every operation's answers have a schema, a JSON one names a component
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) ->
                            op.getResponses()
                                .forEach(
                                    (code, resp) ->
                                        resp.getContent()
                                            .forEach(
                                                (type, media) -> {
                                                  var schema = media.getSchema();
                                                  assertNotNull(schema, method + " " + path);
                                                  if (type.equals("application/json"))
                                                    assertNotNull(
                                                        schema.get$ref(),
                                                        method + " " + path + " " + code);
                                                }))));
  }

  @Test
  void everyJsonRouteHasItsOwnSchemaAndNoSchemaIsLeftOver() {
    Set<String> json = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          if (m.getValue()
                              .path("responses")
                              .path(m.getKey().equals("post") ? "201" : "200")
                              .path("content")
                              .has(ApiRoutes.JSON))
                            json.add(
                                m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                        }));
    assertEquals(json, new TreeSet<>(ApiSchemas.declared()));
    // every component is used by some answer or another component
    String all = doc.get("paths").toString() + doc.get("components").get("schemas").toString();
    doc.get("components")
        .get("schemas")
        .fieldNames()
        .forEachRemaining(
            n -> assertTrue(all.contains("\"#/components/schemas/" + n + "\""), n + " unused"));
  }

  @Test
  void theIngestParametersDescribeWhatIsRecordedNotAFilter() {
    for (JsonNode p : doc.at("/paths/~1api~1documents/post/parameters")) {
      String d = p.get("description").asText();
      assertFalse(d.startsWith("only "), p.get("name") + ": " + d);
      assertTrue(d.contains("record") || d.contains("read from"), p.get("name") + ": " + d);
    }
    assertTrue(
        doc.at("/paths/~1api~1documents/get/parameters/2/description").asText().startsWith("only"));
  }

  @Test
  void everyGetRouteAnswersAsItsSchemaSays() throws Exception {
    String doc1 = first("/api/documents?limit=200", "documents");
    String story = first("/api/stories", "stories");
    String entity = first("/api/entities?type=PERSON", "entities");
    String series = first("/api/series", "series");
    Map<String, String> ids =
        Map.of(
            "/api/documents/{id}",
            doc1,
            "/api/stories/{id}",
            story,
            "/api/entities/{id}",
            entity,
            "/api/series/{id}",
            series,
            "/api/series/{id}/csv",
            series);
    Map<String, List<String>> queries = new LinkedHashMap<>();
    queries.put("/api/search", List.of("?q=minister", "?q=zzzqqq", "?story=" + story));
    queries.put("/api/timeline", List.of("?story=" + story, "?entity=" + entity, "?q=troops"));
    queries.put("/api/places", List.of("?story=" + story, "?q=troops"));
    queries.put("/api/report", List.of("?story=" + story, "?entity=" + entity, "?q=troops"));
    queries.put("/report.md", List.of("?story=" + story));
    queries.put("/api/series", List.of("", "?story=" + story));
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      var p = it.next();
      String path = p.getKey();
      if (!p.getValue().has("get") || !(path.startsWith("/api/") || path.equals("/openapi.json")))
        continue;
      String concrete = path.contains("{") ? path.replaceAll("\\{id}", ids.get(path)) : path;
      for (String q : queries.getOrDefault(path, List.of(""))) {
        checkAnswer("get", path, concrete + q, 200);
        checked++;
      }
    }
    assertTrue(checked >= 20, "only " + checked + " answers checked");
  }

  @Test
  void refusedRequestsAnswerWithTheErrorSchema() throws Exception {
    assertEquals(
        "limit",
        checkAnswer("get", "/api/search", "/api/search?limit=0", 400).get("parameter").asText());
    checkAnswer("get", "/api/stories/{id}", "/api/stories/no-such-story", 404);
    HttpResponse<String> r =
        s.send(
            HttpRequest.newBuilder(URI.create(s.base + "/api/documents"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Unsigned words."))
                .build());
    assertEquals(401, r.statusCode(), r.body());
    assertValid("post", "/api/documents", "401", Json.MAPPER.readTree(r.body()));
  }

  @Test
  void anIngestAnswersAsItsSchemaSays() throws Exception {
    HttpResponse<String> r =
        s.post(
            "/api/documents?outlet=" + ServerFixture.enc("Contract Wire") + "&published=2024-03-02",
            "text/plain; charset=utf-8",
            "The defence minister said on Monday that 300 more soldiers would arrive in Vilnius"
                + " by the end of the month.");
    assertEquals(201, r.statusCode(), r.body());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertValid("post", "/api/documents", "201", body);
    String id = body.get("stored").get(0).get("id").asText();
    JsonNode stored = checkAnswer("get", "/api/documents/{id}", "/api/documents/" + id, 200);
    assertEquals("Contract Wire", stored.get("outlet").asText());
  }

  @Test
  void theSchemasCatchARenamedOrMissingField() throws Exception {
    String story = first("/api/stories", "stories");
    ObjectNode answer = (ObjectNode) Json.MAPPER.readTree(s.get("/api/stories/" + story).body());
    assertValid("get", "/api/stories/{id}", "200", answer);
    ObjectNode renamed = answer.deepCopy();
    ((ObjectNode) renamed.get("story"))
        .set("headline", ((ObjectNode) renamed.get("story")).remove("title"));
    assertFalse(errors("get", "/api/stories/{id}", "200", renamed).isEmpty());
    ObjectNode missing = answer.deepCopy();
    missing.remove("outlets");
    assertFalse(errors("get", "/api/stories/{id}", "200", missing).isEmpty());
    ObjectNode wrongType = answer.deepCopy();
    ((ObjectNode) wrongType.get("story")).put("distinctReports", "three");
    assertFalse(errors("get", "/api/stories/{id}", "200", wrongType).isEmpty());
  }

  private static String first(String path, String list) throws Exception {
    JsonNode items = Json.MAPPER.readTree(s.get(path).body()).get(list);
    assertTrue(items != null && items.size() > 0, path + " lists no " + list);
    return items.get(items.size() - 1).get("id").asText();
  }

  /** Fetches a path, checks its status and type, and validates a JSON body against the schema. */
  private static JsonNode checkAnswer(String method, String template, String url, int status)
      throws Exception {
    HttpResponse<String> r = s.get(url);
    assertEquals(status, r.statusCode(), url + " -> " + r.body());
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode op = doc.get("paths").get(template).get(method);
    JsonNode declared = op.get("responses").get(String.valueOf(status));
    assertNotNull(declared, url + ": status " + status + " not declared");
    String media = type.replaceAll(";.*", "").trim();
    assertTrue(declared.get("content").has(media), url + ": " + type + " not declared");
    if (!media.equals(ApiRoutes.JSON)) {
      assertFalse(r.body().isBlank(), url);
      return null;
    }
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertValid(method, template, String.valueOf(status), body);
    return body;
  }

  private static void assertValid(String method, String template, String status, JsonNode body) {
    List<String> errs = errors(method, template, status, body);
    assertTrue(errs.isEmpty(), method + " " + template + " " + status + ": " + errs);
  }

  /** The schema validator's complaints about a body, as the document's schema for it sees it. */
  private static List<String> errors(String method, String template, String status, JsonNode body) {
    JsonNode schema =
        doc.get("paths")
            .get(template)
            .get(method)
            .get("responses")
            .get(status)
            .get("content")
            .get(ApiRoutes.JSON)
            .get("schema");
    // the whole document as the root, so '#/components/schemas/...' resolves
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", doc.get("components"));
    root.putArray("allOf").add(schema);
    JsonSchema js = SCHEMAS.getSchema(root);
    Set<ValidationMessage> found = js.validate(body);
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : found) out.add(m.getMessage());
    return out;
  }
}

package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.json.Json;

/**
 * The OpenAPI 3.1 document, generated from the route table the server registers, so the two cannot
 * drift apart.
 */
final class OpenApi {
  private OpenApi() {}

  static ObjectNode of(List<Route> routes) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    doc.putObject("info")
        .put("title", "Sitrep")
        .put("version", "0.1.0")
        .put(
            "description",
            "Sourced facts from news articles: documents, search, entities, stories, fact series,"
                + " timelines. Errors are JSON {status, error, parameter?}. Writes need a read-write"
                + " token ('sitrep token create'); reads need a token when the server is bound"
                + " beyond loopback.");
    ObjectNode components = doc.putObject("components");
    components.set("schemas", ApiSchemas.components());
    ObjectNode schemes = components.putObject("securitySchemes");
    schemes
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("description", "a token from 'sitrep token create'");
    schemes
        .putObject("basic")
        .put("type", "http")
        .put("scheme", "basic")
        .put("description", "any user name, the token as password (for browsers)");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode path =
          paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = path.putObject(r.method().toLowerCase(java.util.Locale.ROOT));
      op.put("summary", r.summary());
      op.put(
          "operationId",
          r.method().toLowerCase(java.util.Locale.ROOT)
              + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
      ArrayNode params = op.putArray("parameters");
      for (Param p : r.params()) {
        ObjectNode n =
            params
                .addObject()
                .put("name", p.name())
                .put("in", p.in())
                .put("required", p.required())
                .put("description", p.description());
        ObjectNode schema = n.putObject("schema");
        switch (p.type()) {
          case "integer" ->
              schema.put("type", "integer").put("minimum", p.min()).put("maximum", p.max());
          case "date" -> schema.put("type", "string").put("format", "date");
          default -> schema.put("type", "string");
        }
      }
      if (!r.consumes().isEmpty()) {
        ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
        for (String c : r.consumes())
          content.putObject(c).putObject("schema").put("type", "string");
      }
      boolean write = !r.method().equals("GET");
      ArrayNode security = op.putArray("security");
      if (!write) security.addObject(); // none needed on loopback
      security.addObject().putArray("bearer");
      security.addObject().putArray("basic");
      ObjectNode responses = op.putObject("responses");
      ObjectNode answer = ApiSchemas.response(r);
      if (r.method().equals("POST")) {
        ok(responses, "201", "stored: at least one article was new", r.produces(), answer);
        ok(responses, "200", "read: every article was stored already", r.produces(), answer);
      } else {
        ok(responses, "200", "OK", r.produces(), answer);
      }
      if (!r.params().isEmpty() || !r.consumes().isEmpty())
        error(responses, "400", "a parameter or the body is invalid");
      if (r.path().contains("{")) error(responses, "404", "no item with that id");
      error(responses, "401", "a token is needed and none valid was given");
      error(
          responses,
          "403",
          write
              ? "a read-only token, or a request from another site's page"
              : "a Host header that is not this server's");
      if (!r.consumes().isEmpty()) {
        error(responses, "413", "the body is larger than the server accepts");
        error(responses, "415", "the body type is not one of those listed");
      }
    }
    return doc;
  }

  private static void ok(
      ObjectNode responses, String code, String why, String type, ObjectNode schema) {
    responses
        .putObject(code)
        .put("description", why)
        .putObject("content")
        .putObject(type)
        .set("schema", schema.deepCopy());
  }

  private static void error(ObjectNode responses, String code, String why) {
    responses
        .putObject(code)
        .put("description", why)
        .putObject("content")
        .putObject("application/json")
        .set("schema", ApiSchemas.error());
  }
}

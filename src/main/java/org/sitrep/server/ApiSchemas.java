package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.Json;

/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of every JSON answer of the API, read from
 * {@code api-schemas.json} beside this class: a schema per kind of answer, and which answer each
 * route (method and path) gives. The OpenAPI document takes them from here, route by route, so a
 * JSON route without a declared answer cannot be described and the server refuses to start.
 */
final class ApiSchemas {
  private static final String REF = "#/components/schemas/";
  private static final JsonNode FILE = load();

  private ApiSchemas() {}

  /** Every named schema, expanded, as {@code components.schemas} holds them. */
  static ObjectNode components() {
    ObjectNode out = Json.MAPPER.createObjectNode();
    Iterator<Map.Entry<String, JsonNode>> it = FILE.get("schemas").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.set(e.getKey(), object(e.getKey(), e.getValue()));
    }
    return out;
  }

  /**
   * The schema of a route's successful answer: a reference into the components for JSON, a string
   * for text types.
   */
  static ObjectNode response(Route r) {
    if (!r.produces().equals(ApiRoutes.JSON)) {
      return Json.MAPPER.createObjectNode().put("type", "string");
    }
    JsonNode name = FILE.get("responses").get(r.method() + " " + r.path());
    if (name == null) {
      throw new IllegalStateException(
          r.method()
              + " "
              + r.path()
              + " answers JSON but api-schemas.json declares no schema for it");
    }
    return type(name.asText());
  }

  /** The schema of an error answer. */
  static ObjectNode error() {
    return type("#Error");
  }

  /** The route keys ("GET /api/x") that have a declared answer. */
  static Set<String> declared() {
    Set<String> out = new HashSet<>();
    FILE.get("responses").fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static ObjectNode object(String name, JsonNode spec) {
    ObjectNode o = Json.MAPPER.createObjectNode().put("type", "object");
    if (spec.has("description")) o.put("description", spec.get("description").asText());
    Set<String> optional = new HashSet<>();
    spec.path("optional").forEach(n -> optional.add(n.asText()));
    ObjectNode props = o.putObject("properties");
    ArrayNode required = Json.MAPPER.createArrayNode();
    Iterator<Map.Entry<String, JsonNode>> it = spec.get("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> p = it.next();
      JsonNode v = p.getValue();
      props.set(p.getKey(), v.isTextual() ? type(v.asText()) : v.deepCopy());
      if (!optional.remove(p.getKey())) required.add(p.getKey());
    }
    if (!optional.isEmpty())
      throw new IllegalStateException(name + ": optional names no property: " + optional);
    if (!required.isEmpty()) o.set("required", required);
    return o;
  }

  /**
   * Expands the shorthand: string, integer, number, boolean, #Name, [x], {x}, each with a trailing
   * ? to allow null.
   */
  static ObjectNode type(String s) {
    boolean nullable = s.endsWith("?");
    String t = nullable ? s.substring(0, s.length() - 1) : s;
    ObjectNode o = Json.MAPPER.createObjectNode();
    if (t.startsWith("#")) {
      String name = t.substring(1);
      if (!FILE.get("schemas").has(name))
        throw new IllegalStateException("api-schemas.json: no schema " + name);
      if (!nullable) return o.put("$ref", REF + name);
      ArrayNode any = o.putArray("oneOf");
      any.addObject().put("$ref", REF + name);
      any.addObject().put("type", "null");
      return o;
    }
    if (t.startsWith("[") && t.endsWith("]")) {
      o.put("type", "array").set("items", type(t.substring(1, t.length() - 1)));
    } else if (t.startsWith("{") && t.endsWith("}")) {
      o.put("type", "object").set("additionalProperties", type(t.substring(1, t.length() - 1)));
    } else if (Set.of("string", "integer", "number", "boolean").contains(t)) {
      o.put("type", t);
    } else {
      throw new IllegalStateException("api-schemas.json: cannot read type '" + s + "'");
    }
    if (nullable) {
      String base = o.get("type").asText();
      o.putArray("type").add(base).add("null");
    }
    return o;
  }

  private static JsonNode load() {
    try (InputStream in = ApiSchemas.class.getResourceAsStream("api-schemas.json")) {
      if (in == null) throw new IllegalStateException("api-schemas.json is missing");
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.sitrep.clean.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code application/ld+json} scripts, flattened ({@code @graph}
 * and arrays unpacked). Broken JSON is skipped: publishers often ship trailing commas or raw
 * newlines in strings.
 */
public final class JsonLd {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.IGNORE_UNDEFINED)
          .build();
  private static final int MAX_SCRIPT_CHARS = 1 << 20;

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  public static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.length() > MAX_SCRIPT_CHARS) continue;
      try {
        flatten(MAPPER.readTree(json.strip()), objects);
      } catch (Exception broken) {
        // malformed JSON-LD carries no usable metadata
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode root, List<JsonNode> out) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) todo.add(root);
    while (!todo.isEmpty() && out.size() < 200) {
      JsonNode n = todo.poll();
      if (n.isArray()) n.forEach(todo::add);
      else if (n.isObject()) {
        out.add(n);
        if (n.has("@graph")) todo.add(n.get("@graph"));
        if (n.has("mainEntity")) todo.add(n.get("mainEntity"));
      }
    }
  }

  /** The first string value of {@code field} in any object, articles first. */
  public String first(String field) {
    for (boolean articlesOnly : new boolean[] {true, false}) {
      for (JsonNode o : objects) {
        if (articlesOnly && !isArticle(o)) continue;
        JsonNode v = o.get(field);
        if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
      }
    }
    return null;
  }

  /** Every string value of {@code field}, those of article objects first, in page order. */
  public List<String> all(String field) {
    List<String> values = new ArrayList<>();
    for (boolean articles : new boolean[] {true, false}) {
      for (JsonNode o : objects) {
        if (isArticle(o) != articles) continue;
        JsonNode v = o.get(field);
        if (v != null && v.isArray() && v.size() > 0) v = v.get(0);
        if (v != null && v.isTextual() && !v.asText().isBlank()) values.add(v.asText());
      }
    }
    return values;
  }

  /**
   * The publisher's name from an article object, or from the page's Organization / WebSite object.
   */
  public String publisherName() {
    for (JsonNode o : objects) {
      JsonNode p = o.get("publisher");
      if (p != null && p.isArray() && p.size() > 0) p = p.get(0);
      if (p != null && p.isObject() && p.path("name").isTextual()) return p.get("name").asText();
    }
    for (JsonNode o : objects)
      if (type(o).equals("WebSite") && o.path("name").isTextual()) return o.get("name").asText();
    return null;
  }

  private static boolean isArticle(JsonNode o) {
    String t = type(o);
    return t.endsWith("Article")
        || t.equals("BlogPosting")
        || t.equals("Report")
        || t.equals("LiveBlogPosting");
  }

  private static String type(JsonNode o) {
    JsonNode t = o.get("@type");
    if (t == null) return "";
    if (t.isArray() && t.size() > 0) t = t.get(0);
    return t.asText("");
  }
}

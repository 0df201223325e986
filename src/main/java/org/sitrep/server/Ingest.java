package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.clean.Extracted;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.LanguageGuesser;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.Resolver;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;

/**
 * Reads posted articles (JSON Lines, or one article as plain text or HTML), annotates them with the standard
 * pipeline, stores them and resolves the store again. A bad JSON line is reported and skipped; the others go in.
 * One ingest runs at a time: the pipeline holds the language models, and resolution reads the whole store.
 */
public final class Ingest {
  /** Metadata a caller may give for a plain-text or HTML body. */
  public record Meta(String title, String outlet, String label, String published, String url) {}

  /** A line that could not be read, with its 1-based number and why. */
  public record Skipped(int line, String why) {}

  /** What an ingest did. */
  public record Result(List<Ingested> stored, List<Skipped> skipped, int stories, int entities) {}

  private final Store store;
  private final Supplier<Pipeline> pipelines;
  private Pipeline pipeline;

  public Ingest(Store store, Supplier<Pipeline> pipelines) {
    this.store = store;
    this.pipelines = pipelines;
  }

  /** Parses a body by its media type into documents; lines that cannot be read go to {@code skipped}. */
  public static List<Document> parse(String mediaType, String body, Meta meta, List<Skipped> skipped) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    switch (type) {
      case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/json" -> {
        return jsonLines(body, skipped);
      }
      case "text/plain" -> {
        return List.of(document(body, meta.title(), meta.outlet(), meta.label(), meta.published(), meta.url(), null, 0));
      }
      case "text/html" -> {
        Extracted x = new HtmlExtractor().extract(body, meta.url());
        String title = meta.title() != null ? meta.title() : blankToNull(x.title());
        return List.of(document(x.body(), title, meta.outlet(), meta.label(), meta.published(), meta.url(), null, 0));
      }
      default -> throw new ApiError(415, "unsupported body type '" + type
          + "': send application/x-ndjson (one JSON article per line), text/plain or text/html", null);
    }
  }

  private static List<Document> jsonLines(String body, List<Skipped> skipped) {
    List<Document> out = new ArrayList<>();
    String[] lines = body.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) continue;
      try {
        JsonNode n = Json.MAPPER.readTree(line);
        if (!n.isObject()) throw new IllegalArgumentException("not a JSON object");
        String text = str(n, "body");
        if (text == null) text = str(n, "text");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("no 'body'");
        out.add(document(text, str(n, "title"), str(n, "outlet"), str(n, "label"), str(n, "published"),
            str(n, "url"), str(n, "id"), i + 1));
      } catch (Exception e) {
        String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        skipped.add(new Skipped(i + 1, why));
      }
    }
    return out;
  }

  private static Document document(
      String body, String title, String outlet, String label, String published, String url, String recordId, long line) {
    if (body == null || body.isBlank()) throw new ApiError(400, "the article body is empty", null);
    Published pub = published == null ? Published.UNKNOWN : checkedDate(published);
    Source src = new Source("http-post", url, recordId, line > 0 ? line : -1);
    return Document.of(src, outlet, label, title, pub, LanguageGuesser.guess(body), List.of(), body);
  }

  private static Published checkedDate(String v) {
    if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("'published' must be an ISO date (yyyy, yyyy-mm or yyyy-mm-dd), was '" + v + "'");
    }
    return Published.stated(v);
  }

  private static String str(JsonNode n, String k) {
    JsonNode v = n.get(k);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Annotates and stores the documents, then resolves the whole store again and saves the result. */
  public synchronized Result run(List<Document> docs, List<Skipped> skipped) {
    if (pipeline == null) pipeline = pipelines.get();
    List<Annotated> annotated = new ArrayList<>(docs.size());
    for (Document d : docs) annotated.add(pipeline.run(d));
    List<Ingested> stored = annotated.isEmpty() ? List.of() : store.putAll(annotated);
    store.commitIndex();
    var situation = resolve(store);
    return new Result(stored, skipped, situation.stories().size(), situation.entities().size());
  }

  /** Runs resolution over every stored document, oldest first, and saves it. */
  public static org.sitrep.resolve.Situation resolve(Store store) {
    Resolver r = new Resolver();
    store.scan(r::add);
    var s = r.situation();
    store.saveSituation(s);
    return s;
  }
}

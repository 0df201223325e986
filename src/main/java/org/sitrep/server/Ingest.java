package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;
import org.sitrep.store.Ingested;
import org.sitrep.store.Resolution;
import org.sitrep.store.Store;

/**
 * Reads posted articles in any format {@link Sources} reads (JSON Lines, plain text, HTML, feeds,
 * WARC, gzipped or not), annotates each with the pipeline of its language, stores them and brings
 * the resolution across the store up to date. A bad record is reported and skipped; the others go
 * in. Requests annotate side by side; storing and resolving run one at a time, since the resolution
 * is one, kept in the store.
 */
public final class Ingest {
  /** Metadata a caller may give for a plain-text or HTML body. */
  public record Meta(String title, String outlet, String label, String published, String url) {}

  /** A line that could not be read, with its 1-based number and why. */
  public record Skipped(int line, String why) {}

  /**
   * What an ingest did; {@code resolution} says how the picture across the store was brought up to
   * date: "added" (the new articles added to the resolution kept in the store).
   */
  public record Result(
      List<Ingested> stored, List<Skipped> skipped, int stories, int entities, String resolution) {}

  private final Store store;
  private final Supplier<LanguagePipelines> pipelines;
  private final Consumer<Resolution.Changed> resolved;
  private LanguagePipelines pipeline;

  public Ingest(Store store, Supplier<LanguagePipelines> pipelines) {
    this(store, pipelines, changed -> {});
  }

  /**
   * An ingest that tells {@code resolved} what each resolution run changed, in the order the runs
   * happen and before the request answers, so a picture kept in memory follows the store.
   */
  public Ingest(
      Store store, Supplier<LanguagePipelines> pipelines, Consumer<Resolution.Changed> resolved) {
    this.store = store;
    this.pipelines = pipelines;
    this.resolved = resolved;
  }

  /**
   * Loads the language models now, and runs one short article through them (not stored), so that
   * the first article posted costs what the later ones do.
   */
  public void warmUp() {
    LanguagePipelines p = pipeline();
    p.run(
        new Document(
            null,
            List.of(),
            null,
            null,
            "Warm-up",
            Published.UNKNOWN,
            null,
            List.of(),
            "The minister said on Monday that 300 soldiers would arrive in Vilnius by March."));
  }

  /** The file name suffix that tells {@link Sources} what a body of this media type holds. */
  static String suffixFor(String mediaType) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    return switch (type) {
      case "application/x-ndjson",
          "application/jsonl",
          "application/json-lines",
          "application/json" ->
          ".jsonl";
      case "text/plain" -> ".txt";
      case "text/html", "application/xhtml+xml" -> ".html";
      case "application/rss+xml", "application/atom+xml", "application/xml", "text/xml" -> ".xml";
      case "application/feed+json" -> ".json";
      case "application/warc" -> ".warc";
      case "application/gzip" -> ".gz";
      default ->
          throw new ApiError(
              415,
              "unsupported body type '"
                  + type
                  + "': send application/x-ndjson (one"
                  + " article per line: text or html, title, outlet, label, published, url, id), text/plain, text/html,"
                  + " an RSS/Atom feed (application/rss+xml, application/atom+xml), a JSON Feed (application/feed+json),"
                  + " WARC (application/warc) or any of these gzipped (application/gzip)",
              null);
    };
  }

  /**
   * Reads a posted body with {@link Sources}, so every format the CLI reads works here too. The
   * body goes through a file in the data directory's {@code uploads/} folder (Sources reads files),
   * removed at once; {@code meta} fills what the body did not say. Inputs or records that cannot be
   * read go to {@code skipped}.
   */
  public List<Document> parse(String mediaType, byte[] body, Meta meta, List<Skipped> skipped)
      throws IOException {
    String suffix = suffixFor(mediaType);
    Path uploads = store.dataDir().resolve("uploads");
    Files.createDirectories(uploads);
    Path file = uploads.resolve(UUID.randomUUID() + suffix);
    List<Document> docs = new ArrayList<>();
    try {
      Files.write(file, body);
      Problems problems =
          new Problems(
              p -> {
                if (p.skipped())
                  skipped.add(
                      new Skipped(
                          lineOf(p.where()),
                          p.where() == null ? p.reason() : p.where() + ": " + p.reason()));
              });
      new Sources(problems).read(List.of(file.toString()), docs::add);
    } finally {
      Files.deleteIfExists(file);
    }
    Published pub = meta.published() == null ? null : checkedDate(meta.published());
    List<Document> out = new ArrayList<>(docs.size());
    for (Document d : docs) {
      List<Source> sources = new ArrayList<>();
      for (Source s : d.sources()) {
        sources.add(
            new Source(
                "http-post", s.url() != null ? s.url() : meta.url(), s.recordId(), s.offset()));
      }
      out.add(
          new Document(
              d.id(),
              sources,
              first(meta.outlet(), d.outlet()),
              first(meta.label(), d.label()),
              first(meta.title(), d.title()),
              pub != null ? pub : d.published(),
              d.language(),
              d.headings(),
              d.body()));
    }
    return out;
  }

  private static int lineOf(String where) {
    if (where == null || !where.startsWith("line ")) return 0;
    try {
      return Integer.parseInt(where.substring(5).replaceAll("\\D.*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static Published checkedDate(String v) {
    if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(
          "'published' must be an ISO date (yyyy, yyyy-mm or yyyy-mm-dd), was '" + v + "'");
    }
    return Published.stated(v);
  }

  /**
   * Annotates and stores the documents, then brings the resolution across the store up to date and
   * saves it.
   */
  public Result run(List<Document> docs, List<Skipped> skipped) {
    // Annotation runs outside the lock (stages are safe on several threads): one slow document
    // holds up no other client's request, only the store and resolution steps are one at a time.
    // An article stored already (same normalised body, same id), or twice in this body, is not
    // annotated again: storing it only adds its source.
    java.util.Set<String> known = store.stored(docs.stream().map(Document::id).toList());
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Annotated> annotated = new ArrayList<>(docs.size());
    LanguagePipelines p = null;
    for (Document d : docs) {
      if (!seen.add(d.id()) || known.contains(d.id())) {
        annotated.add(Annotated.of(d));
      } else {
        if (p == null) p = pipeline();
        annotated.add(p.run(d));
      }
    }
    return store(annotated, skipped);
  }

  private synchronized LanguagePipelines pipeline() {
    if (pipeline == null) pipeline = pipelines.get();
    return pipeline;
  }

  private synchronized Result store(List<Annotated> annotated, List<Skipped> skipped) {
    List<Ingested> stored = annotated.isEmpty() ? List.of() : store.putAll(annotated);
    store.commitIndex();
    // The picture across the store lives in the store: the new articles (and any a crash left
    // unresolved) are added to it, at a cost that does not grow with the store.
    Resolution r = store.resolvePending();
    resolved.accept(r.changed());
    return new Result(stored, skipped, (int) r.stories(), (int) r.entities(), "added");
  }
}

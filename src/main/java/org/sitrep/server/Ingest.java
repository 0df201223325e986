package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

  /**
   * How long after a write the search index is committed for readers in other processes (the CLI
   * beside a server): they see a posted article this much later, and a POST does not wait for the
   * commit's disk flush.
   */
  static final long COMMIT_DELAY_MS = 1_000;

  private final Store store;
  private final Supplier<LanguagePipelines> pipelines;
  private final java.util.concurrent.atomic.AtomicBoolean commitPending =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final ScheduledThreadPoolExecutor committer = committer();
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
   * Loads the language models now and runs sample articles through them (nothing is stored), so
   * that the first article posted costs what the later ones do; returns them annotated: a news
   * report, a shorter copy of it dated a day earlier, and an undated sentence.
   */
  public List<Annotated> warmUp() {
    LanguagePipelines p = pipeline();
    String text;
    try (var in = Ingest.class.getResourceAsStream("warm-up.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the warm-up article is missing from the build", e);
    }
    String title = text.substring(0, text.indexOf("\n\n"));
    String body = text.substring(title.length()).strip();
    String shorter = body.substring(0, body.lastIndexOf("\n\n")).strip();
    try {
      // a posted body is read as a POST reads it (through a file in uploads/, removed at once)
      parse(
          "text/plain",
          body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          new Meta(title, "Warm-up Wire", null, "2026-03-14", null),
          new ArrayList<>());
    } catch (IOException e) {
      // an upload folder that cannot be written fails the first POST with its own message
    }
    List<Annotated> out = new ArrayList<>();
    // The news report goes through a few times: the annotators' busiest code is compiled before
    // the first POST, not during it.
    for (int i = 0; i < WARM_UP_RUNS - 1; i++)
      p.run(sample(title, "Warm-up Wire", Published.stated("2026-03-14"), body));
    out.add(p.run(sample(title, "Warm-up Wire", Published.stated("2026-03-14"), body)));
    out.add(p.run(sample(title, "Warm-up Daily", Published.stated("2026-03-13"), shorter)));
    out.add(
        p.run(
            sample(
                "Warm-up",
                null,
                Published.UNKNOWN,
                "The minister said on Monday that 300 soldiers would arrive in Vilnius by March.")));
    return out;
  }

  /** How many times {@link #warmUp} annotates its news report. */
  static final int WARM_UP_RUNS = 4;

  private static Document sample(String title, String outlet, Published published, String body) {
    return new Document(
        null,
        List.of(Source.file("warm-up.txt")),
        outlet,
        null,
        title,
        published,
        null,
        List.of(),
        body);
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

  /** Commits the search index within {@link #COMMIT_DELAY_MS}, unless a commit is due already. */
  private void commitSoon() {
    if (!commitPending.compareAndSet(false, true)) return;
    committer.schedule(this::commitNow, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
  }

  private void commitNow() {
    // cleared first: a write that lands during the commit asks for one more
    commitPending.set(false);
    try {
      store.commitIndex();
    } catch (IllegalStateException e) {
      // the store was closed, which commits the index itself
    }
  }

  private static ScheduledThreadPoolExecutor committer() {
    ScheduledThreadPoolExecutor e =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "sitrep-index-commit");
              t.setDaemon(true);
              return t;
            });
    // closing drops a commit not begun yet (close does it at once) and lets one under way finish:
    // an index writer interrupted in the middle of a commit closes itself
    e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return e;
  }

  /** Commits what is not committed yet and stops committing in the background. */
  public void close() {
    committer.shutdown();
    try {
      committer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (commitPending.get()) commitNow();
  }

  private synchronized LanguagePipelines pipeline() {
    if (pipeline == null) pipeline = pipelines.get();
    return pipeline;
  }

  private synchronized Result store(List<Annotated> annotated, List<Skipped> skipped) {
    List<Ingested> stored = annotated.isEmpty() ? List.of() : store.putAll(annotated);
    // The server searches the index's writer, which sees every write at once; the commit that other
    // processes read (and that a restart would otherwise redo from the rows) follows shortly after,
    // off the request, one for every POST that arrived meanwhile.
    commitSoon();
    // The picture across the store lives in the store: the new articles (and any a crash left
    // unresolved) are added to it, at a cost that does not grow with the store.
    Resolution r = store.resolvePending();
    resolved.accept(r.changed());
    return new Result(stored, skipped, (int) r.stories(), (int) r.entities(), "added");
  }
}

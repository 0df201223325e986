package org.sitrep.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.report.Labels;
import org.sitrep.store.FetchState;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;
import org.sitrep.watch.FetchPolicy;
import org.sitrep.watch.Fetcher;
import org.sitrep.watch.NewArticle;
import org.sitrep.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep watch SOURCE...}: polls feeds, sitemaps, pages and OPML lists of feeds, and ingests
 * each new article as {@code sitrep ingest} does.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "watch",
    description = {
      "Follow feeds (RSS, Atom, JSON Feed), sitemaps, pages and OPML lists of feeds: fetch new articles"
          + " politely (robots.txt, one request at a time per host, conditional GET) and ingest them.",
      "Without --once it keeps polling every --interval; stop it at any time, it resumes where it was."
    })
final class WatchCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin LockOptions lock;
  @Mixin WebhookOptions webhook;

  @Parameters(
      arity = "0..*",
      paramLabel = "SOURCE",
      description = "Feed, sitemap or page URLs, or OPML files (local or URLs) listing feeds.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--once", description = "Poll every source once, ingest what is new, and exit.")
  boolean once;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Time between polls, e.g. 90s, 10m, 1h (default: 10m).")
  Duration interval = Duration.ofMinutes(10);

  @Option(
      names = "--allow-private",
      description = "Also fetch loopback, private, link-local and multicast addresses.")
  boolean allowPrivate;

  @Option(
      names = "--contact",
      paramLabel = "EMAIL",
      description = "How sites can reach whoever runs this watch; sent in the User-Agent.")
  String contact;

  @Option(names = "--status", description = "Show each source's state and exit.")
  boolean status;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "For an answer to start, and again for it to finish (default: 30s).")
  Duration timeout = Duration.ofSeconds(30);

  @Option(
      names = "--delay",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Least time between two requests to one host (default: 2s).")
  Duration delay = Duration.ofSeconds(2);

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Largest page, feed or sitemap read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = FetchPolicy.DEFAULT_MAX_BYTES;

  @Option(
      names = "--concurrency",
      description = "Requests in flight at once across hosts (default: ${DEFAULT-VALUE}).")
  int concurrency = 4;

  @Option(
      names = "--max-per-source",
      paramLabel = "N",
      description =
          "New articles fetched per source per poll; the rest at later polls (default: ${DEFAULT-VALUE}).")
  int maxPerSource = 200;

  @Option(names = "--threads", description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--quiet", description = "Print only problems and each poll's summary.")
  boolean quiet;

  /** Told of each new article after it is stored; topics and alerts register here. */
  final List<NewArticle> onNew = new ArrayList<>();

  @Override
  public Integer call() {
    if (contact != null && !contact.matches("[\\x20-\\x7E]{1,200}"))
      throw new UserError("--contact must be one line of printable ASCII (an email or a URL)");
    if (interval.isZero() || interval.isNegative())
      throw new UserError("--interval must be positive");
    if (concurrency < 1 || maxPerSource < 1 || maxBytes < 1)
      throw new UserError("--concurrency, --max-per-source and --max-bytes must be at least 1");
    if (status) {
      try (Store store = data.open()) {
        printStatus(store.fetchState());
      }
      return 0;
    }
    if (sources.isEmpty()) throw new UserError("watch needs at least one SOURCE (or --status)");
    if (contact == null)
      System.err.println(
          "sitrep: watch: no --contact given; sites that want to reach whoever runs this watch cannot");
    Problems problems = new Problems(p -> System.err.println("sitrep: " + p.line()));
    FetchPolicy policy =
        new FetchPolicy(
            FetchPolicy.userAgent(version(), contact),
            timeout,
            5,
            maxBytes,
            delay,
            Duration.ofSeconds(30).compareTo(interval) < 0 ? Duration.ofSeconds(30) : interval,
            concurrency,
            allowPrivate);
    // One pool of annotation threads for the whole watch, sized to --threads (the cores): batch
    // after batch runs on the same threads, and their CPU time is theirs alone to be measured.
    java.util.concurrent.ExecutorService annotators = OrderedRunner.annotationPool(threads);
    // Built on first use: a poll that finds nothing new never loads the models. The annotators are
    // not run on a sample first: the JVM compiles their code while the first articles are
    // annotated,
    // and a sample run ahead of them would only move that compile work earlier, and delay them.
    java.util.function.Supplier<LanguagePipelines> pipelines =
        new java.util.function.Supplier<>() {
          private LanguagePipelines built;

          @Override
          public synchronized LanguagePipelines get() {
            if (built == null) built = Pipelines.byLanguage();
            return built;
          }
        };
    try (Store store = data.openForWriting(lock, "watch");
        Fetcher fetcher = new Fetcher(policy);
        org.sitrep.watch.Webhook hook = webhook.open(store, allowPrivate)) {
      if (hook != null && !once) hook.start(Duration.ofSeconds(1));
      Watcher watcher =
          new Watcher(
              store.fetchState(),
              fetcher,
              new Watcher.Articles() {
                @Override
                public List<Ingested> store(List<Document> docs) {
                  return prepare(docs).commit();
                }

                // Annotated on the watch's writer thread (with the annotation pool), stored on its
                // committing thread: the next batch is annotated while this one is stored.
                @Override
                public Watcher.Prepared prepare(List<Document> docs) {
                  List<Annotated> annotated = annotate(pipelines.get(), annotators, docs);
                  return () -> commit(store, annotated);
                }
              },
              problems,
              // A few documents per store (two per annotation thread): an article's alerts wait for
              // the others of its batch to be annotated and committed, so a batch is kept small.
              new Watcher.Options(interval, maxPerSource, 50, 3, Math.max(2, 2 * threads)));
      if (!once) {
        // A watch that keeps running will need the models: they load while the first poll fetches.
        Thread load =
            new Thread(
                () -> {
                  if (pipelines.get() == null) throw new IllegalStateException("no models");
                },
                "sitrep-models");
        load.setDaemon(true);
        load.start();
      }
      boolean anyOk = false;
      while (true) {
        // Polls start every interval, however long storing what a poll fetched takes: the watch's
        // writer goes on storing (what appeared last first) while the next poll fetches, so that
        // an article waits at most about an interval plus its own fetch and ingest.
        Instant started = Instant.now();
        Watcher.Summary s = watcher.poll(sources, once);
        anyOk |= s.sources() > s.failedSources() || s.waitingSources() > 0;
        System.err.println("sitrep: " + s.line());
        if (once) break;
        Instant next = started.plus(interval);
        Instant now = Instant.now();
        if (next.isBefore(now)) next = now;
        System.err.println("sitrep: watch: next poll at " + next);
        try {
          Thread.sleep(Duration.between(now, next).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      System.err.println(
          "sitrep: the store in "
              + data.data
              + " now holds "
              + Labels.count(store.count(), "document"));
      IngestCommand.deliver(hook);
      return anyOk ? 0 : 1;
    } finally {
      annotators.shutdown();
    }
  }

  /** Annotates fetched documents on the annotation pool; returns them in order. */
  private List<Annotated> annotate(
      LanguagePipelines pipelines,
      java.util.concurrent.ExecutorService annotators,
      List<Document> docs) {
    List<Annotated> annotated = new ArrayList<>(docs.size());
    try (OrderedRunner runner = new OrderedRunner(pipelines, annotators, threads, annotated::add)) {
      for (Document d : docs) runner.accept(d);
    }
    return annotated;
  }

  /** Stores annotated documents and brings the picture up to date, then tells the hooks. */
  private List<Ingested> commit(Store store, List<Annotated> annotated) {
    Ingestion.Stored stored = Ingestion.storeAndUpdate(store, annotated);
    for (int i = 0; i < annotated.size(); i++) {
      Ingested in = stored.outcomes().get(i);
      if (!quiet) System.out.println(Report.docLine(annotated.get(i), in));
      if (in.isNew()) for (NewArticle hook : onNew) hook.arrived(annotated.get(i));
    }
    return stored.outcomes();
  }

  private static void printStatus(FetchState state) {
    List<FetchState.SourceState> all = state.sources();
    if (all.isEmpty()) {
      System.out.println("no source has been polled yet");
      return;
    }
    for (FetchState.SourceState s : all) {
      System.out.printf(
          "%s%n  kind %s, last poll %s, last success %s, %s, next poll %s%n  %s; articles stored %d,"
              + " pending %d, failed %d%n",
          s.source(),
          s.kind() == null ? "unknown" : s.kind(),
          s.lastPoll() == null ? "never" : s.lastPoll(),
          s.lastOk() == null ? "never" : s.lastOk(),
          s.failures() == 0 ? "healthy" : s.failures() + " failed poll(s) in a row",
          s.nextPoll() == null ? "now" : s.nextPoll(),
          s.status() == null ? "" : s.status(),
          state.count(s.source(), FetchState.UrlState.STORED),
          state.count(s.source(), FetchState.UrlState.PENDING),
          state.count(s.source(), FetchState.UrlState.FAILED));
    }
  }

  /** This build's version, as {@code sitrep --version} prints it. */
  static String version() {
    String v = Main.class.getAnnotation(Command.class).version()[0];
    return v.replaceFirst("^sitrep\\s+", "");
  }

  /** 500ms, 90s, 10m, 1h, 1d, or an ISO-8601 duration (PT10M). */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (m.matches() && m.group(1).length() <= 9) {
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      try {
        return Duration.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "not a duration: '" + value + "' (e.g. 500ms, 30s, 10m, 1h)");
      }
    }
  }
}

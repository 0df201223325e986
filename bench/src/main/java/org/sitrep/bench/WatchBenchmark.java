package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sitrep.store.SqliteDocumentStore;

/**
 * {@code sitrep bench watch}: 20 sites on loopback, each with an RSS or Atom feed of real news
 * articles (PolNeAR's and WikiRef's texts, each a page in its site's own template), 1,000 items in
 * all; a share is in the feeds at the start and the rest appear at a steady rate while the bench
 * runs. {@code sitrep watch --allow-private} runs as a child process (the same code as the command)
 * into a fresh data directory. Printed: fetch and ingest throughput (articles/s and per CPU second
 * of the watch process), the time from an item appearing in its feed to its document being stored
 * (p50/p95, from the store's own record of when each URL was stored), and, when this build has
 * topics and webhooks, the time from an item appearing to its first alert reaching a webhook
 * receiver in the bench. Cores and load average are printed beside the figures.
 *
 * <p>Usage: {@code [--feeds 20] [--items 1000] [--initial 300] [--rate 5] [--interval 15s] [--delay
 * 100ms] [--concurrency 4] [--threads N] [--topic-query Q] [--data DIR] [--keep]}.
 */
public final class WatchBenchmark {
  private WatchBenchmark() {}

  /** One item: an article, the feed it is in, when it appears there, and its page's path. */
  record Item(
      int index, int feed, String path, String title, List<String> paragraphs, LocalDate date) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  public static void main(String[] args) throws Exception {
    int feeds = 20;
    int items = 1000;
    int initial = 300;
    double rate = 5;
    String interval = "15s";
    String delay = "100ms";
    int concurrency = 4;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    String topicQuery = "government OR president OR minister OR police OR officials";
    Path data = null;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--feeds" -> feeds = Integer.parseInt(args[++i]);
        case "--items" -> items = Integer.parseInt(args[++i]);
        case "--initial" -> initial = Integer.parseInt(args[++i]);
        case "--rate" -> rate = Double.parseDouble(args[++i]);
        case "--interval" -> interval = args[++i];
        case "--delay" -> delay = args[++i];
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--topic-query" -> topicQuery = args[++i];
        case "--data" -> data = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (feeds < 1 || items < feeds || initial < 0 || initial > items || rate <= 0)
      throw new IllegalArgumentException(
          "need --feeds >= 1, --items >= --feeds, 0 <= --initial <= --items, --rate > 0");
    List<Item> all = corpus(items, feeds);
    if (all.size() < items)
      throw new IOException(
          "only " + all.size() + " distinct articles found under " + BenchPaths.shared());
    if (data == null) data = Files.createTempDirectory("sitrep-bench-watch");
    else if (Files.exists(data.resolve(SqliteDocumentStore.FILE)))
      throw new IllegalArgumentException(data + " already holds a store; give a fresh --data");
    Files.createDirectories(data);

    int cores = Runtime.getRuntime().availableProcessors();
    LoadSampler load = new LoadSampler();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, load average %.2f at start%n",
        cores,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT,
        "feeds: %d sites on loopback (RSS and Atom in turn), %d items (%d at start, then %.1f/s"
            + " for %.0f s); watch --interval %s --delay %s --concurrency %d --threads %d%n",
        feeds,
        items,
        initial,
        rate,
        (items - initial) / rate,
        interval,
        delay,
        concurrency,
        threads);

    Sites sites = new Sites(all, feeds, initial, rate);
    Receiver receiver = null;
    Process watch = null;
    Path log = data.resolveSibling(data.getFileName() + ".log");
    try {
      boolean alerts = alertsAvailable();
      List<String> cmd = launcher();
      cmd.addAll(
          List.of(
              "watch",
              "--data",
              data.toString(),
              "--allow-private",
              "--interval",
              interval,
              "--delay",
              delay,
              "--concurrency",
              String.valueOf(concurrency),
              "--threads",
              String.valueOf(threads),
              "--contact",
              "bench@localhost",
              "--quiet"));
      if (alerts) {
        // Topics and webhooks: wired once this build has them (the commands are looked for below).
        receiver = new Receiver();
        int code =
            runChild(
                List.of("topic", "add", "bench", "--data", data.toString(), "--query", topicQuery));
        if (code != 0)
          throw new IllegalStateException("sitrep topic add failed with exit code " + code);
        cmd.addAll(List.of("--webhook", receiver.url(), "--webhook-secret", Receiver.SECRET));
        System.out.println(
            "alerts: topic 'bench' (--query " + topicQuery + "), webhook " + receiver.url());
      } else {
        System.out.println(
            "alerts not available: this build has no 'sitrep topic' command or no 'watch --webhook'"
                + " option; the alert latency is not measured");
      }
      cmd.addAll(sites.feedUrls());
      sites.start();
      Instant watchStart = Instant.now();
      watch =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long publishEnd = (long) Math.ceil((items - initial) / rate);
      Instant deadline = watchStart.plusSeconds(publishEnd + 1800);
      String jdbc = "jdbc:sqlite:file:" + data.resolve(SqliteDocumentStore.FILE) + "?mode=ro";
      int stored = 0;
      List<Sample> samples = new ArrayList<>();
      Instant allStoredAt = null;
      // The watch's CPU by thread, when the first documents are stored, when the items present at
      // the start are, and when all are.
      Map<String, Double> cpuFirst = null;
      Map<String, Double> cpuBacklog = null;
      double cpuAll = -1;
      while (Instant.now().isBefore(deadline)) {
        Thread.sleep(1000);
        load.sample();
        if (!watch.isAlive())
          throw new IllegalStateException(
              "the watch ended with exit code " + watch.exitValue() + "; see " + log);
        stored = storedCount(jdbc);
        samples.add(new Sample(Instant.now(), stored, cpuSeconds(watch.pid())));
        if (stored > 0 && cpuFirst == null) cpuFirst = threadCpu(watch.pid());
        if (stored >= initial && cpuBacklog == null) cpuBacklog = threadCpu(watch.pid());
        if (stored >= items && allStoredAt == null) {
          allStoredAt = Instant.now();
          cpuAll = cpuSeconds(watch.pid());
        }
        if (allStoredAt != null) {
          // With alerts, give the last ones the time the target allows them to arrive.
          Duration grace = receiver == null ? Duration.ZERO : durationOf(interval).plusSeconds(10);
          if (Instant.now().isAfter(allStoredAt.plus(grace))) break;
        }
      }
      double cpu = cpuSeconds(watch.pid());
      Instant end = Instant.now();
      watch.destroy();
      if (cpuFirst != null && cpuBacklog != null) cpuByThread(cpuFirst, cpuBacklog);
      if (allStoredAt != null && cpuAll >= 0 && secs(allStoredAt, end) > 1)
        System.out.printf(
            Locale.ROOT,
            "CPU of the watch once every item was stored (polls every interval, nothing new): %.1f"
                + " CPU s in %.0f s = %.3f cores%n",
            cpu - cpuAll,
            secs(allStoredAt, end),
            (cpu - cpuAll) / secs(allStoredAt, end));
      watch.waitFor(60, TimeUnit.SECONDS);

      Map<String, Instant> storedAt = storedTimes(jdbc);
      report(all, sites, storedAt, initial, watchStart, cpu, samples, receiver, cores, load, log);
      if (receiver != null)
        timeline(all, sites, times(jdbc, COMMITTED), times(jdbc, RAISED), receiver, watchStart);
    } finally {
      if (watch != null && watch.isAlive()) watch.destroyForcibly();
      sites.close();
      if (receiver != null) receiver.close();
      if (!keep) {
        deleteTree(data);
        Files.deleteIfExists(log);
      } else {
        System.out.println("kept: " + data + " and " + log);
      }
    }
  }

  private static void report(
      List<Item> all,
      Sites sites,
      Map<String, Instant> storedAt,
      int initial,
      Instant watchStart,
      double cpu,
      List<Sample> samples,
      Receiver receiver,
      int cores,
      LoadSampler load,
      Path log)
      throws IOException {
    Map<Integer, Instant> itemStored = new HashMap<>();
    for (Item it : all) {
      Instant t = storedAt.get(sites.url(it));
      if (t != null) itemStored.put(it.index(), t);
    }
    List<Instant> times = new ArrayList<>(itemStored.values());
    Collections.sort(times);
    System.out.printf(
        "stored: %d of %d items (%d document rows stored in all)%n",
        itemStored.size(), all.size(), storedAt.size());
    if (times.isEmpty()) {
      System.out.println("nothing was stored; the watch's output: " + log);
      return;
    }
    Instant first = times.get(0);
    Instant last = times.get(times.size() - 1);
    // The first batch carries the models' load; throughput is counted after it.
    long firstBatch = times.stream().filter(t -> !t.isAfter(first.plusSeconds(1))).count();
    Instant backlogDone = null;
    for (Item it : all)
      if (it.index() < initial && itemStored.containsKey(it.index())) {
        Instant t = itemStored.get(it.index());
        if (backlogDone == null || t.isAfter(backlogDone)) backlogDone = t;
      }
    System.out.printf(
        Locale.ROOT,
        "first documents stored %.1f s after the watch started (models loaded, first batch of %d)%n",
        secs(watchStart, first),
        firstBatch);
    if (backlogDone != null && backlogDone.isAfter(first)) {
      Instant end = backlogDone;
      long n =
          times.stream().filter(t -> t.isAfter(first.plusSeconds(1)) && !t.isAfter(end)).count();
      System.out.printf(
          Locale.ROOT,
          "throughput, the %d items present at start (fetch + ingest, after the first batch): %d"
              + " articles in %.1f s = %.2f articles/s%n",
          initial,
          n,
          secs(first, end),
          n / secs(first, end));
    }
    // The same from the once-a-second samples, with the watch process's CPU time: from the first
    // documents stored (models loaded) until the items present at the start are all stored.
    Sample s0 = null;
    Sample s1 = null;
    for (Sample s : samples) {
      if (s0 == null && s.stored() > 0) s0 = s;
      if (s1 == null && s.stored() >= initial) s1 = s;
    }
    if (s0 != null && s1 != null && s1.stored() > s0.stored() && s1.cpu() > s0.cpu()) {
      int n = s1.stored() - s0.stored();
      System.out.printf(
          Locale.ROOT,
          "throughput, sampled each second over the same span: %d articles in %.0f s wall = %.2f"
              + " articles/s, %.1f CPU s of the watch process = %.2f articles per CPU second"
              + " (%.2f articles/s if it had %d cores to itself)%n",
          n,
          secs(s0.at(), s1.at()),
          n / secs(s0.at(), s1.at()),
          s1.cpu() - s0.cpu(),
          n / (s1.cpu() - s0.cpu()),
          n / (s1.cpu() - s0.cpu()) * cores,
          cores);
    }
    System.out.printf(
        Locale.ROOT,
        "throughput, whole run from the watch's start (model load and waiting for new items"
            + " included): %.2f articles/s; %.2f articles per CPU second of the watch process (%.0f"
            + " CPU s)%n",
        times.size() / secs(watchStart, last),
        cpu > 0 ? times.size() / cpu : Double.NaN,
        cpu);
    List<Double> appearToStored = new ArrayList<>();
    for (Item it : all) {
      Instant appeared = sites.appears(it);
      if (!appeared.isAfter(watchStart)) continue;
      Instant t = itemStored.get(it.index());
      if (t != null) appearToStored.add(secs(appeared, t));
    }
    System.out.printf(
        Locale.ROOT,
        "item appears in its feed -> stored, over the %d items that appeared while the watch ran:"
            + " p50 %.1f s, p95 %.1f s, max %.1f s%n",
        appearToStored.size(),
        pct(appearToStored, 50),
        pct(appearToStored, 95),
        pct(appearToStored, 100));
    if (receiver != null) receiver.report(all, sites, watchStart);
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores; load average during the run min %.2f, mean %.2f, max %.2f%n",
        cores,
        load.min,
        load.mean(),
        load.max);
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    long problems = lines.stream().filter(l -> l.startsWith("sitrep: http")).count();
    String summary =
        lines.stream()
            .filter(l -> l.contains("watch: ") && l.contains("source(s) polled"))
            .reduce((a, b) -> b)
            .orElse("");
    System.out.println("the watch's lines naming a URL (problems): " + problems);
    if (!summary.isEmpty())
      System.out.println("its last poll: " + summary.replaceFirst("^sitrep: ", ""));
  }

  private static final String COMMITTED =
      "SELECT w.url, d.ingested_at FROM watch_urls w JOIN documents d ON d.id = w.doc_id"
          + " WHERE w.state = 'stored'";
  private static final String RAISED = "SELECT url, MIN(raised) FROM alerts GROUP BY url";

  /** URL (without its query) to the instant in the second column, from the store. */
  static Map<String, Instant> times(String jdbc, String sql) throws SQLException {
    Map<String, Instant> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        if (r.getString(1) == null || r.getString(2) == null) continue;
        out.merge(
            r.getString(1).replaceFirst("\\?.*$", ""),
            Instant.parse(r.getString(2)),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return out;
  }

  /**
   * Where an alerted item's time goes, stage by stage: appears in its feed, listed (the first feed
   * answer that holds it: the poll that finds it), fetched (its page served), committed (its
   * document's row written, after annotation), raised (its first alert stored, after the picture's
   * update and topic matching), delivered (the webhook receiver has it). p50 and p95 of each step,
   * and the mean of each step over the slowest 5% of items (where the p95 comes from).
   */
  static void timeline(
      List<Item> all,
      Sites sites,
      Map<String, Instant> committed,
      Map<String, Instant> raised,
      Receiver receiver,
      Instant watchStart) {
    Map<Integer, Instant> delivered = receiver.firstAlerts(all, sites);
    String[] names = {
      "appear->listed",
      "listed->fetched",
      "fetched->committed",
      "committed->raised",
      "raised->delivered",
      "appear->delivered"
    };
    List<double[]> rows = new ArrayList<>();
    for (Item it : all) {
      Instant a = sites.appears(it);
      if (!a.isAfter(watchStart)) continue;
      Instant l = sites.listedAt.get(it.index());
      Instant f = sites.fetchedAt.get(it.index());
      Instant c = committed.get(sites.url(it));
      Instant r = raised.get(sites.url(it));
      Instant d = delivered.get(it.index());
      if (l == null || f == null || c == null || r == null || d == null) continue;
      rows.add(
          new double[] {secs(a, l), secs(l, f), secs(f, c), secs(c, r), secs(r, d), secs(a, d)});
    }
    if (rows.isEmpty()) {
      System.out.println("timeline: no alerted item with every step recorded");
      return;
    }
    rows.sort(java.util.Comparator.comparingDouble(x -> x[5]));
    List<double[]> tail = rows.subList((int) Math.floor(rows.size() * 0.95), rows.size());
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "timeline of the %d alerted items that appeared while the watch ran (p50 / p95 /"
                    + " mean over the slowest 5%%, s):",
                rows.size()));
    for (int k = 0; k < names.length; k++) {
      List<Double> v = new ArrayList<>();
      for (double[] x : rows) v.add(x[k]);
      double tailMean = 0;
      for (double[] x : tail) tailMean += x[k] / tail.size();
      sb.append(
          String.format(
              Locale.ROOT,
              "%n  %-19s %6.1f / %6.1f / %6.1f",
              names[k],
              pct(v, 50),
              pct(v, 95),
              tailMean));
    }
    System.out.println(sb);
  }

  static double secs(Instant a, Instant b) {
    return Duration.between(a, b).toMillis() / 1000.0;
  }

  static double pct(List<Double> values, int p) {
    if (values.isEmpty()) return Double.NaN;
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int i = (int) Math.ceil(p / 100.0 * v.size()) - 1;
    return v.get(Math.max(0, Math.min(v.size() - 1, i)));
  }

  static Duration durationOf(String s) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)")
            .matcher(s.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) return Duration.parse(s);
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  // ---- the articles ----

  /**
   * {@code n} distinct articles, PolNeAR's (train and dev) and WikiRef220's in turn, each with a
   * title line and at least three paragraphs; item i goes to feed i mod {@code feeds}.
   */
  static List<Item> corpus(int n, int feeds) throws IOException {
    List<Path> polnear = new ArrayList<>();
    for (String split : List.of("train", "dev")) {
      Path dir = BenchPaths.bench("quotes-polnear").resolve("data/" + split + "/text");
      if (Files.isDirectory(dir)) polnear.addAll(list(dir));
    }
    List<Path> wikiref = new ArrayList<>();
    Path w = BenchPaths.bench("clustering-wikiref").resolve("WikiRef220");
    if (Files.isDirectory(w)) wikiref.addAll(list(w));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < Math.max(polnear.size(), wikiref.size()); i++) {
      if (i < polnear.size()) files.add(polnear.get(i));
      if (i < wikiref.size()) files.add(wikiref.get(i));
    }
    List<Item> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path f : files) {
      if (out.size() >= n) break;
      List<String> lines = new ArrayList<>();
      for (String l : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\\R"))
        if (!l.isBlank()) lines.add(l.strip());
      if (lines.size() < 4 || lines.get(0).length() > 160) continue;
      String body = String.join("\n", lines.subList(1, lines.size()));
      if (body.length() < 400 || !seen.add(body)) continue;
      int i = out.size();
      String slug =
          lines
              .get(0)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-|-$", "");
      if (slug.length() > 60) slug = slug.substring(0, 60);
      out.add(
          new Item(
              i,
              i % feeds,
              "/news/" + i + "-" + slug,
              lines.get(0),
              List.copyOf(lines.subList(1, lines.size())),
              dateOf(f.getFileName().toString(), i)));
    }
    return out;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The date in a PolNeAR file name (outlet_YYYY-MM-DD_slug), else a day spread over 2016. */
  static LocalDate dateOf(String name, int i) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_").matcher(name);
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (java.time.format.DateTimeParseException e) {
        // fall through
      }
    }
    return LocalDate.of(2016, 1, 1).plusDays(i % 366);
  }

  // ---- the sites ----

  /**
   * One loopback HTTP server per feed: robots.txt, the feed (RSS or Atom) and its article pages.
   */
  static final class Sites implements AutoCloseable {
    final List<Item> items;
    final int feeds;
    final List<HttpServer> servers = new ArrayList<>();
    final Map<String, Item> byPath = new HashMap<>();
    final ExecutorService pool = Executors.newFixedThreadPool(8);
    final int initial;
    final double rate;
    volatile long startNanos;
    volatile Instant start;

    /** When each item was first served in its feed, and its page first served (by index). */
    final Map<Integer, Instant> listedAt = new ConcurrentHashMap<>();

    final Map<Integer, Instant> fetchedAt = new ConcurrentHashMap<>();

    Sites(List<Item> items, int feeds, int initial, double rate) throws IOException {
      this.items = items;
      this.feeds = feeds;
      this.initial = initial;
      this.rate = rate;
      for (Item it : items) byPath.put(it.feed() + it.path(), it);
      for (int f = 0; f < feeds; f++) {
        HttpServer s =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        int feed = f;
        s.setExecutor(pool);
        s.createContext("/", ex -> handle(feed, ex));
        servers.add(s);
      }
      // Before start(): everything published "now", so that URLs and appear times are defined.
      startNanos = System.nanoTime();
      start = Instant.now();
    }

    void start() {
      startNanos = System.nanoTime();
      start = Instant.now();
      for (HttpServer s : servers) s.start();
    }

    String origin(int feed) {
      return "http://127.0.0.1:" + servers.get(feed).getAddress().getPort();
    }

    boolean atom(int feed) {
      return feed % 2 == 1;
    }

    List<String> feedUrls() {
      List<String> out = new ArrayList<>();
      for (int f = 0; f < feeds; f++) out.add(origin(f) + (atom(f) ? "/atom.xml" : "/rss.xml"));
      return out;
    }

    /** The URL the store knows the item by (its canonical form: no tracking parameters). */
    String url(Item it) {
      return origin(it.feed()) + it.path();
    }

    /** Seconds after the start at which an item is in its feed. */
    double appearsAfter(Item it) {
      return it.index() < initial ? 0 : (it.index() - initial + 1) / rate;
    }

    Instant appears(Item it) {
      return start.plusMillis((long) (appearsAfter(it) * 1000));
    }

    boolean published(Item it) {
      return (System.nanoTime() - startNanos) / 1e9 >= appearsAfter(it);
    }

    private void handle(int feed, HttpExchange ex) throws IOException {
      try (ex) {
        String path = ex.getRequestURI().getRawPath();
        if (path.equals("/robots.txt")) {
          send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", null);
          return;
        }
        if (path.equals("/rss.xml") || path.equals("/atom.xml")) {
          List<Item> now = new ArrayList<>();
          for (Item it : items) if (it.feed() == feed && published(it)) now.add(it);
          Collections.reverse(now); // newest first
          String etag = "\"" + feed + "-" + now.size() + "\"";
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
          }
          String body = atom(feed) ? atomFeed(feed, now) : rssFeed(feed, now);
          Instant served = Instant.now();
          for (Item it : now) listedAt.putIfAbsent(it.index(), served);
          send(
              ex,
              200,
              atom(feed)
                  ? "application/atom+xml; charset=utf-8"
                  : "application/rss+xml; charset=utf-8",
              body,
              etag);
          return;
        }
        Item it = byPath.get(feed + path);
        if (it == null || !published(it)) {
          send(ex, 404, "text/plain", "not found", null);
          return;
        }
        send(ex, 200, "text/html; charset=utf-8", page(it), null);
        fetchedAt.putIfAbsent(it.index(), Instant.now());
      } catch (IOException e) {
        // the client went away
      }
    }

    private static void send(HttpExchange ex, int status, String type, String body, String etag)
        throws IOException {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      if (etag != null) ex.getResponseHeaders().set("ETag", etag);
      ex.sendResponseHeaders(status, b.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(b);
      }
    }

    /** The link a feed gives: some outlets add tracking parameters, which watch drops. */
    String link(Item it) {
      return url(it) + (it.feed() % 3 == 0 ? "?utm_source=rss&utm_medium=feed" : "");
    }

    String outlet(int feed) {
      return "Loopback Outlet " + (feed + 1);
    }

    String rssFeed(int feed, List<Item> now) {
      StringBuilder sb =
          new StringBuilder(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
              .append(esc(outlet(feed)))
              .append("</title><link>")
              .append(origin(feed))
              .append("/</link><description>Latest news</description>\n");
      for (Item it : now) {
        sb.append("<item><title>")
            .append(esc(it.title()))
            .append("</title><link>")
            .append(esc(link(it)))
            .append("</link><guid isPermaLink=\"false\">item-")
            .append(it.index())
            .append("</guid><pubDate>")
            .append(RFC_1123.format(it.date().atTime(9, 0).atOffset(ZoneOffset.UTC)))
            .append("</pubDate><description>")
            .append(esc(it.paragraphs().get(0)))
            .append("</description></item>\n");
      }
      return sb.append("</channel></rss>\n").toString();
    }

    String atomFeed(int feed, List<Item> now) {
      StringBuilder sb =
          new StringBuilder(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
              .append(esc(outlet(feed)))
              .append("</title><id>")
              .append(origin(feed))
              .append("/</id><updated>")
              .append(Instant.now())
              .append("</updated>\n");
      for (Item it : now) {
        String when = it.date().atTime(9, 0).atOffset(ZoneOffset.UTC).toString();
        sb.append("<entry><title>")
            .append(esc(it.title()))
            .append("</title><link rel=\"alternate\" href=\"")
            .append(esc(link(it)))
            .append("\"/><id>urn:loopback:")
            .append(feed)
            .append(':')
            .append(it.index())
            .append("</id><updated>")
            .append(when)
            .append("</updated><published>")
            .append(when)
            .append("</published><summary>")
            .append(esc(it.paragraphs().get(0)))
            .append("</summary></entry>\n");
      }
      return sb.append("</feed>\n").toString();
    }

    /**
     * The article's page, in one of three templates, with navigation, related links and a footer.
     */
    String page(Item it) {
      StringBuilder sb =
          new StringBuilder(
                  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
              .append(esc(it.title()))
              .append(" | ")
              .append(esc(outlet(it.feed())))
              .append("</title><link rel=\"canonical\" href=\"")
              .append(esc(url(it)))
              .append("\"><meta property=\"og:site_name\" content=\"")
              .append(esc(outlet(it.feed())))
              .append("\"><meta property=\"article:published_time\" content=\"")
              .append(it.date())
              .append(
                  "T09:00:00Z\"></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                      + " <a href=\"/politics\">Politics</a> <a href=\"/sport\">Sport</a></nav></header>");
      String date = it.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
      switch (it.feed() % 3) {
        case 0 -> {
          sb.append("<article><h1>")
              .append(esc(it.title()))
              .append("</h1><p class=\"byline\">")
              .append(date)
              .append("</p>");
          for (String p : it.paragraphs()) sb.append("<p>").append(esc(p)).append("</p>");
          sb.append("</article>");
        }
        case 1 -> {
          sb.append("<div class=\"story-body\"><h1 class=\"headline\">")
              .append(esc(it.title()))
              .append("</h1><div class=\"meta\"><span class=\"date\">")
              .append(date)
              .append("</span></div><div class=\"content\">");
          for (String p : it.paragraphs()) sb.append("<p>").append(esc(p)).append("</p>");
          sb.append("</div><div class=\"share\">Share this article</div></div>");
        }
        default -> {
          sb.append("<main><header><h1>")
              .append(esc(it.title()))
              .append("</h1><time datetime=\"")
              .append(it.date())
              .append("\">")
              .append(date)
              .append("</time></header>")
              .append("<section class=\"article-text\">");
          for (String p : it.paragraphs()) sb.append("<p>").append(esc(p)).append("</p>");
          sb.append("</section></main>");
        }
      }
      sb.append("<aside><h2>Related Articles</h2><ul>");
      for (int k = 1; k <= 3; k++) {
        Item r = items.get((it.index() + k * feeds) % items.size());
        sb.append("<li><a href=\"")
            .append(esc(r.path()))
            .append("\">")
            .append(esc(r.title()))
            .append("</a></li>");
      }
      return sb.append("</ul></aside><footer>&copy; ")
          .append(esc(outlet(it.feed())))
          .append(". All rights reserved. <a href=\"/privacy\">Privacy</a></footer></body></html>")
          .toString();
    }

    @Override
    public void close() {
      for (HttpServer s : servers) s.stop(0);
      pool.shutdownNow();
    }
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  // ---- the webhook receiver ----

  /** Receives alert POSTs on loopback and notes when each arrived. */
  static final class Receiver implements AutoCloseable {
    record Delivery(Instant at, String id, String url, String kind, boolean signed) {}

    /** The secret the watch signs with; every body's HMAC is checked against it. */
    static final String SECRET = "bench-secret";

    final HttpServer server;
    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    final Map<String, Boolean> ids = new ConcurrentHashMap<>();

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      server.setExecutor(Executors.newFixedThreadPool(2));
      server.createContext(
          "/hook",
          ex -> {
            try (ex) {
              Instant at = Instant.now();
              byte[] body;
              try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(1 << 20);
              }
              String sig = ex.getRequestHeaders().getFirst("X-Sitrep-Signature");
              String id = ex.getRequestHeaders().getFirst("X-Sitrep-Delivery");
              String url = null;
              String kind = null;
              try {
                JsonNode n = JSON.readTree(body);
                url = n.path("url").asText(null);
                kind = n.path("kind").asText(null);
                if (id == null) id = n.path("id").asText(null);
              } catch (IOException e) {
                // counted below as a delivery without a URL
              }
              deliveries.add(
                  new Delivery(
                      at, id, url, kind, sig != null && sig.equals("sha256=" + hmac(body))));
              ex.sendResponseHeaders(200, -1);
            }
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    static String hmac(byte[] body) {
      try {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(
            new javax.crypto.spec.SecretKeySpec(
                SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body));
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /** When the first alert of each item arrived, by item index. */
    Map<Integer, Instant> firstAlerts(List<Item> all, Sites sites) {
      Map<String, Item> byUrl = new HashMap<>();
      for (Item it : all) byUrl.put(sites.url(it), it);
      Map<Integer, Instant> first = new HashMap<>();
      for (Delivery d : deliveries) {
        String u = d.url() == null ? null : d.url().replaceFirst("\\?.*$", "");
        Item it = u == null ? null : byUrl.get(u);
        if (it != null) first.merge(it.index(), d.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
      return first;
    }

    void report(List<Item> all, Sites sites, Instant watchStart) {
      Map<String, Item> byUrl = new HashMap<>();
      for (Item it : all) byUrl.put(sites.url(it), it);
      Map<Integer, Instant> firstAlert = new HashMap<>();
      Set<String> distinct = new HashSet<>();
      Map<String, Integer> kinds = new LinkedHashMap<>();
      int unsigned = 0;
      int repeated = 0;
      for (Delivery d : deliveries) {
        if (d.id() != null && !distinct.add(d.id())) repeated++;
        if (!d.signed()) unsigned++;
        kinds.merge(String.valueOf(d.kind()), 1, Integer::sum);
        String u = d.url() == null ? null : d.url().replaceFirst("\\?.*$", "");
        Item it = u == null ? null : byUrl.get(u);
        if (it != null) firstAlert.merge(it.index(), d.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
      List<Double> lat = new ArrayList<>();
      for (Map.Entry<Integer, Instant> e : firstAlert.entrySet()) {
        Instant appeared = sites.appears(all.get(e.getKey()));
        if (appeared.isAfter(watchStart)) lat.add(secs(appeared, e.getValue()));
      }
      System.out.printf(
          Locale.ROOT,
          "alerts: %d deliveries (%d distinct ids, %d repeated, %d whose X-Sitrep-Signature"
              + " does not verify), kinds %s; %d items alerted on%n",
          deliveries.size(),
          distinct.size(),
          repeated,
          unsigned,
          kinds,
          firstAlert.size());
      System.out.printf(
          Locale.ROOT,
          "item appears in its feed -> its first alert reaches the webhook, over the %d alerted"
              + " items that appeared while the watch ran: p50 %.1f s, p95 %.1f s, max %.1f s%n",
          lat.size(),
          pct(lat, 50),
          pct(lat, 95),
          pct(lat, 100));
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  // ---- the watch as a child process ----

  /**
   * {@code java ... org.sitrep.cli.Main}, with this process's class path and the launcher's
   * compiler option.
   */
  static List<String> launcher() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ArrayList<>(
        List.of(
            java,
            "-Xmx3g",
            "-XX:+UseParallelGC",
            "-XX:-DontCompileHugeMethods",
            "-cp",
            System.getProperty("java.class.path"),
            "org.sitrep.cli.Main"));
  }

  /**
   * Whether this build has topics and the watch's webhook: asked of the launcher itself ({@code
   * topic --help} must succeed and {@code watch --help} must name {@code --webhook}).
   */
  static boolean alertsAvailable() throws IOException, InterruptedException {
    if (runChild(List.of("topic", "--help")) != 0) return false;
    List<String> cmd = launcher();
    cmd.addAll(List.of("watch", "--help"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.contains("--webhook");
  }

  static int runChild(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = launcher();
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return p.waitFor();
  }

  /**
   * User plus system CPU seconds of each live thread of a process by its name, digits taken out (so
   * the threads of one pool add up), from /proc (Linux); empty when unreadable.
   */
  static Map<String, Double> threadCpu(long pid) {
    Map<String, Double> out = new HashMap<>();
    out.put("(process)", cpuSeconds(pid));
    try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          String name = Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+", "#");
          String stat = Files.readString(t.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile: its time is counted under threads that ended
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return out;
  }

  /**
   * Prints where the watch's CPU time went between two {@link #threadCpu} readings, by kind of
   * thread: annotation, storing (with the picture, topics and alerts), polls and fetches, the JIT
   * compiler, the garbage collector, the rest, and threads that ended in between.
   */
  static void cpuByThread(Map<String, Double> from, Map<String, Double> to) {
    if (from.isEmpty() || to.isEmpty()) return;
    Map<String, Double> kinds = new java.util.LinkedHashMap<>();
    for (String k :
        List.of("annotation", "store", "polls and fetches", "webhook", "JIT", "GC", "other"))
      kinds.put(k, 0.0);
    double counted = 0;
    for (Map.Entry<String, Double> e : to.entrySet()) {
      if (e.getKey().equals("(process)")) continue;
      double d = e.getValue() - from.getOrDefault(e.getKey(), 0.0);
      if (d <= 0) continue;
      counted += d;
      String n = e.getKey();
      String kind =
          n.startsWith("sitrep-annotate") || n.startsWith("sitrep-parser")
              ? "annotation"
              : n.startsWith("watch-store")
                  ? "store"
                  : n.startsWith("watch-poll") || n.startsWith("HttpClient")
                      ? "polls and fetches"
                      : n.startsWith("sitrep-webhook")
                          ? "webhook"
                          : n.contains("Compiler") || n.startsWith("Sweeper")
                              ? "JIT"
                              : n.startsWith("GC ") || n.startsWith("VM Thread") ? "GC" : "other";
      kinds.merge(kind, d, Double::sum);
    }
    double total = to.get("(process)") - from.get("(process)");
    kinds.put("threads that ended", Math.max(0, total - counted));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : kinds.entrySet())
      sb.append(
          String.format(
              Locale.ROOT,
              "%s%s %.1f s (%.1f%%)",
              sb.length() == 0 ? "" : ", ",
              e.getKey(),
              e.getValue(),
              100 * e.getValue() / total));
    System.out.printf(
        Locale.ROOT,
        "CPU of the watch by thread, from the first documents stored until the items present at"
            + " the start were, %.1f CPU s: %s%n",
        total,
        sb);
  }

  /** User plus system CPU seconds of a live process, from /proc (Linux), or -1. */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime) are 12 and 13 after the command's name and state
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  // ---- reading the store ----

  static int storedCount(String jdbc) {
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM watch_urls WHERE state = 'stored'")) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      return 0; // not created yet, or busy: asked again in a second
    }
  }

  /** When each URL was stored: the time of its row's last change to 'stored'. */
  static Map<String, Instant> storedTimes(String jdbc) throws SQLException {
    Map<String, Instant> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT url, updated FROM watch_urls WHERE state = 'stored'")) {
      while (r.next()) out.put(r.getString(1), Instant.parse(r.getString(2)));
    }
    return out;
  }

  /** Once a second: the stored count and the watch process's CPU seconds. */
  record Sample(Instant at, int stored, double cpu) {}

  /** Load average sampled once a second. */
  static final class LoadSampler {
    double min = Double.MAX_VALUE;
    double max;
    double sum;
    int n;

    void sample() {
      double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      if (l < 0) return;
      min = Math.min(min, l);
      max = Math.max(max, l);
      sum += l;
      n++;
    }

    double mean() {
      return n == 0 ? Double.NaN : sum / n;
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
    }
  }
}

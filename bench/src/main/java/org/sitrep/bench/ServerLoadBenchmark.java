package org.sitrep.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;

/**
 * Load on the HTTP server at scale: fills a store with generated articles ({@link SyntheticCorpus},
 * built layers, no language models), resolves it, serves it on loopback, and drives search and
 * timeline requests from a child JVM, reporting requests/s and p50/p95/p99 latency per kind. A run
 * reuses a filled data directory.
 *
 * <p>With {@code --posts N} it then POSTs N new articles one at a time through the real pipeline,
 * newer than all stored, and one back-filled older one, reporting each ingest's latency: what
 * resolution across the store costs a writer when it is read again from scratch and when new
 * articles are added to the resolution kept in memory.
 *
 * <p>With {@code --pages N} it instead loads each kind of web page N times, one at a time (home,
 * story, entity, series, map of a story and of every article, topic, search, report, document), and
 * prints p50/p95/max per kind with the server's CPU time per page, the first load of each kind
 * (before any page was cached) and the load average.
 *
 * <p>With {@code --soak DURATION} (30m, 4m, 90s) it instead runs {@link ServerSoak}: mixed
 * searches, timelines, reports ({@code --rate} reads/s) and a POST every {@code --post-every} from
 * a child JVM, with p95 per kind and the server's heap after GC every {@code --every} (5m), ending
 * with the errors counted; {@code --requests} caps the count.
 *
 * <pre>
 * java -cp ... org.sitrep.bench.ServerLoadBenchmark [--data DIR] [--docs 100000] [--requests 3000]
 *     [--seconds 120] [--clients 4] [--no-resolve] [--posts N]
 *     [--soak 30m [--every 5m] [--rate 10] [--post-every 5s]] [--pages N]</pre>
 */
public final class ServerLoadBenchmark {
  static final String[] QUERIES = {
    "Lithuania",
    "troops AND Poland",
    "\"eastern flank\"",
    "brigade",
    "minister",
    "Vilnius OR Riga",
    "deploy*",
    "NATO readiness",
    "title:Estonia",
    "soldiers -Germany",
    "Helsinki",
    "battlegroup"
  };
  static final String[] OUTLETS = {"Wire One", "Daily Two", "Baltic Times", "Radio East"};

  private ServerLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--soak-client")) {
      ServerSoak.client(Arrays.copyOfRange(args, 1, args.length));
      System.exit(0); // the HTTP client's worker threads would keep the child alive
      return;
    }
    if (args.length > 0 && args[0].equals("--client")) {
      client(
          args[1],
          Integer.parseInt(args[2]),
          Integer.parseInt(args[3]),
          Integer.parseInt(args[4]),
          Arrays.copyOfRange(args, 5, args.length));
      System.exit(0); // the HTTP client's worker threads would keep the child alive
      return;
    }
    Path data = Path.of("target/bench-server");
    int docs = 100_000, requests = 3_000, seconds = 120, clients = 4, posts = 0;
    boolean resolve = true;
    java.time.Duration soak = null, every = java.time.Duration.ofMinutes(5);
    java.time.Duration postEvery = java.time.Duration.ofSeconds(5);
    int rate = 10, pages = 0;
    boolean requestsGiven = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--requests" -> {
          requests = Integer.parseInt(args[++i]);
          requestsGiven = true;
        }
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--no-resolve" -> resolve = false;
        case "--posts" -> posts = Integer.parseInt(args[++i]);
        case "--soak" -> soak = ServerSoak.duration(args[++i]);
        case "--every" -> every = ServerSoak.duration(args[++i]);
        case "--rate" -> rate = Integer.parseInt(args[++i]);
        case "--post-every" -> postEvery = ServerSoak.duration(args[++i]);
        case "--pages" -> pages = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    try (Store store = Store.open(data)) {
      fill(store, docs);
      if (resolve && store.unresolved() > 0) {
        long t0 = System.nanoTime();
        var s = store.resolvePending();
        System.out.printf(
            "resolved %,d documents in %.1f s: %d stories, %d entities, %d series%n",
            s.added(), (System.nanoTime() - t0) / 1e9, s.stories(), s.entities(), s.series());
      }
      List<String> stories = new ArrayList<>();
      store.situation().stories().stream().limit(20).forEach(s -> stories.add(s.id()));
      long t0 = System.nanoTime();
      try (SitrepServer server =
          SitrepServer.start(store, SitrepServer.Config.loopback(0), Pipelines::byLanguage)) {
        long t1 = System.nanoTime();
        if (pages > 0) {
          System.out.printf(
              "start-up: %.2f s serving (the picture read from the store)%n", (t1 - t0) / 1e9);
          pages(store, "http://127.0.0.1:" + server.port(), stories, pages);
          return;
        }
        server.warmUp();
        System.out.printf(
            "start-up: %.2f s serving (the picture read from the store), then %.2f s to load the"
                + " annotation models and warm them on one article%n",
            (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        if (soak != null) {
          String token;
          try (org.sitrep.store.Tokens t = org.sitrep.store.Tokens.open(store.dataDir())) {
            token = t.create(null, false);
          }
          int rc =
              ServerSoak.run(
                  "http://127.0.0.1:" + server.port(),
                  token,
                  soak,
                  every,
                  rate,
                  postEvery,
                  requestsGiven ? requests : 100_000,
                  stories);
          if (rc != 0) throw new IllegalStateException("soak client failed");
          return;
        }
        List<String> cmd =
            clientJvm(
                "--client",
                "http://127.0.0.1:" + server.port(),
                String.valueOf(requests),
                String.valueOf(seconds),
                String.valueOf(clients));
        cmd.addAll(stories);
        System.out.printf(
            "serving %,d documents; %d client threads in a child JVM, %,d requests or %d s%n",
            store.count(), clients, requests, seconds);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) System.out.println(line);
        }
        if (p.waitFor() != 0) throw new IllegalStateException("load client failed");
        String base = "http://127.0.0.1:" + server.port();
        heavier(base, stories);
        if (posts > 0) posts(store, base, posts);
      }
    }
  }

  /**
   * The heavier reads, one at a time: a situation report per story (the 20 largest) and the offices
   * list, each request's latency.
   */
  private static void heavier(String base, List<String> stories) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<Long> reports = new ArrayList<>(), offices = new ArrayList<>();
    for (String story : stories) reports.add(timed(http, base + "/api/report?story=" + enc(story)));
    for (int i = 0; i < 10; i++) offices.add(timed(http, base + "/api/offices"));
    System.out.printf(
        "%-16s %8s %9s %9s %9s %9s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
    row("report/story", reports);
    row("offices", offices);
  }

  /**
   * Every kind of web page {@code n} times after 3 unmeasured loads each, one request at a time,
   * cycling over the largest stories, the most named entities, the most observed series, a topic
   * (added when the store has none), queries and documents: wall time per page and the server's CPU
   * time (this process's, the server runs in it) per page.
   */
  private static void pages(Store store, String base, List<String> stories, int n)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    var v = store.situation();
    List<String> entities = new ArrayList<>(), series = new ArrayList<>(), docs = new ArrayList<>();
    v.entities().stream()
        .sorted(java.util.Comparator.comparingInt(e -> -e.mentions()))
        .limit(20)
        .forEach(e -> entities.add(e.id()));
    v.facts().stream()
        .sorted(java.util.Comparator.comparingInt(f -> -f.observations().size()))
        .limit(20)
        .forEach(f -> series.add(org.sitrep.resolve.fact.SeriesIds.of(f.key())));
    store
        .list(new org.sitrep.store.ListQuery(null, org.sitrep.store.Page.first(20)))
        .forEach(d -> docs.add(d.id()));
    if (store.topics().list().isEmpty()) {
      long t = System.nanoTime();
      int tagged =
          store
              .topics()
              .add(org.sitrep.store.Topic.of("baltic", "Lithuania OR Latvia", null, null, null));
      System.out.printf(
          "topic added: %,d articles tagged in %.1f s%n", tagged, (System.nanoTime() - t) / 1e9);
    }
    String topic = store.topics().list().get(0).name();
    String[][] kinds = {
      {"home", "/"},
      {"story", "/stories/%s"},
      {"entity", "/entities/%e"},
      {"series", "/series/%f"},
      {"map/story", "/map?story=%s"},
      {"map/all", "/map"},
      {"topic", "/topics/" + enc(topic)},
      {"search", "/search?q=%q"},
      {"report/story", "/report?story=%s"},
      {"document", "/documents/%d"},
      {"entities", "/entities"},
      {"series list", "/series"}
    };
    System.out.printf(
        "%,d documents; each page %d times after 3 unmeasured, one at a time; load average %.1f%n",
        store.count(), n, os.getSystemLoadAverage());
    System.out.printf(
        "%-16s %8s %9s %9s %9s %11s %9s%n",
        "page", "count", "p50 ms", "p95 ms", "max ms", "CPU ms/page", "first ms");
    for (String[] k : kinds) {
      Random r = new Random(7);
      List<Long> lat = new ArrayList<>();
      long cpu = 0, first = 0;
      for (int i = -3; i < n; i++) {
        String path =
            k[1].replace("%s", stories.get(Math.floorMod(i, stories.size())))
                .replace("%e", enc(entities.get(Math.floorMod(i, entities.size()))))
                .replace("%f", enc(series.get(Math.floorMod(i, series.size()))))
                .replace("%d", enc(docs.get(Math.floorMod(i, docs.size()))))
                .replace("%q", enc(QUERIES[r.nextInt(QUERIES.length)]));
        long c0 = os.getProcessCpuTime();
        long ns = timed(http, base + path);
        if (i == -3) first = ns;
        if (i >= 0) {
          lat.add(ns);
          cpu += os.getProcessCpuTime() - c0;
        }
      }
      long[] s = lat.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          "%-16s %8d %9.1f %9.1f %9.1f %11.1f %9.1f%n",
          k[0],
          s.length,
          pct(s, 50),
          pct(s, 95),
          s[s.length - 1] / 1e6,
          cpu / 1e6 / s.length,
          first / 1e6);
    }
    System.out.printf("load average at the end %.1f%n", os.getSystemLoadAverage());
  }

  private static long timed(HttpClient http, String url) throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) throw new IllegalStateException(url + " -> HTTP " + r.statusCode());
    return System.nanoTime() - t0;
  }

  /**
   * POSTs {@code n} new articles (text/plain, dated after everything stored) one at a time, then
   * one dated before everything stored, and prints each one's latency. The first also loads the
   * language models.
   */
  private static void posts(Store store, String base, int n) throws Exception {
    SyntheticCorpus corpus =
        new SyntheticCorpus(2, SyntheticCorpus.fillerFrom(Path.of("examples")));
    HttpClient http = HttpClient.newHttpClient();
    String token;
    try (org.sitrep.store.Tokens t = org.sitrep.store.Tokens.open(store.dataDir())) {
      token = t.create(null, false);
    }
    System.out.printf(
        "POSTing %d new articles, then one back-filled, to a store of %,d%n", n, store.count());
    List<Long> rest = new ArrayList<>(), restCpu = new ArrayList<>();
    // The server runs in this JVM: the process's CPU time over a POST is what the POST cost, which
    // a machine busy with other work disturbs far less than the wall time.
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int k = 0; k <= n; k++) {
      boolean backfill = k == n;
      String date = backfill ? "2021-06-01" : String.format("2026-01-%02d", 1 + k % 28);
      String body =
          corpus.article(k).body()
              + "\n\nFiled as article "
              + k
              + " of this run at "
              + System.nanoTime()
              + ".";
      long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base
                              + "/api/documents?published="
                              + date
                              + "&outlet="
                              + enc("Bench Wire")
                              + "&title="
                              + enc("Bench article " + k)))
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpuMs = (os.getProcessCpuTime() - c0) / 1_000_000;
      if (r.statusCode() != 201)
        throw new IllegalStateException("POST " + k + ": HTTP " + r.statusCode() + " " + r.body());
      String what =
          backfill
              ? "back-filled (added to the kept resolution)"
              : k == 0
                  ? "first since start (models loaded at start-up)"
                  : "newest (added to the kept resolution)";
      if (k == 0 || backfill)
        System.out.printf("POST %-52s %,9d ms (CPU %,d ms)%n", what, ms, cpuMs);
      else {
        rest.add(ms * 1_000_000);
        restCpu.add(cpuMs * 1_000_000);
      }
    }
    if (!rest.isEmpty()) {
      System.out.printf(
          "%-16s %8s %9s %9s %9s %9s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
      row("POST newest", rest);
      row("  its CPU", restCpu);
    }
  }

  private static void fill(Store store, int docs) {
    long have = store.count();
    if (have >= docs) return;
    SyntheticCorpus corpus =
        new SyntheticCorpus(1, SyntheticCorpus.fillerFrom(Path.of("examples")));
    long t0 = System.nanoTime();
    int i = (int) have;
    while (store.count() < docs) {
      List<Annotated> batch = new ArrayList<>(1_000);
      for (int k = 0; k < 1_000; k++) batch.add(corpus.article(i++));
      store.putAll(batch);
      if (i % 10_000 == 0)
        System.out.printf(
            "stored %,d articles (%.0f s)%n", store.count(), (System.nanoTime() - t0) / 1e9);
    }
    store.commitIndex();
    System.out.printf(
        "filled to %,d articles in %.1f s (%,d generated)%n",
        store.count(), (System.nanoTime() - t0) / 1e9, i);
  }

  /**
   * The child: sends a mix of searches and timelines for a bounded count and time, then prints
   * figures per kind.
   */
  static void client(String base, int requests, int seconds, int clients, String[] stories)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    String[] kinds = {
      "search", "search+filters", "search+story", "timeline/query", "timeline/story"
    };
    List<List<Long>> lat = new ArrayList<>();
    while (lat.size() < kinds.length)
      lat.add(java.util.Collections.synchronizedList(new ArrayList<>()));
    AtomicInteger next = new AtomicInteger(), failures = new AtomicInteger();
    int warmup = Math.min(200, requests / 10);
    for (int w = 0; w < warmup; w++) send(http, base + path(w, new Random(w), stories), failures);
    failures.set(0);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                Random r = new Random(Thread.currentThread().getId());
                for (int n;
                    (n = next.getAndIncrement()) < requests && System.nanoTime() < deadline; ) {
                  int kind = kindOf(n, stories);
                  long s = System.nanoTime();
                  send(http, base + path(n, r, stories), failures);
                  lat.get(kind).add(System.nanoTime() - s);
                }
                return null;
              }));
    }
    for (Future<?> f : running) f.get();
    double secs = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    int total = lat.stream().mapToInt(List::size).sum();
    System.out.printf(
        "%,d requests in %.1f s: %.1f requests/s overall, %d failed%n",
        total, secs, total / secs, failures.get());
    System.out.printf(
        "%-16s %8s %9s %9s %9s %9s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
    List<Long> searches = new ArrayList<>(), timelines = new ArrayList<>();
    for (int k = 0; k < kinds.length; k++) {
      row(kinds[k], lat.get(k));
      (k < 3 ? searches : timelines).addAll(lat.get(k));
    }
    row("all searches", searches);
    row("all timelines", timelines);
  }

  private static int kindOf(int n, String[] stories) {
    int k = n % 5;
    if (stories.length == 0 && (k == 2 || k == 4)) return k - 2 + (k == 2 ? 0 : 1);
    return k;
  }

  private static String path(int n, Random r, String[] stories) {
    String q = enc(QUERIES[r.nextInt(QUERIES.length)]);
    return switch (kindOf(n, stories)) {
      case 0 -> "/api/search?q=" + q;
      case 1 ->
          "/api/search?q="
              + q
              + "&outlet="
              + enc(OUTLETS[r.nextInt(OUTLETS.length)])
              + "&from=2022-06-01&to=2023-12-31";
      case 2 -> "/api/search?q=" + q + "&story=" + stories[r.nextInt(stories.length)];
      case 3 -> "/api/timeline?q=" + q + "&limit=200";
      default -> "/api/timeline?story=" + stories[r.nextInt(stories.length)] + "&limit=200";
    };
  }

  private static void send(HttpClient http, String url, AtomicInteger failures) {
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        if (failures.incrementAndGet() <= 3)
          System.out.println(
              "HTTP "
                  + r.statusCode()
                  + " "
                  + url
                  + " "
                  + new String(r.body(), StandardCharsets.UTF_8));
      }
    } catch (Exception e) {
      failures.incrementAndGet();
    }
  }

  private static void row(String kind, List<Long> nanos) {
    if (nanos.isEmpty()) return;
    long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "%-16s %8d %9.1f %9.1f %9.1f %9.1f%n",
        kind, v.length, pct(v, 50), pct(v, 95), pct(v, 99), v[v.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * The command line of a client JVM on this classpath running this class in {@code mode}: the
   * traffic comes from a second process, as a user's clients would.
   */
  static List<String> clientJvm(String mode, String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                ServerLoadBenchmark.class.getName(),
                mode));
    cmd.addAll(List.of(args));
    return cmd;
  }
}

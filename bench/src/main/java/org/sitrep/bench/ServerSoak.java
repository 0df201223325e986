package org.sitrep.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long run of mixed traffic against a server on loopback, to see whether latency or the server's
 * heap drift over time: a child JVM sends searches, timelines and reports at a bounded rate and
 * POSTs an article every few seconds (with a write token), and at every interval prints p95 per
 * kind for that interval while the server's JVM prints its heap after a full GC. It ends with the
 * errors counted. Bounded in time and in count; loopback only.
 */
final class ServerSoak {
  static final String[] KINDS = {"search", "search+filters", "timeline", "report", "POST"};
  private static final String WINDOW = "@window ";

  private ServerSoak() {}

  /** Parses 30m, 90s, 1h or a bare number of seconds. */
  static Duration duration(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    long n = Long.parseLong(t.replaceAll("[smh]$", ""));
    return switch (t.charAt(t.length() - 1)) {
      case 'h' -> Duration.ofHours(n);
      case 'm' -> Duration.ofMinutes(n);
      default -> Duration.ofSeconds(n);
    };
  }

  /**
   * The server side: starts the child, relays its lines, and at each of its interval marks prints
   * this JVM's heap after a full GC.
   */
  static int run(
      String base,
      String token,
      Duration soak,
      Duration every,
      int readsPerSecond,
      Duration postEvery,
      int maxRequests,
      List<String> stories)
      throws Exception {
    List<String> cmd =
        ServerLoadBenchmark.clientJvm(
            "--soak-client",
            base,
            token,
            String.valueOf(soak.toSeconds()),
            String.valueOf(every.toSeconds()),
            String.valueOf(readsPerSecond),
            String.valueOf(postEvery.toMillis()),
            String.valueOf(maxRequests));
    cmd.addAll(stories);
    System.out.printf(
        "soak: %s of mixed traffic from a child JVM, %d reads/s, a POST every %s, figures every"
            + " %s (at most %,d requests)%n",
        words(soak), readsPerSecond, words(postEvery), words(every), maxRequests);
    System.out.printf("%-8s heap after GC %,d MB (before the traffic)%n", "0:00", heapAfterGc());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith(WINDOW)) {
          System.out.printf(
              "%-8s heap after GC %,d MB%n", line.substring(WINDOW.length()), heapAfterGc());
        } else {
          System.out.println(line);
        }
      }
    }
    return p.waitFor();
  }

  static String words(Duration d) {
    return d.toSecondsPart() == 0 && d.toMinutes() > 0
        ? d.toMinutes() + " min"
        : d.toSeconds() + " s";
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  /** The child: the traffic, and the figures per interval and at the end. */
  static void client(String[] a) throws Exception {
    String base = a[0], token = a[1];
    long seconds = Long.parseLong(a[2]), every = Long.parseLong(a[3]);
    int rate = Integer.parseInt(a[4]);
    long postMillis = Long.parseLong(a[5]);
    int max = Integer.parseInt(a[6]);
    String[] stories = java.util.Arrays.copyOfRange(a, 7, a.length);
    if (!URI.create(base).getHost().equals("127.0.0.1"))
      throw new IllegalArgumentException("the soak runs on loopback only: " + base);
    HttpClient http =
        HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(2))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<List<Long>> window = new ArrayList<>(), all = new ArrayList<>();
    for (int k = 0; k < KINDS.length; k++) {
      window.add(Collections.synchronizedList(new ArrayList<>()));
      all.add(Collections.synchronizedList(new ArrayList<>()));
    }
    AtomicInteger sent = new AtomicInteger(), errors = new AtomicInteger();
    AtomicLong[] kindErrors = new AtomicLong[KINDS.length];
    for (int k = 0; k < KINDS.length; k++) kindErrors[k] = new AtomicLong();
    long t0 = System.nanoTime(), end = t0 + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<?>> running = new ArrayList<>();
    // two reader threads share the read rate
    for (int c = 0; c < 2; c++) {
      int seed = c;
      running.add(
          pool.submit(
              () -> {
                Random r = new Random(seed);
                long gap = 2_000_000_000L / Math.max(1, rate), next = System.nanoTime();
                for (int n = 0; System.nanoTime() < end && sent.incrementAndGet() <= max; n++) {
                  int kind = n % 10 < 4 ? 0 : n % 10 < 6 ? 1 : n % 10 < 9 ? 2 : 3;
                  timed(
                      http,
                      base + read(kind, r, stories),
                      null,
                      token,
                      kind,
                      window,
                      all,
                      errors,
                      kindErrors);
                  next += gap;
                  long wait = next - System.nanoTime();
                  if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                  else next = System.nanoTime();
                }
                return null;
              }));
    }
    running.add(
        pool.submit(
            () -> {
              SyntheticCorpus corpus =
                  new SyntheticCorpus(11, SyntheticCorpus.fillerFrom(Path.of("examples")));
              for (int k = 0; System.nanoTime() < end && sent.incrementAndGet() <= max; k++) {
                String body =
                    corpus.article(k).document().body()
                        + "\n\nFiled as soak article "
                        + k
                        + " at "
                        + System.nanoTime()
                        + ".";
                String url =
                    base
                        + "/api/documents?outlet="
                        + enc("Soak Wire")
                        + "&published="
                        + String.format("2026-02-%02d", 1 + k % 28)
                        + "&title="
                        + enc("Soak article " + k);
                timed(http, url, body, token, 4, window, all, errors, kindErrors);
                long left = (end - System.nanoTime()) / 1_000_000;
                Thread.sleep(Math.max(0, Math.min(postMillis, left)));
              }
              return null;
            }));
    // figures per interval, until the traffic ends
    long nextMark = t0 + every * 1_000_000_000L;
    while (running.stream().anyMatch(f -> !f.isDone())) {
      long wait = Math.min(nextMark, end + 60_000_000_000L) - System.nanoTime();
      if (wait > 0) Thread.sleep(Math.min(wait / 1_000_000 + 1, 1_000));
      if (System.nanoTime() >= nextMark) {
        long at = (System.nanoTime() - t0) / 1_000_000_000L;
        report(String.format("%d:%02d", at / 60, at % 60), window, errors.get());
        for (List<Long> w : window) w.clear();
        nextMark += every * 1_000_000_000L;
      }
    }
    for (Future<?> f : running) f.get();
    pool.shutdown();
    long at = (System.nanoTime() - t0) / 1_000_000_000L;
    if (window.stream().anyMatch(w -> !w.isEmpty()))
      report(String.format("%d:%02d", at / 60, at % 60), window, errors.get());
    System.out.printf("whole run (%d s):%n", at);
    System.out.printf(
        "%-16s %8s %9s %9s %9s %7s%n", "kind", "count", "p50 ms", "p95 ms", "max ms", "errors");
    for (int k = 0; k < KINDS.length; k++) {
      long[] v = sorted(all.get(k));
      if (v.length == 0) continue;
      System.out.printf(
          "%-16s %8d %9.1f %9.1f %9.1f %7d%n",
          KINDS[k], v.length, pct(v, 50), pct(v, 95), v[v.length - 1] / 1e6, kindErrors[k].get());
    }
    System.out.printf(
        "%,d requests, %d errors%s%n",
        all.stream().mapToInt(List::size).sum(),
        errors.get(),
        sent.get() > max ? " (stopped at the request cap)" : "");
  }

  private static void report(String at, List<List<Long>> window, int errors) {
    StringBuilder line = new StringBuilder(String.format("%-8s p95 ms:", at));
    for (int k = 0; k < KINDS.length; k++) {
      long[] v = sorted(window.get(k));
      line.append(
          v.length == 0
              ? String.format(" %s -", KINDS[k])
              : String.format(" %s %.0f (%d)", KINDS[k], pct(v, 95), v.length));
    }
    line.append("; errors so far ").append(errors);
    System.out.println(line);
    System.out.println(WINDOW + at);
    System.out.flush();
  }

  private static String read(int kind, Random r, String[] stories) {
    String q = enc(ServerLoadBenchmark.QUERIES[r.nextInt(ServerLoadBenchmark.QUERIES.length)]);
    String story = stories.length == 0 ? null : stories[r.nextInt(stories.length)];
    return switch (kind) {
      case 0 -> "/api/search?q=" + q;
      case 1 ->
          "/api/search?q="
              + q
              + "&outlet="
              + enc(ServerLoadBenchmark.OUTLETS[r.nextInt(ServerLoadBenchmark.OUTLETS.length)])
              + "&from=2022-06-01&to=2023-12-31";
      case 2 ->
          story != null && r.nextBoolean()
              ? "/api/timeline?story=" + story + "&limit=200"
              : "/api/timeline?q=" + q + "&limit=200";
      default ->
          story != null && r.nextBoolean() ? "/api/report?story=" + story : "/api/report?q=" + q;
    };
  }

  private static void timed(
      HttpClient http,
      String url,
      String postBody,
      String token,
      int kind,
      List<List<Long>> window,
      List<List<Long>> all,
      AtomicInteger errors,
      AtomicLong[] kindErrors) {
    boolean post = postBody != null;
    long s = System.nanoTime();
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
      if (post) {
        b.header("Content-Type", "text/plain; charset=utf-8")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(postBody, StandardCharsets.UTF_8));
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      long ns = System.nanoTime() - s;
      window.get(kind).add(ns);
      all.get(kind).add(ns);
      boolean ok = post ? r.statusCode() == 201 || r.statusCode() == 200 : r.statusCode() == 200;
      if (!ok)
        fail(kind, errors, kindErrors, "HTTP " + r.statusCode() + " " + url + " " + clip(r.body()));
    } catch (Exception e) {
      fail(kind, errors, kindErrors, e + " " + url);
    }
  }

  private static void fail(int kind, AtomicInteger errors, AtomicLong[] kindErrors, String why) {
    kindErrors[kind].incrementAndGet();
    if (errors.incrementAndGet() <= 5) System.out.println("error: " + why);
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private static long[] sorted(List<Long> nanos) {
    synchronized (nanos) {
      return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

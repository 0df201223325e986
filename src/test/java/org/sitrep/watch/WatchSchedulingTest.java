package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Problems;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;

/**
 * How watch schedules its requests, on two loopback hosts (two ports): one host is asked one thing
 * at a time with its delay kept, two hosts are fetched at once, and an article is stored as soon as
 * it is fetched rather than at the end of the poll. Orders and lower bounds only, with waits long
 * enough for a busy machine.
 */
class WatchSchedulingTest {
  static final Pipeline PIPELINE = Pipelines.languageNeutral();
  static final List<LoopbackSite.Article> EXAMPLES = LoopbackSite.examples();
  static final Duration DELAY = Duration.ofMillis(400);
  static final long PATIENCE_S = 30;

  @TempDir Path dir;
  LoopbackSite a;
  LoopbackSite b;
  Store store;
  final List<String> lines = new CopyOnWriteArrayList<>();
  final Problems problems = new Problems(p -> lines.add(p.line()));

  @BeforeEach
  void start() throws IOException {
    a = new LoopbackSite();
    b = new LoopbackSite();
    store = Store.open(dir.resolve("data"));
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
    store.close();
  }

  Watcher watcher(Watcher.Articles articles) {
    FetchPolicy policy =
        new FetchPolicy(
            "Sitrep/test",
            Duration.ofSeconds(PATIENCE_S + 30),
            3,
            4L << 20,
            DELAY,
            Duration.ofSeconds(PATIENCE_S + 30),
            4,
            true);
    return new Watcher(
        store.fetchState(),
        new Fetcher(policy),
        articles,
        problems,
        new Watcher.Options(Duration.ofMinutes(10), 50, 10, 2, 20));
  }

  Watcher.Articles storing(List<String> storedUrls, CountDownLatch eachStored) {
    return docs -> {
      List<Annotated> out = new ArrayList<>();
      for (Document d : docs) out.add(PIPELINE.run(d));
      List<Ingested> done = store.putAll(out);
      for (Document d : docs) {
        storedUrls.add(d.sources().get(0).url());
        eachStored.countDown();
      }
      return done;
    };
  }

  /** Serves an article that records when each request for it arrived. */
  static void timedPage(LoopbackSite site, String path, int example, List<Long> arrivals) {
    String html = LoopbackSite.page(EXAMPLES.get(example), null);
    site.on(
        path,
        ex -> {
          arrivals.add(System.nanoTime());
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", html);
        });
  }

  @Test
  void oneHostIsAskedAtItsDelayWhileTwoHostsAreFetchedAtOnce() throws Exception {
    // One feed on host a links articles on a and on b: the first article of each host waits, in
    // its handler, for the other host's first article to be asked for. Fetched one link after
    // the other, neither would be.
    CountDownLatch aAsked = new CountDownLatch(1);
    CountDownLatch bAsked = new CountDownLatch(1);
    AtomicBoolean aSawB = new AtomicBoolean();
    AtomicBoolean bSawA = new AtomicBoolean();
    List<Long> aArrivals = new CopyOnWriteArrayList<>();
    String a0 = LoopbackSite.page(EXAMPLES.get(0), null);
    String b0 = LoopbackSite.page(EXAMPLES.get(1), null);
    a.on(
        "/a/0",
        ex -> {
          aArrivals.add(System.nanoTime());
          aAsked.countDown();
          aSawB.set(await(bAsked));
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", a0);
        });
    b.on(
        "/b/0",
        ex -> {
          bAsked.countDown();
          bSawA.set(await(aAsked));
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", b0);
        });
    timedPage(a, "/a/1", 2, aArrivals);
    timedPage(a, "/a/2", 3, aArrivals);
    timedPage(b, "/b/1", 4, new CopyOnWriteArrayList<>());
    a.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.of(
                new String[] {"a0", a.url("/a/0")},
                new String[] {"a1", a.url("/a/1")},
                new String[] {"a2", a.url("/a/2")},
                new String[] {"b0", b.url("/b/0")},
                new String[] {"b1", b.url("/b/1")})));
    List<String> stored = new CopyOnWriteArrayList<>();
    Watcher.Summary s =
        watcher(storing(stored, new CountDownLatch(5))).poll(List.of(a.url("/feed.xml")));

    assertEquals(5, s.fetched(), s.line() + "\n" + String.join("\n", lines));
    assertEquals(5, s.stored(), s.line() + "\n" + String.join("\n", lines));
    assertEquals(5, store.count());
    assertTrue(aSawB.get() && bSawA.get(), "the two hosts' first articles were asked at once");
    assertEquals(3, aArrivals.size());
    for (int i = 1; i < aArrivals.size(); i++) {
      long gap = aArrivals.get(i) - aArrivals.get(i - 1);
      assertTrue(
          gap >= DELAY.toNanos(),
          "requests to one host at least the delay apart, got " + gap / 1_000_000 + " ms");
    }
  }

  @Test
  void anArticleOfAFinishedSourceIsStoredBeforeASlowSourceFinishes() throws Exception {
    // Source b's article answers only once source a's article is stored (or after a long wait):
    // stored at the end of the poll, a's article would not be.
    List<String> stored = new CopyOnWriteArrayList<>();
    CountDownLatch aStored = new CountDownLatch(1);
    AtomicBoolean slowSawStored = new AtomicBoolean();
    a.serve("/a/0", "text/html; charset=utf-8", LoopbackSite.page(EXAMPLES.get(0), null));
    a.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(List.<String[]>of(new String[] {"a0", a.url("/a/0")})));
    String slow = LoopbackSite.page(EXAMPLES.get(1), null);
    b.on(
        "/b/0",
        ex -> {
          slowSawStored.set(await(aStored));
          LoopbackSite.send(ex, 200, "text/html; charset=utf-8", slow);
        });
    b.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(List.<String[]>of(new String[] {"b0", b.url("/b/0")})));

    Watcher.Summary s =
        watcher(storing(stored, aStored)).poll(List.of(b.url("/feed.xml"), a.url("/feed.xml")));

    assertEquals(2, s.stored(), s.line() + "\n" + String.join("\n", lines));
    assertTrue(slowSawStored.get(), "a's article was stored while b's was still being fetched");
    assertEquals(List.of(a.url("/a/0"), b.url("/b/0")), stored);
    assertTrue(s.line().contains("2 new article(s) stored"), s.line());
  }

  static boolean await(CountDownLatch latch) {
    try {
      return latch.await(PATIENCE_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

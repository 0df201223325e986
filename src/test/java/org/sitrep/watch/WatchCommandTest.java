package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.store.FetchState;
import org.sitrep.store.Store;
import org.sitrep.testing.ChildJvm;
import org.sitrep.testing.CommandRun;

/**
 * {@code sitrep watch} end to end, in-process and as a process killed with SIGKILL in the middle of
 * a poll: each article of a feed served on loopback is fetched once, annotated with the full
 * pipeline and stored once.
 */
class WatchCommandTest {
  @TempDir Path dir;
  LoopbackSite site;
  static final List<LoopbackSite.Article> EXAMPLES = LoopbackSite.examples();

  static CommandRun run(String... args) {
    return CommandRun.of(Main::run, args);
  }

  @BeforeEach
  void start() throws Exception {
    site = new LoopbackSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** A feed of the example articles, with an ETag; {@code slowMs} delays each page. */
  void serveFeed(int n, long slowMs) {
    List<String[]> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LoopbackSite.Article a = EXAMPLES.get(i % EXAMPLES.size());
      // Beyond the five examples, each copy gets a paragraph of its own so it is another article.
      LoopbackSite.Article page =
          i < EXAMPLES.size()
              ? a
              : new LoopbackSite.Article(
                  a.title() + " (" + i + ")",
                  concat(
                      a.paragraphs(),
                      "Update " + i + ": the report was revised on day " + i + "."));
      String html = LoopbackSite.page(page, null);
      site.on(
          "/news/" + i,
          ex -> {
            if (slowMs > 0) {
              try {
                Thread.sleep(slowMs);
              } catch (InterruptedException e) {
                return;
              }
            }
            LoopbackSite.send(ex, 200, "text/html; charset=utf-8", html);
          });
      items.add(new String[] {page.title(), site.url("/news/" + i + "?utm_source=rss")});
    }
    String feed = LoopbackSite.rss(items);
    site.on(
        "/rss.xml",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackSite.send(ex, 304, null, "");
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          LoopbackSite.send(ex, 200, "application/rss+xml", feed);
        });
  }

  static List<String> concat(List<String> a, String b) {
    List<String> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }

  String[] watchArgs(Path data, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "watch",
                "--data",
                data.toString(),
                "--once",
                "--allow-private",
                "--contact",
                "newsroom@example.org",
                "--delay",
                "0ms",
                "--timeout",
                "5s",
                "--quiet"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void followingAFeedStoresEachArticleOnceAndResolvesThem() throws Exception {
    serveFeed(5, 0);
    Path data = dir.resolve("data");
    CommandRun r = run(watchArgs(data, site.url("/rss.xml")));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("5 new article(s) stored"), r.err());
    assertTrue(r.err().contains("now holds 5 documents"), r.err());
    assertTrue(site.userAgents.stream().allMatch(ua -> ua.contains("newsroom@example.org")));
    try (Store s = Store.open(data)) {
      assertEquals(5, s.count());
      assertFalse(s.situation().stories().isEmpty(), "the picture was brought up to date");
    }

    // Cron runs it again: the feed is not modified, nothing is fetched, annotated or stored.
    CommandRun again = run(watchArgs(data, site.url("/rss.xml")));
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("1 not modified"), again.err());
    assertTrue(again.err().contains("0 page(s) fetched"), again.err());
    for (int i = 0; i < 5; i++) assertEquals(1, site.hits("/news/" + i));

    CommandRun status = run("watch", "--data", data.toString(), "--status");
    assertEquals(0, status.code(), status.err());
    assertTrue(status.out().contains(site.url("/rss.xml")), status.out());
    assertTrue(status.out().contains("kind feed"), status.out());
    assertTrue(status.out().contains("articles stored 5"), status.out());
    assertTrue(status.out().contains("healthy"), status.out());
  }

  @Test
  void loopbackIsRefusedWithoutAllowPrivateInOneLine() {
    serveFeed(1, 0);
    Path data = dir.resolve("refused");
    CommandRun r =
        run(
            "watch",
            "--data",
            data.toString(),
            "--once",
            "--contact",
            "x@example.org",
            site.url("/rss.xml"));
    assertEquals(1, r.code(), r.err());
    List<String> lines =
        r.err()
            .lines()
            .filter(l -> l.contains(site.url("/rss.xml")) && l.contains("loopback"))
            .toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("--allow-private"), lines.get(0));
    assertEquals(0, site.hits("/rss.xml"));
  }

  @Test
  void badOptionsAreOneClearLine() {
    CommandRun r =
        run(
            "watch",
            "--data",
            dir.resolve("x").toString(),
            "--interval",
            "soon",
            "http://example.org/");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("not a duration: 'soon'"), r.err());
    CommandRun none = run("watch", "--data", dir.resolve("x").toString(), "--once");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("at least one SOURCE"), none.err());
  }

  @Test
  void aWatchKilledMidPollResumesWithoutLosingRefetchingOrRestoringAnArticle() throws Exception {
    // Killed again and again at random points over the same data directory, then resumed.
    int n = 14, kills = 3;
    serveFeed(n, 150);
    Path data = dir.resolve("killed");
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    List<String> cmd =
        ChildJvm.command(
            "2g", Main.class.getName(), List.of(watchArgs(data, site.url("/rss.xml"))));
    int killed = 0;
    for (int k = 0; k < kills; k++) {
      int killAt = pageHits(n) + 1 + rnd.nextInt(4);
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (pageHits(n) < killAt && p.isAlive()) {
        if (System.nanoTime() > deadline) {
          p.destroyForcibly();
          fail("the watch fetched fewer than " + killAt + " pages in time (seed " + seed + ")");
        }
        Thread.sleep(5);
      }
      if (!p.isAlive()) break; // it finished every page before this kill
      p.destroyForcibly(); // SIGKILL
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      killed++;
    }
    assertTrue(killed >= 1, "the watch was never killed mid-poll (seed " + seed + ")");
    int[] before = new int[n];
    for (int i = 0; i < n; i++) before[i] = site.hits("/news/" + i);

    CommandRun r = run(watchArgs(data, site.url("/rss.xml")));
    assertEquals(0, r.code(), r.err());
    int refetched = 0;
    for (int i = 0; i < n; i++) {
      int hits = site.hits("/news/" + i);
      assertTrue(hits >= 1, "never lost: /news/" + i);
      refetched += hits - 1;
      if (before[i] > 0) assertTrue(hits - before[i] <= 1);
    }
    // One request to a host at a time: only the page in flight when a process died may be asked
    // for again, once per kill.
    assertTrue(
        refetched <= killed,
        refetched + " pages fetched twice after " + killed + " kills (seed " + seed + ")");
    try (Store s = Store.open(data)) {
      assertEquals(n, s.count(), "each article stored once (seed " + seed + ")");
      FetchState fs = s.fetchState();
      for (int i = 0; i < n; i++)
        assertEquals(
            FetchState.UrlState.STORED, fs.url(site.url("/news/" + i)).orElseThrow().state());
    }
  }

  int pageHits(int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) sum += site.hits("/news/" + i);
    return sum;
  }
}

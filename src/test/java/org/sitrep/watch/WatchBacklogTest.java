package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
 * A watch that is behind (a backlog met at its first poll) polls again on time and stores what has
 * just appeared before the rest of the backlog, in the order it appeared across its sources.
 */
class WatchBacklogTest {
  static final Pipeline PIPELINE = Pipelines.languageNeutral();
  static final List<LoopbackSite.Article> EXAMPLES = LoopbackSite.examples();

  @TempDir Path dir;

  @Test
  void theNextPollRunsWhileABacklogIsStoredAndWhatAppearedLastGoesFirst() throws Exception {
    List<String[]> items = new ArrayList<>();
    try (LoopbackSite site = new LoopbackSite();
        Store store = Store.open(dir.resolve("data"))) {
      for (int i = 0; i < 4; i++) {
        site.serve("/a/" + i, "text/html; charset=utf-8", LoopbackSite.page(EXAMPLES.get(i), null));
        items.add(new String[] {"a" + i, site.url("/a/" + i)});
      }
      site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(items));
      HeldWriter writer = new HeldWriter(store, url -> url);
      List<String> lines = new CopyOnWriteArrayList<>();
      Watcher w = watcher(store, writer, 10, new Problems(p -> lines.add(p.line())));
      CountDownLatch release = writer.release;
      CountDownLatch firstStoring = writer.firstStoring;
      List<String> order = writer.order;

      // The first poll fetches the four articles and returns while its first is being stored.
      Watcher.Summary first = w.poll(List.of(site.url("/feed.xml")), false);
      assertEquals(4, first.fetched(), first.line() + "\n" + String.join("\n", lines));
      assertTrue(firstStoring.await(30, TimeUnit.SECONDS), "the writer started storing");
      assertTrue(order.isEmpty(), "nothing stored yet: the poll did not wait for the writer");

      // An item appears; the next poll fetches it while the backlog still waits.
      site.serve("/a/4", "text/html; charset=utf-8", LoopbackSite.page(EXAMPLES.get(4), null));
      items.add(0, new String[] {"a4", site.url("/a/4")});
      site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(items));
      Watcher.Summary second = w.poll(List.of(site.url("/feed.xml")), false);
      assertEquals(1, second.fetched(), second.line() + "\n" + String.join("\n", lines));
      release.countDown();

      // A waiting poll returns once everything is stored.
      w.poll(List.of(site.url("/feed.xml")), true);
      assertEquals(5, order.size(), String.join("\n", order));
      assertEquals(5, store.count());
      // The batch under way when it appeared ends first; the new article comes next, before the
      // three backlog articles still waiting.
      assertEquals(site.url("/a/4"), order.get(1), String.join("\n", order));
    }
  }

  @Test
  void whatAppearedSinceTheLastPollIsStoredInTheOrderItAppearedAcrossFeedsThenTheBacklog()
      throws Exception {
    try (LoopbackSite site = new LoopbackSite();
        Store store = Store.open(dir.resolve("data"))) {
      List<List<String[]>> feeds = List.of(new ArrayList<>(), new ArrayList<>());
      int[] next = {0};
      // Each feed lists its newest item first, as feeds do.
      java.util.function.BiConsumer<Integer, String> publish =
          (feed, name) -> {
            String path = "/" + name;
            site.serve(
                path,
                "text/html; charset=utf-8",
                LoopbackSite.page(EXAMPLES.get(next[0]++ % EXAMPLES.size()), null));
            feeds.get(feed).add(0, new String[] {name, site.url(path)});
            site.serve(
                "/feed" + feed + ".xml", "application/rss+xml", LoopbackSite.rss(feeds.get(feed)));
          };
      publish.accept(0, "a0");
      publish.accept(0, "a1");
      publish.accept(1, "b0");
      HeldWriter writer = new HeldWriter(store, url -> url.substring(url.lastIndexOf('/') + 1));
      Watcher w = watcher(store, writer, 5, new Problems(p -> {}));
      CountDownLatch release = writer.release;
      CountDownLatch firstStoring = writer.firstStoring;
      List<String> order = writer.order;
      List<String> sources = List.of(site.url("/feed0.xml"), site.url("/feed1.xml"));
      // The first poll meets a backlog of three; the writer holds the first of them.
      assertEquals(3, w.poll(sources, false).fetched());
      assertTrue(firstStoring.await(30, TimeUnit.SECONDS), "the writer started storing");
      // Two items appear in each feed, one after the other: a2, b1, then a3, b2.
      Thread.sleep(200);
      publish.accept(0, "a2");
      publish.accept(1, "b1");
      Thread.sleep(200);
      publish.accept(0, "a3");
      publish.accept(1, "b2");
      assertEquals(4, w.poll(sources, false).fetched());
      release.countDown();
      w.poll(sources, true);
      assertEquals(7, order.size(), String.join(" ", order));
      // After the backlog item under way: the two that appeared first (whichever feed), then the
      // two that appeared after them, then the rest of the backlog.
      assertEquals(
          java.util.Set.of("a2", "b1"), java.util.Set.copyOf(order.subList(1, 3)), "" + order);
      assertEquals(
          java.util.Set.of("a3", "b2"), java.util.Set.copyOf(order.subList(3, 5)), "" + order);
      assertEquals(
          java.util.Set.of("a0", "a1", "b0"),
          java.util.Set.of(order.get(0), order.get(5), order.get(6)),
          "" + order);
    }
  }

  /**
   * Stores what the watch hands it, holding its first batch until released, and records each stored
   * article's URL (as {@code key} gives it) in the order stored.
   */
  static final class HeldWriter implements Watcher.Articles {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch firstStoring = new CountDownLatch(1);
    final List<String> order = new CopyOnWriteArrayList<>();
    private final Store store;
    private final UnaryOperator<String> key;

    HeldWriter(Store store, UnaryOperator<String> key) {
      this.store = store;
      this.key = key;
    }

    @Override
    public List<Ingested> store(List<Document> docs) {
      firstStoring.countDown();
      try {
        assertTrue(release.await(60, TimeUnit.SECONDS), "released");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      List<Annotated> out = new ArrayList<>();
      for (Document d : docs) {
        out.add(PIPELINE.run(d));
        order.add(key.apply(d.sources().get(0).url()));
      }
      return store.putAll(out);
    }
  }

  /** A watcher over the store's fetch state with a polite delay of {@code delayMs} per host. */
  static Watcher watcher(Store store, Watcher.Articles articles, long delayMs, Problems problems) {
    FetchPolicy policy =
        new FetchPolicy(
            "Sitrep/test",
            Duration.ofSeconds(30),
            3,
            4L << 20,
            Duration.ofMillis(delayMs),
            Duration.ofSeconds(30),
            2,
            true);
    return new Watcher(
        store.fetchState(),
        new Fetcher(policy),
        articles,
        problems,
        new Watcher.Options(Duration.ofMinutes(10), 50, 10, 2, 1));
  }
}

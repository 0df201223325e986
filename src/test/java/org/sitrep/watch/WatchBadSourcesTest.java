package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.store.FetchState;

/**
 * Sources and links that misbehave, served on loopback beside good ones: a sitemap of a million
 * URLs, one longer than a sitemap may be, a page that never ends (fast or trickling), a server too
 * slow to answer and a redirect. Each gets at most one line naming it, and the good articles are
 * stored all the same.
 */
class WatchBadSourcesTest extends LoopbackStoreFixture {
  @BeforeEach
  void serveExamples() {
    for (int i = 0; i < EXAMPLES.size(); i++)
      site.serve("/a/" + i, "text/html; charset=utf-8", LoopbackSite.page(EXAMPLES.get(i), null));
  }

  Watcher watcher(long maxBytes) {
    return new Watcher(
        store.fetchState(),
        new Fetcher(
            new FetchPolicy(
                "Sitrep/test",
                Duration.ofSeconds(2),
                3,
                maxBytes,
                Duration.ZERO,
                Duration.ofSeconds(2),
                4,
                true)),
        articles(),
        problems,
        new Watcher.Options(Duration.ofMinutes(10), 10, 10, 2, 20));
  }

  String joined() {
    return String.join("\n", lines);
  }

  /** Lines that name {@code what}. */
  long linesNaming(String what) {
    return lines.stream().filter(l -> l.contains(what)).count();
  }

  /** Asserts that one line names {@code path}'s address and that it says {@code says} of it. */
  void assertOneLine(String path, String says) {
    assertEquals(1, linesNaming(site.url(path)), joined());
    assertTrue(joined().contains(site.url(path) + ": " + says), joined());
  }

  /**
   * Serves at {@code path} a body that never ends: {@code head}, then {@code part} again and again
   * as fast as the connection takes it.
   */
  void serveEndless(String path, String type, String head, String part) {
    byte[] chunk = part.repeat(100).getBytes(StandardCharsets.UTF_8);
    site.on(
        path,
        ex -> {
          ex.getResponseHeaders().set("Content-Type", type);
          ex.sendResponseHeaders(200, 0);
          OutputStream o = ex.getResponseBody();
          o.write(head.getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < 1_000_000; i++) o.write(chunk);
        });
  }

  static String urlset(List<String> urls) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String u : urls) sb.append("<url><loc>").append(u).append("</loc></url>");
    return sb.append("</urlset>").toString();
  }

  @Test
  void aSitemapOfAMillionUrlsIsRefusedAtTheCapAndTheFeedBesideItIsRead() throws Exception {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    String base = site.url("/archive/");
    for (int i = 0; i < 1_000_000; i++)
      sb.append("<url><loc>").append(base).append(i).append("</loc></url>");
    byte[] gz = FetcherTest.gzip(sb.append("</urlset>").toString());
    assertTrue(gz.length < 10 << 20, "the compressed sitemap fits the cap: " + gz.length);
    site.on("/sitemap.xml.gz", ex -> FetcherTest.sendBytes(ex, gz));
    site.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.<String[]>of(
                new String[] {"t", site.url("/a/0")}, new String[] {"t", site.url("/a/1")})));
    Watcher.Summary s =
        watcher(10L << 20).poll(List.of(site.url("/sitemap.xml.gz"), site.url("/feed.xml")));
    assertEquals(2, s.stored(), s.line() + "\n" + joined());
    assertEquals(1, s.failedSources(), s.line());
    assertOneLine("/sitemap.xml.gz", "body over the cap of 10485760 bytes once decompressed");
    assertEquals(
        0, store.fetchState().count(site.url("/sitemap.xml.gz"), FetchState.UrlState.PENDING));
  }

  @Test
  void aSitemapLongerThanTheProtocolAllowsIsReadUpToItsLimitInOneLine() throws Exception {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 3; i++) urls.add(site.url("/a/" + i));
    for (int i = 0; i < Watcher.MAX_URLS_PER_SITEMAP + 7; i++) urls.add(site.url("/archive/" + i));
    site.serve("/sitemap.xml", "application/xml", urlset(urls));
    Watcher.Summary s = watcher(16L << 20).poll(List.of(site.url("/sitemap.xml")));
    assertEquals(Watcher.MAX_URLS_PER_SITEMAP, s.newLinks(), s.line());
    assertEquals(1, linesNaming("only the first " + Watcher.MAX_URLS_PER_SITEMAP), joined());
    assertTrue(
        joined()
            .contains(
                site.url("/sitemap.xml")
                    + ": the sitemap lists "
                    + urls.size()
                    + " URLs; only the first "
                    + Watcher.MAX_URLS_PER_SITEMAP
                    + " are read"),
        joined());
    assertEquals(3, s.stored(), s.line());
    // Past the limit nothing was even recorded.
    assertTrue(
        store
            .fetchState()
            .url(site.url("/archive/" + (Watcher.MAX_URLS_PER_SITEMAP - 3)))
            .isEmpty());
    assertTrue(store.fetchState().url(site.url("/archive/0")).isPresent());
  }

  @Test
  void pagesThatNeverEndOrNeverAnswerAreCutAndTheRestStored() throws Exception {
    // Streams as fast as it can, forever: cut at the body cap.
    serveEndless("/endless", "text/html", "", "<p>and more</p>");
    // Trickles one byte at a time, never reaching the cap: cut at the time limit.
    site.on(
        "/trickle",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          OutputStream o = ex.getResponseBody();
          for (int i = 0; i < 600; i++) {
            o.write('x');
            o.flush();
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
    // Answers nothing for longer than the timeout.
    site.on(
        "/slow",
        ex -> {
          try {
            Thread.sleep(8_000);
          } catch (InterruptedException e) {
            return;
          }
          LoopbackSite.send(ex, 200, "text/html", LoopbackSite.page(EXAMPLES.get(4), null));
        });
    List<String[]> items = new ArrayList<>();
    items.add(new String[] {"endless", site.url("/endless")});
    items.add(new String[] {"trickle", site.url("/trickle")});
    items.add(new String[] {"slow", site.url("/slow")});
    for (int i = 0; i < 3; i++) items.add(new String[] {"ok", site.url("/a/" + i)});
    site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(items));
    long t0 = System.nanoTime();
    Watcher.Summary s = watcher(256 * 1024).poll(List.of(site.url("/feed.xml")));
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    assertEquals(3, s.stored(), s.line() + "\n" + joined());
    assertEquals(3, store.count());
    assertTrue(seconds < 40, "the poll was not held up: " + seconds + " s");
    assertOneLine("/endless", "body over the cap of 262144 bytes");
    assertOneLine("/trickle", "no whole answer within 4 s");
    assertOneLine("/slow", "no answer within 2 s");
    // A time-out may pass: tried again at a later poll. A body over the cap will not.
    FetchState fs = store.fetchState();
    assertEquals(FetchState.UrlState.PENDING, fs.url(site.url("/slow")).orElseThrow().state());
    assertEquals(FetchState.UrlState.FAILED, fs.url(site.url("/endless")).orElseThrow().state());
  }

  @Test
  void aRedirectIsFollowedAndItsTargetNotFetchedAgain() throws Exception {
    site.on("/r/1", ex -> FetcherTest.redirect(ex, "/a/1?utm_source=redirect"));
    site.on("/r/2", ex -> FetcherTest.redirect(ex, "/r/3"));
    site.on("/r/3", ex -> FetcherTest.redirect(ex, "/a/2"));
    site.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.<String[]>of(
                new String[] {"t", site.url("/r/1")},
                new String[] {"t", site.url("/a/1")},
                new String[] {"t", site.url("/r/2")},
                new String[] {"t", site.url("/a/0")})));
    Watcher.Summary s = watcher(1 << 20).poll(List.of(site.url("/feed.xml")));
    assertEquals(3, s.stored(), s.line() + "\n" + joined());
    assertEquals(3, store.count());
    assertEquals(1, site.hits("/a/1"), "reached through the redirect, not fetched again");
    assertEquals(1, site.hits("/a/2"));
    FetchState fs = store.fetchState();
    assertEquals(FetchState.UrlState.STORED, fs.url(site.url("/r/1")).orElseThrow().state());
    assertEquals(site.url("/a/1"), fs.url(site.url("/r/1")).orElseThrow().canonical());
    assertTrue(lines.isEmpty(), joined());

    // A later feed lists the target itself: known, so not fetched.
    site.serve(
        "/f2.xml",
        "application/rss+xml",
        LoopbackSite.rss(List.<String[]>of(new String[] {"t", site.url("/a/2")})));
    watcher(1 << 20).poll(List.of(site.url("/f2.xml")));
    assertEquals(1, site.hits("/a/2"));
    assertEquals(3, store.count());
  }

  @Test
  void feedsThatLoopNeverEndDropOrListEntriesWithoutALinkGetOneLineEachAndTheRestIsRead()
      throws Exception {
    // A feed whose address redirects in a circle.
    site.on("/loop.xml", ex -> FetcherTest.redirect(ex, "/loop2.xml"));
    site.on("/loop2.xml", ex -> FetcherTest.redirect(ex, "/loop.xml"));
    // A feed that never ends: streamed as fast as it can, cut at the body cap.
    serveEndless(
        "/endless.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss><channel>",
        "<item><title>t</title><link>http://x.test/a</link></item>");
    // A feed whose server promises 20,000 bytes and drops the connection after a few.
    site.on(
        "/dropped.xml",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 20_000);
          OutputStream o = ex.getResponseBody();
          o.write("<?xml version=\"1.0\"?><rss><channel><item>".getBytes(StandardCharsets.UTF_8));
          o.flush();
        });
    // An Atom feed and a JSON Feed, each with an entry that has no link (and an id that is not an
    // address) beside one that has.
    site.serve(
        "/atom.xml",
        "application/atom+xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Atom News</title><id>urn:uuid:feed</id><updated>2024-01-01T00:00:00Z</updated>"
            + "<entry><title>no link</title><id>urn:uuid:1</id>"
            + "<updated>2024-01-01T00:00:00Z</updated></entry>"
            + "<entry><title>linked</title><id>urn:uuid:2</id><link href=\""
            + site.url("/a/2")
            + "\"/><updated>2024-01-01T00:00:00Z</updated></entry></feed>");
    site.serve(
        "/feed.json",
        "application/feed+json",
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Json News\",\"items\":["
            + "{\"id\":\"41\",\"title\":\"no link\"},{\"id\":\"42\",\"url\":\""
            + site.url("/a/3")
            + "\"}]}");
    site.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.of(new String[] {"a", site.url("/a/0")}, new String[] {"b", site.url("/a/1")})));
    List<String> sources =
        List.of(
            site.url("/loop.xml"),
            site.url("/endless.xml"),
            site.url("/dropped.xml"),
            site.url("/atom.xml"),
            site.url("/feed.json"),
            site.url("/feed.xml"));
    Watcher w = watcher(256 * 1024);
    Watcher.Summary s = w.poll(sources);
    assertEquals(4, s.stored(), s.line() + "\n" + joined());
    assertEquals(4, store.count());
    assertEquals(3, s.failedSources(), s.line());
    assertOneLine("/loop.xml", "redirect loop");
    assertOneLine("/endless.xml", "body over the cap of 262144 bytes");
    assertOneLine("/dropped.xml", "connection failed");
    for (String feed : List.of("/atom.xml", "/feed.json")) {
      assertEquals(1, linesNaming(site.url(feed)), joined());
      assertTrue(
          joined().contains(site.url(feed) + " @item 1: 1 of 2 feed item(s) have no link to fetch"),
          joined());
    }
    FetchState fs = store.fetchState();
    for (String bad : List.of("/loop.xml", "/endless.xml", "/dropped.xml"))
      assertEquals(1, fs.source(site.url(bad)).orElseThrow().failures(), bad);

    // The next poll goes on: the failing feeds wait their backoff (one line each), the others are
    // read again and a new article in one of them is stored.
    lines.clear();
    site.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.of(
                new String[] {"a", site.url("/a/0")},
                new String[] {"b", site.url("/a/1")},
                new String[] {"c", site.url("/a/4")})));
    Watcher.Summary again = w.poll(sources);
    assertEquals(1, again.stored(), again.line() + "\n" + joined());
    assertEquals(5, store.count());
    assertEquals(3, again.waitingSources(), again.line());
    for (String bad : List.of("/loop.xml", "/endless.xml", "/dropped.xml"))
      assertEquals(1, linesNaming(site.url(bad) + ": backing off after 1 failed poll"), joined());
  }
}

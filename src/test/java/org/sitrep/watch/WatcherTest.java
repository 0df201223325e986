package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.store.FetchState;
import org.sitrep.store.Ingested;

/**
 * Polls feeds, sitemaps, pages and OPML files served on loopback into a real store: what is new is
 * fetched once and stored once, what is bad gets one line naming it, and the watch goes on.
 */
class WatcherTest extends LoopbackStoreFixture {
  Watcher watcher() {
    return watcher(articles());
  }

  Watcher watcher(Watcher.Articles articles) {
    return new Watcher(
        store.fetchState(),
        new Fetcher(FetcherTest.policy(true)),
        articles,
        problems,
        new Watcher.Options(Duration.ofMinutes(10), 50, 10, 2, 2));
  }

  void servePages(int n) {
    for (int i = 0; i < n; i++)
      site.serve("/a/" + i, "text/html; charset=utf-8", LoopbackSite.page(EXAMPLES.get(i), null));
  }

  String joined() {
    return String.join("\n", lines);
  }

  @Test
  void aFeedIsFollowedEachArticleFetchedOnceAndA304BringsNothingNew() throws Exception {
    servePages(5);
    List<String[]> items = new ArrayList<>();
    for (int i = 0; i < 5; i++)
      items.add(new String[] {EXAMPLES.get(i).title(), site.url("/a/" + i)});
    // The same article again, through tracking parameters and a fragment.
    items.add(new String[] {"again", site.url("/a/0?utm_source=rss&utm_medium=feed")});
    items.add(new String[] {"again", site.url("/a/0#comments")});
    items.add(new String[] {"again", site.url("/a/0?fbclid=IwAR0")});
    String feed = LoopbackSite.rss(items);
    site.on(
        "/feed.xml",
        ex -> {
          if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackSite.send(ex, 304, null, "");
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"f1\"");
          LoopbackSite.send(ex, 200, "application/rss+xml", feed);
        });
    Watcher.Summary s = watcher().poll(List.of(site.url("/feed.xml")));
    assertEquals(5, s.stored(), s.line() + "\n" + joined());
    assertEquals(5, store.count());
    for (int i = 0; i < 5; i++) assertEquals(1, site.hits("/a/" + i), "fetched once: /a/" + i);
    Annotated first =
        store.get(store.fetchState().url(site.url("/a/0")).orElseThrow().docId()).orElseThrow();
    assertEquals(site.url("/a/0"), first.document().sources().get(0).url());
    assertEquals(EXAMPLES.get(0).title(), first.document().title());

    // Polled again: the feed answers 304 and nothing is fetched or stored.
    Watcher.Summary again = watcher().poll(List.of(site.url("/feed.xml")));
    assertEquals(1, again.notModified(), again.line());
    assertEquals(0, again.fetched());
    assertEquals(2, site.hits("/feed.xml"));
    for (int i = 0; i < 5; i++) assertEquals(1, site.hits("/a/" + i));
    assertEquals(5, store.count());
    FetchState.SourceState st = store.fetchState().source(site.url("/feed.xml")).orElseThrow();
    assertEquals("feed", st.kind());
    assertEquals("\"f1\"", st.etag());
    assertEquals(0, st.failures());
    assertTrue(lines.isEmpty(), joined());
  }

  @Test
  void aPageNamingAnotherAsCanonicalIsNotStoredTwice() throws Exception {
    LoopbackSite.Article a = EXAMPLES.get(1);
    site.serve("/story", "text/html", LoopbackSite.page(a, site.url("/story")));
    site.serve("/amp/story", "text/html", LoopbackSite.page(a, site.url("/story?utm_source=amp")));
    site.serve("/print/story", "text/html", LoopbackSite.page(a, "/story"));
    site.serve(
        "/feed.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.of(
                new String[] {"t", site.url("/story")},
                new String[] {"t", site.url("/amp/story")},
                new String[] {"t", site.url("/print/story")})));
    Watcher.Summary s = watcher().poll(List.of(site.url("/feed.xml")));
    assertEquals(1, s.stored(), s.line() + "\n" + joined());
    assertEquals(2, s.duplicates(), s.line());
    assertEquals(1, store.count());
    assertEquals(
        FetchState.UrlState.DUPLICATE,
        store.fetchState().url(site.url("/amp/story")).orElseThrow().state());

    // A new feed lists the canonical URL of an article first fetched as a copy: not fetched again.
    site.serve("/copy", "text/html", LoopbackSite.page(EXAMPLES.get(2), site.url("/original")));
    site.serve("/original", "text/html", LoopbackSite.page(EXAMPLES.get(2), null));
    site.serve(
        "/f2.xml",
        "application/rss+xml",
        LoopbackSite.rss(List.<String[]>of(new String[] {"t", site.url("/copy")})));
    site.serve(
        "/f3.xml",
        "application/rss+xml",
        LoopbackSite.rss(List.<String[]>of(new String[] {"t", site.url("/original")})));
    watcher().poll(List.of(site.url("/f2.xml")));
    watcher().poll(List.of(site.url("/f3.xml")));
    assertEquals(1, site.hits("/copy"));
    assertEquals(0, site.hits("/original"));
    assertEquals(2, store.count());
  }

  @Test
  void badInputGetsOneLineEachAndTheWatchGoesOn() throws Exception {
    servePages(3);
    site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    site.serve("/private/x", "text/html", LoopbackSite.page(EXAMPLES.get(4), null));
    site.on("/loop1", ex -> FetcherTest.redirect(ex, "/loop2"));
    site.on("/loop2", ex -> FetcherTest.redirect(ex, "/loop1"));
    site.serve(
        "/huge", "text/html", "<html><body><p>" + "word ".repeat(40_000) + "</p></body></html>");
    site.on(
        "/dropped",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 20_000);
          OutputStream o = ex.getResponseBody();
          o.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
          o.flush();
        });
    site.serve("/gone", "text/html", "");
    site.on("/gone", ex -> LoopbackSite.send(ex, 410, "text/plain", "gone"));
    site.serve("/pic", "image/jpeg", "JFIF");
    site.serve("/menu", "text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
    List<String[]> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) items.add(new String[] {"ok", site.url("/a/" + i)});
    items.add(new String[] {"no link", null});
    items.add(new String[] {"file", "file:///etc/passwd"});
    items.add(new String[] {"ftp", "ftp://example.org/a"});
    items.add(new String[] {"js", "javascript:alert(1)"});
    items.add(new String[] {"creds", "http://user:secret@127.0.0.1/a"});
    items.add(new String[] {"robots", site.url("/private/x")});
    items.add(new String[] {"loop", site.url("/loop1")});
    items.add(new String[] {"huge", site.url("/huge")});
    items.add(new String[] {"dropped", site.url("/dropped")});
    items.add(new String[] {"gone", site.url("/gone")});
    items.add(new String[] {"picture", site.url("/pic")});
    items.add(new String[] {"no text", site.url("/menu")});
    site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(items));
    // A "feed" that is an HTML page, a source that is not a URL, and a feed URL with credentials.
    site.serve(
        "/news/rss",
        "text/html",
        "<!DOCTYPE html><html><body><p>Our feeds moved.</p></body></html>");
    Watcher.Summary s =
        watcher()
            .poll(
                List.of(
                    site.url("/feed.xml"),
                    site.url("/news/rss"),
                    "ftp://example.org/feed.xml",
                    "https://me:pw@example.org/feed.xml"));
    String out = joined();
    assertEquals(3, s.stored(), s.line() + "\n" + out);
    assertEquals(3, store.count());
    assertLine(out, site.url("/feed.xml") + " @item 4: 1 of 15 feed item(s) have no link to fetch");
    assertLine(
        out,
        site.url("/feed.xml")
            + " @item 5: file:///etc/passwd: only http and https are fetched, not file:");
    assertLine(out, "@item 6: ftp://example.org/a: only http and https are fetched, not ftp:");
    assertLine(
        out, "@item 7: javascript:alert(1): only http and https are fetched, not javascript:");
    assertLine(out, "@item 8: http://***@127.0.0.1/a: a URL with credentials is not fetched");
    assertLine(out, site.url("/private/x") + ": disallowed by robots.txt");
    assertLine(out, site.url("/loop1") + ": redirect loop");
    assertLine(out, site.url("/huge") + ": body over the cap of 65536 bytes");
    assertLine(out, site.url("/dropped") + ": connection failed");
    assertLine(out, site.url("/gone") + ": HTTP 410");
    assertLine(
        out, site.url("/pic") + ": content type image/jpeg is not a page, a feed or a sitemap");
    assertLine(out, site.url("/menu") + ": no article text found in the page");
    assertLine(out, site.url("/news/rss") + ": expected a feed, got an HTML page");
    assertLine(out, "ftp://example.org/feed.xml: only http and https are fetched, not ftp:");
    assertLine(out, "https://***@example.org/feed.xml: a URL with credentials is not fetched");
    assertFalse(out.contains("secret") || out.contains(":pw@"), "credentials are never shown");
    assertEquals(0, site.hits("/private/x"));
    assertEquals(1, s.failedSources(), s.line());
    // The dropped connection is tried again at the next poll, the rest is not.
    assertEquals(
        FetchState.UrlState.PENDING,
        store.fetchState().url(site.url("/dropped")).orElseThrow().state());
    assertEquals(
        FetchState.UrlState.FAILED,
        store.fetchState().url(site.url("/gone")).orElseThrow().state());
    assertEquals(410, store.fetchState().url(site.url("/gone")).orElseThrow().httpStatus());
  }

  static void assertLine(String out, String expected) {
    assertTrue(out.contains(expected), "expected a line with «" + expected + "» in:\n" + out);
  }

  @Test
  void a429OnTheFeedIsHonouredAndAFailingSourceIsPolledLessOften() throws Exception {
    site.on(
        "/busy.xml",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "3600");
          LoopbackSite.send(ex, 429, "text/plain", "slow down");
        });
    site.on("/broken.xml", ex -> LoopbackSite.send(ex, 500, "text/plain", "oops"));
    // One host is asked one thing at a time, in the order given: the broken feed first, as the
    // busy one's Retry-After then holds the whole host back.
    Watcher.Summary s = watcher().poll(List.of(site.url("/broken.xml"), site.url("/busy.xml")));
    assertEquals(2, s.failedSources(), s.line());
    FetchState.SourceState busy = store.fetchState().source(site.url("/busy.xml")).orElseThrow();
    assertEquals(1, busy.failures());
    assertTrue(
        busy.nextPoll().isAfter(java.time.Instant.now().plus(Duration.ofMinutes(59))),
        "Retry-After of an hour honoured: " + busy.nextPoll());
    FetchState.SourceState broken =
        store.fetchState().source(site.url("/broken.xml")).orElseThrow();
    assertEquals("HTTP 500", broken.status());

    // Polled again at once: both are left alone, and said so.
    Watcher.Summary again = watcher().poll(List.of(site.url("/busy.xml"), site.url("/broken.xml")));
    assertEquals(2, again.waitingSources(), again.line());
    assertEquals(1, site.hits("/busy.xml"));
    assertEquals(1, site.hits("/broken.xml"));
    assertLine(
        joined(), site.url("/broken.xml") + ": backing off after 1 failed poll(s) (HTTP 500)");

    // Each further failure doubles the wait.
    java.time.Instant before = broken.nextPoll();
    FetchState fs = store.fetchState();
    fs.saveSource(
        new FetchState.SourceState(
            broken.source(),
            null,
            null,
            null,
            broken.lastPoll(),
            null,
            broken.failures(),
            java.time.Instant.now().minusSeconds(1),
            broken.status()));
    watcher().poll(List.of(site.url("/broken.xml")));
    FetchState.SourceState twice = fs.source(site.url("/broken.xml")).orElseThrow();
    assertEquals(2, twice.failures());
    Duration first = Duration.between(broken.lastPoll(), before);
    Duration second = Duration.between(twice.lastPoll(), twice.nextPoll());
    assertEquals(first.multipliedBy(2).toMinutes(), second.toMinutes(), first + " then " + second);
  }

  @Test
  void anArticleAnswering429LeavesTheHostsOtherLinksUntriedForALaterPoll() throws Exception {
    servePages(3);
    site.on(
        "/a/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "600");
          LoopbackSite.send(ex, 429, "text/plain", "slow down");
        });
    List<String[]> items = new ArrayList<>();
    items.add(new String[] {"busy", site.url("/a/busy")});
    for (int i = 0; i < 3; i++) items.add(new String[] {"t", site.url("/a/" + i)});
    site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(items));
    Watcher w = watcher();
    Watcher.Summary s = w.poll(List.of(site.url("/feed.xml")));
    assertEquals(0, s.stored(), s.line());
    assertLine(
        joined(),
        site.url("/a/busy") + ": HTTP 429, retry after 600 s; tried again at a later poll");
    FetchState fs = store.fetchState();
    assertEquals(1, fs.url(site.url("/a/busy")).orElseThrow().attempts());
    for (int i = 0; i < 3; i++) {
      FetchState.UrlRow row = fs.url(site.url("/a/" + i)).orElseThrow();
      assertEquals(FetchState.UrlState.PENDING, row.state());
      assertEquals(0, row.attempts(), "not tried, not counted");
      assertEquals(0, site.hits("/a/" + i));
    }
    // The source waits for the pause to end, and nothing is lost.
    Watcher.Summary again = w.poll(List.of(site.url("/feed.xml")));
    assertEquals(1, again.waitingSources(), again.line());
    assertEquals(0, again.failedSources(), again.line());
    assertLine(joined(), "its host asked to wait until ");
    assertEquals(4, fs.count(site.url("/feed.xml"), FetchState.UrlState.PENDING));

    // A new run (cron, or a restart) remembers the pause: the source is not polled before it ends.
    int feedHits = site.hits("/feed.xml");
    Watcher.Summary restarted = watcher().poll(List.of(site.url("/feed.xml")));
    assertEquals(1, restarted.waitingSources(), restarted.line());
    assertEquals(feedHits, site.hits("/feed.xml"));
    assertEquals(1, site.hits("/a/busy"));
    assertLine(joined(), "its host asked to wait until ");
    assertEquals(0, fs.source(site.url("/feed.xml")).orElseThrow().failures());
  }

  @Test
  void sitemapIndexesSitemapsAndNewsSitemapsAreRead() throws Exception {
    servePages(4);
    String news =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + "<url><loc>"
            + site.url("/a/0")
            + "</loc><news:news><news:publication><news:name>Example</news:name>"
            + "<news:language>en</news:language></news:publication><news:publication_date>2022-01-24</news:publication_date>"
            + "<news:title>t</news:title></news:news></url>"
            + "<url><loc>"
            + site.url("/a/1?utm_source=sitemap")
            + "</loc></url></urlset>";
    String plain =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>"
            + site.url("/a/2")
            + "</loc></url><url><loc>"
            + site.url("/a/3")
            + "</loc></url></urlset>";
    String index =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + site.url("/news-sitemap.xml")
            + "</loc></sitemap>"
            + "<sitemap><loc>"
            + site.url("/sitemap-2.xml")
            + "</loc></sitemap></sitemapindex>";
    site.serve("/news-sitemap.xml", "application/xml", news);
    site.serve("/sitemap-2.xml", "application/xml", plain);
    site.serve("/sitemap.xml", "application/xml", index);
    Watcher.Summary s = watcher().poll(List.of(site.url("/sitemap.xml")));
    assertEquals(4, s.stored(), s.line() + "\n" + joined());
    assertEquals(
        "sitemap", store.fetchState().source(site.url("/sitemap.xml")).orElseThrow().kind());
  }

  @Test
  void aLargeSitemapIsWorkedThroughAFewArticlesAPoll() throws Exception {
    servePages(5);
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < 5; i++)
      sb.append("<url><loc>").append(site.url("/a/" + i)).append("</loc></url>");
    for (int i = 0; i < 40_000; i++)
      sb.append("<url><loc>").append(site.url("/archive/" + i)).append("</loc></url>");
    sb.append("</urlset>");
    byte[] gz = FetcherTest.gzip(sb.toString());
    site.on("/sitemap.xml.gz", ex -> FetcherTest.sendBytes(ex, gz));
    Watcher w =
        new Watcher(
            store.fetchState(),
            new Fetcher(
                new FetchPolicy(
                    "Sitrep/test",
                    Duration.ofSeconds(2),
                    3,
                    4L << 20,
                    Duration.ZERO,
                    Duration.ofSeconds(2),
                    4,
                    true)),
            articles(),
            problems,
            new Watcher.Options(Duration.ofMinutes(10), 3, 10, 2, 20));
    Watcher.Summary first = w.poll(List.of(site.url("/sitemap.xml.gz")));
    assertEquals(40_005, first.newLinks(), first.line());
    assertEquals(3, first.stored(), first.line());
    Watcher.Summary second = w.poll(List.of(site.url("/sitemap.xml.gz")));
    assertEquals(0, second.newLinks(), "known links are not new again");
    assertEquals(2, second.stored(), second.line());
    assertEquals(1, second.failedUrls(), "the third link of the second poll is a 404");
    assertEquals(5, store.count());
    assertEquals(
        39_999, store.fetchState().count(site.url("/sitemap.xml.gz"), FetchState.UrlState.PENDING));
    assertEquals(1, site.hits("/archive/0"));
    assertEquals(0, site.hits("/archive/1"));
  }

  @Test
  void anOpmlFileStandsForTheFeedsItLists(@TempDir Path tmp) throws Exception {
    servePages(4);
    site.serve(
        "/one.xml",
        "application/rss+xml",
        LoopbackSite.rss(
            List.of(new String[] {"a", site.url("/a/0")}, new String[] {"b", site.url("/a/1")})));
    site.serve(
        "/two.json",
        "application/feed+json",
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Two\",\"items\":["
            + "{\"id\":\"1\",\"url\":\""
            + site.url("/a/2")
            + "\"},{\"id\":\"2\",\"url\":\""
            + site.url("/a/3")
            + "\"}]}");
    Path opml = tmp.resolve("feeds.opml");
    Files.writeString(
        opml,
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>mine</title></head><body>"
            + "<outline text=\"News\"><outline type=\"rss\" text=\"One\" xmlUrl=\""
            + site.url("/one.xml")
            + "\"/>"
            + "<outline type=\"rss\" text=\"Two\" xmlUrl=\""
            + site.url("/two.json")
            + "\"/>"
            + "<outline type=\"rss\" text=\"Bad\" xmlUrl=\"file:///etc/hosts\"/></outline></body></opml>");
    Watcher.Summary s = watcher().poll(List.of(opml.toString()));
    assertEquals(4, s.stored(), s.line() + "\n" + joined());
    assertEquals(2, s.sources());
    assertLine(joined(), opml + " @file:///etc/hosts: only http and https are fetched, not file:");
  }

  @Test
  void aPageSourceIsStoredAndStoredAgainOnlyWhenItChanges() throws Exception {
    site.serve("/live", "text/html", LoopbackSite.page(EXAMPLES.get(3), null));
    assertEquals(1, watcher().poll(List.of(site.url("/live"))).stored());
    assertEquals(
        0, watcher().poll(List.of(site.url("/live"))).stored(), "unchanged: the same document");
    site.serve("/live", "text/html", LoopbackSite.page(EXAMPLES.get(4), null));
    assertEquals(1, watcher().poll(List.of(site.url("/live"))).stored());
    assertEquals(2, store.count());
    assertEquals("page", store.fetchState().source(site.url("/live")).orElseThrow().kind());
  }

  @Test
  void aWatchStoppedBeforeStoringResumesWithoutFetchingOrStoringTwice() throws Exception {
    servePages(5);
    List<String[]> items = new ArrayList<>();
    for (int i = 0; i < 5; i++) items.add(new String[] {"t", site.url("/a/" + i)});
    site.serve("/feed.xml", "application/rss+xml", LoopbackSite.rss(items));
    // Stops (as a kill would) in the middle of storing: the first batch (one or two pages, as many
    // as were fetched when the writer started) is stored, then the process dies.
    AtomicBoolean died = new AtomicBoolean();
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    Watcher.Articles dying =
        docs -> {
          if (calls.getAndIncrement() > 0) {
            died.set(true);
            throw new IllegalStateException("killed");
          }
          return articles().store(docs);
        };
    assertThrows(
        IllegalStateException.class, () -> watcher(dying).poll(List.of(site.url("/feed.xml"))));
    assertTrue(died.get());
    long before = store.count();
    assertTrue(before >= 1 && before <= 2, "the first batch is stored: " + before);
    assertEquals(
        5,
        store.fetchState().count(site.url("/feed.xml"), FetchState.UrlState.FETCHED)
            + store.fetchState().count(site.url("/feed.xml"), FetchState.UrlState.STORED));

    Watcher.Summary s = watcher().poll(List.of(site.url("/feed.xml")));
    assertEquals(5 - before, s.stored(), s.line() + "\n" + joined());
    assertEquals(5, store.count());
    for (int i = 0; i < 5; i++) assertEquals(1, site.hits("/a/" + i), "fetched once: /a/" + i);
    for (int i = 0; i < 5; i++) {
      FetchState.UrlRow row = store.fetchState().url(site.url("/a/" + i)).orElseThrow();
      assertEquals(FetchState.UrlState.STORED, row.state());
      assertNotNull(row.docId());
    }
  }

  @Test
  void aStoreRecordsAnArticleTwiceOnlyAsOneDocument() {
    // What a kill between storing a document and recording it leaves: the same page stored again is
    // recognised by its id.
    servePages(1);
    Document d =
        new org.sitrep.source.WebReader()
            .page(
                site.url("/a/0"),
                LoopbackSite.page(EXAMPLES.get(0), null).getBytes(StandardCharsets.UTF_8),
                null,
                problems);
    List<Ingested> once = articles().store(List.of(d));
    List<Ingested> twice = articles().store(List.of(d));
    assertTrue(once.get(0).isNew());
    assertFalse(twice.get(0).isNew());
    assertEquals(once.get(0).id(), twice.get(0).id());
    assertEquals(1, store.count());
  }
}

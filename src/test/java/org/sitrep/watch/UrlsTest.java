package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void oneArticleReachedByThreeUrlsIsOneUrl() throws Exception {
    String plain = Urls.canonical("https://news.example.com/world/2024/troops-lithuania");
    assertEquals("https://news.example.com/world/2024/troops-lithuania", plain);
    assertEquals(
        plain,
        Urls.canonical(
            "https://News.Example.COM:443/world/2024/troops-lithuania?utm_source=rss&utm_medium=feed#comments"));
    assertEquals(
        plain,
        Urls.canonical(
            "HTTPS://news.example.com/world/2024/./troops-lithuania?fbclid=IwAR0x&gclid=abc"));
  }

  @Test
  void parametersThatChooseThePageAreKeptInOrder() throws Exception {
    assertEquals(
        "http://example.org/article?id=42&page=2",
        Urls.canonical("http://example.org:80/article?id=42&utm_campaign=x&page=2&mc_eid=9"));
    assertEquals("http://example.org/", Urls.canonical("http://example.org"));
    assertTrue(Urls.tracking("UTM_Content"));
    assertTrue(Urls.tracking("msclkid"));
    assertFalse(Urls.tracking("id"));
  }

  @Test
  void relativeLinksResolveAgainstTheirPage() throws Exception {
    URI base = URI.create("https://example.org/news/index.html");
    assertEquals("https://example.org/news/a.html", Urls.canonical(base, "a.html?utm_source=x"));
    assertEquals("https://example.org/b", Urls.canonical(base, "/b#top"));
    assertEquals("https://example.org/with%20space", Urls.canonical(base, "/with space"));
  }

  @Test
  void oddSchemesAndCredentialsAreRefusedWithAReason() {
    assertEquals(
        "only http and https are fetched, not file:",
        assertThrows(Urls.BadUrl.class, () -> Urls.canonical("file:///etc/passwd")).getMessage());
    assertEquals(
        "only http and https are fetched, not ftp:",
        assertThrows(Urls.BadUrl.class, () -> Urls.canonical("ftp://example.org/a")).getMessage());
    assertEquals(
        "only http and https are fetched, not javascript:",
        assertThrows(Urls.BadUrl.class, () -> Urls.canonical("javascript:alert(1)")).getMessage());
    assertEquals(
        "a URL with credentials is not fetched",
        assertThrows(Urls.BadUrl.class, () -> Urls.canonical("https://user:secret@example.org/"))
            .getMessage());
    assertThrows(Urls.BadUrl.class, () -> Urls.canonical("not a url at all"));
    assertEquals("https://***@example.org/x", Urls.shown("https://user:secret@example.org/x"));
  }

  @Test
  void nonPublicAddressesAreNamedPublicOnesPass() throws Exception {
    String[][] cases = {
      {"127.0.0.1", "loopback"},
      {"::1", "loopback"},
      {"10.0.0.8", "private"},
      {"172.16.4.1", "private"},
      {"192.168.1.1", "private"},
      {"100.64.0.1", "private"},
      {"fd12:3456::1", "private"},
      {"169.254.169.254", "link-local"},
      {"fe80::1", "link-local"},
      {"224.0.0.251", "multicast"},
      {"ff02::1", "multicast"},
      {"0.0.0.0", "unspecified"},
      {"::ffff:127.0.0.1", "loopback"},
      {"64:ff9b::a00:1", "private"},
    };
    for (String[] c : cases)
      assertEquals(c[1], Addresses.notPublic(InetAddress.getByName(c[0])), c[0]);
    assertEquals(null, Addresses.notPublic(InetAddress.getByName("93.184.216.34")));
    assertEquals(null, Addresses.notPublic(InetAddress.getByName("2606:2800:220:1::1")));
  }

  @Test
  void feedAndSitemapPathsAreRecognised() {
    assertTrue(Watcher.looksLikeFeed("https://example.org/rss.xml"));
    assertTrue(Watcher.looksLikeFeed("https://example.org/world/feed/"));
    assertTrue(Watcher.looksLikeFeed("https://example.org/sitemap.xml.gz"));
    assertFalse(Watcher.looksLikeFeed("https://example.org/world/2024/troops"));
  }
}

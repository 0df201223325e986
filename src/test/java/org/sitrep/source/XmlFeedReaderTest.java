package org.sitrep.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Published;

class XmlFeedReaderTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>Baltic Wire</title><link>https://example.org/</link><language>en-gb</language>
       <item><title>Brigade arrives</title><link>https://example.org/a</link><guid>a-1</guid>
        <pubDate>Mon, 08 Apr 2024 09:00:00 +0000</pubDate>
        <description>Short summary only.</description>
        <content:encoded><![CDATA[<p>The first soldiers of the brigade arrived in Vilnius on Monday.</p>
          <h2>What comes next</h2><p>More will follow by 2027, the ministry said.</p>]]></content:encoded></item>
       <item><title>Summary only</title><link>https://example.org/b</link>
        <description>&lt;p&gt;Only a &lt;b&gt;summary&lt;/b&gt; here.&lt;/p&gt;</description></item>
       <item><title>Headline only</title><link>https://example.org/c</link></item>
      </channel></rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id>
       <updated>2024-01-02T00:00:00Z</updated>
       <entry><title>Full entry</title><id>urn:e1</id><link href="https://example.org/e1"/>
        <published>2024-01-01T23:30:00Z</published><updated>2024-01-02T00:00:00Z</updated>
        <summary>Sum.</summary><content type="html">&lt;p&gt;Full atom content, it said.&lt;/p&gt;</content></entry>
       <entry><title>Text entry</title><id>urn:e2</id><updated>2024-01-03T10:00:00Z</updated>
        <content type="text">Plain text content.</content></entry>
      </feed>
      """;

  @TempDir Path dir;

  @Test
  void rssItemsWithFullTextSummaryAndNothing() throws IOException {
    Run run = Run.of(Run.write(dir.resolve("wire.rss"), RSS));
    assertEquals(2, run.documents().size());
    Document a = run.documents().get(0);
    assertEquals("Brigade arrives", a.title());
    assertEquals("Baltic Wire", a.outlet());
    assertEquals("en", a.language());
    assertEquals(
        "The first soldiers of the brigade arrived in Vilnius on Monday.\n\nWhat comes next\n\n"
            + "More will follow by 2027, the ministry said.",
        a.body());
    assertEquals(java.util.List.of("What comes next"), a.headings());
    assertEquals(Published.stated("2024-04-08"), a.published());
    assertEquals("https://example.org/a", a.source().url());
    assertEquals("a-1", a.source().recordId());
    assertEquals(1, a.source().offset());
    Document b = run.documents().get(1);
    assertEquals("Only a summary here.", b.body());
    assertEquals(Published.UNKNOWN, b.published());
    assertEquals("item 3", run.onlyProblem().where());
    assertEquals(new ReadStats(1, 2, 1), run.stats());
  }

  @Test
  void atomEntriesUseContentBeforeSummary() throws IOException {
    Run run = Run.of(Run.write(dir.resolve("news.atom"), ATOM));
    assertEquals(2, run.documents().size());
    assertEquals("Full atom content, it said.", run.documents().get(0).body());
    assertEquals("2024-01-01", run.documents().get(0).published().value());
    assertEquals("Plain text content.", run.documents().get(1).body());
    assertEquals(
        "2024-01-03",
        run.documents().get(1).published().value(),
        "updated when nothing was published");
  }

  @Test
  void feedIsSniffedAndMayBeGzipped() throws IOException {
    Path gz = Run.gzip(dir.resolve("feed"), RSS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(2, Run.of(gz).documents().size());
  }

  @Test
  void sharedBenchFeeds() {
    Path feeds = Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "feeds");
    assumeTrue(Files.isDirectory(feeds), "shared bench feeds not present");
    Run rss = Run.of(feeds.resolve("feed2.rss"));
    assertEquals("Here is some text containing an interesting description.", rss.only().body());
    Run atom = Run.of(feeds.resolve("feed1.atom"));
    assertEquals(2, atom.documents().size());
    assertEquals("Atom-Powered Robots Run Amok", atom.documents().get(0).title());
    assertEquals("2003-12-13", atom.documents().get(0).published().value());
  }

  @Test
  void romeRefusesDoctypesByDefault() {
    // Our reader never lets Rome parse, but if someone wires Rome's own parser in, its default must
    // still be safe.
    assertFalse(new SyndFeedInput().isAllowDoctypes());
  }

  @Test
  void notAFeed() throws IOException {
    Run run =
        Run.of(
            Run.write(dir.resolve("x.xml"), "<?xml version=\"1.0\"?><catalog><book/></catalog>"));
    assertTrue(
        run.onlyProblem().reason().startsWith("not an RSS or Atom feed"),
        run.onlyProblem().reason());
    assertNull(run.onlyProblem().where());
  }
}

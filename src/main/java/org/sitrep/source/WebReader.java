package org.sitrep.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Problems;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads what a web fetch brought back, with the same readers as files: a feed's entries (RSS, Atom,
 * JSON Feed), an OPML list of feeds, and an article page as a document whose source is its URL.
 * Each input that cannot be read gets one problem naming it. One instance per thread.
 */
public final class WebReader {
  /** What fetched bytes hold, from their first bytes. */
  public enum Kind {
    FEED,
    SITEMAP,
    SITEMAP_INDEX,
    OPML,
    HTML,
    OTHER
  }

  /** One feed entry: its link (null when it has none), id, title and date as the feed states. */
  public record Entry(int position, String url, String id, String title, String published) {}

  /** A feed's title and entries, in feed order. */
  public record Feed(String title, List<Entry> entries) {}

  private final HtmlPages html = new HtmlPages(new HtmlExtractor());
  private final FeedItems items = new FeedItems();
  private final XmlFeeds xml = new XmlFeeds(items);
  private final JsonFeeds json = new JsonFeeds(items);

  public static Kind kind(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT)
            .replace("\\/", "/");
    String t = head.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
    if (t.startsWith("{")) return head.contains("jsonfeed.org/version") ? Kind.FEED : Kind.OTHER;
    if (!t.startsWith("<")) return Kind.OTHER;
    if (head.contains("<sitemapindex")) return Kind.SITEMAP_INDEX;
    if (head.contains("<urlset")) return Kind.SITEMAP;
    if (head.contains("<opml")) return Kind.OPML;
    if (head.contains("<html") || t.startsWith("<!doctype html")) return Kind.HTML;
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))
      return Kind.FEED;
    return t.startsWith("<?xml") ? Kind.OTHER : Kind.HTML;
  }

  /** A feed's entries, or null after one problem naming {@code name} when it is not a feed. */
  public Feed feed(String name, byte[] bytes, Problems problems) {
    Sink sink = new Sink(name, problems, d -> {});
    InputKind k = InputKind.of("", bytes);
    FeedItems.Parsed parsed =
        k == InputKind.JSON_FEED ? json.items(bytes, sink) : xml.items(bytes, sink);
    if (parsed == null) return null;
    List<Entry> out = new ArrayList<>();
    int n = 0;
    for (FeedItems.Item i : parsed.items()) {
      n++;
      out.add(
          new Entry(
              n,
              HtmlPages.blankToNull(i.url()),
              HtmlPages.blankToNull(i.id()),
              HtmlPages.blankToNull(i.title()),
              i.published()));
    }
    return new Feed(HtmlPages.blankToNull(parsed.outlet()), out);
  }

  /**
   * The feeds an OPML file lists (each outline's {@code xmlUrl}, at any depth), or null after one
   * problem naming {@code name} when it is not OPML.
   */
  public List<String> opmlFeeds(String name, byte[] bytes, Problems problems) {
    org.w3c.dom.Document doc;
    try {
      doc = SafeXml.parse(bytes);
    } catch (org.xml.sax.SAXException e) {
      problems.skip(name, null, SafeXml.describe(e));
      return null;
    } catch (java.io.IOException e) {
      problems.skip(name, null, "unreadable XML: " + Sink.brief(e));
      return null;
    }
    if (!"opml".equalsIgnoreCase(doc.getDocumentElement().getTagName())) {
      problems.skip(name, null, "not an OPML file");
      return null;
    }
    List<String> out = new ArrayList<>();
    NodeList outlines = doc.getElementsByTagName("outline");
    for (int i = 0; i < outlines.getLength(); i++) {
      String url = ((Element) outlines.item(i)).getAttribute("xmlUrl");
      if (!url.isBlank()) out.add(url.strip());
    }
    return out;
  }

  /**
   * The article in an HTML page, as a document whose source is {@code url}; null after one problem
   * naming the URL when the page has no article text.
   */
  public Document page(String url, byte[] bytes, String headerCharset, Problems problems) {
    List<Document> out = new ArrayList<>(1);
    Sink sink = new Sink(url, problems, out::add);
    String text =
        TextDecoder.decodeReporting(
            bytes, HtmlPages.declaredCharset(bytes, headerCharset), sink, null);
    Document d = html.toDocument(text, url, new Source(null, url, null, -1), Published.UNKNOWN);
    if (d == null) {
      sink.skip(null, "no article text found in the page");
      return null;
    }
    sink.emit(d);
    sink.flush();
    return out.get(0);
  }
}

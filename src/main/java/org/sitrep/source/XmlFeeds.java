package org.sitrep.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.SAXException;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds through Rome; each item a document. The XML is parsed by {@link
 * SafeXml} and Rome only maps the parsed tree, so Rome's own parser settings never matter.
 */
final class XmlFeeds {
  private final FeedItems items;

  XmlFeeds(FeedItems items) {
    this.items = items;
  }

  void read(byte[] bytes, Sink sink) {
    FeedItems.Parsed parsed = items(bytes, sink);
    if (parsed != null) items.emit(parsed.items(), parsed.outlet(), parsed.language(), sink);
  }

  /** The feed's items, or null (with one problem in {@code sink}) when it is not a feed. */
  FeedItems.Parsed items(byte[] bytes, Sink sink) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(parse(bytes, sink));
    } catch (SAXException e) {
      sink.skip(null, SafeXml.describe(e));
      return null;
    } catch (IOException e) {
      sink.skip(null, "unreadable XML: " + Sink.brief(e));
      return null;
    } catch (FeedException | IllegalArgumentException e) {
      sink.skip(null, "not an RSS or Atom feed: " + Sink.brief(e));
      return null;
    }
    String outlet = HtmlPages.blankToNull(feed.getTitle());
    String language =
        feed.getLanguage() == null ? null : feed.getLanguage().toLowerCase(Locale.ROOT);
    List<FeedItems.Item> list = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      list.add(
          new FeedItems.Item(
              e.getTitle(),
              e.getLink(),
              e.getUri(),
              Dates.isoDate(
                  e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
              fullText(e),
              summary(e)));
    }
    return new FeedItems.Parsed(list, outlet, language);
  }

  /**
   * Lets the parser decode by the XML declaration; when that fails on malformed UTF-8, decodes with
   * replacement (and one warning) and parses the text, as the other readers do.
   */
  private static org.w3c.dom.Document parse(byte[] bytes, Sink sink)
      throws SAXException, IOException {
    try {
      return SafeXml.parse(bytes);
    } catch (CharConversionException e) {
      return SafeXml.parse(TextDecoder.decodeReporting(bytes, xmlCharset(bytes), sink, null));
    } catch (SAXException e) {
      // The JDK parser reports bad bytes as a parse error wrapping the decoder's exception.
      if (!(e.getException() instanceof CharConversionException
          || e.getCause() instanceof CharConversionException)) {
        throw e;
      }
      return SafeXml.parse(TextDecoder.decodeReporting(bytes, xmlCharset(bytes), sink, null));
    }
  }

  /** The encoding the XML declaration names, else UTF-8, XML's default. */
  static java.nio.charset.Charset xmlCharset(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^\\s*<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")
            .matcher(head);
    if (m.find()) {
      try {
        return java.nio.charset.Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        // an unknown name: UTF-8, as without one
      }
    }
    return java.nio.charset.StandardCharsets.UTF_8;
  }

  /** content:encoded in RSS, content in Atom. */
  private static FeedItems.Content fullText(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    String type = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() == null || c.getValue().isBlank()) continue;
      if (sb.length() > 0) sb.append('\n');
      sb.append(c.getValue());
      type = type == null ? c.getType() : type;
    }
    return sb.length() == 0 ? null : new FeedItems.Content(sb.toString(), isHtml(type));
  }

  private static FeedItems.Content summary(SyndEntry e) {
    SyndContent d = e.getDescription();
    if (d == null || d.getValue() == null || d.getValue().isBlank()) return null;
    return new FeedItems.Content(d.getValue(), isHtml(d.getType()));
  }

  /** RSS descriptions carry no type and are HTML by custom; Atom says "text" when it is not. */
  private static boolean isHtml(String type) {
    return type == null || !(type.equals("text") || type.equals("text/plain"));
  }
}

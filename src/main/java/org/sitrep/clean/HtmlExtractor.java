package org.sitrep.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.clean.html.Block;
import org.sitrep.clean.html.BlockFilter;
import org.sitrep.clean.html.BlockRenderer;
import org.sitrep.clean.html.ContentLocator;
import org.sitrep.clean.html.ContentScorer;
import org.sitrep.clean.html.PageMetadata;
import org.sitrep.clean.html.TextStats;
import org.sitrep.clean.html.TreeCleaner;

/**
 * Main-text extraction from an HTML page. Two strategies run on the cleaned tree — the container the template names
 * (entry-content, articleBody, article ...) and readability's paragraph scoring — and the longer wins only when it
 * is more than twice as long, since a named container is the more precise of the two; a page where both find little
 * falls back to the page's prose-like blocks. Nothing is fetched and no script runs.
 *
 * <p>Inputs longer than {@link #MAX_HTML_CHARS} are cut to that length before parsing (reported by {@link
 * Result#truncated()}): the article text of real pages sits far before that point, and it bounds time and memory.
 */
public final class HtmlExtractor {
  /** 8 M chars parse in about a second and 300 MB of heap; a larger page is cut to this length. */
  public static final int MAX_HTML_CHARS = 8_000_000;

  /** Below this many characters an extraction is treated as a miss and the whole-page fallback is tried. */
  private static final int MIN_EXTRACTED = 250;

  /** Which strategy produced the body. */
  public enum Strategy {
    NAMED_CONTAINER,
    SCORED_CONTAINER,
    PAGE_BLOCKS,
    NOTHING
  }

  /** The extraction with how it was obtained. */
  public record Result(Extracted extracted, Strategy strategy, boolean truncated) {}

  public Extracted extract(String html, String url) {
    return extractWithReport(html, url).extracted();
  }

  public Result extractWithReport(String html, String url) {
    if (html == null) throw new IllegalArgumentException("html is null");
    boolean truncated = html.length() > MAX_HTML_CHARS;
    String input = truncated ? cut(html) : html;
    Document doc = Jsoup.parse(input, url == null ? "" : url);
    PageMetadata meta = PageMetadata.read(doc, url);
    Element body = doc.body();
    TreeCleaner.removeNonText(body);
    TextStats stats = TextStats.of(body);
    TreeCleaner.removeMinorForms(body, stats);

    List<Element> named = ContentLocator.locate(body, stats);
    TreeCleaner.removeFurniture(body, withAncestors(named));
    stats = TextStats.of(body);
    List<Block> fromNamed = named.isEmpty() ? List.of() : BlockFilter.filter(BlockRenderer.render(attached(named)));
    List<Block> fromScored = BlockFilter.filter(BlockRenderer.render(ContentScorer.locate(body, stats)));

    int lenNamed = BlockFilter.chars(fromNamed), lenScored = BlockFilter.chars(fromScored);
    List<Block> blocks = fromNamed;
    Strategy strategy = Strategy.NAMED_CONTAINER;
    if (lenNamed == 0 || lenScored > 2 * lenNamed) {
      blocks = fromScored;
      strategy = Strategy.SCORED_CONTAINER;
    }
    if (BlockFilter.chars(blocks) < MIN_EXTRACTED) {
      List<Block> page = BlockFilter.proseOnly(BlockRenderer.render(List.of(body)));
      if (BlockFilter.chars(page) > BlockFilter.chars(blocks)) {
        blocks = page;
        strategy = Strategy.PAGE_BLOCKS;
      }
    }
    if (blocks.isEmpty()) strategy = Strategy.NOTHING;

    StringBuilder text = new StringBuilder();
    List<String> headings = new ArrayList<>();
    for (Block b : blocks) {
      if (text.length() > 0) text.append("\n\n");
      text.append(b.text());
      if (b.heading()) headings.add(b.text());
    }
    String bodyText = text.toString();
    String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(bodyText);
    Extracted extracted =
        new Extracted(meta.title(), bodyText, List.copyOf(headings), meta.published(), meta.publishedEvidence(),
            meta.outlet(), language, null);
    return new Result(extracted, strategy, truncated);
  }

  /** Cuts before the limit at the end of a tag, so the parser does not read half a tag as text. */
  private static String cut(String html) {
    int end = html.lastIndexOf('>', MAX_HTML_CHARS - 1);
    return html.substring(0, end > 0 ? end + 1 : MAX_HTML_CHARS);
  }

  private static Set<Element> withAncestors(List<Element> elements) {
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements) for (Element x = e; x != null; x = x.parent()) keep.add(x);
    return keep;
  }

  private static List<Element> attached(List<Element> elements) {
    List<Element> result = new ArrayList<>();
    for (Element e : elements) if (e.ownerDocument() != null) result.add(e);
    return result;
  }
}

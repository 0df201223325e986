package org.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment from a feed item, one paragraph per block element. Feed content is
 * already the article's main text, so it is converted as it is rather than run through the page
 * extractor, whose boilerplate heuristics are made for whole pages.
 */
final class FragmentText {
  record Text(String body, List<String> headings) {}

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "blockquote",
          "pre",
          "section",
          "article",
          "ul",
          "ol",
          "table",
          "tr",
          "br",
          "hr",
          "figure",
          "figcaption",
          "header",
          "footer",
          "dd",
          "dt",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private FragmentText() {}

  static Text of(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, noscript, iframe, img, video, audio, svg, form, button").remove();
    List<String> paras = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) current.append(t.getWholeText());
            else if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(false);
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName()))
              flush(HEADINGS.contains(e.normalName()));
          }

          private void flush(boolean heading) {
            String p = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
            current.setLength(0);
            if (p.isEmpty()) return;
            paras.add(p);
            if (heading) headings.add(p);
          }
        });
    String rest = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    if (!rest.isEmpty()) paras.add(rest);
    return new Text(String.join("\n\n", paras), List.copyOf(headings));
  }

  /**
   * Plain text from a feed: paragraphs are blank-line separated; white space inside them is
   * collapsed.
   */
  static Text ofPlain(String text) {
    List<String> paras = new ArrayList<>();
    for (String p : text.strip().split("\\n\\s*\\n")) {
      String norm = p.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!norm.isEmpty()) paras.add(norm);
    }
    return new Text(String.join("\n\n", paras), List.of());
  }
}

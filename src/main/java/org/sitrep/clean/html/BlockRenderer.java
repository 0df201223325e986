package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders elements as paragraph blocks the way a browser lays them out: block elements break
 * paragraphs, inline elements join without added spaces, whitespace collapses except inside {@code
 * pre}. Iterative, so deep markup cannot overflow the stack.
 */
public final class BlockRenderer implements NodeVisitor {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "ul",
          "html",
          "legend",
          "noscript",
          "search");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean pendingSpace;
  private int chars, linkChars;
  private int linkDepth, preDepth, listDepth;
  private int headingLevel, headingDepth;

  private final Set<Element> marks;
  private int markDepth;

  private BlockRenderer(Set<Element> marks) {
    this.marks = marks;
  }

  /** Blocks of all {@code roots}, in order. */
  public static List<Block> render(List<Element> roots) {
    return render(roots, Set.of());
  }

  /**
   * Blocks of all {@code roots}, in order, flagged {@link Block#marked()} when inside one of {@code
   * marks}.
   */
  public static List<Block> render(List<Element> roots, Set<Element> marks) {
    BlockRenderer r = new BlockRenderer(marks);
    for (Element root : roots) {
      NodeTraversor.traverse(r, root);
      r.flush();
    }
    return r.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      switch (tag) {
        case "br" -> {
          if (text.length() > 0) text.append('\n');
          pendingSpace = false;
        }
        case "a" -> linkDepth++;
        case "pre" -> preDepth++;
        case "td", "th" -> pendingSpace = text.length() > 0;
        case "li", "dd", "dt" -> listDepth++;
        case "img" -> {}
        default -> {}
      }
      if (BLOCK_TAGS.contains(tag)) flush();
      if (!marks.isEmpty() && marks.contains(e)) {
        flush();
        markDepth++;
      }
      if (tag.length() == 2
          && tag.charAt(0) == 'h'
          && tag.charAt(1) >= '1'
          && tag.charAt(1) <= '6') {
        if (headingDepth++ == 0) headingLevel = tag.charAt(1) - '0';
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element e)) return;
    String tag = e.normalName();
    boolean block = BLOCK_TAGS.contains(tag);
    if (block) flush();
    if (!marks.isEmpty() && marks.contains(e)) {
      flush();
      markDepth--;
    }
    switch (tag) {
      case "a" -> linkDepth--;
      case "pre" -> preDepth--;
      case "td", "th" -> pendingSpace = text.length() > 0;
      case "li", "dd", "dt" -> listDepth--;
      default -> {}
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      if (--headingDepth == 0) headingLevel = 0;
    }
  }

  private void appendText(String s) {
    if (preDepth > 0) {
      if (pendingSpace && text.length() > 0) text.append(' ');
      pendingSpace = false;
      text.append(s);
      for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) count();
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' '
          || c == '\n'
          || c == '\t'
          || c == '\r'
          || c == '\f'
          || c == '\u00a0'
          || c == '\u200b') {
        if (c != '\u200b') pendingSpace = true;
        continue;
      }
      if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n')
        text.append(' ');
      pendingSpace = false;
      text.append(c);
      count();
    }
  }

  private void count() {
    chars++;
    if (linkDepth > 0) linkChars++;
  }

  private void flush() {
    if (chars > 0) {
      String s = text.toString().strip();
      if (!s.isEmpty())
        blocks.add(new Block(s, headingLevel, chars, linkChars, listDepth > 0, markDepth > 0));
    }
    text.setLength(0);
    pendingSpace = false;
    chars = 0;
    linkChars = 0;
  }
}

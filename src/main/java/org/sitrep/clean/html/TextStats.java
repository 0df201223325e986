package org.sitrep.clean.html;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Non-space character counts per element, in one pass over the tree: all text, text inside links,
 * and commas. Counting once keeps scoring linear; asking each candidate for its {@code text()}
 * would be quadratic in the nesting depth.
 */
public final class TextStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();
  private static final int[] NONE = new int[3];

  private TextStats() {}

  public static TextStats of(Element root) {
    TextStats stats = new TextStats();
    ArrayDeque<int[]> stack = new ArrayDeque<>();
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              stack.push(new int[3]);
              if (e.normalName().equals("a")) linkDepth[0]++;
            } else if (node instanceof TextNode t && !stack.isEmpty()) {
              int[] c = stack.peek();
              String s = t.getWholeText();
              for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == ',' || ch == '\uff0c' || ch == '\u3001' || ch == '\u060c') c[2]++;
                if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                  c[0]++;
                  if (linkDepth[0] > 0) c[1]++;
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              int[] c = stack.pop();
              stats.counts.put(e, c);
              if (!stack.isEmpty()) {
                int[] parent = stack.peek();
                parent[0] += c[0];
                parent[1] += c[1];
                parent[2] += c[2];
              }
              if (e.normalName().equals("a")) linkDepth[0]--;
            }
          }
        },
        root);
    return stats;
  }

  public int chars(Element e) {
    return counts.getOrDefault(e, NONE)[0];
  }

  public int linkChars(Element e) {
    return counts.getOrDefault(e, NONE)[1];
  }

  public int commas(Element e) {
    return counts.getOrDefault(e, NONE)[2];
  }

  public double linkDensity(Element e) {
    int c = chars(e);
    return c == 0 ? 0 : (double) linkChars(e) / c;
  }
}

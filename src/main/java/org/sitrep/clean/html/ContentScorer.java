package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Readability's scoring, for pages whose template names no container: every paragraph of 25+
 * characters scores 1 + its commas + one point per 100 characters (at most 3), passes that score to
 * its parent, half to its grandparent and less further up; the best-scoring ancestor, discounted by
 * its link density, is the article, together with siblings that score close to it or read like
 * paragraphs.
 */
public final class ContentScorer {
  private static final Set<String> SCORED =
      Set.of("p", "pre", "td", "blockquote", "section", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of(
          "a",
          "blockquote",
          "dl",
          "div",
          "img",
          "ol",
          "p",
          "pre",
          "table",
          "ul",
          "section",
          "article",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "form",
          "li");
  private static final int MIN_PARAGRAPH = 25;
  private static final int LEVELS = 5;

  private ContentScorer() {}

  /** The article's elements in document order; empty when no paragraph scored. */
  public static List<Element> locate(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (!isParagraph(e)) continue;
      int len = stats.chars(e);
      if (len < MIN_PARAGRAPH) continue;
      double score = 1 + stats.commas(e) + Math.min(len / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0;
          level < LEVELS && ancestor != null && ancestor != body.parent();
          level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(
            ancestor, initial(ancestor) + score / divider, (old, add) -> old + score / divider);
        ancestor = ancestor.parent();
      }
    }
    if (scores.isEmpty()) return List.of();
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (var entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = entry.getKey();
      }
    }
    top = climb(top, scores, body);
    return withSiblings(top, scores, stats);
  }

  private static boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (SCORED.contains(tag)) return true;
    if (!tag.equals("div") && !tag.equals("span") && !tag.equals("font") && !tag.equals("center"))
      return false;
    for (Element child : e.children())
      if (BLOCK_CHILDREN.contains(child.normalName())) return false;
    return e.parent() != null && (!tag.equals("span") || e.parent().normalName().equals("div"));
  }

  private static double initial(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + ClassHints.weight(e);
  }

  /**
   * Readability's walk up: a parent that scores higher than its child's share is the better
   * container.
   */
  private static Element climb(Element top, Map<Element, Double> scores, Element body) {
    double last = scores.get(top);
    double threshold = last / 3;
    for (Element parent = top.parent();
        parent != null && parent != body;
        parent = parent.parent()) {
      Double s = scores.get(parent);
      if (s == null) continue;
      if (s < threshold) break;
      if (s > last) {
        top = parent;
        break;
      }
      last = s;
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1)
      top = top.parent();
    return top;
  }

  private static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> result = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        result.add(top);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        result.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int len = stats.chars(sibling);
        double density = stats.linkDensity(sibling);
        String text = len > 0 && len < 80 ? sibling.text() : "";
        if (len >= 80 && density < 0.25) result.add(sibling);
        else if (len > 0 && len < 80 && density == 0 && text.matches("(?s).*[.!?:\u3002]\\s*$"))
          result.add(sibling);
      }
    }
    return result;
  }
}

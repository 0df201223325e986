package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text: code, media, form controls, hidden parts, and page furniture
 * by name.
 */
public final class TreeCleaner {
  /** Elements removed with their content wherever they are. */
  static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "canvas",
          "video",
          "audio",
          "source",
          "track",
          "picture",
          "map",
          "area",
          "button",
          "input",
          "select",
          "option",
          "optgroup",
          "textarea",
          "label",
          "fieldset",
          "legend",
          "datalist",
          "output",
          "progress",
          "meter",
          "dialog",
          "menu",
          "menuitem",
          "nav",
          "aside",
          "footer",
          "link",
          "meta",
          "head",
          "noindex",
          "marquee",
          "blink",
          "ins",
          "figure",
          "figcaption",
          "time",
          "base",
          "title",
          "img",
          "image");

  /**
   * Elements that the furniture-name rule may remove: boxes, lists and spans, never the article,
   * the main element or the body. Headings and inline markup stay, since their names are anchors
   * and styles ("nav_section_2", "tooltip") more often than roles.
   */
  private static final Set<String> PRUNABLE =
      Set.of(
          "div", "section", "ul", "ol", "li", "p", "span", "header", "table", "dl", "form",
          "center", "address", "details");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private TreeCleaner() {}

  /**
   * In the lenient pass only what cannot be text goes: layout regions, hidden parts and {@code
   * noscript} stay, the last because script-rendered pages put their only static copy of the
   * article there.
   */
  static final Set<String> NEVER_TEXT_LENIENT =
      Set.of(
          "script",
          "style",
          "template",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "canvas",
          "video",
          "audio",
          "source",
          "track",
          "picture",
          "map",
          "area",
          "button",
          "input",
          "select",
          "option",
          "optgroup",
          "textarea",
          "label",
          "fieldset",
          "legend",
          "datalist",
          "output",
          "progress",
          "meter",
          "link",
          "meta",
          "head",
          "base",
          "title",
          "img",
          "image",
          "nav");

  /**
   * Removes tags that never hold article text and comment nodes; when {@code strict}, also layout
   * regions (nav, aside, footer, figures) and hidden elements.
   */
  public static void removeNonText(Element root, boolean strict) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Comment) doomed.add(node);
            else if (node instanceof Element e
                && node != root
                && (strict ? isNonText(e) : NEVER_TEXT_LENIENT.contains(e.normalName())))
              doomed.add(node);
          }

          @Override
          public void tail(Node node, int depth) {}
        },
        root);
    removeAll(doomed);
  }

  private static boolean isNonText(Element e) {
    if (NEVER_TEXT.contains(e.normalName())) return true;
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) return true;
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /**
   * Removes elements whose names mark them as furniture, except {@code keep} elements and their
   * ancestors, so that a located article container is never cut out because a wrapper is called
   * "page-with-sidebar".
   */
  public static void removeFurniture(Element root, Set<Element> keep) {
    removeFurniture(root, keep, true);
  }

  /**
   * As {@link #removeFurniture(Element, Set)}; with {@code all} false only the strong kinds
   * (comments, sharing).
   */
  public static void removeFurniture(Element root, Set<Element> keep, boolean all) {
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e
                && node != root
                && PRUNABLE.contains(e.normalName())
                && !keep.contains(e)
                && (all ? ClassHints.isFurniture(e) : ClassHints.isStrongFurniture(e)))
              doomed.add(e);
          }

          @Override
          public void tail(Node node, int depth) {}
        },
        root);
    removeAll(doomed);
  }

  /**
   * Removes search boxes, newsletter and comment forms; keeps a form that wraps most of the page,
   * as ASP.NET templates wrap the whole page in one.
   */
  public static void removeMinorForms(Element body, TextStats stats) {
    int total = stats.chars(body);
    List<Element> doomed = new ArrayList<>();
    for (Element form : body.getElementsByTag("form"))
      if (stats.chars(form) < total * 0.5) doomed.add(form);
    removeAll(doomed);
  }

  /**
   * Removes nodes in one pass per parent. jsoup re-indexes the remaining siblings on every single
   * removal, so removing k of n siblings one by one costs k·n: 200,000 sibling images took 5
   * minutes that way.
   */
  static void removeAll(List<? extends Node> doomed) {
    Map<Node, Set<Node>> byParent = new IdentityHashMap<>();
    Set<Node> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(doomed);
    for (Node n : doomed) {
      Node parent = n.parentNode();
      // a node inside a removed node leaves with it
      if (parent != null && !all.contains(parent))
        byParent
            .computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(n);
    }
    for (var entry : byParent.entrySet()) {
      Set<Node> gone = entry.getValue();
      if (gone.size() <= 8 || !(entry.getKey() instanceof Element parent)) {
        for (Node n : gone) n.remove();
        continue;
      }
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) if (!gone.contains(child)) kept.add(child);
      parent.empty();
      parent.appendChildren(kept);
    }
  }
}

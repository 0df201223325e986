package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article's container by what the template calls it: an element named as article text
 * (entry-content, itemprop=articleBody ...), else the {@code article} element, else a main/content
 * area. Returns the first match and its like-named siblings, since some templates split the text
 * into several boxes around advertisements.
 */
public final class ContentLocator {
  private static final int MIN_CHARS = 100;
  private static final int MAX_MATCHES = 1000;
  private static final int MAX_CONTAINERS = 50;

  private ContentLocator() {}

  /**
   * The container(s) in document order, or an empty list when the template names none with enough
   * text.
   */
  public static List<Element> locate(Element body, TextStats stats) {
    List<List<Element>> byRank = new ArrayList<>();
    for (int i = 0; i <= ClassHints.MAIN_ELEMENT; i++) byRank.add(new ArrayList<>());
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean boxy =
          tag.equals("div") || tag.equals("article") || tag.equals("section") || tag.equals("main");
      if (!boxy || stats.chars(e) < MIN_CHARS) continue;
      byRank.get(ClassHints.contentRank(e)).add(e);
    }
    for (int rank = 1; rank <= ClassHints.MAIN_ELEMENT; rank++) {
      List<Element> found = byRank.get(rank);
      if (found.isEmpty()) continue;
      return rank == ClassHints.ARTICLE_ELEMENT
          ? largestWithSiblings(found, stats)
          : withSiblings(found);
    }
    return List.of();
  }

  /**
   * The first match plus later matches that are its siblings or carry the same class (one text box
   * per page-builder module); matches nested in a taken one are inside it already.
   */
  private static List<Element> withSiblings(List<Element> matches) {
    Element first = matches.get(0);
    List<Element> result = new ArrayList<>();
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    result.add(first);
    taken.add(first);
    // bounded, so that a page naming thousands of nested boxes alike costs no more than a real one
    for (int i = 1; i < matches.size() && i < MAX_MATCHES && result.size() < MAX_CONTAINERS; i++) {
      Element m = matches.get(i);
      boolean sameBox =
          m.parent() == first.parent()
              || (!first.className().isEmpty() && m.className().equals(first.className()));
      if (sameBox && !insideTaken(m, taken)) {
        result.add(m);
        taken.add(m);
      }
    }
    return result;
  }

  /**
   * Matches come in document order, so a later match can be inside a taken one but never around it.
   */
  private static boolean insideTaken(Element e, Set<Element> taken) {
    for (Element x = e.parent(); x != null; x = x.parent()) if (taken.contains(x)) return true;
    return false;
  }

  /**
   * The largest article plus the articles beside it (same parent or same grandparent): recipes,
   * reviews and CMS content elements split one text into several.
   */
  private static List<Element> largestWithSiblings(List<Element> articles, TextStats stats) {
    Element best = largest(articles, stats);
    List<Element> result = new ArrayList<>();
    for (Element a : articles)
      if (a == best
          || a.parent() == best.parent()
          || (grandparent(a) != null && grandparent(a) == grandparent(best))) result.add(a);
    return result;
  }

  private static Element grandparent(Element e) {
    return e.parent() == null ? null : e.parent().parent();
  }

  private static Element largest(List<Element> candidates, TextStats stats) {
    Element best = candidates.get(0);
    for (Element e : candidates) if (stats.chars(e) > stats.chars(best) * 1.5) best = e;
    return best;
  }

  /**
   * The article around a named container, when the container is the text body inside an {@code
   * article} (or a story-named element) a few levels up: its lead paragraph often sits beside the
   * body, in the article header.
   */
  public static Element articleAround(Element container) {
    Element e = container.parent();
    for (int level = 0;
        level < 4 && e != null && !e.normalName().equals("body");
        level++, e = e.parent()) {
      int rank = ClassHints.contentRank(e);
      if (rank == ClassHints.ARTICLE_ELEMENT || rank == ClassHints.STORY_NAME) return e;
    }
    return null;
  }
}

package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the article's container by what the template calls it: an element named as article text (entry-content,
 * itemprop=articleBody ...), else the {@code article} element, else a main/content area. Returns the first match and
 * its like-named siblings, since some templates split the text into several boxes around advertisements.
 */
public final class ContentLocator {
  private static final int MIN_CHARS = 100;

  private ContentLocator() {}

  /** The container(s) in document order, or an empty list when the template names none with enough text. */
  public static List<Element> locate(Element body, TextStats stats) {
    List<Element> named = new ArrayList<>();
    List<Element> articles = new ArrayList<>();
    List<Element> mains = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean boxy = tag.equals("div") || tag.equals("article") || tag.equals("section") || tag.equals("main");
      if (!boxy || stats.chars(e) < MIN_CHARS) continue;
      if (ClassHints.isContent(e)) named.add(e);
      else if (tag.equals("article")) articles.add(e);
      else if (tag.equals("main") || e.attr("role").equals("main") || isMainName(e)) mains.add(e);
    }
    if (!named.isEmpty()) return withSiblings(named);
    if (!articles.isEmpty()) return List.of(largest(articles, stats));
    if (!mains.isEmpty()) return List.of(mains.get(0));
    return List.of();
  }

  private static boolean isMainName(Element e) {
    String id = e.id().toLowerCase(java.util.Locale.ROOT);
    String cls = e.className().toLowerCase(java.util.Locale.ROOT);
    return id.equals("content") || cls.equals("content") || id.equals("main") || cls.equals("main")
        || id.startsWith("main-") || id.equals("story") || cls.equals("story") || id.equals("article")
        || cls.equals("post") || cls.equals("entry") || cls.equals("text") || id.startsWith("primary");
  }

  /** The first match plus later matches that are its siblings; nested matches are inside the first already. */
  private static List<Element> withSiblings(List<Element> matches) {
    Element first = matches.get(0);
    List<Element> result = new ArrayList<>();
    result.add(first);
    for (int i = 1; i < matches.size(); i++) {
      Element m = matches.get(i);
      if (m.parent() == first.parent() && m != first) result.add(m);
    }
    return result;
  }

  private static Element largest(List<Element> candidates, TextStats stats) {
    Element best = candidates.get(0);
    for (Element e : candidates) if (stats.chars(e) > stats.chars(best) * 1.5) best = e;
    return best;
  }
}

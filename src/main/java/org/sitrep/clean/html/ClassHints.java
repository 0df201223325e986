package org.sitrep.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the {@code class}, {@code id} and {@code role} attributes say about an element. Page templates name their
 * parts (entry-content, sidebar, share-bar, comments) far more reliably than text statistics can guess them, so these
 * names are the first signal; matching is by substring because names are compounded ("post-sidebar-widget").
 */
public final class ClassHints {
  /** Names of page furniture: navigation, sharing, promotion, metadata lines, consent banners. */
  private static final String[] FURNITURE = {
    "footer", "related", "viral", "share", "sharing", "social", "sociable", "syndication", "newsletter", "subnav",
    "cookie", "consent", "gdpr", "tags", "tag-list", "taglist", "sidebar", "banner", "navbar", "toolbar", "topbar",
    "menu", "navigation", "navbox", "breadcrumb", "bread-crumb", "author", "byline", "button", "rating", "widget",
    "attachment", "timestamp", "dateline", "user-info", "user-profile", "-ad-", "-ads-", "advert", "adsense",
    "sponsor", "outbrain", "taboola", "criteo", "modal", "popup", "paywall", "subscribe", "signup", "sign-up",
    "login", "pagination", "pager", "side-stories", "related-stories", "most-popular", "mostpopular", "most-read",
    "recommend", "lightbox", "slideshow", "slider", "carousel", "skip-link", "skiplink", "sr-only", "screen-reader",
    "visually-hidden", "visuallyhidden", "noprint", "print-only", "disqus", "promo", "teaser", "caption",
    "credit", "post-meta", "entry-meta", "article-meta", "meta-data", "metadata", "postmeta", "entry-footer",
    "post-footer", "article-footer", "author-bio", "about-author", "comment", "respond", "reply", "akismet",
    "next-post", "prev-post", "previous-post", "post-nav", "post-navigation", "readmore", "read-more", "more-stories",
    "more-articles", "also-read", "read-also", "trending", "infobox-share", "print", "donate", "ad-container",
    "adwrap", "ad-wrap", "ad-slot", "adslot", "ad-unit", "adunit", "masthead", "overlay", "notice", "alert",
    "disclaimer", "copyright", "headline-list", "article-list", "post-list", "list-articles", "tooltip",
  };

  /** Whole class tokens or ids that mean furniture but are too short to match inside other names. */
  private static final Set<String> FURNITURE_TOKENS =
      Set.of("nav", "ad", "ads", "meta", "tag", "tags", "bar", "share", "social", "date", "time", "author", "hide",
          "print", "sidebar", "aside", "cat", "categories", "category", "info", "links", "breadcrumbs", "top", "bottom",
          "adv", "werbung", "anzeige", "pub", "date-time", "navi", "submenu", "thumbnails", "hidden", "is-hidden",
          "d-none", "invisible");

  /** Names that mark the article's own text; they protect an element from the furniture rule. */
  private static final String[] CONTENT = {
    "articlebody", "article-body", "article_body", "article__body", "article-content", "article_content",
    "article__content", "articlecontent", "article-text", "articletext", "article_text", "entry-content",
    "entry_content", "entrycontent", "post-content", "post_content", "postcontent", "post-body", "post_body",
    "postbody", "post-text", "post_text", "posttext", "post-entry", "postentry", "story-body", "storybody",
    "story-content", "storycontent", "body-text", "bodytext", "text-content", "main-content", "main_content",
    "maincontent", "content-main", "content_main", "content-body", "contentbody", "content__body", "page-content",
    "single-content", "blog-content", "art-content", "field-body", "fulltext", "full-text", "rich-text", "richtext",
    "article-main", "news-content", "news-text", "newstext", "td-post-content", "the-content", "mw-parser-output",
  };

  private static final Pattern READABILITY_NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
              + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
              + "|byline|author|dateline|writtenby|nav|menu|social|subscribe|newsletter|cookie|teaser|popular");
  private static final Pattern READABILITY_POSITIVE =
      Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");

  private ClassHints() {}

  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return "";
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** True when the element's names say it is page furniture and nothing says it holds the article. */
  public static boolean isFurniture(Element e) {
    String names = names(e);
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
        || role.equals("complementary") || role.equals("dialog") || role.equals("alert")) return true;
    if (names.isEmpty()) return false;
    if (isContent(names)) return false;
    for (String token : names.split("[\\s_]+")) if (FURNITURE_TOKENS.contains(token)) return true;
    for (String f : FURNITURE) if (names.contains(f)) return true;
    return false;
  }

  public static boolean isContent(Element e) {
    String names = names(e);
    return !names.isEmpty() && isContent(names) || e.attr("itemprop").equals("articleBody");
  }

  private static boolean isContent(String names) {
    for (String c : CONTENT) if (names.contains(c)) return true;
    return false;
  }

  /** Readability's class weight: -25 for furniture-like names, +25 for content-like names. */
  public static int weight(Element e) {
    String names = names(e);
    if (names.isEmpty()) return 0;
    int w = 0;
    if (READABILITY_NEGATIVE.matcher(names).find()) w -= 25;
    if (READABILITY_POSITIVE.matcher(names).find()) w += 25;
    return w;
  }
}

package org.sitrep.clean.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the {@code class}, {@code id} and {@code role} attributes say about an element. Page
 * templates name their parts (entry-content, sidebar, share-bar, comments) far more reliably than
 * text statistics can guess them, so these names are the first signal; matching is by substring
 * because names are compounded ("post-sidebar-widget").
 */
public final class ClassHints {
  /** Names of page furniture: navigation, sharing, promotion, metadata lines, consent banners. */
  private static final String[] FURNITURE = {
    "footer",
    "related",
    "viral",
    "share",
    "sharing",
    "social",
    "sociable",
    "syndication",
    "newsletter",
    "subnav",
    "cookie",
    "consent",
    "gdpr",
    "tags",
    "tag-list",
    "taglist",
    "sidebar",
    "banner",
    "navbar",
    "toolbar",
    "topbar",
    "menu",
    "navigation",
    "navbox",
    "breadcrumb",
    "bread-crumb",
    "author",
    "byline",
    "button",
    "rating",
    "widget",
    "attachment",
    "timestamp",
    "user-info",
    "user-profile",
    "-ad-",
    "-ads-",
    "advert",
    "adsense",
    "sponsor",
    "outbrain",
    "taboola",
    "criteo",
    "modal",
    "popup",
    "paywall",
    "subscribe",
    "signup",
    "sign-up",
    "login",
    "pagination",
    "pager",
    "side-stories",
    "related-stories",
    "most-popular",
    "mostpopular",
    "most-read",
    "recommend",
    "lightbox",
    "slideshow",
    "slider",
    "carousel",
    "skip-link",
    "skiplink",
    "sr-only",
    "screen-reader",
    "visually-hidden",
    "visuallyhidden",
    "noprint",
    "print-only",
    "disqus",
    "promo",
    "caption",
    "credit",
    "post-meta",
    "entry-meta",
    "article-meta",
    "meta-data",
    "metadata",
    "postmeta",
    "entry-footer",
    "post-footer",
    "article-footer",
    "author-bio",
    "about-author",
    "comment",
    "respond",
    "reply",
    "akismet",
    "next-post",
    "prev-post",
    "previous-post",
    "post-nav",
    "post-navigation",
    "readmore",
    "read-more",
    "more-stories",
    "more-articles",
    "also-read",
    "read-also",
    "trending",
    "infobox-share",
    "print",
    "donate",
    "ad-container",
    "adwrap",
    "ad-wrap",
    "ad-slot",
    "adslot",
    "ad-unit",
    "adunit",
    "masthead",
    "overlay",
    "notice",
    "alert",
    "disclaimer",
    "copyright",
    "headline-list",
    "article-list",
    "post-list",
    "list-articles",
    "tooltip",
  };

  /**
   * Furniture that even the lenient pass removes: comment threads, which no template names its
   * article after.
   */
  private static final String[] STRONG_FURNITURE = {
    "comment", "respond", "reply", "disqus",
  };

  /**
   * Whole class tokens or ids that mean furniture but are too short to match inside other names.
   */
  private static final Set<String> FURNITURE_TOKENS =
      Set.of(
          "nav",
          "ad",
          "ads",
          "meta",
          "tag",
          "tags",
          "bar",
          "share",
          "social",
          "date",
          "time",
          "author",
          "hide",
          "print",
          "sidebar",
          "aside",
          "cat",
          "categories",
          "category",
          "info",
          "links",
          "breadcrumbs",
          "top",
          "bottom",
          "adv",
          "werbung",
          "anzeige",
          "pub",
          "date-time",
          "navi",
          "submenu",
          "thumbnails",
          "hidden",
          "is-hidden",
          "d-none",
          "invisible");

  /**
   * Names that mark the article's own text, most specific first; they also protect from the
   * furniture rule.
   */
  private static final String[] ARTICLE_TEXT = {
    "articlebody",
    "article-body",
    "article_body",
    "article__body",
    "article-content",
    "article_content",
    "article__content",
    "articlecontent",
    "article-text",
    "articletext",
    "article_text",
    "entry-content",
    "entry_content",
    "entrycontent",
    "post-content",
    "post_content",
    "postcontent",
    "post-body",
    "post_body",
    "postbody",
    "post-text",
    "post_text",
    "posttext",
    "post-entry",
    "postentry",
    "post_inner_wrapper",
    "story-body",
    "storybody",
    "body-text",
    "bodytext",
    "text-content",
    "art-content",
    "field-body",
    "td-post-content",
    "article__container",
    "page-content",
  };

  private static final String[] STORY = {
    "story-content",
    "storycontent",
    "single-content",
    "single-post",
    "blog-content",
    "section-content",
    "theme-content",
    "fulltext",
    "full-text",
    "news-content",
    "news-text",
    "newstext",
    "mw-parser-output",
    "post-bodycopy",
    "art-postcontent",
    "wpb_text_column",
    "rich-text",
    "richtext",
  };

  private static final String[] MAIN_AREA = {
    "main-content",
    "main_content",
    "maincontent",
    "content-main",
    "content_main",
    "content-body",
    "contentbody",
    "content__body",
    "content_body",
  };

  private static final Pattern READABILITY_NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
              + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
              + "|byline|author|writtenby|nav|menu|social|subscribe|newsletter|cookie|teaser|popular");
  private static final Pattern READABILITY_POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");

  /**
   * Templates repeat the same class strings on every item, so decisions are cached; cleared when it
   * grows large.
   */
  private static final Map<String, Boolean> FURNITURE_CACHE = new BoundedCache<>();

  private static final Map<String, Integer> WEIGHT_CACHE = new BoundedCache<>();

  private static final Map<String, Integer> RANK_CACHE = new BoundedCache<>();

  private static final Map<String, Boolean> STRONG_CACHE = new BoundedCache<>();

  private ClassHints() {}

  /**
   * A concurrent map that empties itself past 20,000 entries, enough for the class names of many
   * templates.
   */
  private static final class BoundedCache<V> extends ConcurrentHashMap<String, V> {
    @Override
    public V computeIfAbsent(
        String key, java.util.function.Function<? super String, ? extends V> f) {
      V v = get(key);
      if (v != null) return v;
      if (size() > 20_000) clear();
      v = f.apply(key);
      put(key, v);
      return v;
    }
  }

  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return "";
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /**
   * True when the element's names say it is page furniture. Content names do not veto:
   * "article-body-related" is furniture; the located container itself is protected by the caller
   * instead.
   */
  public static boolean isFurniture(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation")
        || role.equals("banner")
        || role.equals("contentinfo")
        || role.equals("complementary")
        || role.equals("dialog")
        || role.equals("alert")) return true;
    String names = names(e);
    if (names.isEmpty()) return false;
    return FURNITURE_CACHE.computeIfAbsent(names, ClassHints::furnitureNames);
  }

  private static boolean furnitureNames(String names) {
    if (isContent(names)) return false;
    for (String token : names.split("[\\s_]+")) if (FURNITURE_TOKENS.contains(token)) return true;
    for (String f : FURNITURE) if (names.contains(f)) return true;
    return false;
  }

  /** True for comment threads and forms. */
  public static boolean isStrongFurniture(Element e) {
    String names = names(e);
    if (names.isEmpty()) return false;
    return STRONG_CACHE.computeIfAbsent(
        names,
        n -> {
          for (String f : STRONG_FURNITURE) if (n.contains(f)) return true;
          return false;
        });
  }

  public static boolean isContent(Element e) {
    return contentRank(e) > 0
        && contentRank(e) != ARTICLE_ELEMENT
        && contentRank(e) != MAIN_ELEMENT;
  }

  /**
   * Rank of an article-text name (itemprop=articleBody, entry-content ...): the most specific
   * container.
   */
  public static final int ARTICLE_TEXT_NAME = 1;

  /** Rank of the {@code article} element. */
  public static final int ARTICLE_ELEMENT = 2;

  /** Rank of a story name (story-content, single-post, id=article, class=text ...). */
  public static final int STORY_NAME = 3;

  /** Rank of a main-area name (main-content, content-body, id=content). */
  public static final int MAIN_AREA_NAME = 4;

  /** Rank of the {@code main} element, role=main or a name starting with "main". */
  public static final int MAIN_ELEMENT = 5;

  /**
   * How specifically the element is named as the article's container: 1 (most) to 5, or 0 when not
   * at all.
   */
  public static int contentRank(Element e) {
    String names = names(e);
    if (e.attr("itemprop").equals("articleBody")) return ARTICLE_TEXT_NAME;
    if (!names.isEmpty()) {
      int rank = RANK_CACHE.computeIfAbsent(names, ClassHints::rankByName);
      if (rank > 0) return rank;
    }
    String tag = e.normalName();
    if (tag.equals("article") || e.attr("role").equals("article")) return ARTICLE_ELEMENT;
    String cls = e.className().toLowerCase(Locale.ROOT), id = e.id().toLowerCase(Locale.ROOT);
    if (id.equals("article")
        || id.equals("story")
        || cls.equals("story")
        || cls.equals("text")
        || cls.equals("post")
        || cls.equals("entry")
        || cls.equals("postarea")
        || cls.startsWith("article ")) return STORY_NAME;
    if (id.equals("content") || cls.equals("content")) return MAIN_AREA_NAME;
    if (tag.equals("main")
        || e.attr("role").equals("main")
        || cls.startsWith("main")
        || id.startsWith("main")
        || id.startsWith("primary")) return MAIN_ELEMENT;
    return 0;
  }

  private static int rankByName(String names) {
    for (String c : ARTICLE_TEXT) if (names.contains(c)) return ARTICLE_TEXT_NAME;
    for (String c : STORY) if (names.contains(c)) return STORY_NAME;
    for (String c : MAIN_AREA) if (names.contains(c)) return MAIN_AREA_NAME;
    return 0;
  }

  private static boolean isContent(String names) {
    int rank = rankByName(names);
    return rank > 0;
  }

  /** Readability's class weight: -25 for furniture-like names, +25 for content-like names. */
  public static int weight(Element e) {
    String names = names(e);
    if (names.isEmpty()) return 0;
    return WEIGHT_CACHE.computeIfAbsent(names, ClassHints::weight);
  }

  private static int weight(String names) {
    int w = 0;
    if (READABILITY_NEGATIVE.matcher(names).find()) w -= 25;
    if (READABILITY_POSITIVE.matcher(names).find()) w += 25;
    return w;
  }
}

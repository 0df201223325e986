package org.sitrep.clean.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, publication date, outlet and declared language of a parsed page, read before the tree is
 * cleaned. Each date carries the place it came from, because a date read from a URL or a stray
 * {@code time} element deserves less trust than one the publisher declared.
 */
public record PageMetadata(
    String title, String published, String publishedEvidence, String outlet, String language) {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|_|\\.|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\u2013\u2014\\-:\u00b7\u2022\u00bb/]+\\s+");
  private static final String[] DATE_METAS = {
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
    "citation_date",
    "citation_publication_date",
    "originalpublicationdate"
  };

  public static PageMetadata read(Document doc, String url) {
    JsonLd ld = JsonLd.of(doc);
    String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.publisherName(), host(url));
    String title = title(doc, outlet);
    String[] date = date(doc, ld, url);
    return new PageMetadata(
        title, date[0], date[1], outlet == null ? null : outlet.strip(), language(doc));
  }

  static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = m.attr("content").strip();
        if (!c.isEmpty()) return c;
      }
    }
    return null;
  }

  private static String title(Document doc, String outlet) {
    String og = meta(doc, "og:title");
    if (og != null) return stripSite(og, outlet);
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
    String t = doc.title();
    return t.isBlank() ? null : stripSite(t.strip(), outlet);
  }

  /**
   * "Story title | Outlet" to "Story title": drops segments naming the outlet, else keeps the
   * longest segment.
   */
  static String stripSite(String title, String outlet) {
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) return title;
    List<String> kept = new ArrayList<>();
    String site = outlet == null ? "" : outlet.toLowerCase(Locale.ROOT).replaceAll("\\.\\w+$", "");
    for (String p : parts) {
      String lower = p.toLowerCase(Locale.ROOT);
      if (!site.isEmpty() && (lower.contains(site) || site.contains(lower.replace(" ", ""))))
        continue;
      kept.add(p);
    }
    if (kept.size() == 1) return kept.get(0);
    if (kept.isEmpty()) return title;
    // without a known site name only the last segment is dropped, and only when it is short like a
    // brand
    String last = parts[parts.length - 1];
    if (last.split("\\s+").length <= 3 && parts[0].split("\\s+").length >= 3)
      return title
          .substring(0, title.lastIndexOf(last))
          .replaceAll("\\s*[|\u2013\u2014\\-:\u00b7\u2022\u00bb/]+\\s*$", "");
    return title;
  }

  /** {iso date, evidence}, or nulls. */
  private static String[] date(Document doc, JsonLd ld, String url) {
    for (String key : DATE_METAS) {
      String v = meta(doc, key);
      String iso = isoDate(v);
      if (iso != null) return new String[] {iso, "meta " + key + "=" + v};
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      String v = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
      String iso = isoDate(v);
      if (iso != null) return new String[] {iso, "itemprop datePublished=" + v};
    }
    String v = ld.first("datePublished");
    String iso = isoDate(v);
    if (iso != null) return new String[] {iso, "JSON-LD datePublished=" + v};
    Element time = firstTime(doc);
    if (time != null && (iso = isoDate(time.attr("datetime"))) != null)
      return new String[] {iso, "time datetime=" + time.attr("datetime")};
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      while (m.find()) {
        int g = m.group(1) != null ? 1 : 4;
        String d = valid(m.group(g), m.group(g + 1), m.group(g + 2));
        if (d != null) return new String[] {d, "URL " + m.group().replaceAll("^[/_-]|[/_.-]$", "")};
      }
    }
    return new String[] {null, null};
  }

  /**
   * The {@code time} element most likely to date the article: one marked pubdate, else one inside
   * an {@code article}, else the first. Walked by hand, since a descendant selector costs the
   * page's depth per element.
   */
  private static Element firstTime(Document doc) {
    Element first = null, inArticle = null;
    for (Element t : doc.getElementsByTag("time")) {
      if (!t.hasAttr("datetime")) continue;
      if (t.hasAttr("pubdate")) return t;
      if (first == null) first = t;
      if (inArticle == null) {
        Element a = t.parent();
        for (int i = 0; i < 30 && a != null && !a.normalName().equals("article"); i++)
          a = a.parent();
        if (a != null && a.normalName().equals("article")) inArticle = t;
      }
    }
    return inArticle != null ? inArticle : first;
  }

  static String isoDate(String value) {
    if (value == null) return null;
    Matcher m = ISO_DATE.matcher(value);
    return m.find() ? valid(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static String valid(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() < 1990 || date.getYear() > 2100 ? null : date.toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank() && html != null) lang = html.attr("xml:lang");
    if (lang.isBlank()) {
      for (Element m : doc.getElementsByTag("meta"))
        if (m.attr("http-equiv").equalsIgnoreCase("content-language")) lang = m.attr("content");
    }
    if (lang.isBlank()) return null;
    String primary = lang.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }
}

package org.sitrep.clean.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.clean.date.PublicationDate;
import org.sitrep.model.Published;

/**
 * Title, publication date, outlet and declared language of a parsed page, read before the tree is
 * cleaned. The date is read by {@link PublicationDate}, with how it was found and its evidence.
 */
public record PageMetadata(String title, Published date, String outlet, String language) {
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\u2013\u2014\\-:\u00b7\u2022\u00bb/]+\\s+");

  public static PageMetadata read(Document doc, String url) {
    JsonLd ld = JsonLd.of(doc);
    String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.publisherName(), host(url));
    String title = title(doc, outlet);
    Published date = PublicationDate.read(doc, url, PublicationDate.latestNow());
    return new PageMetadata(title, date, outlet == null ? null : outlet.strip(), language(doc));
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

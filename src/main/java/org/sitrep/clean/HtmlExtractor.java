package org.sitrep.clean;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Main-text extraction from an HTML page. */
public final class HtmlExtractor {
  public Extracted extract(String html, String url) {
    var doc = Jsoup.parse(html, url == null ? "" : url);
    Element body = doc.body();
    return new Extracted(doc.title(), body == null ? "" : body.text(), List.of(), null, null, null, null, null);
  }
}

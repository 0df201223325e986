package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String ARTICLE_TEXT =
      "<p>The German brigade in Lithuania will grow to about 4,800 soldiers by 2027, the defence ministry said on"
          + " Monday, adding that 200 civilians would join them.</p>"
          + "<p>“We are here to stay,” the minister told reporters in Vilnius — a pledge that NATO allies on the"
          + " eastern flank have long asked for, and one that Berlin has now put into a budget.</p>"
          + "<h2>Barracks and training grounds</h2>"
          + "<p>Lithuania is building barracks, schools and a training area near Rūdninkai, where the first units"
          + " are expected to move in next year, according to the Lithuanian defence ministry.</p>";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static final String FURNITURE =
      "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies</div>"
          + "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
          + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet this story</a></div>";
  private static final String AFTER =
      "<div class=\"newsletter-signup\">Sign up for our daily briefing newsletter and never miss a story.</div>"
          + "<section class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/a\">Another story about the"
          + " brigade</a></li><li><a href=\"/b\">Minister visits the troops</a></li></ul></section>"
          + "<div id=\"comments\"><div class=\"comment\">Great article, thanks for writing it!</div></div>"
          + "<footer>© 2024 The Daily Example. All rights reserved. Imprint. Privacy policy.</footer>";

  @Test
  void keepsListsAndTablesOfTheArticle() {
    String html =
        page(
            "<title>Standings | The Daily Example</title>",
            FURNITURE
                + "<article><h1>Standings after the weekend</h1><div class=\"article-body\">"
                + ARTICLE_TEXT
                + "<p>The clubs that qualified for the next round on Saturday are listed below, with"
                + " their points after three matches.</p>"
                + "<ul><li>Bayern Munich</li><li>Borussia Dortmund</li><li>RB Leipzig</li></ul>"
                + "<table><tr><th>Team</th><th>P</th><th>Pts</th></tr>"
                + "<tr><td>Chelsea</td><td>3</td><td>7</td></tr>"
                + "<tr><td>Arsenal</td><td>3</td><td>6</td></tr></table>"
                + "<p>The draw for the next round takes place in Nyon on Monday, officials said.</p>"
                + "</div></article>"
                + AFTER);
    String body = extractor.extract(html, "https://www.example.com/2024/05/06/standings").body();
    for (String kept :
        List.of("Bayern Munich", "Borussia Dortmund", "RB Leipzig", "Chelsea", "Arsenal"))
      assertTrue(body.contains(kept), kept + " lost from: " + body);
    assertFalse(body.contains("Another story"), body);
  }

  @Test
  void keepsArticleTextAndDropsFurniture() {
    String html =
        page(
            "<title>Brigade to grow | The Daily Example</title>",
            FURNITURE
                + "<article><h1>Brigade to grow</h1><div class=\"article-body\">"
                + ARTICLE_TEXT
                + "</div></article>"
                + AFTER);
    Extracted e = extractor.extract(html, "https://www.example.com/2024/05/06/brigade");
    String body = e.body();
    assertTrue(body.contains("4,800 soldiers by 2027"), body);
    assertTrue(body.contains("Rūdninkai"), body);
    for (String furniture :
        List.of(
            "cookies",
            "Home",
            "Share on Facebook",
            "newsletter",
            "Another story",
            "Great article",
            "rights reserved")) assertFalse(body.contains(furniture), furniture + " in: " + body);
    assertTrue(body.indexOf("4,800") < body.indexOf("Rūdninkai"), "document order");
  }

  @Test
  void paragraphsAreSeparatedByBlankLinesAndHeadingsListed() {
    Extracted e = extractor.extract(page("", "<article>" + ARTICLE_TEXT + "</article>"), null);
    assertEquals(List.of("Barracks and training grounds"), e.headings());
    assertTrue(
        e.body().contains("put into a budget.\n\nBarracks and training grounds\n\nLithuania is"),
        e.body());
  }

  @Test
  void keepsUnicodeQuotesAndDashes() {
    Extracted e = extractor.extract(page("", "<article>" + ARTICLE_TEXT + "</article>"), null);
    assertTrue(
        e.body()
            .contains("“We are here to stay,” the minister told reporters in Vilnius — a pledge"),
        e.body());
  }

  @Test
  void findsTextWithoutAnyNamedContainer() {
    String html =
        page(
            "",
            "<div><a href=\"/\">Home</a> | <a href=\"/x\">News</a></div><div><div>"
                + ARTICLE_TEXT
                + "</div></div><div><a href=\"/imprint\">Imprint</a> <a href=\"/privacy\">Privacy</a></div>");
    Extracted e = extractor.extract(html, null);
    assertTrue(e.body().contains("4,800 soldiers"), e.body());
    assertFalse(e.body().contains("Imprint"), e.body());
  }

  @Test
  void titleFromOpenGraphWithoutSiteName() {
    String head =
        "<meta property=\"og:site_name\" content=\"The Daily Example\">"
            + "<meta property=\"og:title\" content=\"Brigade to grow to 4,800 | The Daily Example\">"
            + "<title>ignored</title>";
    Extracted e = extractor.extract(page(head, "<article>" + ARTICLE_TEXT + "</article>"), null);
    assertEquals("Brigade to grow to 4,800", e.title());
    assertEquals("The Daily Example", e.outlet());
  }

  @Test
  void titleFromH1ThenTitleElement() {
    Extracted fromH1 =
        extractor.extract(
            page("<title>T - Site</title>", "<h1>Heading one</h1>" + ARTICLE_TEXT), null);
    assertEquals("Heading one", fromH1.title());
    Extracted fromTitle =
        extractor.extract(
            page("<title>Brigade to grow in Lithuania - Example News</title>", ARTICLE_TEXT), null);
    assertEquals("Brigade to grow in Lithuania", fromTitle.title());
  }

  @Test
  void publishedFromMetaWithEvidence() {
    String head =
        "<meta property=\"article:published_time\" content=\"2023-06-26T09:15:00+02:00\">";
    Extracted e = extractor.extract(page(head, ARTICLE_TEXT), "https://example.com/2020/01/01/x");
    assertEquals("2023-06-26", e.published());
    assertTrue(e.publishedEvidence().contains("article:published_time"), e.publishedEvidence());
  }

  @Test
  void publishedFromItemprop() {
    String body =
        "<span itemprop=\"datePublished\" content=\"2022-03-04\">4 March</span>" + ARTICLE_TEXT;
    Extracted e = extractor.extract(page("", body), null);
    assertEquals("2022-03-04", e.published());
    assertTrue(e.publishedEvidence().startsWith("itemprop"), e.publishedEvidence());
  }

  @Test
  void publishedAndPublisherFromJsonLd() {
    String head =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Brigade\",\"datePublished\":\"2023-12-18T08:00:00Z\","
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"LRT\"}}]}</script>";
    Extracted e = extractor.extract(page(head, ARTICLE_TEXT), "https://www.lrt.lt/en/news");
    assertEquals("2023-12-18", e.published());
    assertTrue(e.publishedEvidence().startsWith("JSON-LD"), e.publishedEvidence());
    assertEquals("LRT", e.outlet());
  }

  @Test
  void publishedFromTimeElementThenUrl() {
    Extracted fromTime =
        extractor.extract(
            page(
                "",
                "<article><time datetime=\"2021-07-08\">8 July</time>"
                    + ARTICLE_TEXT
                    + "</article>"),
            null);
    assertEquals("2021-07-08", fromTime.published());
    Extracted fromUrl =
        extractor.extract(
            page("", ARTICLE_TEXT), "https://www.example.com/news/2024/05/06/brigade");
    assertEquals("2024-05-06", fromUrl.published());
    assertTrue(fromUrl.publishedEvidence().startsWith("URL"), fromUrl.publishedEvidence());
  }

  @Test
  void outletFromHostWithoutWww() {
    Extracted e =
        extractor.extract(page("", ARTICLE_TEXT), "https://www.dw.com/en/some-story/a-123");
    assertEquals("dw.com", e.outlet());
  }

  @Test
  void languageFromTheTextThenFromMarkup() {
    // The text tells when it can: a template's declaration is often wrong for the article.
    String de =
        "<!DOCTYPE html><html lang=\"de-DE\"><head></head><body>" + ARTICLE_TEXT + "</body></html>";
    assertEquals("en", extractor.extract(de, null).language());
    String german =
        "<p>Am Montag hat der Bundestag über den Haushalt beraten. Die Regierung will im kommenden"
            + " Jahr mehr Geld für die Verteidigung ausgeben, sagte der Finanzminister in Berlin.</p>";
    assertEquals("de", extractor.extract(page("", german), null).language());
    String declaredEn =
        "<!DOCTYPE html><html lang=\"en\"><head></head><body>" + german + "</body></html>";
    assertEquals("de", extractor.extract(declaredEn, null).language());
    // A text too short to tell: the declaration.
    String shortText =
        "<!DOCTYPE html><html lang=\"lt\"><head></head><body><p>Vilnius 2024</p></body></html>";
    assertEquals("lt", extractor.extract(shortText, null).language());
    assertEquals("en", extractor.extract(page("", ARTICLE_TEXT), null).language());
  }

  @Test
  void labelStaysNullForHtml() {
    assertNull(extractor.extract(page("", ARTICLE_TEXT), null).label());
  }

  @Test
  void malformedMarkupAndBrokenJsonLdAreNotErrors() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2023-01-02\",,, oops</script>"
            + "<body><div class=\"entry-content\"><p>Unclosed paragraph with enough words to count as prose, and a comma."
            + "<p>Another one <b>bold <i>nested</b> wrongly</i> and still readable text for the extractor."
            + "</div></span></td><p>Stray closing tags do not stop the parser from building a tree for us.";
    Extracted e = extractor.extract(html, "not a url");
    assertTrue(e.body().contains("Unclosed paragraph"), e.body());
    assertTrue(e.body().contains("bold nested wrongly"), e.body());
    assertNull(e.outlet());
  }

  @Test
  void scriptsAndStylesAreNeverText() {
    String html =
        page(
            "<style>p { color: red }</style>",
            "<article>"
                + ARTICLE_TEXT
                + "<script>document.write('INJECTED')</script><noscript>Enable JS</noscript>"
                + "</article>");
    String body = extractor.extract(html, null).body();
    assertFalse(
        body.contains("INJECTED") || body.contains("color") || body.contains("Enable JS"), body);
  }

  @Test
  void pagesWithoutBodyOrTextGiveEmptyBody() {
    for (String html :
        List.of(
            "", "   ", "<html><head><title>Only a title</title></head></html>", "<html></html>")) {
      Extracted e = extractor.extract(html, null);
      assertEquals("", e.body(), html);
      assertEquals(List.of(), e.headings());
    }
    assertEquals(
        "Only a title",
        extractor.extract("<html><head><title>Only a title</title></head></html>", null).title());
  }

  @Test
  void plainTextInputIsReadAsOneParagraph() {
    String text =
        "Just a line of plain text without any markup at all, long enough to be kept as prose by the extractor.";
    assertEquals(text, extractor.extract(text, null).body());
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    int depth = 20_000;
    String html = "<div>".repeat(depth) + ARTICLE_TEXT + "</div>".repeat(depth);
    Extracted e = extractor.extract(page("", html), null);
    assertTrue(e.body().contains("4,800 soldiers"), e.body());
  }

  @Test
  void manySiblingsToRemoveStayLinear() {
    String html =
        page("", "<article>" + ARTICLE_TEXT + "<img src=\"x.png\">".repeat(200_000) + "</article>");
    long start = System.nanoTime();
    Extracted e = extractor.extract(html, null);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(e.body().contains("4,800 soldiers"), e.body());
    // removing them one by one took minutes
    assertTrue(seconds < 60, "took " + seconds + " s");
  }

  @Test
  void hugePageIsTruncatedAndStaysFast() {
    StringBuilder b = new StringBuilder(52_000_000);
    b.append("<html><body><article>").append(ARTICLE_TEXT);
    String filler =
        "<p>Filler paragraph of a page that never ends, with commas, words and more words to parse.</p>\n";
    while (b.length() < 50_000_000) b.append(filler);
    b.append("</article></body></html>");
    long start = System.nanoTime();
    HtmlExtractor.Result r = extractor.extractWithReport(b.toString(), null);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(r.truncated());
    assertTrue(
        r.extracted().body().startsWith("The German brigade"),
        r.extracted().body().substring(0, 100));
    assertTrue(r.extracted().body().length() < HtmlExtractor.MAX_HTML_CHARS);
    // generous: the machine is shared; unbounded parsing of 50 MB took minutes and gigabytes
    assertTrue(seconds < 60, "took " + seconds + " s");
  }
}

package org.sitrep.clean.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Published;

class PublicationDateTest {
  private static final LocalDate LATEST = LocalDate.of(2024, 6, 1);
  private static final String BODY =
      "<p>The council met on Tuesday to discuss the harbour, and agreed to reopen it next week.</p>";

  private static Published page(String head, String body) {
    return PublicationDate.read(
        Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"),
        null,
        LATEST);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-03-12|2020-03-12",
        "2020-03-12T23:30:00+01:00|2020-03-12",
        "2020-03-12T01:30:00-08:00|2020-03-12",
        "12.03.2020|2020-03-12",
        "12. März 2020|2020-03-12",
        "Veröffentlicht am 12. März 2020|2020-03-12",
        "le 3 mars 2020|2020-03-03",
        "3 de marzo de 2020|2020-03-03",
        "3 marzo 2020|2020-03-03",
        "March 12, 2020|2020-03-12",
        "Mar. 12th, 2020|2020-03-12",
        "12 марта 2020|2020-03-12",
        "12 marca 2020|2020-03-12",
        "2020年3月12日|2020-03-12",
        "Wed, 08 Apr 2020 16:25:06 +0530|2020-04-08",
        "20200312|2020-03-12",
        "2020/03/12|2020-03-12",
        "31.02.2020|",
        "Smarch 12, 2020|",
        "version 1.2.2020.5|",
      })
  void readsTheFormatsAndLanguagesPagesUse(String written, String iso) {
    LocalDate d = DateText.machine(written);
    assertEquals(iso, d == null ? null : d.toString(), written);
  }

  @Test
  void ambiguousSlashDatesFollowThePageLanguage() {
    assertEquals(LocalDate.of(2020, 3, 4), DateText.first("03/04/2020", true, false));
    assertEquals(LocalDate.of(2020, 4, 3), DateText.first("03/04/2020", false, false));
    // a day above 12 settles it either way
    assertEquals(LocalDate.of(2020, 3, 14), DateText.first("14/03/2020", true, false));
    assertNull(DateText.first("12.03.20", false, false), "two-digit years only where expected");
    assertEquals(LocalDate.of(2020, 3, 12), DateText.first("12.03.20", false, true));
  }

  @Test
  void metaTagsOfEveryCommonKind() {
    for (String key :
        List.of(
            "property=\"article:published_time\"",
            "name=\"DC.date.issued\"",
            "name=\"parsely-pub-date\"",
            "name=\"sailthru.date\"",
            "name=\"date\"",
            "name=\"pubdate\"",
            "itemprop=\"datePublished\"")) {
      Published p = page("<meta " + key + " content=\"2021-07-08T10:00:00+02:00\">", BODY);
      assertEquals("2021-07-08", p.value(), key);
      assertEquals(Published.How.STATED, p.how());
      assertTrue(p.evidence().startsWith("meta "), p.evidence());
    }
  }

  @Test
  void jsonLdInGraphsAndArrays() {
    String graph =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebPage\",\"datePublished\":\"2019-01-01\"},"
            + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-05-06T08:00:00+02:00\"}]}</script>";
    Published p = page(graph, BODY);
    assertEquals("2021-05-06", p.value(), "the article's date before the web page's");
    assertTrue(p.evidence().startsWith("JSON-LD datePublished"), p.evidence());
    String array =
        "<script type=\"application/ld+json\">[{\"@type\":\"BlogPosting\","
            + "\"datePublished\":\"2022-02-03\"}]</script>";
    assertEquals("2022-02-03", page(array, BODY).value());
    String broken =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2022-02-04\",,, oops</script>";
    assertEquals("2022-02-04", page(broken, BODY).value());
  }

  @Test
  void originalDateBeforeTheUpdate() {
    Published meta =
        page(
            "<meta property=\"article:modified_time\" content=\"2023-02-01\">"
                + "<meta property=\"article:published_time\" content=\"2023-01-15\">",
            BODY);
    assertEquals("2023-01-15", meta.value());
    Published text =
        page("", "<p>Aktualisiert am 20.01.2023, veröffentlicht am 12.01.2023</p>" + BODY);
    assertEquals("2023-01-12", text.value(), text.evidence());
    Published updatedOnly =
        page("<meta property=\"article:modified_time\" content=\"2023-02-01\">", BODY);
    assertEquals("2023-02-01", updatedOnly.value(), "an update date is better than none");
  }

  @Test
  void aPageThatShowsOnlyItsUpdateIsDatedByIt() {
    String metas =
        "<meta property=\"article:published_time\" content=\"2023-01-10\">"
            + "<meta property=\"article:modified_time\" content=\"2023-03-06\">";
    Published onlyUpdate =
        page(
            metas,
            "<h1>Title</h1><div class=\"byline\">Aktualisiert am 06. Mär. 2023</div>" + BODY);
    assertEquals("2023-03-06", onlyUpdate.value(), onlyUpdate.evidence());
    assertTrue(onlyUpdate.evidence().contains("first published"), onlyUpdate.evidence());
    Published both =
        page(
            metas,
            "<h1>Title</h1><div class=\"byline\">Updated 6 March 2023</div>"
                + "<div class=\"date\">Published 10 January 2023</div>"
                + BODY);
    assertEquals("2023-01-10", both.value(), "the page shows its first day too");
    Published other = page(metas, "<h1>Title</h1><div class=\"date\">12 March 2023</div>" + BODY);
    assertEquals("2023-01-10", other.value(), "a shown day the markup does not declare");
    Published none = page(metas, BODY);
    assertEquals("2023-01-10", none.value(), "no day shown: the declared first day");
  }

  @Test
  void typographicSpacesInsideDates() {
    assertEquals(
        LocalDate.of(2022, 2, 4), DateText.first("Von DTB 4.\u20092.\u20092022.", false, false));
    assertEquals(
        LocalDate.of(2020, 3, 12), DateText.first("12.\u00a0März\u00a02020", false, false));
    assertEquals(
        "2021-11-19",
        page(
                "",
                "<h1>Title</h1><div class=\"socialshareBox\"><div class=\"pubdate\">19.11.2021</div></div>"
                    + BODY
                    + "<div class=\"list\"><div class=\"pubdate\">18. Nov 2021</div></div>")
            .value(),
        "the date beside the share buttons is the article's");
  }

  @Test
  void aTimestampKeepsItsOwnDay() {
    // written in the publisher's zone: late evening stays that day, not the next day in UTC
    Published p =
        page(
            "<meta property=\"article:published_time\" content=\"2023-11-08T22:35:29-08:00\">",
            BODY);
    assertEquals("2023-11-08", p.value());
    // a UTC stamp with the page's own day beside it, one day apart: the page's day
    Published utc =
        page(
            "<meta property=\"article:published_time\" content=\"2023-11-09T06:35:29Z\">"
                + "<meta name=\"sailthru.date\" content=\"2023-11-08 22:35:29\">",
            BODY);
    assertEquals("2023-11-08", utc.value(), utc.evidence());
    assertTrue(utc.evidence().contains("own day"), utc.evidence());
  }

  @Test
  void theBylineBesideTheHeadlineBeforeOtherDatedElements() {
    String teaser = "<div class=\"top\"><div class=\"date\">2 May 2021</div></div>";
    String article =
        "<div class=\"header\"><div class=\"article-date\">19 January 2020</div>"
            + "<h1>The headline</h1></div>";
    assertEquals("2020-01-19", page("", teaser + "<main>" + article + BODY + "</main>").value());
    Published utc =
        page(
            "<meta property=\"article:published_time\" content=\"2020-01-20T03:49:32+0000\">",
            teaser + "<main>" + article + BODY + "</main>");
    assertEquals("2020-01-19", utc.value(), utc.evidence());
    Published far =
        page(
            "<meta property=\"article:published_time\" content=\"2020-01-20T03:49:32+0000\">",
            "<div class=\"header\"><div class=\"x\"><div class=\"y\"><div class=\"z\">"
                + "<div class=\"site-date\">19 January 2020</div></div></div></div></div>"
                + "<main><h1>The headline</h1>"
                + BODY
                + "</main>");
    assertEquals("2020-01-20", far.value(), "the site's header date is not the byline");
  }

  @Test
  void visibleDatesBylinesAndLabelsInManyLanguages() {
    assertEquals(
        "2020-03-12",
        page("", "<div class=\"byline\">Von Anna Muster, 12. März 2020</div>" + BODY).value());
    Published fr = page("", "<p>Publié le 3 mars 2020 à 10h00</p>" + BODY);
    assertEquals("2020-03-03", fr.value());
    assertEquals(Published.How.INFERRED, fr.how());
    assertTrue(fr.evidence().contains("Publié le 3 mars 2020"), fr.evidence());
    assertEquals(
        "2021-11-12", page("", "<h1>Reisehinweise</h1><p>Stand: 12.11.2021</p>" + BODY).value());
    assertEquals(
        "2019-04-05", page("", "<span class=\"fecha\">5 de abril de 2019</span>" + BODY).value());
    assertEquals(
        "2018-08-02",
        page("", "<h1>A long title for the story</h1><p>2 agosto 2018 | Cronaca</p>" + BODY)
            .value());
  }

  @Test
  void theUrlIsWeakEvidence() {
    Published p =
        page("<link rel=\"canonical\" href=\"https://example.org/2019/05/18/story/\">", BODY);
    assertEquals("2019-05-18", p.value());
    assertEquals(Published.How.INFERRED, p.how());
    assertTrue(p.evidence().startsWith("URL"), p.evidence());
  }

  @Test
  void datesOutsideThePlausibleWindowAreNoPublicationDate() {
    assertNull(
        page("<meta property=\"article:published_time\" content=\"2031-01-01\">", BODY).value(),
        "after the fetch date");
    assertEquals(
        "2024-06-01",
        page(
                "<meta property=\"article:published_time\" content=\"2024-06-01T23:00:00+02:00\">",
                BODY)
            .value(),
        "the latest plausible day itself");
    assertNull(
        page("<meta property=\"article:published_time\" content=\"1970-01-01\">", BODY).value(),
        "before the web");
    Published next =
        page(
            "<meta property=\"article:published_time\" content=\"2031-01-01\">",
            "<div class=\"date\">4 May 2024</div>" + BODY);
    assertEquals("2024-05-04", next.value(), "a future date gives way to the next evidence");
  }

  @Test
  void aPageOfManyDatesGetsOneAnswerOrNone() {
    StringBuilder archive = new StringBuilder("<ul>");
    for (int i = 1; i <= 50; i++)
      archive
          .append("<li>")
          .append(i % 28 + 1)
          .append(" June 2023: entry ")
          .append(i)
          .append("</li>");
    archive.append("</ul>");
    Published many = page("", archive.toString());
    assertNull(many.value(), "fifty dates, none standing out: " + many.evidence());

    StringBuilder comments = new StringBuilder("<div class=\"comments\">");
    for (int i = 1; i <= 50; i++)
      comments
          .append("<div class=\"comment\"><span class=\"date\">")
          .append(i % 28 + 1)
          .append(".02.2024</span> Nice!</div>");
    comments.append("</div>");
    Published dated = page("", "<div class=\"post-date\">3. Februar 2024</div>" + BODY + comments);
    assertEquals("2024-02-03", dated.value(), "the article's date, not a comment's");

    Published dominant =
        page(
            "",
            "<p>1 March 2024</p><p>1 March 2024 update</p><p>Back in 2 May 2019 it began.</p>"
                + BODY);
    assertEquals("2024-03-01", dominant.value());
    assertTrue(dominant.evidence().contains("2 of 3"), dominant.evidence());
  }

  @Test
  void theSourceDatesAPageWhoseTextDatesNothing() {
    Published script = page("", BODY + "<script>showDate(\"2020/04/17 01:43:09\")</script>");
    assertEquals("2020-04-17", script.value());
    assertEquals(Published.How.INFERRED, script.how());
    assertTrue(script.evidence().startsWith("page source"), script.evidence());
    StringBuilder calendar = new StringBuilder(BODY + "<script>var days = [");
    for (int i = 1; i <= 50; i++)
      calendar
          .append("\"2023-06-")
          .append(i % 28 + 1 < 10 ? "0" : "")
          .append(i % 28 + 1)
          .append("\",");
    calendar.append("];</script>");
    Published many = page("", calendar.toString());
    assertNull(many.value(), "fifty source dates, none standing out: " + many.evidence());
    assertNull(
        page("", BODY + "<script>var next = \"2031-05-01\";</script>").value(),
        "a date in the future");
  }

  @Test
  void unknownScriptsAndMixedLanguagesGiveAnAnswerOnlyWithEvidence() {
    Published thai = page("", "<p>ผลิตภัณฑ์และจำหน่ายโซลาร์เซลล์ในประเทศไทย มีหลายประเภท</p>");
    assertEquals(Published.UNKNOWN, thai);
    Published mixed =
        page(
            "",
            "<p>Ein Bericht aus Paris. Publié le 14 juillet 2022. Die Stadt feierte.</p>" + BODY);
    assertEquals("2022-07-14", mixed.value());
    assertNotNull(mixed.evidence());
  }

  @Test
  void plainTextDatelinesLabelsAndDateLines() {
    assertEquals(
        "2023-06-26",
        PublicationDate.fromText("VILNIUS, June 26, 2023 (Reuters) - Troops.", LATEST).value());
    assertEquals(
        "2023-06-26",
        PublicationDate.fromText("BERLIN, 26. Juni 2023 (dpa) - Die Regierung.", LATEST).value());
    assertEquals(
        "2020-03-12",
        PublicationDate.fromText("Veröffentlicht am 12.03.2020\n\nDie Regierung.", LATEST).value());
    assertEquals(
        "2022-02-07",
        PublicationDate.fromText("Lundi 7 février 2022\nLe gouvernement a dit.", LATEST).value());
    assertNull(PublicationDate.fromText("The treaty signed on March 3, 1999 binds.", LATEST));
    assertNull(PublicationDate.fromText("PARIS, 3 mars 2031 (AFP) - Texte.", LATEST), "future");
  }

  @Test
  void largePagesAreReadInLinearTime() {
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 2000; i++)
      nested.append("<div class=\"meta info\">word ").append(i).append(' ');
    StringBuilder flat = new StringBuilder();
    for (int i = 0; i < 20_000; i++)
      flat.append("<p class=\"date\">Posted ").append(i % 28 + 1).append(".01.2020</p>");
    for (String body : List.of(nested.toString(), flat.toString())) {
      org.jsoup.nodes.Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
      long start = System.nanoTime();
      Published p = PublicationDate.read(doc, null, LATEST);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds < 5, seconds + " s for " + body.length() + " chars");
      assertNotNull(p);
    }
  }
}

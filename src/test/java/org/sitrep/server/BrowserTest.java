package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real browser (Debian's Chromium, headless) over a real server: each kind of page,
 * the links from a story to a fact series to the sentence in its article, and an article carrying
 * script that must never run. Screenshots go to target/screenshots. Without Chromium this fails,
 * unless SITREP_SKIP_BROWSER=1.
 */
class BrowserTest {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SHOTS = Paths.get("target", "screenshots");

  static ServerFixture s;
  static Playwright playwright;
  static Browser browser;
  BrowserContext context;
  Page page;
  final List<String> pageErrors = new ArrayList<>();

  @BeforeAll
  static void launch() throws Exception {
    Assumptions.assumeFalse(
        "1".equals(System.getenv("SITREP_SKIP_BROWSER")), "SITREP_SKIP_BROWSER=1");
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "browser tests need Chromium at "
              + CHROMIUM
              + " (apt-get install -y chromium);"
              + " set SITREP_SKIP_BROWSER=1 to skip them");
    }
    Files.createDirectories(SHOTS);
    s = ServerFixture.get();
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  static void quit() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page = context.newPage();
    page.onPageError(pageErrors::add);
    page.onDialog(
        d -> {
          pageErrors.add("dialog opened: " + d.message());
          d.dismiss();
        });
  }

  @AfterEach
  void close() {
    context.close();
    assertEquals(List.of(), pageErrors, "no script errors or dialogs");
  }

  Response go(String path) {
    Response r = page.navigate(s.base + path);
    assertNotNull(r);
    return r;
  }

  void shot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void homeListsStoriesWithReportAndOutletCounts() {
    Response r = go("/");
    assertEquals(200, r.status());
    assertTrue(page.locator("table.stories tbody tr").count() >= 1);
    assertTrue(page.locator("table.stories thead").textContent().contains("Reports"));
    shot("home");
  }

  @Test
  void storyLeadsToFactSeriesLeadsToTheSentenceInItsArticle() {
    String story = ApiTest.storyWithSeries();
    go("/");
    page.locator("table.stories a[href='/stories/" + story + "']").click();
    page.waitForURL("**/stories/**");
    assertTrue(page.locator("table.timeline tbody tr").count() > 0, "a timeline");
    assertTrue(page.locator(".outlets .outlet").count() >= 2, "outlets side by side");
    shot("story");

    page.locator("ul.series a").first().click();
    page.waitForURL("**/series/**");
    page.waitForSelector("#series-chart[data-drawn]");
    int rows = page.locator("table.observations tbody tr").count();
    assertTrue(rows > 0);
    assertEquals(
        rows,
        Integer.parseInt(page.locator("#series-chart").getAttribute("data-drawn")),
        "every observation is drawn, undated ones in their own lane");
    shot("series");

    var evidence = page.locator("table.observations tbody tr td:last-child a").first();
    String href = evidence.getAttribute("href");
    assertTrue(href.matches("/documents/[0-9a-f]+#o\\d+"), href);
    evidence.click();
    page.waitForURL("**/documents/**");
    String anchor = href.substring(href.indexOf('#') + 1);
    assertEquals(1, page.locator("[id='" + anchor + "']").count(), "the link lands on its offset");
    assertTrue(page.locator("article.body mark.qty").count() > 0, "quantities highlighted");
    assertTrue(page.locator("article.body mark.ent").count() > 0, "entities highlighted");
    assertTrue(page.locator("aside.extracted").textContent().contains("Quantities"));
    shot("document");
  }

  @Test
  void storysReportCitesSourcesThatOpenTheirArticles() {
    String story = ApiTest.storyWithSeries();
    go("/stories/" + story);
    page.locator("a[href='/report?story=" + story + "']").click();
    page.waitForURL("**/report?story=**");
    assertTrue(page.locator("h1").textContent().startsWith("Situation report: "));
    assertTrue(page.locator("ul.brief-figures > li").count() > 0, "key figures");
    assertTrue(
        page.locator("h2:has-text('What was said') ~ blockquote.said").count() > 0, "statements");
    int sources = page.locator("ol.sources li").count();
    assertTrue(sources > 0);
    shot("report");

    var cite = page.locator("a.cite").first();
    String target = cite.getAttribute("href");
    assertTrue(target.matches("#src-\\d+"), target);
    assertEquals(1, page.locator(target).count(), "the citation has its source");
    page.locator(target + " a").click();
    page.waitForURL("**/documents/**");
    assertTrue(page.locator("article.body").count() == 1);
  }

  @Test
  void entityShowsNamesRolesQuotesAndCoMentions() {
    String person = ApiTest.quotedPerson();
    go("/entities");
    page.locator("table a[href='/entities/" + person + "']").click();
    page.waitForURL("**/entities/**");
    String text = page.locator("main").textContent();
    assertTrue(text.contains("Names and variants") && text.contains("Roles over time"));
    assertTrue(page.locator("ul.quotes li").count() > 0, "quotes by the person");
    assertTrue(page.locator("ul.co li").count() > 0, "co-mentioned entities");
    shot("entity");
  }

  @Test
  void searchShowsFacetsAndNarrowsByOne() {
    go("/search?q=Lithuania");
    int total = Integer.parseInt(page.locator("#total").textContent());
    assertTrue(total >= 3);
    assertTrue(page.locator("ol.hits .snippet b").count() > 0, "highlighted snippets");
    assertTrue(
        page.locator("ul.facet-entity li").count() > 0
            && page.locator("ul.facet-story li").count() > 0);
    shot("search");
    page.locator("ul.facet-outlet a", new Page.LocatorOptions().setHasText("Daily Two")).click();
    page.waitForURL(java.util.regex.Pattern.compile(".*outlet=Daily%20Two.*"));
    assertTrue(Integer.parseInt(page.locator("#total").textContent()) < total);
    for (String meta : page.locator("ol.hits li .muted").allTextContents())
      assertTrue(meta.startsWith("Daily Two"), meta);
  }

  @Test
  void mapDrawsPlacesWithoutATileServer() {
    go("/map");
    page.waitForSelector("#map[data-places]");
    page.waitForSelector("#map[data-outlines]");
    // the world's countries as the base, from the server itself, below the places
    int outlines = Integer.parseInt(page.locator("#map").getAttribute("data-outlines"));
    assertTrue(
        outlines > 150,
        "country outlines drawn: "
            + outlines
            + " "
            + page.locator("#map").getAttribute("data-outlines-error"));
    assertTrue(page.locator("#map .leaflet-base-pane path").count() > 150);
    assertTrue(
        page.locator("#map .leaflet-overlay-pane path.leaflet-interactive").count() > 0,
        "places drawn");
    assertTrue(page.locator("ul.countries li").count() > 0);
    shot("map");
  }

  @Test
  void scriptInAnArticleNeverRuns() {
    String payload =
        "Officials in Vilnius said <script>window.__pwned = 1; document.title = 'pwned';</script> that"
            + " 300 troops arrived. <img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'\">"
            + " <svg onload=\"window.__pwned = 3\"></svg> \"<a href=\"javascript:window.__pwned=4\">read</a>\" it said.";
    var r =
        s.post(
            "/api/documents?outlet="
                + ServerFixture.enc("<b onmouseover=alert(1)>Evil</b>")
                + "&title="
                + ServerFixture.enc("<script>window.__pwned=5</script>Vilnius"),
            "text/plain",
            payload);
    assertEquals(201, r.statusCode(), r.body());
    String id = ApiTest.read(r.body()).get("stored").get(0).get("id").asText();

    for (String path : List.of("/documents/" + id, "/search?q=Vilnius", "/")) {
      Response resp = go(path);
      String csp = resp.headers().get("content-security-policy");
      assertNotNull(csp, "CSP header on " + path);
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
      page.locator("img").all().forEach(i -> i.hover());
      page.waitForTimeout(200);
      assertEquals(true, page.evaluate("() => typeof window.__pwned === 'undefined'"), path);
      assertFalse(page.title().equals("pwned"), path);
    }
    go("/documents/" + id);
    assertTrue(
        page.locator("article.body").textContent().contains("<script>window.__pwned = 1;"),
        "shown as text");
    assertEquals(
        0, page.locator("article.body script, article.body img, article.body svg").count());
    shot("xss-document");
  }
}

package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
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
    // a file source by its name, never the server's directories
    for (String t : page.locator("ol.sources li span.muted").allTextContents())
      assertTrue(t.startsWith("http") || !t.contains("/"), t);
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

  /** The pages an analyst opens, for the checks that hold on every page. */
  List<String> everyPage() {
    String story = ApiTest.storyWithSeries();
    String series = germanTroopsInLithuania();
    String person = ApiTest.quotedPerson();
    String doc = ApiTest.ok("/api/documents?limit=1").get("documents").get(0).get("id").asText();
    return List.of(
        "/",
        "/stories/" + story,
        "/stories/" + story + "?kind=quote",
        "/series",
        "/series/" + series,
        "/report?story=" + story,
        "/map",
        "/map?story=" + story,
        "/entities",
        "/entities/" + person,
        "/offices",
        "/search?q=Lithuania",
        "/topics/" + coverageTopic(),
        "/documents/" + doc,
        "/api");
  }

  /** The id of the series of Germany's troops in Lithuania, from the series page's links. */
  String germanTroopsInLithuania() {
    go("/series");
    var link =
        page.locator(
            "table a", new Page.LocatorOptions().setHasText("Germany / troops / Lithuania"));
    String href = link.first().getAttribute("href");
    return href.substring(href.lastIndexOf('/') + 1);
  }

  @Test
  void noPageNamesAnArticleByItsIdAndEveryPageHasNavigationAndAnIcon() {
    for (String path : everyPage()) {
      assertEquals(200, go(path).status(), path);
      for (String t : page.locator("a").allTextContents()) {
        assertFalse(t.strip().matches("[0-9a-f]{10,}"), path + ": a link named by an id: " + t);
      }
      assertTrue(
          page.locator("header.top nav a[href='/series']").count() == 1, path + ": navigation");
      assertEquals(1, page.locator("link[rel=icon]").count(), path + ": favicon");
    }
    assertEquals(200, s.get("/static/favicon.svg").statusCode());
    go("/api");
    assertTrue(page.locator("table a[href='/api/stories']").count() == 1, "API paths are links");
  }

  @Test
  void seriesPageDrawsEveryObservationWithTargetsAtTheirDate() {
    go("/series/" + germanTroopsInLithuania());
    page.waitForSelector("#series-chart[data-drawn]");
    int rows = page.locator("table.observations tbody tr").count();
    assertTrue(
        rows >= 7, "the samples give Germany's troops in Lithuania 7 figures or more: " + rows);
    // the points the chart drew inside its plot area, counted from the chart itself
    Object drawn =
        page.evaluate(
            "() => { const c = Chart.getChart(document.getElementById('series-chart'));"
                + " const a = c.chartArea; let n = 0;"
                + " c.data.datasets.forEach((d, i) => { if (d.label !== 'current' && d.label !== 'planned / pledged') return;"
                + "  c.getDatasetMeta(i).data.forEach(p => { if (p.x >= a.left - 1 && p.x <= a.right + 1"
                + "   && p.y >= a.top - 1 && p.y <= a.bottom + 1) n++; }); });"
                + " return n; }");
    assertEquals(rows, ((Number) drawn).intValue(), "every observation is drawn");
    // each as-of date says how it was found, in words; an undated one says so once
    for (String t : page.locator("table.observations tbody tr td:nth-child(2)").allTextContents()) {
      assertFalse(t.matches("(?s).*undated.*undated.*"), t);
      assertFalse(t.matches("(?s).*\\d{4}-\\d{2}-\\d{2}\\s+(time|published|inferred)\\b.*"), t);
    }
    int targets = page.locator("table.observations .tag.target").count();
    assertTrue(targets >= 1, "the 2027 target is listed as a target");
    assertEquals(
        targets,
        Integer.parseInt(page.locator("#series-chart").getAttribute("data-targets")),
        "each target drawn at its target date");
    String legend = page.locator("ul.legend").textContent();
    for (String sign : List.of("↗", "≤", "≥", "~", "target", "undated", "conflict", "change"))
      assertTrue(legend.contains(sign), "the legend explains " + sign);
    String axis =
        (String)
            page.evaluate(
                "() => Chart.getChart(document.getElementById('series-chart')).options.scales.y.title.text");
    assertTrue(axis.startsWith("troops"), "the value axis says what it counts: " + axis);
    shotView("series");
  }

  @Test
  void storyPageLeadsWithFiguresThenChangesThenTheTimelineByDay() {
    String story = ApiTest.storyWithSeries();
    go("/stories/" + story);
    var sections = page.locator("main section[id]").evaluateAll("l => l.map(e => e.id)");
    assertEquals(
        List.of("figures", "changes", "coverage", "timeline"),
        ((List<?>) sections).subList(0, 4),
        "key figures first, then changes, coverage and the timeline");
    // every small chart drawn: no canvas left without its mark (a selector wait: the page's
    // Content-Security-Policy forbids the eval a polled function wait would need)
    page.waitForSelector(
        "canvas.spark-chart:not([data-drawn])",
        new Page.WaitForSelectorOptions()
            .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    assertTrue(page.locator("li.figure .latest strong").count() > 0, "latest values");
    // a small chart with no dated value has no dates on its time axis, only the undated lane
    Object dateless =
        page.evaluate(
            "async () => { const out = [];"
                + " for (const c of document.querySelectorAll('canvas.spark-chart')) {"
                + "  const s = await (await fetch(c.dataset.src,"
                + "   {headers: {Accept: 'application/json'}})).json();"
                + "  const dated = s.observations.some(o => /^\\d{4}/.test(o.asOf || o.target || ''));"
                + "  const labels = Chart.getChart(c).scales.x.ticks.map(t => t.label);"
                + "  if (!dated && labels.some(l => l !== 'undated')) out.push(c.dataset.src + ': ' + labels);"
                + " } return out; }");
    assertEquals(List.of(), dateless, "dates drawn on the axis of undated values");
    page.waitForSelector("#coverage-chart[data-days]");
    // the story's range covers its articles' dates
    String lead = page.locator("p.lead").textContent();
    List<String> ids = new ArrayList<>();
    try {
      org.sitrep.json.Json.MAPPER
          .readTree(s.get("/api/stories/" + story).body())
          .get("story")
          .get("docs")
          .forEach(d -> ids.add(d.asText()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> dates = new ArrayList<>();
    for (var r : s.store.refs(ids).values())
      if (r.published() != null) dates.add(r.published().substring(0, 10));
    dates.sort(null);
    assertTrue(
        lead.contains(dates.get(0)) && lead.contains(dates.get(dates.size() - 1)),
        lead + " vs " + dates);
    // every article of the story under its outlet, each outlet's latest listed, N of M when cut
    int counted = 0;
    for (var box : page.locator(".outlet").all()) {
      String note = box.locator("p.muted").first().textContent();
      int n = Integer.parseInt(note.replaceAll("^(\\d+) articles?.*", "$1"));
      counted += n;
      int listed = box.locator("ul.articles li").count();
      if (listed < n) {
        assertTrue(note.contains(listed + " of " + n + " shown"), note);
        assertTrue(box.locator("p.muted a").getAttribute("href").contains("story="), note);
      } else assertEquals(n, listed, note);
    }
    assertEquals(ids.size(), counted, "every article of the story under its outlet");
    // one row per sentence within a day
    List<String> seen = new ArrayList<>();
    String day = "";
    for (var row : page.locator("table.timeline tbody tr").all()) {
      if (row.getAttribute("class").equals("day")) {
        day = row.textContent();
        continue;
      }
      String key = day + "|" + row.locator("td").last().textContent();
      assertFalse(seen.contains(key), "a sentence twice on one day: " + key);
      seen.add(key);
    }
    for (String o : page.locator(".outlet h3").allTextContents())
      assertFalse(o.contains("unknown"), "outlets by name: " + o);
    shotView("story");

    page.locator("nav.kinds a", new Page.LocatorOptions().setHasText("Quotes")).click();
    page.waitForURL(java.util.regex.Pattern.compile(".*kind=quote.*"));
    var rows = page.locator("table.timeline tbody tr:not(.day)");
    assertTrue(rows.count() > 0);
    for (var row : rows.all()) assertTrue(row.getAttribute("class").contains("k-quote"));
  }

  @Test
  void cutListsSayHowManyOfHowManyAndLinkToTheRest() {
    go("/entities?limit=5");
    String lead = page.locator("p.lead").textContent();
    assertTrue(lead.matches("(?s).*1–5 of \\d+ entities.*"), lead);
    page.locator("nav.pager a", new Page.LocatorOptions().setHasText("next")).click();
    page.waitForURL(java.util.regex.Pattern.compile(".*offset=5.*"));
    assertTrue(page.locator("p.lead").textContent().contains("6–10 of"));

    go("/stories/" + ApiTest.storyWithSeries());
    String more = page.locator("#figures p.more").textContent();
    assertTrue(more.matches("Showing \\d+ of \\d+ series · see all"), more);
    int total = Integer.parseInt(more.replaceAll("Showing \\d+ of (\\d+) series.*", "$1"));
    assertEquals("#all-series", page.locator("#figures p.more a").getAttribute("href"));
    assertEquals(total, page.locator("#all-series li").count(), "the rest is on the page");
    for (String t : page.locator("main").allTextContents())
      assertFalse(t.matches("(?s).*\\b1 (stories|observations|articles|outlets)\\b.*"), t);
  }

  @Test
  void mapIsFittedToItsPlacesWithLabelsThatDoNotOverlap() {
    go("/map?story=" + ApiTest.storyWithSeries());
    page.waitForSelector("#map[data-bounds]");
    String[] b = page.locator("#map").getAttribute("data-bounds").split(",");
    double south = Double.parseDouble(b[0]), west = Double.parseDouble(b[1]);
    double north = Double.parseDouble(b[2]), east = Double.parseDouble(b[3]);
    int fitted = 0, inside = 0, articles = 0, insideArticles = 0;
    for (var row : page.locator("tr.place").all()) {
      double lat = Double.parseDouble(row.getAttribute("data-lat"));
      double lon = Double.parseDouble(row.getAttribute("data-lon"));
      int n = Integer.parseInt(row.getAttribute("data-count"));
      boolean in = lat >= south && lat <= north && lon >= west && lon <= east;
      articles += n;
      if (in) {
        inside++;
        insideArticles += n;
      }
      if ("1".equals(row.getAttribute("data-fitted"))) {
        fitted++;
        assertTrue(in, row.getAttribute("data-name") + " is fitted into the map");
      }
    }
    assertTrue(fitted > 0 && inside >= fitted);
    assertTrue(insideArticles * 2 > articles, "most of what is named is in view");
    assertTrue(east - west < 120, "fitted, not the whole world: " + west + " to " + east);
    @SuppressWarnings("unchecked")
    List<List<Number>> boxes =
        (List<List<Number>>)
            page.locator(".leaflet-tooltip.place-label")
                .evaluateAll(
                    "l => l.map(e => { const r = e.getBoundingClientRect();"
                        + " return [r.left, r.top, r.right, r.bottom]; })");
    assertTrue(boxes.size() > 0);
    for (int i = 0; i < boxes.size(); i++)
      for (int j = i + 1; j < boxes.size(); j++) {
        var p = boxes.get(i);
        var q = boxes.get(j);
        boolean apart =
            p.get(2).doubleValue() <= q.get(0).doubleValue()
                || q.get(2).doubleValue() <= p.get(0).doubleValue()
                || p.get(3).doubleValue() <= q.get(1).doubleValue()
                || q.get(3).doubleValue() <= p.get(1).doubleValue();
        assertTrue(apart, "labels " + i + " and " + j + " overlap: " + p + " " + q);
      }
    shotView("map");
  }

  @Test
  void noSeriousOrCriticalAccessibilityViolation() {
    List<String> found = new ArrayList<>();
    for (String path : everyPage()) {
      go(path);
      page.waitForLoadState();
      AxeResults r = new AxeBuilder(page).analyze();
      for (Rule v : r.getViolations()) {
        if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
          found.add(
              path
                  + ": "
                  + v.getId()
                  + " ("
                  + v.getNodes().size()
                  + ") "
                  + v.getNodes().stream()
                      .limit(3)
                      .map(n -> n.getHtml() + " " + n.getFailureSummary())
                      .toList());
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void keyboardReachesTheContentFirst() {
    go("/");
    page.keyboard().press("Tab");
    assertEquals("Skip to content", page.evaluate("() => document.activeElement.textContent"));
    page.keyboard().press("Enter");
    assertEquals("main", page.evaluate("() => document.activeElement.id"));
    page.keyboard().press("Tab");
    assertEquals(
        "A", page.evaluate("() => document.activeElement.tagName"), "then the page's links");
  }

  /**
   * The coverage chart as the browser drew it: articles and distinct reports summed over its bars,
   * articles per outlet, the bars with a value, those drawn with a height, and whether it counts
   * per month.
   */
  @SuppressWarnings("unchecked")
  java.util.Map<String, Object> drawnCoverage() {
    page.waitForSelector("#coverage-chart[data-days]");
    return (java.util.Map<String, Object>)
        page.evaluate(
            "() => { const c = Chart.getChart(document.getElementById('coverage-chart'));"
                + " const out = {articles: 0, reports: 0, bars: 0, drawn: 0, perOutlet: {},"
                + " monthly: c.data.labels[0].length === 7};"
                + " c.data.datasets.forEach((d, i) => { const meta = c.getDatasetMeta(i);"
                + " d.data.forEach((v, j) => { if (v > 0) { out.bars++;"
                + " if (Math.abs(meta.data[j].height) >= 1) out.drawn++; }"
                + " out.articles += v; if (d.kind === 'reports') out.reports += v;"
                + " out.perOutlet[d.outlet] = (out.perOutlet[d.outlet] || 0) + v; }); });"
                + " return out; }");
  }

  /**
   * What the coverage chart of these documents must show, from the store's names and dates and the
   * copies the fixture made: each copy and the article it copies are one report, counted at the
   * earlier of the two (date, then id), the other a copy.
   */
  void assertCoverage(java.util.Collection<String> ids, String where) {
    var drawn = drawnCoverage();
    boolean monthly = (Boolean) drawn.get("monthly");
    var refs = s.store.refs(ids);
    java.util.Set<String> copies = new java.util.HashSet<>();
    for (var e : s.copies.entrySet()) {
      if (refs.containsKey(e.getKey()) && refs.containsKey(e.getValue()))
        copies.add(e.getKey().compareTo(e.getValue()) > 0 ? e.getKey() : e.getValue());
    }
    int articles = 0;
    java.util.Map<String, Integer> perOutlet = new java.util.TreeMap<>();
    java.util.Map<String, String> cells = new java.util.HashMap<>();
    for (var r : refs.values()) {
      if (r.published() == null) continue;
      articles++;
      String outlet = r.outlet() == null ? "(unknown outlet)" : r.outlet();
      perOutlet.merge(outlet, 1, Integer::sum);
      cells.put(r.id(), r.published().substring(0, monthly ? 7 : 10) + "|" + outlet);
    }
    assertTrue(articles > 0, where);
    assertEquals(articles, ((Number) drawn.get("articles")).intValue(), where + ": articles");
    assertEquals(
        articles - copies.size(), ((Number) drawn.get("reports")).intValue(), where + ": reports");
    java.util.Map<String, Integer> got = new java.util.TreeMap<>();
    ((java.util.Map<String, Object>) drawn.get("perOutlet"))
        .forEach((o, n) -> got.put(o, ((Number) n).intValue()));
    // past eight outlets, the seven with most articles keep their colour and the rest are one
    java.util.Map<String, Integer> shown = new java.util.TreeMap<>(perOutlet);
    if (perOutlet.size() > 8) {
      List<String> ranked = new ArrayList<>(perOutlet.keySet());
      ranked.sort(
          java.util.Comparator.comparing((String o) -> -perOutlet.get(o))
              .thenComparing(java.util.Comparator.naturalOrder()));
      shown.clear();
      int rest = 0;
      for (int i = 0; i < ranked.size(); i++) {
        if (i < 7) shown.put(ranked.get(i), perOutlet.get(ranked.get(i)));
        else rest += perOutlet.get(ranked.get(i));
      }
      shown.put((ranked.size() - 7) + " other outlets", rest);
    }
    assertEquals(shown, got, where + ": articles per outlet");
    java.util.Set<String> bars = new java.util.HashSet<>();
    for (var e : cells.entrySet()) {
      String[] cell = e.getValue().split("\\|");
      String outlet = shown.containsKey(cell[1]) ? cell[1] : "other";
      bars.add(cell[0] + "|" + outlet + "|" + (copies.contains(e.getKey()) ? "copy" : "report"));
    }
    assertEquals(bars.size(), ((Number) drawn.get("bars")).intValue(), where + ": bars");
    assertEquals(bars.size(), ((Number) drawn.get("drawn")).intValue(), where + ": bars drawn");
    // the legend names every outlet in the page's text, with its counts
    String legend = page.locator("ul.coverage-legend").textContent();
    for (var e : perOutlet.entrySet()) assertTrue(legend.contains(e.getKey()), legend);
    for (var e : shown.entrySet())
      assertTrue(
          legend.contains(e.getKey() + " " + e.getValue() + " article"), e + " in " + legend);
    assertTrue(legend.contains("distinct reports"), legend);
  }

  /** A topic of the samples and of one generated article with its copy, added once. */
  static String coverageTopic() {
    String name = "baltic-coverage";
    if (s.store.topics().get(name).isEmpty()) {
      var e = s.copies.entrySet().iterator().next();
      String title = s.store.refs(List.of(e.getValue())).get(e.getValue()).name();
      s.store
          .topics()
          .add(
              org.sitrep.store.Topic.of(
                  name,
                  "Lithuania OR title:\"" + title.replace("\"", "") + "\"",
                  null,
                  null,
                  null));
    }
    return name;
  }

  @Test
  void coverageCountsArticlesAndDistinctReportsByOutletOnHomeStoryAndTopic() {
    List<String> all = new ArrayList<>();
    ApiTest.ok("/api/documents?limit=200")
        .get("documents")
        .forEach(d -> all.add(d.get("id").asText()));
    assertTrue(all.containsAll(s.copies.keySet()));
    go("/");
    assertCoverage(all, "home");
    shot("home");

    String copy = s.copies.keySet().iterator().next();
    String story = null;
    for (var st : ApiTest.ok("/api/stories?limit=200").get("stories")) {
      List<String> docs = new ArrayList<>();
      st.get("docs").forEach(d -> docs.add(d.asText()));
      if (docs.contains(copy)) {
        story = st.get("id").asText();
        go("/stories/" + story);
        assertCoverage(docs, "story");
        assertEquals(
            st.get("distinctReports").asInt(),
            ((Number) drawnCoverage().get("reports")).intValue(),
            "the chart's reports are the story's distinct reports");
      }
    }
    assertNotNull(story, "the copy is in a story");

    String topic = coverageTopic();
    List<String> docs = s.store.topics().docs(topic);
    assertTrue(docs.contains(copy) && docs.contains(s.copies.get(copy)), docs.toString());
    go("/topics/" + topic);
    assertCoverage(docs, "topic");
    shot("topic");
  }

  @Test
  void mapCountsArePlacesEntityPageCounts() {
    for (String path : List.of("/map", "/map?story=" + ApiTest.storyWithSeries())) {
      go(path);
      var rows = page.locator("tr.place").all();
      assertTrue(rows.size() > 2, path);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (var row : rows) {
        String id = row.getAttribute("data-entity");
        assertTrue(seen.add(id), "one row per entity: " + id);
        int n = Integer.parseInt(row.getAttribute("data-count"));
        var e = ApiTest.ok("/api/entities/" + id);
        var entity = e.has("entity") ? e.get("entity") : e;
        int onEntityPage = entity.get("docs").size();
        if (path.equals("/map")) assertEquals(onEntityPage, n, path + " " + id);
        else assertTrue(n >= 1 && n <= onEntityPage, path + " " + id);
        assertEquals("/entities/" + id, row.locator("td a").first().getAttribute("href"));
      }
    }
    // Germany on the map of every article and on its page
    go("/map");
    var germany = page.locator("tr.place", new Page.LocatorOptions().setHasText("Germany")).first();
    String id = germany.getAttribute("data-entity");
    String count = germany.getAttribute("data-count");
    go("/entities/" + id);
    assertTrue(
        page.locator("p.lead").textContent().contains(" in " + count + " article"),
        page.locator("p.lead").textContent() + " vs " + count);
  }

  @Test
  void reportShotForTheReadme() {
    go("/report?story=" + ApiTest.storyWithSeries());
    shotView("report");
  }

  /** What a reader sees first, for the README: the viewport only. */
  void shotView(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-view.png")));
  }
}

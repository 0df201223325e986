package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.store.Store;
import org.sitrep.testing.BilingualPair;

/**
 * Each article's language, as stored, where pages and reports show the article: a German and an
 * English article on one event (the bilingual pair of the golden test) on the document page, the
 * story's article lists, the series' observations, search hits, the entity page and the report's
 * sources, in HTML and in Markdown.
 */
class LanguageOnPagesTest {
  @TempDir static Path dir;
  static Store store;
  static SitrepServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final List<String> ids = new ArrayList<>();
  static final String GERMAN = "<span class=\"lang\" lang=\"de\" title=\"language\">German</span>";
  static final String ENGLISH =
      "<span class=\"lang\" lang=\"en\" title=\"language\">English</span>";

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(dir);
    for (Ingest.Result r : BilingualPair.ingest(store)) ids.add(r.stored().get(0).id());
    server =
        SitrepServer.start(
            store, new SitrepServer.Config("127.0.0.1", 0, 1_000_000), Pipelines::byLanguage);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (store != null) store.close();
  }

  static String get(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  static String story() throws Exception {
    JsonNode stories = new ObjectMapper().readTree(get("/api/stories?limit=50")).get("stories");
    for (JsonNode s : stories) {
      JsonNode st = new ObjectMapper().readTree(get("/api/stories/" + s.get("id").asText()));
      if (st.toString().contains(ids.get(0)) && st.toString().contains(ids.get(1)))
        return s.get("id").asText();
    }
    throw new AssertionError("no story holds both articles: " + stories);
  }

  @Test
  void theDocumentPageShowsItsLanguage() throws Exception {
    assertTrue(get("/documents/" + ids.get(0)).contains(GERMAN));
    String en = get("/documents/" + ids.get(1));
    assertTrue(en.contains(ENGLISH));
    assertTrue(!en.contains(GERMAN), "only its own language");
  }

  @Test
  void theStorysArticleListsAndItsSeriesObservationsShowEachLanguage() throws Exception {
    String page = get("/stories/" + story());
    assertTrue(page.contains(GERMAN) && page.contains(ENGLISH), page);
    Matcher m = Pattern.compile("href=\"(/series/[^\"]+)\"").matcher(page);
    boolean both = false;
    while (m.find() && !both) {
      String series = get(m.group(1));
      if (!series.contains("table class=\"observations\"")) continue;
      String table = series.substring(series.indexOf("table class=\"observations\""));
      both = table.contains(GERMAN) && table.contains(ENGLISH);
    }
    assertTrue(both, "a series observed in both languages shows each observation's language");
  }

  @Test
  void searchHitsAndTheEntityPageShowEachLanguage() throws Exception {
    String hits = get("/search?q=" + URLEncoder.encode("Pistorius", StandardCharsets.UTF_8));
    assertTrue(hits.contains(GERMAN) && hits.contains(ENGLISH), hits);
    // the page of a person named in both articles lists both
    JsonNode all = new ObjectMapper().readTree(get("/api/entities?limit=200"));
    String id = null;
    for (JsonNode e : all.findParents("name"))
      if (e.path("name").asText().equals("Boris Pistorius") && e.has("id"))
        id = e.get("id").asText();
    assertTrue(id != null, all.toString());
    String entity = get("/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    String articles = entity.substring(entity.indexOf("<h2>Articles</h2>"));
    assertTrue(articles.contains(GERMAN) && articles.contains(ENGLISH), articles);
  }

  @Test
  void theReportsSourcesNameTheirLanguageInHtmlAndMarkdown() throws Exception {
    String story = story();
    String html = get("/report?story=" + story);
    String sources = html.substring(html.indexOf("<ol class=\"sources\">"));
    assertTrue(sources.contains(GERMAN) && sources.contains(ENGLISH), sources);
    String md = get("/report.md?story=" + story);
    String list = md.substring(md.indexOf("## Sources"));
    assertTrue(list.contains("Tagesblatt · German · "), list);
    assertTrue(list.contains("Daily · English · "), list);
  }
}

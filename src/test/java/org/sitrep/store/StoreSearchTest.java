package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreSearchTest {
  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void fill() {
    store = Store.open(dir);
    store.putAll(
        List.of(
            Fixtures.plain(
                "LRT",
                "EuropeLandWar",
                "2023-06-26",
                "Germany to station brigade",
                "Germany will station a brigade of 4,000 soldiers in Lithuania, Defense Minister Boris Pistorius"
                    + " said in Vilnius."),
            Fixtures.plain(
                "DW",
                "EuropeLandWar",
                "2022-06-07",
                "Scholz pledges support",
                "German Chancellor Olaf Scholz pledged to send more troops to Lithuania to strengthen NATO's"
                    + " eastern flank."),
            Fixtures.plain(
                "Reuters",
                "EuropeLandWar",
                "2024-04-08",
                "Lithuania welcomes German brigade",
                "Lithuanian Defence Minister Arvydas Anušauskas welcomed the German brigade, the first permanent"
                    + " deployment of German troops abroad since the Second World War."),
            Fixtures.plain(
                "Reuters",
                "Economy",
                "2023-01-10",
                "Euro zone inflation eases",
                "Inflation in the euro zone eased in December, and Lithuania's economy grew faster than expected."),
            Fixtures.plain(
                "DW",
                "Economy",
                null,
                "German exports fall",
                "German exports fell for a third month as demand from China weakened."),
            Fixtures.plain(
                "LRT",
                "EuropeLandWar",
                "2023-07-11",
                "NATO summit opens in Vilnius",
                "Leaders met at the NATO summit in Vilnius; Lithuania hosted the alliance for two days.")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Set<String> titles(String query) {
    return titles(SearchQuery.of(query));
  }

  private static Set<String> titles(SearchQuery q) {
    Set<String> out = new HashSet<>();
    store.search(q).hits().forEach(h -> out.add(h.title()));
    return out;
  }

  @Test
  void luceneSyntax() {
    assertEquals(
        5,
        store.search(SearchQuery.of("Lithuania")).total(),
        "title or body, Lithuania's included");
    assertEquals(
        Set.of("Germany to station brigade", "Lithuania welcomes German brigade"),
        titles("brigade"));
    assertEquals(Set.of("Germany to station brigade"), titles("brigade AND NOT Anusauskas"));
    assertEquals(Set.of("Germany to station brigade"), titles("brigade -welcomed"));
    assertEquals(Set.of("NATO summit opens in Vilnius"), titles("title:summit"));
    assertEquals(
        Set.of("Germany to station brigade", "NATO summit opens in Vilnius"), titles("Vilnius"));
    assertEquals(
        Set.of("Euro zone inflation eases", "German exports fall"), titles("inflation OR exports"));
    assertEquals(Set.of("Germany to station brigade"), titles("Pistor*"));
    assertEquals(Set.of(), titles("brigade inflation"), "terms are ANDed by default");
  }

  @Test
  void foldingAndStemming() {
    assertEquals(Set.of("Lithuania welcomes German brigade"), titles("Anusauskas"), "š folds to s");
    assertEquals(Set.of("Lithuania welcomes German brigade"), titles("Anušauskas"));
    assertEquals(
        Set.of("Germany to station brigade"), titles("soldier"), "plural found by singular");
    assertEquals(Set.of("Scholz pledges support"), titles("pledge"), "pledged, pledges");
    assertEquals(Set.of("Lithuania welcomes German brigade"), titles("welcome"));
  }

  @Test
  void phrases() {
    assertEquals(Set.of("Lithuania welcomes German brigade"), titles("\"German brigade\""));
    assertEquals(Set.of("Scholz pledges support"), titles("\"eastern flank\""));
    assertEquals(Set.of(), titles("\"brigade German\""));
    assertEquals(
        Set.of("Lithuania welcomes German brigade"), titles("\"German troops\"~2"), "slop");
  }

  @Test
  void filters() {
    SearchQuery lithuania = SearchQuery.of("Lithuania");
    assertEquals(
        Set.of("Lithuania welcomes German brigade", "Euro zone inflation eases"),
        titles(lithuania.with(Filters.NONE.withOutlet("Reuters"))));
    assertEquals(
        Set.of("Euro zone inflation eases"),
        titles(lithuania.with(Filters.NONE.withOutlet("Reuters").withLabel("Economy"))));
    assertEquals(
        Set.of(
            "Germany to station brigade",
            "Euro zone inflation eases",
            "NATO summit opens in Vilnius"),
        titles(
            lithuania.with(
                Filters.NONE.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))));
    assertEquals(
        Set.of("Germany to station brigade"),
        titles(
            lithuania.with(
                Filters.NONE.between(LocalDate.of(2023, 6, 26), LocalDate.of(2023, 6, 26)))),
        "a one-day range includes that day");
    assertEquals(
        Set.of("Lithuania welcomes German brigade", "NATO summit opens in Vilnius"),
        titles(lithuania.with(new Filters(null, null, LocalDate.of(2023, 7, 1), null))));
    assertEquals(
        4,
        store.search(SearchQuery.of("").with(Filters.NONE.withLabel("EuropeLandWar"))).total(),
        "a blank query lists everything the filters let through");
    assertEquals(0, store.search(lithuania.with(Filters.NONE.withOutlet("Nobody"))).total());
  }

  @Test
  void facetsCountAllMatchesNotJustThePage() {
    SearchResult r = store.search(SearchQuery.of("Lithuania").with(Page.first(1)));
    assertEquals(5, r.total());
    assertEquals(1, r.hits().size());
    assertEquals(
        List.of(
            new SearchResult.FacetCount("LRT", 2),
            new SearchResult.FacetCount("Reuters", 2),
            new SearchResult.FacetCount("DW", 1)),
        r.outlets().stream()
            .sorted(
                (a, b) ->
                    a.count() != b.count()
                        ? Long.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()))
            .toList());
    assertEquals(
        List.of(
            new SearchResult.FacetCount("EuropeLandWar", 4),
            new SearchResult.FacetCount("Economy", 1)),
        r.labels());
    SearchResult reuters =
        store.search(SearchQuery.of("Lithuania").with(Filters.NONE.withOutlet("Reuters")));
    assertEquals(2, reuters.total());
    assertEquals(3, reuters.outlets().size(), "other outlets stay on offer: " + reuters.outlets());
    assertEquals(
        List.of(
            new SearchResult.FacetCount("Economy", 1),
            new SearchResult.FacetCount("EuropeLandWar", 1)),
        reuters.labels().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList(),
        "labels count within the outlet filter");
    SearchResult both =
        store.search(
            SearchQuery.of("Lithuania")
                .with(Filters.NONE.withOutlet("Reuters").withLabel("Economy")));
    assertEquals(1, both.total());
    assertEquals(
        List.of(new SearchResult.FacetCount("Reuters", 1)),
        both.outlets(),
        "within the label filter");
    assertEquals(2, both.labels().size(), "within the outlet filter");
    SearchResult none = store.search(SearchQuery.of("zeppelin"));
    assertEquals(0, none.total());
    assertTrue(none.outlets().isEmpty());
  }

  @Test
  void snippetsHighlightTheMatch() {
    SearchResult.Hit hit = store.search(SearchQuery.of("Pistorius")).hits().get(0);
    assertTrue(hit.snippet().contains("<b>Pistorius</b>"), hit.snippet());
    assertEquals("LRT", hit.outlet());
    assertEquals("2023-06-26", hit.published());
    assertTrue(hit.score() > 0);
    String phrase = store.search(SearchQuery.of("\"German brigade\"")).hits().get(0).snippet();
    assertTrue(phrase.contains("<b>German brigade</b>"), phrase);
    String folded = store.search(SearchQuery.of("Anusauskas")).hits().get(0).snippet();
    assertTrue(folded.contains("<b>Anušauskas</b>"), "the text as written is shown: " + folded);
    String escaped = store.search(SearchQuery.of("NATO")).hits().get(0).snippet();
    assertTrue(escaped.contains("NATO&#x27;s") || escaped.contains("<b>NATO</b>"), escaped);
  }

  @Test
  void paging() {
    SearchQuery all = SearchQuery.of("").with(new Page(0, 4));
    SearchResult p1 = store.search(all);
    SearchResult p2 = store.search(all.with(new Page(4, 4)));
    SearchResult p3 = store.search(all.with(new Page(8, 4)));
    assertEquals(List.of(6L, 6L, 6L), List.of(p1.total(), p2.total(), p3.total()));
    assertEquals(4, p1.hits().size());
    assertEquals(2, p2.hits().size());
    assertTrue(p3.hits().isEmpty());
    Set<String> ids = new HashSet<>();
    p1.hits().forEach(h -> ids.add(h.id()));
    p2.hits().forEach(h -> ids.add(h.id()));
    assertEquals(6, ids.size(), "pages do not overlap");
    List<String> ranked =
        store.search(SearchQuery.of("Lithuania").with(Page.first(5))).hits().stream()
            .map(SearchResult.Hit::id)
            .toList();
    assertEquals(
        ranked.subList(2, 4),
        store.search(SearchQuery.of("Lithuania").with(new Page(2, 2))).hits().stream()
            .map(SearchResult.Hit::id)
            .toList());
    assertThrows(IllegalArgumentException.class, () -> new Page(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> new Page(0, 0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "troops AND",
        "(brigade OR troops",
        "\"unclosed phrase",
        "*ania",
        "title:",
        "a:b:c]"
      })
  void badQueryIsAOneLineUserError(String text) {
    BadQueryException e =
        assertThrows(BadQueryException.class, () -> store.search(SearchQuery.of(text)));
    assertEquals(text, e.query());
    assertTrue(e.getMessage().startsWith("bad search query '" + text + "': "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertFalse(e.getMessage().contains("Was expecting"), e.getMessage());
  }
}

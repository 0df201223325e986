package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.testing.AlertArticles;

/**
 * Topics on a real store: articles are tagged with the topics they match and why, as they arrive
 * and by the back-fill when a topic is added; each alert kind is raised once, for articles stored
 * after the topic, and not again after a re-poll or a restart.
 */
class TopicAlertsTest {
  /** The topic of the troops in Lithuania. */
  private static final Topic BALTIC = Topic.of("baltic", "troops", List.of(), List.of("LTU"), null);

  @TempDir Path dir;

  private static void add(Store store, Annotated... docs) {
    store.putAll(List.of(docs));
    store.resolvePending();
  }

  /**
   * A store with Wire One's first report on the troops in Lithuania, and the topic of them added
   * after it: later reports of the story raise alerts.
   */
  private static void followed(Store store) {
    add(store, AlertArticles.wireOne(1, "2024-01-02", 1000, "2024-01-01"));
    store.topics().add(BALTIC);
  }

  /** The alerts of one kind raised so far. */
  private static List<Alert> alerts(Store store, String kind) {
    return store.topics().alerts(null, null, 100).stream()
        .filter(a -> a.kind().equals(kind))
        .toList();
  }

  private static Map<String, Long> kinds(List<Alert> alerts) {
    return alerts.stream().collect(Collectors.groupingBy(Alert::kind, Collectors.counting()));
  }

  @Test
  void aPersonNamedOnceInPassingIsNoNewsToTheStoryButOneNamedTwiceIs() {
    try (Store store = Store.open(dir)) {
      followed(store);
      Annotated base = AlertArticles.dailyTwo(3, "2024-01-03", 1000, "2024-01-01", "Anna Berg");
      add(store, AlertArticles.withLaterParagraph(base, "Hanna Vogel", 1));
      assertTrue(
          alerts(store, "entity").isEmpty(), "a name in passing, after the lead, raises nothing");
      Annotated next = AlertArticles.dailyTwo(4, "2024-01-04", 1000, "2024-01-01", "Anna Berg");
      add(store, AlertArticles.withLaterParagraph(next, "Ida Sommer", 2));
      List<Alert> entity = alerts(store, "entity");
      assertEquals(1, entity.size(), entity.toString());
      assertEquals("Ida Sommer", entity.get(0).measure());
    }
  }

  @Test
  void articlesAreTaggedWithWhyAndEachAlertIsRaisedOnce() {
    Annotated a1 = AlertArticles.wireOne(1, "2024-01-02", 1000, "2024-01-01");
    Annotated other = AlertArticles.unrelated(2, "2024-01-02");
    List<Alert> raised;
    try (Store store = Store.open(dir)) {
      add(store, a1, other);
      Topics topics = store.topics();
      int tagged = topics.add(BALTIC);
      assertEquals(1, tagged, "the back-fill tags the stored article that matches, only it");
      Map<String, List<String>> why = topics.why(a1.document().id());
      assertEquals(List.of("baltic"), List.copyOf(why.keySet()));
      assertTrue(why.get("baltic").get(0).startsWith("query troops: "), why.toString());
      assertTrue(why.get("baltic").get(0).contains("body:troops"), why.toString());
      assertTrue(why.get("baltic").contains("place LTU: Lithuania"), why.toString());
      assertTrue(topics.why(other.document().id()).isEmpty());
      assertTrue(topics.alerts(null, null, 100).isEmpty(), "back-filled articles raise nothing");

      // The same figure from another outlet: no new figure; a new person in the story.
      add(store, AlertArticles.dailyTwo(3, "2024-01-03", 1000, "2024-01-01", "Carl Dorn"));
      assertEquals(Map.of("entity", 1L), kinds(topics.alerts(null, null, 100)));
      Alert entity = topics.alerts(null, null, 100).get(0);
      assertEquals("Carl Dorn", entity.measure());
      assertTrue(entity.text().contains("New person in story"), entity.text());
      assertEquals("https://two.example/3", entity.url());
      assertTrue(entity.evidence().get(0).text().contains("Carl Dorn said"));

      // 1,000 -> 1,500: one alert for the article's value in the series, a move of 50 % (not a
      // new high: the series had one value before, twice).
      add(store, AlertArticles.wireOne(4, "2024-02-02", 1500, "2024-02-01"));
      assertEquals(Map.of("entity", 1L, "move", 1L), kinds(topics.alerts(null, null, 100)));
      Alert move =
          topics.alerts("baltic", null, 100).stream()
              .filter(a -> a.kind().equals("move"))
              .findFirst()
              .orElseThrow();
      assertEquals(1500.0, move.value());
      assertEquals(1000.0, move.previous());
      assertEquals("troops", move.measure());
      assertTrue(move.text().contains("+50.0%"), move.text());
      assertEquals(2, move.evidence().size(), "the new sentence and the one before");

      // Another outlet says 1,200 for the same day: sources disagree, and that is the one alert
      // (the move it also is, from 1,500, named in its text).
      add(
          store,
          AlertArticles.troops(
              5,
              "Review Three",
              "https://three.example/5",
              "2024-02-03",
              1200,
              "2024-02-01",
              "Anna Berg"));
      Alert conflict =
          topics.alerts("baltic", null, 100).stream()
              .filter(a -> a.kind().equals("conflict"))
              .findFirst()
              .orElseThrow();
      assertEquals(1200.0, conflict.value());
      assertEquals(1500.0, conflict.previous());
      assertTrue(conflict.text().contains("2024-02-01"), conflict.text());
      assertTrue(
          conflict.text().contains("also: Germany / troops / Lithuania moved from 1500 to 1200"),
          conflict.text());
      assertEquals(
          List.of("https://three.example/5", "https://one.example/4"),
          conflict.evidence().stream().map(Alert.Evidence::url).toList());
      // An article the topic does not match raises nothing on it.
      add(store, AlertArticles.unrelated(6, "2024-02-04"));
      raised = topics.alerts(null, null, 100);
      assertEquals(Map.of("entity", 1L, "move", 1L, "conflict", 1L), kinds(raised));
      // A re-poll brings the same article again: it is stored once and raises nothing.
      add(store, AlertArticles.wireOne(4, "2024-02-02", 1500, "2024-02-01"));
      assertEquals(raised, topics.alerts(null, null, 100));
    }
    // A restart: nothing is raised again, the tags are where they were.
    try (Store store = Store.open(dir)) {
      store.resolvePending();
      assertEquals(raised, store.topics().alerts(null, null, 100));
      assertEquals(4, store.topics().docs("baltic").size());
      assertEquals(
          1,
          store.topics().alerts("baltic", null, 100).stream()
              .filter(a -> a.kind().equals("conflict"))
              .count());
      assertTrue(store.topics().alerts(null, "2999-01-01", 100).isEmpty());
    }
  }

  @Test
  void aLabelIsATopicAndADayWithManyReportsIsASpikeOnce() {
    try (Store store = Store.open(dir)) {
      add(
          store,
          AlertArticles.build(
              1,
              "Wire One",
              "https://one.example/1",
              "2024-03-05",
              "Spiky",
              100,
              "2024-03-05",
              "Anna Berg"),
          AlertArticles.build(
              2,
              "Wire One",
              "https://one.example/2",
              "2024-03-05",
              "Other",
              100,
              "2024-03-05",
              "Anna Berg"));
      Topics topics = store.topics();
      assertEquals(1, topics.add(Topic.of("spiky", null, List.of(), List.of(), "Spiky")));
      assertEquals(
          List.of("label Spiky"), topics.why(store.topics().docs("spiky").get(0)).get("spiky"));
      for (int i = 10; i < 14; i++)
        add(
            store,
            AlertArticles.build(
                i,
                "Outlet " + i,
                "https://x.example/" + i,
                "2024-03-10",
                "Spiky",
                100,
                "2024-03-10",
                "Anna Berg"));
      List<Alert> spikes =
          topics.alerts("spiky", null, 100).stream().filter(a -> a.kind().equals("spike")).toList();
      assertEquals(1, spikes.size(), "three reports make the spike, the fourth adds none");
      assertEquals("2024-03-10", spikes.get(0).subject());
      assertEquals(3.0, spikes.get(0).value());
      assertEquals(1 / 7.0, spikes.get(0).previous(), 1e-9);
      assertEquals(5, topics.docs("spiky").size());
    }
  }

  @Test
  void aSeriesAlertsOnlyOnValuesItDidNotHaveOncePerArticle() {
    try (Store store = Store.open(dir)) {
      store.topics().add(BALTIC);
      Topics topics = store.topics();
      // The series' first value has nothing to be compared with; the same value from another
      // outlet is no news.
      add(store, AlertArticles.wireOne(1, "2024-01-02", 1000, "2024-01-02"));
      add(store, AlertArticles.dailyTwo(2, "2024-01-03", 1000, "2024-01-03", "Anna Berg"));
      assertTrue(
          topics.alerts(null, null, 100).stream().noneMatch(a -> !a.kind().equals("entity")),
          topics.alerts(null, null, 100).toString());
      // 1,050: a value the series did not have, within the threshold: a new figure.
      add(store, AlertArticles.wireOne(3, "2024-01-04", 1050, "2024-01-04"));
      List<Alert> figures =
          topics.alerts(null, null, 100).stream().filter(a -> a.kind().equals("figure")).toList();
      assertEquals(1, figures.size(), figures.toString());
      assertEquals(1000.0, figures.get(0).previous());
      // Repeated by another outlet: nothing.
      int before = topics.alerts(null, null, 100).size();
      add(store, AlertArticles.dailyTwo(4, "2024-01-05", 1050, "2024-01-05", "Anna Berg"));
      assertEquals(before, topics.alerts(null, null, 100).size());
      // 1,400: beyond both earlier values and 33 % up: one alert, the new high.
      add(store, AlertArticles.wireOne(5, "2024-01-06", 1400, "2024-01-06"));
      List<Alert> last =
          topics.alerts(null, null, 100).stream()
              .filter(a -> "https://one.example/5".equals(a.url()))
              .toList();
      assertEquals(1, last.size(), last.toString());
      assertEquals("high", last.get(0).kind());
      assertEquals(1050.0, last.get(0).previous());
    }
  }

  @Test
  void theNamesAnArticleBringsToAStoryMakeOneAlert() {
    try (Store store = Store.open(dir)) {
      followed(store);
      Annotated base = AlertArticles.dailyTwo(3, "2024-01-03", 1000, "2024-01-01", "Carl Dorn");
      add(store, AlertArticles.withLaterParagraph(base, "Hanna Vogel", 2));
      List<Alert> entity = alerts(store, "entity");
      assertEquals(1, entity.size(), entity.toString());
      assertEquals("Carl Dorn, Hanna Vogel", entity.get(0).measure());
      assertTrue(entity.get(0).text().contains("New people in story"), entity.get(0).text());
      assertEquals(2, entity.get(0).evidence().size(), entity.get(0).evidence().toString());

      // A later article of the story names Hanna Vogel again, read as an organisation this time
      // (another entity, another id): the name was news to the story once, and is not again.
      Annotated again =
          AlertArticles.withLaterParagraph(
              AlertArticles.dailyTwo(5, "2024-01-05", 1000, "2024-01-01", "Carl Dorn"),
              "Hanna Vogel",
              2);
      List<org.sitrep.model.Mention> retyped = new java.util.ArrayList<>();
      for (org.sitrep.model.Mention m : again.entities())
        retyped.add(
            !m.text().equals("Hanna Vogel")
                ? m
                : new org.sitrep.model.Mention(
                    m.start(),
                    m.end(),
                    m.text(),
                    "ORGANIZATION",
                    m.role(),
                    m.country(),
                    m.canonical(),
                    m.entityId(),
                    m.kind(),
                    m.lat(),
                    m.lon()));
      add(store, again.withEntities(retyped));
      assertEquals(
          1, alerts(store, "entity").size(), store.topics().alerts(null, null, 100).toString());
    }
  }

  @Test
  void aTopicIsCheckedBeforeItIsStored() {
    try (Store store = Store.open(dir)) {
      Topics topics = store.topics();
      assertThrows(
          IllegalArgumentException.class,
          () -> topics.add(Topic.of("empty", null, List.of(), List.of(), null)));
      assertThrows(
          BadQueryException.class,
          () -> topics.add(Topic.of("bad", "troops AND", List.of(), List.of(), null)));
      assertThrows(
          IllegalArgumentException.class,
          () -> topics.add(Topic.of("x", null, List.of(), List.of("Lithuania"), null)));
      topics.add(Topic.of("nato", null, List.of("NATO"), List.of(), null));
      assertThrows(
          IllegalArgumentException.class,
          () -> topics.add(Topic.of("nato", "troops", List.of(), List.of(), null)));
      assertTrue(topics.remove("nato"));
      assertFalse(topics.remove("nato"));
      assertTrue(topics.list().isEmpty());
    }
  }
}

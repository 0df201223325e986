package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.server.Ingest;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;
import org.sitrep.testing.BilingualPair;

/**
 * A German and an English article on one event (Germany's brigade in Lithuania, written from the
 * facts of the example articles), ingested as any article is: one fact series from both languages,
 * one entity per person, and the statement quoted in German and in English translation linked as
 * one statement with two renderings.
 */
class BilingualGoldenTest {
  @TempDir static Path dir;
  static List<FactSeries> facts;
  static List<Entity> entities;
  static List<QuoteVariants.Statement> statements;
  static List<String> ids = new ArrayList<>();

  @BeforeAll
  static void ingest() throws Exception {
    try (Store store = Store.open(dir)) {
      List<Ingest.Result> results = BilingualPair.ingest(store);
      for (Ingest.Result r : results) {
        assertEquals(1, r.stored().size(), r.toString());
        ids.add(r.stored().get(0).id());
      }
      assertEquals("de", store.get(ids.get(0)).orElseThrow().document().language());
      assertEquals("en", store.get(ids.get(1)).orElseThrow().document().language());
      SituationView v = store.situation();
      facts = v.facts();
      entities = v.entities();
      statements = v.statements();
    }
  }

  @Test
  void bothLanguagesObserveOneSeries() {
    FactSeries s =
        facts.stream()
            .filter(f -> f.key().equals(new SeriesKey("DEU", "troops", "LTU")))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(facts.stream().map(FactSeries::key).toList().toString()));
    Set<String> docs =
        s.observations().stream().map(Observation::docId).collect(Collectors.toSet());
    assertEquals(Set.copyOf(ids), docs, s.observations().toString());
    // 4.800 / 4,800 planned by 2027 in both; 780 now in both
    for (String id : ids) {
      assertTrue(
          s.observations().stream()
              .anyMatch(
                  o ->
                      o.docId().equals(id)
                          && o.value() == 4800
                          && o.status().equals("planned")
                          && "2027".equals(o.target())),
          id + ": " + s.observations());
      assertTrue(
          s.observations().stream()
              .anyMatch(
                  o -> o.docId().equals(id) && o.value() == 780 && o.status().equals("current")),
          id + ": " + s.observations());
    }
  }

  @Test
  void eachPersonIsOneEntityAcrossLanguages() {
    for (String person : List.of("Boris Pistorius", "Gitanas Nausėda", "Arvydas Anušauskas")) {
      List<Entity> found = entities.stream().filter(e -> e.name().equals(person)).toList();
      assertEquals(1, found.size(), person + " in " + names());
      assertEquals(Set.copyOf(ids), Set.copyOf(found.get(0).docs()), person);
    }
    for (String place : List.of("Lithuania", "Germany")) {
      List<Entity> found = entities.stream().filter(e -> e.name().equals(place)).toList();
      assertEquals(1, found.size(), place + " in " + names());
      assertEquals(Set.copyOf(ids), Set.copyOf(found.get(0).docs()), place);
    }
    Entity bundeswehr =
        entities.stream()
            .filter(e -> e.name().equals("Bundeswehr"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(names()));
    assertEquals(Set.copyOf(ids), Set.copyOf(bundeswehr.docs()), "Bundeswehr");
  }

  @Test
  void theStatementInGermanAndInTranslationIsOne() {
    List<QuoteVariants.Statement> linked =
        statements.stream().filter(s -> s.variants().size() > 1).toList();
    assertEquals(1, linked.size(), statements.toString());
    QuoteVariants.Statement s = linked.get(0);
    assertEquals("Boris Pistorius", s.speaker());
    assertEquals(
        Set.of("de", "en"),
        s.variants().stream().map(QuoteVariants.Item::language).collect(Collectors.toSet()));
    assertTrue(
        s.variants().stream().anyMatch(v -> v.text().contains("kriegstüchtigen Brigade")),
        s.toString());
    assertTrue(
        s.variants().stream().anyMatch(v -> v.text().contains("war-ready brigade")), s.toString());
  }

  private static List<String> names() {
    return entities.stream().map(Entity::name).toList();
  }
}

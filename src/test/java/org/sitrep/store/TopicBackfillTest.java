package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.testing.AlertArticles;

/**
 * A topic without a query, added to a store that holds articles already, is given the stored
 * articles that name its entities (read from their mentions, the same name keys as the matcher:
 * case, diacritics and a possessive aside), within its places and label, and no other.
 */
class TopicBackfillTest {
  @TempDir Path dir;

  @Test
  void anEntityTopicIsGivenTheStoredArticlesThatNameItAndNoOther() {
    try (Store store = Store.open(dir)) {
      Annotated berg = AlertArticles.wireOne(1, "2024-01-02", 1000, "2024-01-01");
      Annotated minister =
          AlertArticles.troops(
              2,
              "Wire One",
              "https://one.example/2",
              "2024-01-03",
              1100,
              "2024-01-02",
              "Arvydas Anušauskas");
      Annotated later =
          AlertArticles.withLaterParagraph(
              AlertArticles.troops(
                  3,
                  "Review Three",
                  "https://three.example/3",
                  "2024-01-04",
                  1200,
                  "2024-01-03",
                  "Jonas Kask"),
              "ANNA BERG's",
              1);
      Annotated other = AlertArticles.unrelated(4, "2024-01-05");
      store.putAll(List.of(berg, minister, later, other));
      store.resolvePending();
      Topics topics = store.topics();

      assertEquals(2, topics.add(Topic.of("berg", null, List.of("anna berg"), List.of(), null)));
      assertEquals(
          Set.of(berg.document().id(), later.document().id()), Set.copyOf(topics.docs("berg")));

      assertEquals(
          1,
          topics.add(Topic.of("minister", null, List.of("Arvydas Anusauskas"), List.of(), null)));
      assertEquals(List.of(minister.document().id()), topics.docs("minister"));

      // Places narrow further: no article names Anna Berg in Japan.
      assertEquals(
          0, topics.add(Topic.of("tokyo", null, List.of("Anna Berg"), List.of("JPN"), null)));
      assertEquals(
          1, topics.add(Topic.of("kask", null, List.of("Jonas Kask"), List.of("LTU"), null)));
    }
  }
}

package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Source;

class StoreDuplicateTest {
  @TempDir Path dir;

  @Test
  void sameArticleFromAnotherSourceAddsTheSourceOnly() throws Exception {
    Annotated first = Fixtures.full();
    String id = first.document().id();
    Source other = new Source("feeds/dw.jsonl", "https://dw.com/x", "rec-7", 42);
    // Reflowed and re-cased text has the same id, and different layers must not replace the stored
    // ones.
    Document reflowed =
        Document.of(
            other,
            "DW",
            "Other",
            "Another title",
            first.document().published(),
            "en",
            List.of(),
            Fixtures.BODY.replace(" ", "\n  ").toUpperCase(java.util.Locale.ROOT));
    assertEquals(id, reflowed.id());
    Annotated second = Annotated.of(reflowed);

    try (Store s = Store.open(dir)) {
      assertEquals(new Ingested(id, Ingested.Outcome.NEW, 2), s.put(first));
      assertEquals(new Ingested(id, Ingested.Outcome.DUPLICATE, 1), s.put(second));
      assertEquals(
          new Ingested(id, Ingested.Outcome.DUPLICATE, 0),
          s.put(second),
          "a known source is not added");
      assertEquals(new Ingested(id, Ingested.Outcome.DUPLICATE, 0), s.put(first));
      assertEquals(1, s.count());
      assertEquals(1, s.indexedCount());

      Annotated back = s.get(id).orElseThrow();
      List<Source> expected =
          List.of(first.document().sources().get(0), first.document().sources().get(1), other);
      assertEquals(expected, back.document().sources());
      assertEquals(
          first.document().withSources(expected),
          back.document(),
          "title, outlet, body as first stored");
      assertEquals(first.entities(), back.entities());
      assertEquals(3, s.list(ListQuery.all(5)).get(0).sources());
      assertEquals(1, s.search(SearchQuery.of("brigade")).total());
    }
    try (Connection c = Fixtures.sqlite(dir)) {
      assertEquals(3, Fixtures.rows(c, "sources", id));
      assertEquals(4, Fixtures.rows(c, "mentions", id), "layers of the first ingest only");
      assertEquals(2, Fixtures.rows(c, "events", id));
    }
  }

  @Test
  void duplicatesInsideOneBatch() {
    Annotated a = Fixtures.plain("DW", "X", "2023-01-01", "t", "The same words.");
    Annotated b = Annotated.of(a.document().withSources(List.of(Source.file("elsewhere.txt"))));
    try (Store s = Store.open(dir)) {
      List<Ingested> r = s.putAll(List.of(a, b, a));
      assertEquals(
          List.of(Ingested.Outcome.NEW, Ingested.Outcome.DUPLICATE, Ingested.Outcome.DUPLICATE),
          r.stream().map(Ingested::outcome).toList());
      assertEquals(List.of(1, 1, 0), r.stream().map(Ingested::sourcesAdded).toList());
      assertEquals(1, s.count());
      assertEquals(1, s.indexedCount());
    }
  }
}

package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.testing.Examples;
import org.sitrep.testing.ResolutionPicture;

/**
 * The resolution kept in the store, brought up to date batch by batch (articles in random order, so
 * back-filled and undated ones arrive among newer ones; random batch sizes; the picture read
 * between batches or not), is the picture {@code resolve} rebuilds from every stored document.
 */
class StoreIncrementalResolutionTest {
  @TempDir Path dir;

  /**
   * The samples (dated, one undated, two near copies) and synthetic articles with wire copies and
   * undated ones among them.
   */
  static List<Annotated> corpus(int synthetic) {
    List<Annotated> out = new ArrayList<>();
    Map<String, Annotated> samples = Examples.annotated();
    for (int i = 0; i < Examples.DATED.size(); i++) {
      String[] d = Examples.DATED.get(i);
      Annotated a = samples.get(d[0].substring(0, 3));
      out.add(with(a, d[1], i == 3 ? Published.UNKNOWN : Published.stated(d[2]), ""));
      if (i < 2) out.add(with(a, "Radio East", Published.stated(d[2]), "\n\nMore follows."));
    }
    SyntheticCorpus corpus =
        new SyntheticCorpus(3, SyntheticCorpus.fillerFrom(Path.of("examples")));
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < synthetic; i++) out.add(corpus.mixed(rnd, i));
    return out;
  }

  private static Annotated with(Annotated a, String outlet, Published date, String more) {
    Document d = a.document();
    return a.withDocument(
        new Document(
            null,
            List.of(Source.file("examples/" + outlet + more.length())),
            outlet,
            d.label(),
            d.title(),
            date,
            d.language(),
            d.headings(),
            d.body() + more));
  }

  @Test
  void addedInAnyOrderAndBatchesThePictureIsTheRebuilds() {
    List<Annotated> corpus = corpus(160);
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<Annotated> order = new ArrayList<>(corpus);
      Collections.shuffle(order, random);
      Path data = dir.resolve("order" + seed);
      try (Store store = Store.open(data)) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < order.size(); ) {
          int n = Math.min(order.size() - i, 1 + random.nextInt(20));
          for (Ingested in : store.putAll(order.subList(i, i + n)))
            if (in.isNew()) ids.add(in.id());
          i += n;
          if (random.nextInt(5) > 0) store.resolvePending();
          if (random.nextInt(4) == 0)
            ResolutionPicture.of(store, ids); // reads rebuild the touched items
        }
        store.resolvePending();
        assertEquals(0, store.unresolved());
        ResolutionPicture kept = ResolutionPicture.of(store, ids);
        Resolution rebuilt = store.resolveAll();
        assertEquals(ids.size(), rebuilt.docs());
        ResolutionPicture whole = ResolutionPicture.of(store, ids);
        assertEquals(whole.entities(), kept.entities(), "entities, order " + seed);
        assertEquals(whole.stories(), kept.stories(), "stories, order " + seed);
        assertEquals(whole.facts(), kept.facts(), "fact series, order " + seed);
        assertEquals(whole.statements(), kept.statements(), "statements, order " + seed);
        assertEquals(whole, kept, "order " + seed);
        assertPictureHasSubstance(whole, ids.size());
      }
    }
  }

  /**
   * Key rows stored before they named their article's story (as the schema migration leaves them:
   * no story id, no record of merges) still lead to the right stories: the picture after more
   * articles arrive, in random order, is the rebuild's.
   */
  @Test
  void keyRowsWithoutTheirStoryStillLeadToTheRebuildsStories() throws Exception {
    List<Annotated> order = new ArrayList<>(corpus(100));
    Collections.shuffle(order, new Random(5));
    Path data = dir.resolve("before-story-ids");
    List<String> ids = new ArrayList<>();
    try (Store store = Store.open(data)) {
      for (Ingested in : store.putAll(order.subList(0, 50))) ids.add(in.id());
      store.resolvePending();
    }
    try (java.sql.Connection c = Fixtures.sqlite(data);
        java.sql.Statement st = c.createStatement()) {
      assertTrue(st.executeUpdate("UPDATE story_key SET story_id = NULL") > 0);
      st.execute("DELETE FROM story_merged");
    }
    try (Store store = Store.open(data)) {
      for (int i = 50; i < order.size(); i += 7) {
        for (Ingested in : store.putAll(order.subList(i, Math.min(order.size(), i + 7))))
          if (in.isNew()) ids.add(in.id());
        store.resolvePending();
      }
      ResolutionPicture kept = ResolutionPicture.of(store, ids);
      store.resolveAll();
      assertEquals(ResolutionPicture.of(store, ids).stories(), kept.stories());
      assertEquals(ResolutionPicture.of(store, ids), kept);
    }
  }

  @Test
  void aStoreReopenedGoesOnFromItsStoredStateWithoutReadingTheOthersAgain() {
    List<Annotated> corpus = corpus(60);
    Path data = dir.resolve("reopen");
    List<String> ids = new ArrayList<>();
    try (Store store = Store.open(data)) {
      for (Ingested in : store.putAll(corpus.subList(0, 40))) ids.add(in.id());
      assertEquals(40, store.resolvePending().added());
    }
    try (Store store = Store.open(data)) {
      assertEquals(0, store.unresolved(), "the resolution was kept");
      for (Ingested in : store.putAll(corpus.subList(40, corpus.size()))) ids.add(in.id());
      assertEquals(corpus.size() - 40, store.unresolved());
      Resolution r = store.resolvePending();
      assertEquals(corpus.size() - 40, r.added(), "only the new articles are read");
      ResolutionPicture kept = ResolutionPicture.of(store, ids);
      store.resolveAll();
      assertEquals(ResolutionPicture.of(store, ids), kept);
    }
  }

  /**
   * Saved items that lost rows (figures and quotes of an article that became a copy when an earlier
   * copy of it arrived) are read again whole after a restart, not from their saved copy and every
   * row: each figure is counted once, as the rebuild counts it.
   */
  @Test
  void itemsThatLostRowsAreReadWholeAfterARestart() {
    Map<String, Annotated> samples = Examples.annotated();
    List<Annotated> originals = new ArrayList<>(), earlier = new ArrayList<>();
    for (String[] d : Examples.DATED) {
      Annotated a = samples.get(d[0].substring(0, 3));
      originals.add(with(a, d[1], Published.stated(d[2]), ""));
      earlier.add(with(a, "Radio East", Published.stated("2020-01-01"), "\n\nMore follows."));
    }
    Path data = dir.resolve("lost");
    List<String> ids = new ArrayList<>(), copies = new ArrayList<>();
    try (Store store = Store.open(data)) {
      for (Ingested in : store.putAll(originals)) ids.add(in.id());
      store.resolvePending();
      assertTrue(ResolutionPicture.of(store, ids).facts().size() > 0, "the samples have figures");
      for (Ingested in : store.putAll(earlier)) copies.add(in.id());
      ids.addAll(copies);
      store.resolvePending();
    }
    try (Store store = Store.open(data)) {
      ResolutionPicture kept = ResolutionPicture.of(store, ids);
      assertTrue(
          kept.facts().stream()
              .flatMap(f -> f.observations().stream())
              .anyMatch(o -> copies.contains(o.docId())),
          "the earlier copies count now");
      assertTrue(
          kept.facts().stream()
              .flatMap(f -> f.observations().stream())
              .noneMatch(o -> ids.subList(0, originals.size()).contains(o.docId())),
          "the articles they copy no longer count");
      store.resolveAll();
      assertEquals(ResolutionPicture.of(store, ids), kept);
    }
  }

  static void assertPictureHasSubstance(ResolutionPicture p, int docs) {
    for (var e : p.storyOf().entrySet()) assertNotNull(e.getValue(), e.getKey() + " has a story");
    assertEquals(docs, p.stories().stream().mapToInt(s -> s.docs().size()).sum());
    assertTrue(p.stories().stream().anyMatch(s -> s.docs().size() > 1), "stories group");
    assertTrue(
        p.stories().stream().anyMatch(s -> s.distinctReports() < s.docs().size()),
        "copies are found");
    assertTrue(p.facts().stream().anyMatch(f -> f.observations().size() > 1), "series grow");
    assertTrue(p.statements().stream().anyMatch(s -> s.variants().size() > 1), "quotes link");
    assertTrue(p.entities().stream().anyMatch(e -> !e.roles().isEmpty()), "roles are kept");
    assertTrue(p.framing().values().stream().anyMatch(m -> !m.isEmpty()), "framing is kept");
  }
}

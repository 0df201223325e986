package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.store.Resolution;
import org.sitrep.store.Store;

/**
 * The picture kept in memory and brought up to date with each resolution run's changes (only the
 * changed items read, each from its previous copy and what was added since) is the picture read
 * whole from the store, whatever the order articles arrive in: back-filled, undated and copied ones
 * among newer ones, in batches of any size.
 */
class SituationsApplyTest {
  @TempDir Path dir;

  static List<Annotated> corpus(int n) {
    SyntheticCorpus corpus =
        new SyntheticCorpus(5, SyntheticCorpus.fillerFrom(Path.of("examples")));
    SplittableRandom rnd = new SplittableRandom(7);
    List<Annotated> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(corpus.mixed(rnd, i));
    return out;
  }

  @Test
  void thePictureBroughtUpToDateIsThePictureReadWhole() {
    List<Annotated> corpus = corpus(220);
    for (long seed = 1; seed <= 2; seed++) {
      Random random = new Random(seed);
      List<Annotated> order = new ArrayList<>(corpus);
      Collections.shuffle(order, random);
      try (Store store = Store.open(dir.resolve("order" + seed))) {
        Situations kept = new Situations(store);
        kept.refresh();
        int applied = 0;
        for (int i = 0; i < order.size(); ) {
          int n = Math.min(order.size() - i, 1 + random.nextInt(random.nextBoolean() ? 3 : 25));
          store.putAll(order.subList(i, i + n));
          i += n;
          Snapshot before = kept.snapshot();
          Resolution r = store.resolvePending();
          kept.apply(r.changed());
          applied++;
          if (random.nextInt(3) == 0 || i == order.size()) {
            Situations whole = new Situations(store);
            assertSame(whole.snapshot(), kept.snapshot(), "order " + seed + ", run " + applied);
          }
          if (r.added() > 0) assertNotSame(before, kept.snapshot(), "a new picture replaces it");
        }
        Snapshot last = kept.snapshot();
        assertEquals(corpus.size(), last.storyOfDoc().size(), "every article has its story");
        assertTrue(last.series().values().stream().anyMatch(f -> f.observations().size() > 3));
        assertTrue(last.stories().values().stream().anyMatch(s -> s.docs().size() > 3));
      }
    }
  }

  /**
   * The items a run changed are saved as the picture in memory has them, so a start after those
   * runs reads them as saved (none is left to rebuild) and has the picture the runs left.
   */
  @Test
  void aStartAfterUpdatesReadsTheSavedPictureWithNothingLeftToRebuild() throws Exception {
    List<Annotated> corpus = corpus(120);
    Path data = dir.resolve("restart");
    Random random = new Random(3);
    List<Annotated> order = new ArrayList<>(corpus);
    Collections.shuffle(order, random);
    Snapshot kept;
    try (Store store = Store.open(data)) {
      store.putAll(order.subList(0, 60));
      store.resolvePending();
      Situations x = new Situations(store);
      x.refresh();
      assertEquals(0, stale(data), "the first read saves what it rebuilt");
      for (int i = 60; i < order.size(); ) {
        int n = Math.min(order.size() - i, 1 + random.nextInt(4));
        store.putAll(order.subList(i, i + n));
        i += n;
        Resolution r = store.resolvePending();
        if (r.added() > 0) assertTrue(stale(data) > 0, "a run marks what it changed");
        x.apply(r.changed());
        assertEquals(0, stale(data), "the picture's update saves the items it read");
      }
      kept = x.snapshot();
    }
    try (Store store = Store.open(data)) {
      assertSame(kept, new Situations(store).snapshot(), "read again after a start");
      store.resolveAll();
      assertSame(new Situations(store).snapshot(), kept, "rebuilt from every document");
    }
  }

  /** How many saved items wait to be brought up to date. */
  private static long stale(Path data) throws java.sql.SQLException {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("sitrep.db"));
        var s = c.createStatement();
        var r = s.executeQuery("SELECT count(*) FROM resolved WHERE stale = 1")) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  /** Equal pictures: the same items in the same order; each document's entities as a set. */
  static void assertSame(Snapshot want, Snapshot got, String where) {
    assertEquals(
        List.copyOf(want.entities().keySet()), List.copyOf(got.entities().keySet()), where);
    assertEquals(want.entities(), got.entities(), where + ": entities");
    assertEquals(List.copyOf(want.stories().keySet()), List.copyOf(got.stories().keySet()), where);
    assertEquals(want.stories(), got.stories(), where + ": stories");
    assertEquals(List.copyOf(want.series().keySet()), List.copyOf(got.series().keySet()), where);
    assertEquals(want.series(), got.series(), where + ": series");
    assertEquals(want.statements(), got.statements(), where + ": statements");
    assertEquals(want.storyOfDoc(), got.storyOfDoc(), where + ": story of each document");
    assertEquals(sets(want.entitiesOfDoc()), sets(got.entitiesOfDoc()), where + ": entities named");
  }

  private static Map<String, Set<String>> sets(Map<String, List<String>> m) {
    Map<String, Set<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, new HashSet<>(v)));
    return out;
  }
}

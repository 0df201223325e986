package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.testing.ChildJvm;
import org.sitrep.testing.ResolutionPicture;

/**
 * Kills a process in the middle of adding articles to the resolution kept in the store, at random
 * points: the next open has every acknowledged article resolved, no article resolved in part, and
 * catching up gives the picture {@code resolve} rebuilds.
 */
class ResolutionCrashTest {
  private static final int N = 600;

  @TempDir Path dir;

  @Test
  void killedWhileResolvingLeavesEveryCommittedArticleWholeAndNoneInPart() throws Exception {
    // -Dsitrep.crash.seed=N replays the choices of one run (where a kill lands stays up to timing)
    long seed = Long.getLong("sitrep.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    Path data = dir.resolve("data");
    List<Annotated> corpus = ResolutionCrashChild.corpus(N);
    int acked = -1;
    int[] batches = {1, 4, 15};
    int interrupted = 0;
    for (int round = 0; round < 4; round++) {
      int batch = batches[random.nextInt(batches.length)];
      int killAfter = acked + 1 + random.nextInt(120);
      // every other round as a server's POSTs: the picture in memory saves what it reads back
      boolean picture = round % 2 == 1;
      String where =
          "seed " + seed + ", round " + round + ", batch " + batch + (picture ? ", picture" : "");
      acked = Math.max(acked, runChild(data, batch, killAfter, random.nextInt(40), picture, where));
      try (Store store = Store.open(data)) {
        for (int i = 0; i <= acked; i++) {
          String id = corpus.get(i).document().id();
          assertTrue(
              store.situation().storyOf(id).isPresent(),
              where + ": acknowledged " + i + " resolved");
        }
        assertWhole(store, where);
        if (store.unresolved() > 0) interrupted++;
        store.resolvePending();
        assertEquals(0, store.unresolved(), where);
        assertSameAsRebuilt(store, where);
      }
    }
    // How many kills landed between storing a batch and resolving it (the rest mid-transaction or
    // between batches): printed, since where a kill lands is up to the machine.
    System.out.println(
        "ResolutionCrashTest: seed "
            + seed
            + ", "
            + interrupted
            + " of 4 kills left documents to resolve");
  }

  /** Every resolved article counted once in its story and its mentions' entities, none in part. */
  private static void assertWhole(Store store, String where) throws Exception {
    long resolved = store.count() - store.unresolved();
    SituationView v = store.situation();
    assertEquals(
        resolved, v.stories().stream().mapToLong(s -> s.docs().size()).sum(), where + ": stories");
    try (var c = Fixtures.sqlite(store.dataDir());
        var st = c.createStatement();
        var r =
            st.executeQuery(
                "SELECT count(*), (SELECT count(*) FROM doc_links) FROM mentions m"
                    + " JOIN doc_links l ON l.doc_id = m.doc_id")) {
      r.next();
      assertEquals(resolved, r.getLong(2), where + ": links");
      long mentionsOfResolved = r.getLong(1);
      long entityMentions = v.entities().stream().mapToLong(Entity::mentions).sum();
      assertTrue(
          entityMentions <= mentionsOfResolved,
          where + ": no mention of an unresolved article is counted");
    }
  }

  private static void assertSameAsRebuilt(Store store, String where) {
    List<String> ids = new ArrayList<>();
    for (StoryView s : store.situation().stories()) ids.addAll(s.docs());
    ResolutionPicture kept = ResolutionPicture.of(store, ids);
    store.resolveAll();
    ResolutionPicture whole = ResolutionPicture.of(store, ids);
    assertEquals(null, whole.firstDifference(kept), where + ": kept against rebuilt");
    assertEquals(whole, kept, where);
  }

  /**
   * Runs {@link ResolutionCrashChild} and kills it {@code delayMs} after it acknowledged article
   * {@code killAfter}, or lets it finish. Returns the highest article it acknowledged.
   */
  private int runChild(
      Path data, int batch, int killAfter, int delayMs, boolean picture, String where)
      throws Exception {
    Path err = dir.resolve("child-" + batch + "-" + killAfter + ".err");
    Process p =
        new ProcessBuilder(
                ChildJvm.command(
                    "256m",
                    ResolutionCrashChild.class.getName(),
                    List.of(
                        data.toString(),
                        Integer.toString(N),
                        Integer.toString(batch),
                        picture ? "picture" : "store")))
            .redirectError(err.toFile())
            .start();
    int acked = -1;
    boolean killed = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("ok ")) acked = Integer.parseInt(line.substring(3));
        if (acked >= killAfter) {
          Thread.sleep(delayMs); // lands anywhere in the next batches, mostly mid-transaction
          p.destroyForcibly();
          killed = true;
          break;
        }
      }
    } finally {
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(where + ": child did not end in time");
      }
    }
    if (!killed && p.exitValue() != 0) fail(where + ": child failed: " + Files.readString(err));
    return acked;
  }
}

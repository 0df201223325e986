package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Source;
import org.sitrep.testing.ChildJvm;

/**
 * Kills an ingesting process at arbitrary points and checks that every committed document survived
 * whole, none survived in part, the index is repaired, and running the same input again completes
 * the store exactly once.
 */
class StoreCrashTest {
  private static final int N = 5_000;

  @TempDir Path dir;

  @Test
  void killedIngestLosesNothingCommittedAndResumes() throws Exception {
    Path data = dir.resolve("data");
    // One document per transaction, killed after the first index commit so the index lags SQLite.
    int acked = runChild(data, 1, 1_600);
    Reconciled r = verify(data, acked, N);
    assertTrue(
        r.indexed() > 0,
        "the kill lost uncommitted index entries and reconcile re-indexed them: " + r);

    // The same input again, in batches, killed later: starts over, adds what is missing, is killed
    // again.
    acked = Math.max(acked, runChild(data, 7, 3_200));
    verify(data, acked, N);

    // And once more to the end: everything present exactly once.
    assertEquals(N - 1, runChild(data, 1, Integer.MAX_VALUE));
    verify(data, N - 1, N);
    try (Store s = Store.open(data)) {
      assertEquals(CrashCorpus.articles(N), s.count());
      assertEquals(s.count(), s.indexedCount());
      assertFalse(s.reconciled().changedAnything(), "a clean close leaves nothing to repair");
      assertEquals(1, s.search(SearchQuery.of("marker4990")).total());
      assertEquals(CrashCorpus.articles(N), s.search(SearchQuery.of("soldiers")).total());
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(data.resolve("index"))) {
      assertEquals(CrashCorpus.articles(N), index.ids().size(), "each id indexed once");
      assertEquals(CrashCorpus.articles(N), index.count());
    }
  }

  @Test
  void killedAgainAndAgainAtRandomPointsEveryInputEndsUpStoredOnce() throws Exception {
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    Path data = dir.resolve("loop");
    int acked = -1;
    int[] batches = {1, 3, 7, 50};
    for (int round = 0; round < 8; round++) {
      int killAfter = 1 + random.nextInt(N - 100);
      int batch = batches[random.nextInt(batches.length)];
      try {
        acked = Math.max(acked, runChild(data, batch, killAfter));
        verify(data, acked, N);
      } catch (AssertionError e) {
        throw new AssertionError(
            "seed "
                + seed
                + ", round "
                + round
                + " (kill after "
                + killAfter
                + ", batch "
                + batch
                + ")",
            e);
      }
    }
    assertEquals(N - 1, runChild(data, 7, Integer.MAX_VALUE), "seed " + seed);
    verify(data, N - 1, N);
    try (Store s = Store.open(data)) {
      assertEquals(CrashCorpus.articles(N), s.count(), "seed " + seed);
      assertEquals(s.count(), s.indexedCount(), "search and store agree, seed " + seed);
    }
  }

  /**
   * Runs {@link StoreCrashChild} and kills it once it has acknowledged item {@code killAfter} (or
   * lets it finish). Returns the highest item it acknowledged, i.e. committed.
   */
  private int runChild(Path data, int batch, int killAfter) throws Exception {
    Path err = dir.resolve("child-" + batch + "-" + killAfter + ".err");
    Process p =
        new ProcessBuilder(
                ChildJvm.command(
                    "256m",
                    StoreCrashChild.class.getName(),
                    List.of(data.toString(), Integer.toString(N), Integer.toString(batch))))
            .redirectError(err.toFile())
            .start();
    int acked = -1;
    boolean done = false;
    boolean killed = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("ok ")) acked = Integer.parseInt(line.substring(3));
        if (line.equals("done")) done = true;
        if (acked >= killAfter) {
          // Kills at once (SIGKILL); also closes our end of its output, so what it printed since is
          // not read.
          p.destroyForcibly();
          killed = true;
          break;
        }
      }
    } finally {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("child did not end in time");
      }
    }
    if (killed) {
      assertFalse(done, "the child was killed before it finished");
      assertTrue(acked < N - 1, "killed mid-run");
    } else {
      assertEquals(0, p.exitValue(), () -> "child failed: " + readQuietly(err));
      assertTrue(done);
    }
    return acked;
  }

  /**
   * Checks the data directory of a killed or finished run, then reopens it; returns what reconcile
   * did.
   */
  private Reconciled verify(Path data, int acked, int n) throws Exception {
    Set<String> seen = new HashSet<>();
    Map<String, Integer> articleOf = new HashMap<>();
    for (int k = 0; k < n; k++)
      if (!CrashCorpus.isRepeat(k)) articleOf.put(CrashCorpus.item(k).document().id(), k);
    try (Connection c = Fixtures.sqlite(data);
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT id, contract FROM documents")) {
      while (r.next()) {
        String id = r.getString(1);
        assertTrue(seen.add(id), "one row per id");
        Integer k = articleOf.get(id);
        assertNotNull(k, "row " + id + " is one of the inputs");
        Annotated expected = CrashCorpus.item(k);
        String json = r.getString(2);
        JsonNode parsed = ContractJson.MAPPER.readTree(json);
        // Text, not JsonNode, equality: toJson makes 100 a LongNode where reading it back makes an
        // IntNode.
        assertTrue(
            ContractJson.line(expected).equals(json), "JSON of " + id + " is what was written");
        assertTrue(
            expected.equals(ContractJson.fromJson(parsed)),
            "JSON of " + id + " reads back to the input");
        List<Source> sources = sources(c, id);
        List<Source> all = CrashCorpus.sources(k, n);
        assertEquals(all.get(0), sources.get(0), "first source of " + id);
        assertTrue(all.containsAll(sources), "no stray sources on " + id);
        if (all.size() == 2 && k + 9 <= acked)
          assertEquals(all, sources, "the repeat of " + k + " was acknowledged");
        assertEquals(expected.entities().size(), Fixtures.rows(c, "mentions", id));
        assertEquals(expected.quantities().size(), Fixtures.rows(c, "quantities", id));
        assertEquals(expected.quotes().size(), Fixtures.rows(c, "quotes", id));
        assertEquals(expected.events().size(), Fixtures.rows(c, "events", id));
        assertEquals(expected.times().size(), Fixtures.rows(c, "times", id));
      }
    }
    for (int i = 0; i <= acked; i++) {
      assertTrue(
          seen.contains(CrashCorpus.item(i).document().id()),
          "acknowledged item " + i + " survived");
    }
    try (Store s = Store.open(data)) {
      assertEquals(seen.size(), s.count());
      assertEquals(s.count(), s.indexedCount(), "index matches SQLite after reconcile");
      int last = CrashCorpus.article(acked);
      assertEquals(
          1,
          s.search(SearchQuery.of("marker" + last)).total(),
          "last acknowledged article is searchable");
      Annotated back = s.get(CrashCorpus.item(last).document().id()).orElseThrow();
      Annotated item = CrashCorpus.item(last);
      assertEquals(item.withDocument(item.document().withSources(back.document().sources())), back);
      return s.reconciled();
    }
  }

  private static List<Source> sources(Connection c, String id) throws Exception {
    List<Source> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT path, url, record_id, position FROM sources WHERE doc_id = ? ORDER BY rowid")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next())
          out.add(new Source(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
      }
    }
    return out;
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      return "(no stderr: " + e.getMessage() + ")";
    }
  }
}

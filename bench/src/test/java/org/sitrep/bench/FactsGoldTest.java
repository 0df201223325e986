package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.Observation;
import org.sitrep.bench.FactsGold.Where;

/** The hand-read facts gold is well formed, and its items stand where they say in the bench. */
class FactsGoldTest {
  private static final Path GOLD = Path.of("bench-data", "facts", "gold.json");
  private static final Set<String> KINDS = Set.of("level", "change", "total", "share");
  private static final Set<String> STATUSES =
      Set.of("current", "planned", "pledged", "hypothetical", "negated");

  @Test
  void sizeKindsAndSplits() throws Exception {
    FactsGold gold = FactsGold.read(GOLD);
    int required = 0;
    Map<String, Set<String>> corporaBySplit = new HashMap<>();
    for (Doc d : gold.docs()) {
      assertTrue(Set.of("tune", "report").contains(d.split()), d.path() + ": split " + d.split());
      corporaBySplit.computeIfAbsent(d.split(), k -> new HashSet<>()).add(d.corpus());
      for (Observation o : d.observations()) {
        assertWellFormed(d, o);
        if (!o.optional()) required++;
      }
    }
    assertTrue(required >= 100, "observations: " + required);
    assertTrue(gold.series().size() >= 30, "series: " + gold.series().size());
    assertEquals(corporaBySplit.get("tune"), corporaBySplit.get("report"));
    assertTrue(gold.split("tune").size() + gold.split("report").size() == gold.docs().size());
  }

  @Test
  void partsAAndBSplitAHalfIntoTwoWithNoDocumentInCommon() throws Exception {
    List<Doc> tune = FactsGold.read(GOLD).split("tune");
    List<Doc> a = FactsBenchmark.part(tune, "a"), b = FactsBenchmark.part(tune, "b");
    assertEquals(tune.size(), a.size() + b.size());
    assertTrue(a.size() - b.size() == 0 || a.size() - b.size() == 1, a.size() + " and " + b.size());
    Set<String> inA = new HashSet<>();
    a.forEach(d -> inA.add(d.path()));
    for (Doc d : b) assertTrue(!inA.contains(d.path()), d.path() + " in both parts");
  }

  /** An observation of document {@code d} with a kind, status and bound, a subject and measure. */
  static void assertWellFormed(Doc d, Observation o) {
    assertTrue(KINDS.contains(o.kind()), d.path() + ": kind " + o.kind());
    assertTrue(STATUSES.contains(o.status()), d.path() + ": status " + o.status());
    assertTrue(Set.of("exact", "at_least", "at_most").contains(o.bound()), d.path() + ": bound");
    assertTrue(!o.subject().isBlank() && !o.measure().isBlank(), d.path() + ": " + o);
  }

  /** Every figure document {@code d} holds not to be an observation says why. */
  static void assertNonObservationsSayWhy(Doc d) {
    for (FactsGold.NonObservation n : d.nonObservations())
      assertTrue(n.why() != null && !n.why().isBlank(), d.path() + ": non-observation " + n);
  }

  /**
   * The gold file {@code gold} lists each document once and none of those of the gold files {@code
   * others} (in bench-data/facts).
   */
  static void assertSharesNoDocument(Path gold, List<String> others) throws Exception {
    Set<String> elsewhere = new HashSet<>();
    for (String f : others)
      for (Doc d : FactsGold.read(Path.of("bench-data", "facts", f)).docs())
        elsewhere.add(d.path());
    Set<String> seen = new HashSet<>();
    for (Doc d : FactsGold.read(gold).docs()) {
      assertTrue(!elsewhere.contains(d.path()), d.path() + " is in " + others + " too");
      assertTrue(seen.add(d.path()), d.path() + " twice");
    }
  }

  @Test
  void everyAnchorAndFigureStandsAtItsOffsets() throws Exception {
    List<String> bad = misplaced(GOLD);
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }

  /**
   * The items of a gold file whose anchor or figure is not where its offsets say in the document's
   * source text; skipped (assumption) when the benchmark data is absent.
   */
  static List<String> misplaced(Path goldFile) throws Exception {
    Path bench = BenchPaths.shared().resolve("bench");
    assumeTrue(Files.isDirectory(bench), "benchmark data absent");
    FactsGold gold = FactsGold.read(goldFile);
    FactsGold.Sources sources = new FactsGold.Sources(bench);
    List<String> bad = new ArrayList<>();
    for (Doc d : gold.docs()) {
      String file = d.path().split(java.util.regex.Pattern.quote(FactsGold.IN_ARCHIVE))[0];
      assumeTrue(Files.isRegularFile(bench.resolve(file)), "bench file absent: " + file);
      String text = sources.of(d.path()).text();
      List<Where> all = new ArrayList<>();
      d.observations().forEach(o -> all.add(o.where()));
      d.nonObservations().forEach(n -> all.add(n.where()));
      for (Where w : all) {
        if (w.sentenceStart() < 0
            || w.sentenceEnd() > text.length()
            || w.figureStart() < w.sentenceStart()
            || w.figureStart() + w.figure().length() > w.sentenceEnd()) {
          bad.add(d.path() + ": offsets out of the sentence: " + w);
          continue;
        }
        // the anchor is the sentence's first words, or the words that lead to the figure (which
        // may end the sentence before it): the scorer finds the figure from the anchor on
        int from = Math.max(0, Math.min(w.sentenceStart(), w.figureStart() - 200));
        if (!squash(text.substring(from, w.sentenceEnd())).contains(squash(w.anchor())))
          bad.add(d.path() + ": anchor not in or before the sentence: " + w);
        String fig = text.substring(w.figureStart(), w.figureStart() + w.figure().length());
        if (!squash(fig).equals(squash(w.figure())))
          bad.add(d.path() + ": figure not at " + w.figureStart() + ": " + w.figure());
      }
    }
    return bad;
  }

  /** Whitespace runs (no-break spaces too) as one space. */
  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ");
  }
}

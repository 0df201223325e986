package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.NonObservation;
import org.sitrep.bench.FactsGold.Observation;

/**
 * The German facts gold ({@code gold-de.json}) is well formed, read exhaustively, split by document
 * into tune and report halves of about the same size, shares no document with the English golds,
 * and its items stand where they say in the text the page extractor finds.
 */
class FactsGoldGermanTest {
  private static final Path GOLD = Path.of("bench-data", "facts", "gold-de.json");
  private static final Set<String> KINDS = Set.of("level", "change", "total", "share");
  private static final Set<String> STATUSES =
      Set.of("current", "planned", "pledged", "hypothetical", "negated");

  @Test
  void sizeAndHalves() throws Exception {
    FactsGold gold = FactsGold.read(GOLD);
    int tune = 0, report = 0;
    Set<String> tuneSeries = new HashSet<>(), reportSeries = new HashSet<>();
    for (Doc d : gold.docs()) {
      assertTrue(Set.of("tune", "report").contains(d.split()), d.path() + ": " + d.split());
      assertTrue(d.exhaustive(), d.path() + " is not read exhaustively");
      for (Observation o : d.observations()) {
        assertTrue(KINDS.contains(o.kind()), d.path() + ": kind " + o.kind());
        assertTrue(STATUSES.contains(o.status()), d.path() + ": status " + o.status());
        assertTrue(
            Set.of("exact", "at_least", "at_most").contains(o.bound()), d.path() + ": bound");
        assertTrue(!o.subject().isBlank() && !o.measure().isBlank(), d.path() + ": " + o);
        assertEquals(
            o.measure().toLowerCase(java.util.Locale.ROOT), o.measure(), "English, lower case");
        if (o.optional()) continue;
        String series = o.subject() + " / " + o.measure();
        if (d.split().equals("tune")) {
          tune++;
          tuneSeries.add(series);
        } else {
          report++;
          reportSeries.add(series);
        }
      }
      for (NonObservation n : d.nonObservations())
        assertTrue(n.why() != null && !n.why().isBlank(), d.path() + ": non-observation " + n);
    }
    assertTrue(tune + report >= 80, "observations: " + (tune + report));
    assertTrue(gold.series().size() >= 25, "series: " + gold.series().size());
    assertTrue(Math.abs(tune - report) <= 10, "halves " + tune + " and " + report);
    assertTrue(tuneSeries.size() >= 12 && reportSeries.size() >= 12, "series per half");
  }

  @Test
  void sharesNoDocumentWithTheEnglishGolds() throws Exception {
    Set<String> english = new HashSet<>();
    for (String f : List.of("gold.json", "gold-domains.json"))
      for (Doc d : FactsGold.read(Path.of("bench-data", "facts", f)).docs()) english.add(d.path());
    Set<String> seen = new HashSet<>();
    for (Doc d : FactsGold.read(GOLD).docs()) {
      assertTrue(!english.contains(d.path()), d.path() + " is in an English gold too");
      assertTrue(seen.add(d.path()), d.path() + " twice");
    }
  }

  @Test
  void everyAnchorAndFigureStandsAtItsOffsets() throws Exception {
    List<String> bad = FactsGoldTest.misplaced(GOLD);
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }
}

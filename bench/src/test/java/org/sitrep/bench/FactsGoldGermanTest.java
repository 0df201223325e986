package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.Observation;

/**
 * The German facts gold ({@code gold-de.json}) is well formed, read exhaustively, split by document
 * into tune and report halves of about the same size, shares no document with the English golds,
 * and its items stand where they say in the text the page extractor finds.
 */
class FactsGoldGermanTest {
  private static final Path GOLD = Path.of("bench-data", "facts", "gold-de.json");

  @Test
  void sizeAndHalves() throws Exception {
    FactsGold gold = FactsGold.read(GOLD);
    int tune = 0, report = 0;
    Set<String> tuneSeries = new HashSet<>(), reportSeries = new HashSet<>();
    for (Doc d : gold.docs()) {
      assertTrue(Set.of("tune", "report").contains(d.split()), d.path() + ": " + d.split());
      assertTrue(d.exhaustive(), d.path() + " is not read exhaustively");
      for (Observation o : d.observations()) {
        FactsGoldTest.assertWellFormed(d, o);
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
      FactsGoldTest.assertNonObservationsSayWhy(d);
    }
    assertTrue(tune + report >= 80, "observations: " + (tune + report));
    assertTrue(gold.series().size() >= 25, "series: " + gold.series().size());
    assertTrue(Math.abs(tune - report) <= 10, "halves " + tune + " and " + report);
    assertTrue(tuneSeries.size() >= 12 && reportSeries.size() >= 12, "series per half");
  }

  @Test
  void sharesNoDocumentWithTheEnglishGolds() throws Exception {
    FactsGoldTest.assertSharesNoDocument(GOLD, List.of("gold.json", "gold-domains.json"));
  }

  @Test
  void everyAnchorAndFigureStandsAtItsOffsets() throws Exception {
    List<String> bad = FactsGoldTest.misplaced(GOLD);
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }
}

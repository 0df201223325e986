package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.Observation;

/**
 * The facts gold from other domains ({@code gold-news3.json}) is well formed, split by position
 * (even documents tune, odd ones report), shares no document with the two other golds, and its
 * items stand where they say in the text.
 */
class FactsGoldNews3Test {
  private static final Path GOLD = Path.of("bench-data", "facts", "gold-news3.json");

  @Test
  void sizeDomainsAndSplit() throws Exception {
    FactsGold gold = FactsGold.read(GOLD);
    int required = 0;
    for (int i = 0; i < gold.docs().size(); i++) {
      Doc d = gold.docs().get(i);
      assertEquals(i % 2 == 0 ? "tune" : "report", d.split(), d.path());
      assertTrue(d.exhaustive(), d.path() + " is not read exhaustively");
      for (Observation o : d.observations()) {
        FactsGoldTest.assertWellFormed(d, o);
        assertTrue(Double.isFinite(o.value()), d.path() + ": value of " + o);
        if (!o.optional()) required++;
      }
      FactsGoldTest.assertNonObservationsSayWhy(d);
    }
    assertTrue(gold.docs().size() >= 20, "documents: " + gold.docs().size());
    assertTrue(required >= 60, "observations: " + required);
    assertTrue(gold.series().size() >= 30, "series: " + gold.series().size());

    JsonNode root = new ObjectMapper().readTree(GOLD.toFile());
    Set<String> domains = new HashSet<>();
    for (JsonNode d : root.path("documents")) domains.add(d.path("domain").asText(""));
    domains.remove("");
    assertTrue(domains.size() >= 5, "domains: " + domains);
  }

  @Test
  void sharesNoDocumentWithTheOtherGolds() throws Exception {
    FactsGoldTest.assertSharesNoDocument(GOLD, List.of("gold.json", "gold-domains.json"));
  }

  @Test
  void everyAnchorAndFigureStandsAtItsOffsets() throws Exception {
    List<String> bad = FactsGoldTest.misplaced(GOLD);
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }
}

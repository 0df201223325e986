package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.Observation;

/**
 * The facts golds read after the development gold ({@code gold-domains.json}, {@code
 * gold-news3.json}, {@code gold-news4.json}, {@code gold-news5.json}, {@code gold-de.json}, {@code
 * gold-de2.json}) are well formed and read exhaustively, reach their sizes, split into tune and
 * report halves as their READMEs say, share no document with the golds before them, and their items
 * stand where they say in the text the page extractor finds.
 */
class FactsGoldSetsTest {

  /**
   * A gold file and what it must hold: documents, required observations, series and domains at
   * least; halves by position (even documents tune) or else of about the same size with at least 12
   * series each; measures written in lower case or not; the gold files it shares nothing with.
   */
  record GoldFile(
      String file,
      int docs,
      int observations,
      int series,
      int domains,
      boolean byPosition,
      boolean lowerCaseMeasures,
      List<String> others) {
    @Override
    public String toString() {
      return file;
    }

    Path path() {
      return Path.of("bench-data", "facts", file);
    }
  }

  static Stream<GoldFile> golds() {
    return Stream.of(
        new GoldFile("gold-domains.json", 25, 100, 30, 6, true, false, List.of("gold.json")),
        new GoldFile(
            "gold-news3.json",
            20,
            60,
            30,
            5,
            true,
            false,
            List.of("gold.json", "gold-domains.json")),
        new GoldFile(
            "gold-news4.json",
            20,
            80,
            40,
            6,
            true,
            false,
            List.of("gold.json", "gold-domains.json", "gold-news3.json")),
        new GoldFile(
            "gold-news5.json",
            15,
            60,
            40,
            4,
            true,
            false,
            List.of("gold.json", "gold-domains.json", "gold-news3.json", "gold-news4.json")),
        new GoldFile(
            "gold-de.json", 20, 80, 25, 0, false, true, List.of("gold.json", "gold-domains.json")),
        new GoldFile(
            "gold-de2.json",
            20,
            80,
            40,
            10,
            true,
            true,
            List.of("gold.json", "gold-domains.json", "gold-de.json")));
  }

  @ParameterizedTest
  @MethodSource("golds")
  void sizesAndHalves(GoldFile s) throws Exception {
    FactsGold gold = FactsGold.read(s.path());
    int tune = 0, report = 0;
    Set<String> tuneSeries = new HashSet<>(), reportSeries = new HashSet<>();
    for (int i = 0; i < gold.docs().size(); i++) {
      Doc d = gold.docs().get(i);
      if (s.byPosition()) assertEquals(i % 2 == 0 ? "tune" : "report", d.split(), d.path());
      else assertTrue(Set.of("tune", "report").contains(d.split()), d.path() + ": " + d.split());
      assertTrue(d.exhaustive(), d.path() + " is not read exhaustively");
      for (Observation o : d.observations()) {
        FactsGoldTest.assertWellFormed(d, o);
        assertTrue(Double.isFinite(o.value()), d.path() + ": value of " + o);
        if (s.lowerCaseMeasures())
          assertEquals(o.measure().toLowerCase(Locale.ROOT), o.measure(), "English, lower case");
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
    assertTrue(gold.docs().size() >= s.docs(), "documents: " + gold.docs().size());
    assertTrue(tune + report >= s.observations(), "observations: " + (tune + report));
    assertTrue(gold.series().size() >= s.series(), "series: " + gold.series().size());
    if (!s.byPosition()) {
      assertTrue(Math.abs(tune - report) <= 10, "halves " + tune + " and " + report);
      assertTrue(tuneSeries.size() >= 12 && reportSeries.size() >= 12, "series per half");
    }
    JsonNode root = new ObjectMapper().readTree(s.path().toFile());
    Set<String> domains = new HashSet<>();
    for (JsonNode d : root.path("documents")) domains.add(d.path("domain").asText(""));
    domains.remove("");
    assertTrue(domains.size() >= s.domains(), "domains: " + domains);
  }

  @ParameterizedTest
  @MethodSource("golds")
  void sharesNoDocumentWithTheGoldsBefore(GoldFile s) throws Exception {
    FactsGoldTest.assertSharesNoDocument(s.path(), s.others());
  }

  @ParameterizedTest
  @MethodSource("golds")
  void everyAnchorAndFigureStandsAtItsOffsets(GoldFile s) throws Exception {
    List<String> bad = FactsGoldTest.misplaced(s.path());
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }
}

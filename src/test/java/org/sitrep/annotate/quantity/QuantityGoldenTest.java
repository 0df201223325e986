package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;

/**
 * The five example articles against the hand-made gold in ../shared/gold/seeds.gold.json ("quantities"). A gold item
 * is found when some quantity of its document has its value and counted noun (the gold's matching key) and also its
 * bound. Skipped when the shared folder is absent.
 */
class QuantityGoldenTest {
  private static final int FLOOR = 17;

  @Test
  void seedsMatchGold() throws IOException {
    Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
    Path gold = shared.resolve("gold/seeds.gold.json");
    assumeTrue(Files.exists(gold), "no gold at " + gold);
    JsonNode items = new ObjectMapper().readTree(gold.toFile()).get("quantities");
    Map<String, List<Quantity>> byDoc = new HashMap<>();
    QuantityTagger tagger = new QuantityTagger();
    int matched = 0;
    int strict = 0; // also hedge, unit and change where the gold gives them
    List<String> missed = new ArrayList<>();
    for (JsonNode g : items) {
      String doc = g.get("doc").asText();
      List<Quantity> qs = byDoc.computeIfAbsent(doc, d -> tagger.tag(read(d)));
      double value = g.get("value").asDouble();
      String counted = g.hasNonNull("counted") ? g.get("counted").asText() : null;
      String bound = g.hasNonNull("bound") ? g.get("bound").asText() : "exact";
      boolean hit =
          qs.stream().anyMatch(q -> q.value() == value && Objects.equals(q.counted(), counted) && q.bound().json().equals(bound));
      boolean approximate = g.path("approximate").asBoolean(false);
      String unit = g.hasNonNull("unit") ? g.get("unit").asText() : null;
      String change = g.hasNonNull("change") ? g.get("change").asText() : null;
      if (qs.stream().anyMatch(q -> q.value() == value && Objects.equals(q.counted(), counted) && q.bound().json().equals(bound)
          && q.approximate() == approximate && Objects.equals(q.unit(), unit) && (change == null || change.equals(q.change()))))
        strict++;
      if (hit) matched++;
      else missed.add(doc + ": " + g.get("text").asText());
    }
    System.out.printf(
        "quantities gold: %d of %d matched (value, counted, bound), %d also on hedge, unit and change; missed %s%n",
        matched, items.size(), strict, missed);
    assertTrue(matched >= FLOOR, matched + " of " + items.size() + " matched; missed " + missed);
    for (Map.Entry<String, List<Quantity>> e : byDoc.entrySet()) {
      for (Quantity q : e.getValue()) assertEquals(false, looksLikeYear(q), "a year tagged as a quantity in " + e.getKey() + ": " + q);
    }
  }

  /** A bare four-digit figure between 1800 and 2100 with no unit or noun is a year that slipped through. */
  private static boolean looksLikeYear(Quantity q) {
    return q.unit() == null && q.counted() == null && q.value() >= 1800 && q.value() <= 2100 && q.value() == Math.rint(q.value());
  }

  private static String read(String doc) {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(doc + "_")).findFirst().orElseThrow();
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

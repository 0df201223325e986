package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Fact;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Source;

class ContractFactsTest {
  static final Fact FULL =
      new Fact(
          2,
          "Volkswagen",
          10,
          20,
          "jobs cut",
          "Germany",
          -2500,
          3000.0,
          "EUR",
          Quantity.Bound.RANGE,
          true,
          "decrease",
          Fact.Kind.CHANGE,
          Fact.Status.PLANNED,
          "2024-03-01",
          "time",
          "2024-Q1",
          "2027",
          "dpa",
          0,
          120,
          0);
  static final Fact BARE =
      new Fact(
          0,
          null,
          null,
          null,
          "deaths",
          null,
          17,
          null,
          null,
          Quantity.Bound.EXACT,
          false,
          null,
          Fact.Kind.TOTAL,
          Fact.Status.CURRENT,
          null,
          null,
          null,
          null,
          null,
          5,
          60,
          -1);

  @Test
  void factsRoundTripAndNullsAreLeftOut() throws Exception {
    Document d =
        Document.of(
            new Source("a.txt", null, null, -1),
            null,
            null,
            null,
            Published.UNKNOWN,
            "en",
            List.of(),
            "Body text here.");
    Annotated a = Annotated.of(d).withFacts(List.of(BARE, FULL));
    JsonNode o = ContractJson.MAPPER.readTree(ContractJson.line(a));
    JsonNode bare = o.get("facts").get(0);
    for (String absent :
        List.of("subject", "subjectStart", "place", "valueMax", "unit", "change", "asOf", "partOf"))
      assertFalse(bare.has(absent), absent + " in " + bare);
    assertEquals("total", bare.get("kind").asText());
    assertEquals(0, o.get("facts").get(1).get("partOf").asInt());
    assertEquals(-2500, o.get("facts").get(1).get("value").asInt());
    assertTrue(o.get("facts").get(1).get("approximate").asBoolean());
    assertEquals(List.of(BARE, FULL), ContractJson.fromJson(o).facts());
  }

  @Test
  void aContractWithoutFactsReadsAsNoFacts() throws Exception {
    Document d =
        Document.of(
            new Source("a.txt", null, null, -1),
            null,
            null,
            null,
            Published.UNKNOWN,
            "en",
            List.of(),
            "Body text here.");
    var o = ContractJson.toJson(Annotated.of(d));
    o.remove("facts");
    assertEquals(List.of(), ContractJson.fromJson(o).facts());
  }
}

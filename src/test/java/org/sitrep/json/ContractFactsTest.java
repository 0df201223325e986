package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.testing.FactBuilder.fact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Fact;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

class ContractFactsTest {
  static final Fact FULL =
      fact("jobs cut", -2500)
          .quantity(2)
          .subject("Volkswagen", 10, 20)
          .place("Germany")
          .upTo(3000)
          .unit("EUR")
          .approximate()
          .change("decrease")
          .kind(Fact.Kind.CHANGE)
          .status(Fact.Status.PLANNED)
          .asOf("2024-03-01", "time")
          .period("2024-Q1")
          .target("2027")
          .attributedTo("dpa")
          .evidence(0, 120)
          .partOf(0)
          .build();

  /** An undated English document without outlet or title. */
  static final Document DOC =
      Document.of(
          new Source("a.txt", null, null, -1),
          null,
          null,
          null,
          Published.UNKNOWN,
          "en",
          List.of(),
          "Body text here.");

  static final Fact BARE = fact("deaths", 17).kind(Fact.Kind.TOTAL).evidence(5, 60).build();

  @Test
  void factsRoundTripAndNullsAreLeftOut() throws Exception {
    Annotated a = Annotated.of(DOC).withFacts(List.of(BARE, FULL));
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
    var o = ContractJson.toJson(Annotated.of(DOC));
    o.remove("facts");
    assertEquals(List.of(), ContractJson.fromJson(o).facts());
  }
}

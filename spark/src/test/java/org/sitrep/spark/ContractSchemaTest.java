package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * Every field the contract writes has a column: a field added to ContractJson fails here until it
 * is mapped.
 */
class ContractSchemaTest {
  @Test
  void everyContractFieldHasAColumn() {
    Source s = new Source("a.warc", "https://example.org/a", "urn:uuid:1", 12);
    Document d =
        new Document(
            null,
            List.of(s, s),
            "Outlet",
            "Label",
            "Title",
            new Published("2024-01-02", Published.How.INFERRED, "dateline"),
            "en",
            List.of("Heading"),
            "Body text.");
    Annotated a =
        new Annotated(
            d,
            List.of(new Span(0, 10)),
            List.of(),
            List.of(
                new Mention(0, 4, "Body", "PERSON", "role", "DE", "Body", "e1", "kind", 1.5, 2.5)),
            List.of(new TimeExpr(0, 4, "Body", "DATE", "2024", true)),
            List.of(
                new Quantity(
                    0,
                    4,
                    "Body",
                    1.5,
                    2.5,
                    "unit",
                    "soldiers",
                    true,
                    Quantity.Bound.RANGE,
                    "more")),
            List.of(new Quote(0, 4, "Body", "speaker", 5, 9, "said", Quote.Kind.DIRECT)),
            List.of(
                new Event(
                    "deploy",
                    "code",
                    0,
                    4,
                    "actor",
                    "target",
                    "place",
                    0,
                    "2024",
                    Event.Status.REPORTED)),
            List.of(
                new Fact(
                    0,
                    "Germany",
                    0,
                    4,
                    "troops",
                    "Lithuania",
                    -350,
                    400.0,
                    "percent",
                    Quantity.Bound.RANGE,
                    true,
                    "decrease",
                    Fact.Kind.CHANGE,
                    Fact.Status.PLANNED,
                    "2024-01-02",
                    "time",
                    "2024-Q1",
                    "2027",
                    "speaker",
                    0,
                    10,
                    0)),
            List.of(new Diagnostic("stage", "message")));
    List<String> missing = new ArrayList<>();
    walk(ContractJson.toJson(a), ContractSchema.DOCUMENT, "", missing);
    assertTrue(missing.isEmpty(), "contract fields without a column: " + missing);
  }

  private static void walk(JsonNode node, DataType type, String path, List<String> missing) {
    if (type instanceof ArrayType at) {
      for (JsonNode e : node) walk(e, at.elementType(), path + "[]", missing);
    } else if (type instanceof StructType st) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        String p = path + "/" + f.getKey();
        if (List.of(st.fieldNames()).contains(f.getKey()))
          walk(f.getValue(), st.apply(f.getKey()).dataType(), p, missing);
        else missing.add(p);
      }
    }
  }
}

package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;

class ObservationsCsvTest {
  static Observation obs(
      double value, Double max, Quantity.Bound bound, String asOf, String evidence) {
    return new Observation(
        new SeriesKey("DEU", "troops", "LTU"),
        "d1",
        "Wire, One",
        value,
        max,
        bound,
        false,
        null,
        "current",
        asOf,
        "time",
        null,
        "Boris \"the minister\" Pistorius",
        3,
        9,
        "500 soldiers",
        evidence,
        null,
        null,
        "level",
        null);
  }

  @Test
  void aRowPerObservationThatReadsBackAsWritten() throws Exception {
    String evidence = "Germany said, \"we send 500 soldiers\",\nand more later.";
    FactSeries s =
        new FactSeries(
            new SeriesKey("DEU", "troops", "LTU"),
            List.of(
                obs(500, null, Quantity.Bound.EXACT, "2022-02-14", evidence),
                obs(350.5, 400.0, Quantity.Bound.RANGE, null, "x")),
            List.of(new FactSeries.Change(0, 1, 500, 350.5, "current")),
            List.of(),
            Set.of());
    StringBuilder out = new StringBuilder();
    ObservationsCsv.write(List.of(s), out);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    assertEquals(2, rows.size());
    CSVRecord first = rows.get(0);
    assertEquals("Germany / troops / Lithuania", first.get("series"));
    assertEquals("500", first.get("value"));
    assertEquals("", first.get("value_max"));
    assertEquals("exact", first.get("bound"));
    assertEquals(evidence, first.get("evidence"));
    assertEquals("Wire, One", first.get("outlet"));
    assertEquals("Boris \"the minister\" Pistorius", first.get("attributed_to"));
    assertEquals("false", first.get("change_from_previous"));
    CSVRecord second = rows.get(1);
    assertEquals(
        List.of("350.5", "400", "range", "", "true"),
        List.of(
            second.get("value"),
            second.get("value_max"),
            second.get("bound"),
            second.get("as_of"),
            second.get("change_from_previous")));
    assertEquals(ObservationsCsv.HEADER.length, first.size());
  }
}

package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;

class LabelsTest {
  static Observation obs(
      double value,
      Double max,
      Quantity.Bound bound,
      boolean approximate,
      String change,
      String unit,
      String kind) {
    return new Observation(
        new SeriesKey("DEU", "x", ""),
        "d",
        null,
        value,
        max,
        bound,
        approximate,
        change,
        "current",
        null,
        "undated",
        null,
        null,
        0,
        1,
        "",
        "",
        null,
        unit,
        kind,
        null);
  }

  @Test
  void valuesCarryTheirUnitSignAndBound() {
    var exact = Quantity.Bound.EXACT;
    assertEquals("2%", Labels.value(obs(2, null, exact, false, null, "percent", "share")));
    assertEquals(
        "USD 1.2 billion", Labels.value(obs(1.2e9, null, exact, false, null, "USD", "level")));
    assertEquals(
        "−212.4 points",
        Labels.value(obs(-212.4, null, exact, false, "decrease", "points", "change")));
    assertEquals(
        "≤+350",
        Labels.value(obs(350, null, Quantity.Bound.AT_MOST, false, "increase", null, "change")));
    assertEquals("~4,000", Labels.value(obs(4000, null, exact, true, null, null, "level")));
    assertEquals("↗4,800", Labels.value(obs(4800, null, exact, false, "increase", null, "level")));
    assertEquals(
        "2.5–3.75%",
        Labels.value(obs(2.5, 3.75, Quantity.Bound.RANGE, false, null, "percent", "share")));
  }

  @Test
  void aKeyFigureReadsAsAPhrase() {
    var exact = Quantity.Bound.EXACT;
    assertEquals(
        "2% of GDP",
        Labels.figure(obs(2, null, exact, false, null, "percent", "share"), "share of GDP"));
    assertEquals(
        "+2,500 jobs cut",
        Labels.figure(obs(2500, null, exact, false, null, null, "change"), "jobs cut"));
  }
}

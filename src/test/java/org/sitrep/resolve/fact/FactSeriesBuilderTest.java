package org.sitrep.resolve.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;

class FactSeriesBuilderTest {
  private static final SeriesKey TROOPS = new SeriesKey("DEU", "troops", "LTU");
  private static final SeriesKey NATO = new SeriesKey("NATO", "troops", "LTU");
  private static final SeriesKey TANKS = new SeriesKey("DEU", "tanks", "LTU");

  private static Observation obs(
      SeriesKey key, String doc, double value, String asOf, SeriesKey partOf) {
    return new Observation(
        key,
        doc,
        "Outlet",
        value,
        null,
        Quantity.Bound.EXACT,
        false,
        null,
        "current",
        asOf,
        asOf == null ? null : "published",
        null,
        null,
        0,
        3,
        String.valueOf(value),
        "evidence " + doc,
        partOf,
        null,
        "level",
        null);
  }

  /**
   * A build after more articles equals a build of everything from scratch, including the series a
   * new part-of link touches, while untouched series are reused as they were.
   */
  @Test
  void aLaterBuildRedoesOnlyTouchedSeriesAndEqualsAFreshBuild() {
    List<Observation> first =
        List.of(
            obs(TROOPS, "d1", 500, "2022-06-01", null),
            obs(TANKS, "d1", 20, "2022-06-01", null),
            obs(NATO, "d1", 1600, "2022-06-01", null));
    List<Observation> second =
        List.of(
            obs(TROOPS, "d2", 800, "2023-06-01", NATO), obs(TROOPS, "d3", 700, "2023-01-01", null));

    FactSeriesBuilder live = new FactSeriesBuilder();
    live.addAll(first);
    List<FactSeries> before = live.build();
    live.addAll(second);
    List<FactSeries> after = live.build();

    FactSeriesBuilder fresh = new FactSeriesBuilder();
    List<Observation> all = new ArrayList<>(first);
    all.addAll(second);
    fresh.addAll(all);
    assertEquals(fresh.build(), after);

    FactSeries tanksBefore = find(before, TANKS), tanksAfter = find(after, TANKS);
    assertSame(tanksBefore, tanksAfter, "a series no new observation touched is reused");
    assertNotEquals(find(before, NATO), find(after, NATO), "the new link reaches the whole");
    assertEquals(java.util.Set.of(TROOPS), find(after, NATO).linked());
    assertEquals(3, find(after, TROOPS).observations().size());
  }

  private static FactSeries find(List<FactSeries> all, SeriesKey key) {
    return all.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}

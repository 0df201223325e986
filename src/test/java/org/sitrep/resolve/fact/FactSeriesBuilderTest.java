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

  /**
   * A series brought up to date with later observations, a few at a time, equals the series built
   * from all of them: the same order (by date, ties in arrival order, undated last), changes and
   * conflicts, whatever dates the added ones carry (newer, older, the same, none).
   */
  @Test
  void aSeriesUpdatedWithLaterObservationsEqualsTheSeriesBuiltFromAll() {
    java.util.Random random = new java.util.Random(5);
    String[] dates = {"2022-01-01", "2022-03-01", "2022-03-01", "2022-06-15", "2023-01-01", null};
    for (int round = 0; round < 40; round++) {
      List<Observation> all = new ArrayList<>();
      FactSeries kept = null;
      int conflicts = 0, changes = 0;
      for (int batch = 0; batch < 12; batch++) {
        List<Observation> added = new ArrayList<>();
        int n = 1 + random.nextInt(random.nextInt(6) == 0 ? 30 : 3);
        for (int k = 0; k < n; k++) {
          Observation o =
              obs(
                  TROOPS,
                  "d" + random.nextInt(25),
                  100 * (1 + random.nextInt(4)),
                  dates[random.nextInt(dates.length)],
                  null);
          if (random.nextInt(5) == 0) o = as(o, random.nextBoolean() ? "planned" : null, "change");
          else if (random.nextInt(4) == 0) o = as(o, "planned", "level");
          added.add(o);
        }
        all.addAll(added);
        FactSeries whole = FactSeriesBuilder.series(TROOPS, all, java.util.Set.of());
        kept =
            kept == null
                ? FactSeriesBuilder.series(TROOPS, added, java.util.Set.of())
                : FactSeriesBuilder.withAdded(kept, added, java.util.Set.of());
        assertEquals(whole, kept, "round " + round + ", batch " + batch);
        conflicts = whole.conflicts().size();
        changes = whole.changes().size();
      }
      if (round == 0) {
        assertNotEquals(0, conflicts, "the samples hold conflicts");
        assertNotEquals(0, changes, "the samples hold changes");
      }
    }
  }

  private static Observation as(Observation o, String status, String kind) {
    return new Observation(
        o.key(),
        o.docId(),
        o.outlet(),
        o.value(),
        o.valueMax(),
        o.bound(),
        o.approximate(),
        kind.equals("change") ? "increase" : null,
        status == null ? o.status() : status,
        o.asOf(),
        o.asOfHow(),
        o.target(),
        o.attributedTo(),
        o.start(),
        o.end(),
        o.text(),
        o.evidence(),
        o.partOf(),
        o.unit(),
        kind,
        o.period());
  }

  private static FactSeries find(List<FactSeries> all, SeriesKey key) {
    return all.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The temporal awareness scorer on hand-made timelines. */
class TimelineScoreTest {
  /** Rows written as "order date event event ...". */
  private static TimelineFile timeline(String... rows) {
    List<TimelineFile.Row> out = new ArrayList<>();
    for (String r : rows) {
      String[] f = r.split(" ");
      out.add(new TimelineFile.Row(Integer.parseInt(f[0]), f[1], List.of(f).subList(2, f.length)));
    }
    return new TimelineFile("target", out);
  }

  @Test
  void identicalTimelinesScoreOneHundred() {
    TimelineFile t =
        timeline(
            "0 XXXX-XX-XX 1-2-said", "1 2008 1-3-launched 2-4-launch", "2 2010-06-07 3-2-unveiled");
    TemporalAwareness s = TemporalAwareness.score(t, t);
    assertEquals(100.0, s.precision(), 1e-9);
    assertEquals(100.0, s.recall(), 1e-9);
    assertEquals(100.0, s.f1(), 1e-9);
    assertEquals(100.0, TemporalAwareness.score(t, t, false).f1(), 1e-9);
  }

  @Test
  void anExpectedReductionCountsTheShareOfChoicesThatHold() {
    // The system's slot {a, x} before b: one reduced BEFORE edge, held for a but not for x (unknown
    // to the
    // reference), and one SIMULTANEOUS edge a=x that the reference does not hold.
    TimelineFile ref = timeline("1 XXXX-XX-XX a", "2 XXXX-XX-XX b");
    TimelineFile sys = timeline("1 XXXX-XX-XX a x", "2 XXXX-XX-XX b");
    assertEquals(50.0, TemporalAwareness.score(sys, ref, true).precision(), 1e-9);
    assertEquals(25.0, TemporalAwareness.score(sys, ref, false).precision(), 1e-9);
  }

  @Test
  void aSwappedPairLowersTheScore() {
    TimelineFile ref = timeline("1 XXXX-XX-XX a", "2 XXXX-XX-XX b", "3 XXXX-XX-XX c");
    TimelineFile sys = timeline("1 XXXX-XX-XX b", "2 XXXX-XX-XX a", "3 XXXX-XX-XX c");
    TemporalAwareness s = TemporalAwareness.score(sys, ref);
    // Reduced system graph b<a, a<c: only a<c holds in the reference. Reduced reference a<b, b<c:
    // only b<c holds.
    assertEquals(50.0, s.precision(), 1e-9);
    assertEquals(50.0, s.recall(), 1e-9);
  }

  @Test
  void closureVerifiesWhatTheReducedGraphDoesNotSay() {
    TimelineFile ref = timeline("1 XXXX-XX-XX a", "2 XXXX-XX-XX b", "3 XXXX-XX-XX c");
    TimelineFile sys = timeline("1 XXXX-XX-XX a", "2 XXXX-XX-XX c");
    TemporalAwareness s = TemporalAwareness.score(sys, ref);
    // a<c is no edge of the reduced reference but lies in its closure.
    assertEquals(100.0, s.precision(), 1e-9);
    // Neither a<b nor b<c can be found in the system, which has no b.
    assertEquals(0.0, s.recall(), 1e-9);
  }

  @Test
  void aSharedDateLinksEventsAcrossSlots() {
    // Both events are SIMULTANEOUS with the TIMEX3 2008, hence with each other, though they sit in
    // two slots.
    TimelineFile ref = timeline("1 2008 a b");
    TimelineFile sys = timeline("1 2008 a", "2 XXXX-XX-XX x", "3 2008 b");
    TemporalAwareness s = TemporalAwareness.score(sys, ref);
    assertTrue(s.recall() == 100.0, s.line());
  }

  @Test
  void scoresAddUpAcrossTimelines() {
    TemporalAwareness a = new TemporalAwareness(4, 1, 2, 1), b = new TemporalAwareness(6, 4, 8, 4);
    TemporalAwareness sum = a.plus(b);
    assertEquals(50.0, sum.precision(), 1e-9);
    assertEquals(50.0, sum.recall(), 1e-9);
  }
}

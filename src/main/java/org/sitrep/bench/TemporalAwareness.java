package org.sitrep.bench;

import java.util.Locale;

/**
 * Temporal awareness (UzZaman and Allen 2011), the measure of TempEval-3 and of SemEval-2015 Task 4: precision is
 * the share of the system's reduced graph that the reference closure holds, recall the share of the reference's
 * reduced graph that the system closure holds. Counts add up over timelines, so the sum is the task's micro average.
 *
 * <p>Simplifications against the official scorer (evaluation_tool_timeline_task4_v3, built on the TempEval-3
 * script): closure is done in point algebra over BEFORE/SIMULTANEOUS only (exact for timelines, which hold nothing
 * else), and an ambiguous reduction is resolved in the system's favour (see {@link TemporalGraph}); TIMEX3 nodes are
 * matched by value, events by their {@code docid-sentence-word} id.
 */
public record TemporalAwareness(int sysReduced, int sysVerified, int refReduced, int refVerified) {
  public static final TemporalAwareness ZERO = new TemporalAwareness(0, 0, 0, 0);

  public static TemporalAwareness score(TimelineFile system, TimelineFile reference) {
    TemporalGraph sys = TemporalGraph.of(system), ref = TemporalGraph.of(reference);
    int[] p = sys.reducedVerifiedBy(ref), r = ref.reducedVerifiedBy(sys);
    return new TemporalAwareness(p[0], p[1], r[0], r[1]);
  }

  public TemporalAwareness plus(TemporalAwareness o) {
    return new TemporalAwareness(
        sysReduced + o.sysReduced, sysVerified + o.sysVerified, refReduced + o.refReduced, refVerified + o.refVerified);
  }

  public double precision() {
    return sysReduced == 0 ? 0 : 100.0 * sysVerified / sysReduced;
  }

  public double recall() {
    return refReduced == 0 ? 0 : 100.0 * refVerified / refReduced;
  }

  public double f1() {
    double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String line() {
    return String.format(Locale.ROOT, "P %6.2f  R %6.2f  F1 %6.2f  (%d/%d sys, %d/%d ref)", precision(), recall(),
        f1(), sysVerified, sysReduced, refVerified, refReduced);
  }
}

package org.sitrep.bench;

import java.util.Locale;

/**
 * Temporal awareness (UzZaman and Allen 2011), the measure of TempEval-3 and of SemEval-2015 Task
 * 4: precision is the share of the system's reduced graph that the reference closure holds, recall
 * the share of the reference's reduced graph that the system closure holds. Counts add up over
 * timelines, so the sum is the task's micro average.
 *
 * <p>Not the official scorer (evaluation_tool_timeline_task4_v3 on top of the TempEval-3 script),
 * and where it differs: (1) the official tool writes each timeline as TimeML TLINKs and lets the
 * TempEval-3 timegraph drop the redundant ones in its own weight order, so its reduced graph is a
 * particular subset of the links its converter wrote; here the reduced graph is taken abstractly (a
 * spanning tree per SIMULTANEOUS class, the transitive reduction of BEFORE between classes) and an
 * edge whose end points the graph does not fix is counted either in the scored side's favour
 * (optimistic) or as the share of choices that verify it (an estimate); (2) closure is in point
 * algebra over BEFORE/SIMULTANEOUS only, which is exact for timelines as they hold nothing else;
 * (3) TIMEX3 nodes are matched by value and events by their {@code docid-sentence-word} id, with no
 * TimeML id normalisation.
 */
public record TemporalAwareness(
    double sysReduced, double sysVerified, double refReduced, double refVerified) {
  public static final TemporalAwareness ZERO = new TemporalAwareness(0, 0, 0, 0);

  /** The score with every ambiguous reduction resolved in the scored side's favour: optimistic. */
  public static TemporalAwareness score(TimelineFile system, TimelineFile reference) {
    return score(system, reference, true);
  }

  /**
   * The score; {@code favourable} false counts each ambiguous reduced edge by the share of its
   * choices that are verified, an estimate of what an arbitrary reduction order gives.
   */
  public static TemporalAwareness score(
      TimelineFile system, TimelineFile reference, boolean favourable) {
    TemporalGraph sys = TemporalGraph.of(system), ref = TemporalGraph.of(reference);
    double[] p = sys.reducedVerifiedBy(ref, favourable), r = ref.reducedVerifiedBy(sys, favourable);
    return new TemporalAwareness(p[0], p[1], r[0], r[1]);
  }

  public TemporalAwareness plus(TemporalAwareness o) {
    return new TemporalAwareness(
        sysReduced + o.sysReduced,
        sysVerified + o.sysVerified,
        refReduced + o.refReduced,
        refVerified + o.refVerified);
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
    return String.format(
        Locale.ROOT,
        "P %6.2f  R %6.2f  F1 %6.2f  (%.1f/%.0f sys, %.1f/%.0f ref)",
        precision(),
        recall(),
        f1(),
        sysVerified,
        sysReduced,
        refVerified,
        refReduced);
  }
}

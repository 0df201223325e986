package org.sitrep.annotate.event;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Quantity;
import org.sitrep.model.TimeExpr;

/**
 * Attaches the document's quantities and time expressions to an event by character range: the
 * quantity that holds the theme ("up to 350 more soldiers"), else the first in the clause after the
 * trigger ("grow to 4,800"), else the nearest before it ("500 soldiers stationed"); the time
 * expression in the clause nearest the trigger, a date before a duration. Both lists are indexed by
 * start offset once per document, so each lookup is a binary search.
 */
final class Attachments {
  private static final Set<String> TIME_UNITS =
      Set.of("year", "month", "week", "day", "hour", "minute", "second", "decade", "century");

  private final List<Quantity> quantities;
  private final Integer[] qByStart;
  private final TimeExpr[] times;

  Attachments(List<Quantity> quantities, List<TimeExpr> times) {
    this.quantities = quantities;
    this.times = times.toArray(TimeExpr[]::new);
    Arrays.sort(this.times, Comparator.comparingInt(TimeExpr::start));
    qByStart = new Integer[quantities.size()];
    for (int i = 0; i < qByStart.length; i++) qByStart[i] = i;
    Arrays.sort(qByStart, Comparator.comparingInt(i -> quantities.get(i).start()));
  }

  /**
   * The index into the document's quantities for an event, or -1. Offsets: {@code theme} of the
   * theme word and {@code leftTheme} of the nearest theme word before the trigger (-1 when none),
   * {@code stretch} where the trigger's subject stretch begins, {@code [trigger, after)} the
   * trigger and {@code right} the clause's end.
   */
  int quantity(int theme, int leftTheme, int stretch, int trigger, int after, int right) {
    if (theme >= 0) {
      for (int k = firstEndingAfter(theme); k < qByStart.length && q(k).start() <= theme; k++) {
        if (q(k).end() > theme && usable(q(k))) return qByStart[k];
      }
    }
    for (int k = firstEndingAfter(after); k < qByStart.length && q(k).start() < right; k++) {
      if (q(k).start() >= after && usable(q(k))) return qByStart[k];
    }
    // On the left, the quantity of the subject's own theme wins over a nearer one ("4,800 troops
    // plus 200
    // civilians will be based"); else the nearest.
    int nearest = -1;
    for (int k = firstEndingAfter(stretch); k < qByStart.length && q(k).start() < trigger; k++) {
      Quantity x = q(k);
      if (x.start() < stretch || x.end() > trigger || !usable(x)) continue;
      if (leftTheme >= 0 && x.start() <= leftTheme && leftTheme < x.end()) return qByStart[k];
      nearest = qByStart[k];
    }
    return nearest;
  }

  /**
   * The TIMEX3 value of the time expression in {@code [left, right)} nearest to {@code trigger}, or
   * null.
   */
  String time(int left, int right, int trigger) {
    TimeExpr best = null;
    int bestScore = Integer.MAX_VALUE;
    for (int k = timeAtOrAfter(left); k < times.length && times[k].start() < right; k++) {
      TimeExpr t = times[k];
      if (t.end() > right || t.value() == null) continue;
      int distance = t.start() >= trigger ? t.start() - trigger : trigger - t.end();
      // A point in time says when; a duration ("for six years") only says how long.
      int score = distance + ("DURATION".equals(t.type()) || "SET".equals(t.type()) ? 100_000 : 0);
      if (score < bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best == null ? null : best.value();
  }

  private Quantity q(int k) {
    return quantities.get(qByStart[k]);
  }

  /**
   * Quantities are few per clause, so the scan starts a little before the range and walks forward.
   */
  private int firstEndingAfter(int offset) {
    int lo = 0, hi = qByStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (q(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    // A quantity starting before the offset may still cover it ("up to 350 more soldiers" begins
    // before "soldiers").
    while (lo > 0 && q(lo - 1).end() > offset) lo--;
    return lo;
  }

  /** Durations and counts of time ("six years") are not what an event deploys or spends. */
  private boolean usable(Quantity q) {
    return (q.unit() == null || !TIME_UNITS.contains(q.unit())) && !overlapsTime(q);
  }

  /**
   * A number inside a time expression ("the year 2027") is a date, not an amount; a quantity whose
   * text merely runs on into one ("4,800 by the year 2027") is still an amount.
   */
  private boolean overlapsTime(Quantity q) {
    int k = timeAtOrAfter(q.start() + 1) - 1;
    return k >= 0 && times[k].end() > q.start();
  }

  private int timeAtOrAfter(int offset) {
    int lo = 0, hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid].start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

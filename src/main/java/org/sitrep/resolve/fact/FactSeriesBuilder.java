package org.sitrep.resolve.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects observations from any number of articles and builds the series. Memory is one small
 * record per observation; building sorts each series once, so the cost grows as n log n in the
 * observations of a series.
 */
public final class FactSeriesBuilder {
  /**
   * How far apart two approximate figures may be and still agree ("about 1,000" and "some 1,050").
   */
  static final double APPROXIMATE_TOLERANCE = 0.10;

  private final Map<SeriesKey, List<Observation>> byKey = new TreeMap<>();

  /** The keys each series is linked to as part or whole ("780 of the NATO battlegroup"). */
  private final Map<SeriesKey, Set<SeriesKey>> links = new TreeMap<>();

  /**
   * Series as last built, and the keys whose observations or links changed since: a build after a
   * few new articles redoes only the series they touched.
   */
  private final Map<SeriesKey, FactSeries> built = new HashMap<>();

  private final Set<SeriesKey> changed = new HashSet<>();

  public synchronized void add(Observation o) {
    byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
    changed.add(o.key());
    if (o.partOf() != null) {
      links.computeIfAbsent(o.key(), k -> new TreeSet<>()).add(o.partOf());
      links.computeIfAbsent(o.partOf(), k -> new TreeSet<>()).add(o.key());
      changed.add(o.partOf());
    }
  }

  public synchronized void addAll(List<Observation> os) {
    os.forEach(this::add);
  }

  public synchronized List<FactSeries> build() {
    List<FactSeries> out = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      SeriesKey key = e.getKey();
      FactSeries s = changed.contains(key) ? null : built.get(key);
      if (s == null) {
        s = series(key, e.getValue(), links.getOrDefault(key, Set.of()));
        built.put(key, s);
      }
      out.add(s);
    }
    changed.clear();
    return out;
  }

  /**
   * One series from its observations in arrival order and the keys it is linked to: observations
   * sorted by date (undated last, ties in arrival order), changes and conflicts found.
   */
  public static FactSeries series(SeriesKey key, List<Observation> raw, Set<SeriesKey> linked) {
    List<Observation> os = new ArrayList<>(raw);
    // Stable sort: undated observations keep their arrival order after the dated ones.
    os.sort(Comparator.comparing((Observation o) -> o.asOf() == null ? "\uffff" : o.asOf()));
    List<FactSeries.Change> changes = new ArrayList<>();
    for (int i = 1; i < os.size(); i++) {
      Observation cur = os.get(i);
      // Only a dated level can be newer than another: undated reports have no order, "350 more" is
      // a delta.
      if (cur.asOf() == null || cur.delta()) continue;
      for (int j = i - 1; j >= 0; j--) {
        Observation prev = os.get(j);
        if (prev.delta()) continue;
        if (!prev.status().equals(cur.status()) || prev.docId().equals(cur.docId())) continue;
        if (!agree(prev, cur))
          changes.add(new FactSeries.Change(j, i, prev.value(), cur.value(), cur.status()));
        break;
      }
    }
    List<FactSeries.Conflict> conflicts = new ArrayList<>();
    // Sorted by date, the observations of one date are side by side: each is compared with those
    // after it up to the first of another date, so a long series costs what its busiest date holds.
    for (int i = 0; i < os.size(); i++) {
      if (os.get(i).asOf() == null) break; // undated ones come last
      for (int j = i + 1; j < os.size() && os.get(i).asOf().equals(os.get(j).asOf()); j++) {
        Observation a = os.get(i), b = os.get(j);
        if (a.docId().equals(b.docId()) || !a.status().equals(b.status())) continue;
        if (a.delta() || b.delta()) continue; // "350 more" is a delta, not a level
        if (!agree(a, b)) {
          conflicts.add(
              new FactSeries.Conflict(
                  i,
                  j,
                  a.asOf(),
                  fmt(a.value())
                      + " in "
                      + a.docId()
                      + " against "
                      + fmt(b.value())
                      + " in "
                      + b.docId()));
        }
      }
    }
    return new FactSeries(
        key, List.copyOf(os), List.copyOf(changes), List.copyOf(conflicts), Set.copyOf(linked));
  }

  static boolean agree(Observation a, Observation b) {
    double hi = Math.max(Math.abs(a.value()), Math.abs(b.value()));
    if (hi == 0) return true;
    double tol = a.approximate() || b.approximate() ? APPROXIMATE_TOLERANCE : 1e-9;
    return Math.abs(a.value() - b.value()) / hi <= tol;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}

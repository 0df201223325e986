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
    os.sort(Comparator.comparing(FactSeriesBuilder::dateKey));
    List<FactSeries.Change> changes = new ArrayList<>();
    changesFrom(os, 1, changes);
    List<FactSeries.Conflict> conflicts = new ArrayList<>();
    // Sorted by date, the observations of one date are side by side: each is compared with those
    // after it up to the first of another date, so a long series costs what its busiest date holds.
    conflictsIn(os, 0, os.size(), conflicts);
    return new FactSeries(
        key, List.copyOf(os), List.copyOf(changes), List.copyOf(conflicts), Set.copyOf(linked));
  }

  /**
   * A series brought up to date with observations that arrived after all of {@code prev}'s (in
   * arrival order) and the keys it is linked to now: each is put where the build from every
   * observation puts it (after those of its date or earlier, undated last), and only the changes
   * from that place on and the conflicts of its date are found again. Equals {@link #series} over
   * {@code prev}'s observations and {@code added}; many added at once are built together.
   */
  public static FactSeries withAdded(
      FactSeries prev, List<Observation> added, Set<SeriesKey> linked) {
    List<Observation> os = new ArrayList<>(prev.observations());
    if (added.size() > Math.max(8, os.size() / 8)) {
      os.addAll(added);
      return series(prev.key(), os, linked);
    }
    List<FactSeries.Change> changes = prev.changes();
    List<FactSeries.Conflict> conflicts = prev.conflicts();
    for (Observation o : added) {
      String date = dateKey(o);
      int lo = 0, hi = os.size();
      while (lo < hi) { // the first observation dated after it (undated ones come last)
        int mid = (lo + hi) >>> 1;
        if (dateKey(os.get(mid)).compareTo(date) > 0) hi = mid;
        else lo = mid + 1;
      }
      int at = lo;
      os.add(at, o);
      // Changes end at an observation: those ending before it stay, the rest are found again.
      List<FactSeries.Change> ch = new ArrayList<>();
      for (FactSeries.Change c : changes) if (c.to() < at) ch.add(c);
      changesFrom(os, Math.max(1, at), ch);
      changes = ch;
      if (o.asOf() != null) {
        // Conflicts lie within one date: those of its date are found again, later ones move by one.
        int from = at;
        while (from > 0 && o.asOf().equals(os.get(from - 1).asOf())) from--;
        List<FactSeries.Conflict> cf = new ArrayList<>();
        for (FactSeries.Conflict c : conflicts) if (c.a() < from) cf.add(c);
        conflictsIn(os, from, at + 1, cf);
        for (FactSeries.Conflict c : conflicts) {
          if (c.a() >= at)
            cf.add(new FactSeries.Conflict(c.a() + 1, c.b() + 1, c.period(), c.why()));
        }
        conflicts = cf;
      }
    }
    return new FactSeries(
        prev.key(),
        List.copyOf(os),
        List.copyOf(changes),
        List.copyOf(conflicts),
        Set.copyOf(linked));
  }

  /** Where an observation sorts: by date, undated last. */
  private static String dateKey(Observation o) {
    return o.asOf() == null ? "\uffff" : o.asOf();
  }

  /** Adds the changes that end at each observation from {@code from} on, in order. */
  private static void changesFrom(List<Observation> os, int from, List<FactSeries.Change> out) {
    for (int i = from; i < os.size(); i++) {
      Observation cur = os.get(i);
      // Only a dated level can be newer than another: undated reports have no order, "350 more" is
      // a delta.
      if (cur.asOf() == null || cur.delta()) continue;
      for (int j = i - 1; j >= 0; j--) {
        Observation prev = os.get(j);
        if (prev.delta()) continue;
        if (!prev.status().equals(cur.status()) || prev.docId().equals(cur.docId())) continue;
        if (!agree(prev, cur))
          out.add(new FactSeries.Change(j, i, prev.value(), cur.value(), cur.status()));
        break;
      }
    }
  }

  /**
   * Adds the conflicts that start at each observation in [{@code from}, {@code to}), in order: each
   * compared with those after it of the same date.
   */
  private static void conflictsIn(
      List<Observation> os, int from, int to, List<FactSeries.Conflict> out) {
    for (int i = from; i < to; i++) {
      if (os.get(i).asOf() == null) break; // undated ones come last
      for (int j = i + 1; j < os.size() && os.get(i).asOf().equals(os.get(j).asOf()); j++) {
        Observation a = os.get(i), b = os.get(j);
        if (a.docId().equals(b.docId()) || !a.status().equals(b.status())) continue;
        if (a.delta() || b.delta()) continue; // "350 more" is a delta, not a level
        if (!agree(a, b)) addConflict(out, i, j, a, b);
      }
    }
  }

  private static void addConflict(
      List<FactSeries.Conflict> out, int i, int j, Observation a, Observation b) {
    out.add(
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

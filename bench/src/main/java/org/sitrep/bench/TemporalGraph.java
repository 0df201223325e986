package org.sitrep.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The temporal graph of one timeline, as the SemEval-2015 Task 4 organisers converted it for
 * scoring (task page, "Tools"): each time anchor is a TIMEX3 node, each event is SIMULTANEOUS with
 * its anchor's node, events in an earlier slot are BEFORE events in a later one, events in one slot
 * are SIMULTANEOUS. An anchor with an X in it (XXXX-XX-XX) names no time, so it gets no node.
 *
 * <p>Only BEFORE and SIMULTANEOUS occur, so point algebra is exact: SIMULTANEOUS classes are the
 * classes of a union-find, and the closure of BEFORE is reachability between classes.
 */
final class TemporalGraph {
  private final Map<String, Integer> ids = new LinkedHashMap<>();
  private final List<Integer> parent = new ArrayList<>();
  private final List<int[]> before = new ArrayList<>();
  private int[] classOf;
  private List<List<Integer>> members;
  private BitSet[] reach;

  static TemporalGraph of(TimelineFile t) {
    TemporalGraph g = new TemporalGraph();
    Map<String, Integer> slotOfEvent = new HashMap<>();
    Map<Integer, List<Integer>> slots = new java.util.TreeMap<>();
    for (TimelineFile.Row r : t.rows()) {
      for (String e : r.events()) {
        // An event listed twice keeps its first slot; two slots would make it BEFORE itself.
        if (slotOfEvent.putIfAbsent(e, r.order()) != null) continue;
        int n = g.node("e:" + e);
        slots.computeIfAbsent(r.order(), k -> new ArrayList<>()).add(n);
        if (!r.date().contains("X") && !r.date().isBlank()) g.union(n, g.node("t:" + r.date()));
      }
    }
    List<Integer> previous = null;
    for (List<Integer> slot : slots.values()) {
      for (int k = 1; k < slot.size(); k++) g.union(slot.get(0), slot.get(k));
      if (previous != null) g.before.add(new int[] {previous.get(0), slot.get(0)});
      previous = slot;
    }
    g.close();
    return g;
  }

  private int node(String name) {
    return ids.computeIfAbsent(
        name,
        k -> {
          parent.add(parent.size());
          return parent.size() - 1;
        });
  }

  private int find(int n) {
    while (parent.get(n) != n) {
      parent.set(n, parent.get(parent.get(n)));
      n = parent.get(n);
    }
    return n;
  }

  private void union(int a, int b) {
    parent.set(find(a), find(b));
  }

  private void close() {
    Map<Integer, Integer> classIndex = new HashMap<>();
    classOf = new int[parent.size()];
    members = new ArrayList<>();
    for (int n = 0; n < parent.size(); n++) {
      int c =
          classIndex.computeIfAbsent(
              find(n),
              k -> {
                members.add(new ArrayList<>());
                return members.size() - 1;
              });
      classOf[n] = c;
      members.get(c).add(n);
    }
    List<Set<Integer>> next = new ArrayList<>();
    for (int c = 0; c < members.size(); c++) next.add(new HashSet<>());
    for (int[] e : before)
      if (classOf[e[0]] != classOf[e[1]]) next.get(classOf[e[0]]).add(classOf[e[1]]);
    reach = new BitSet[members.size()];
    for (int c = 0; c < members.size(); c++) {
      BitSet seen = new BitSet();
      List<Integer> stack = new ArrayList<>(next.get(c));
      while (!stack.isEmpty()) {
        int d = stack.remove(stack.size() - 1);
        if (seen.get(d)) continue;
        seen.set(d);
        stack.addAll(next.get(d));
      }
      reach[c] = seen;
    }
  }

  /** True when the closure holds {@code a SIMULTANEOUS b}; unknown nodes hold nothing. */
  boolean simultaneous(String a, String b) {
    Integer x = ids.get(a), y = ids.get(b);
    return x != null && y != null && classOf[x] == classOf[y];
  }

  /** True when the closure holds {@code a BEFORE b}. */
  boolean before(String a, String b) {
    Integer x = ids.get(a), y = ids.get(b);
    return x != null && y != null && classOf[x] != classOf[y] && reach[classOf[x]].get(classOf[y]);
  }

  /**
   * How many relations the reduced graph holds and how many of them {@code other}'s closure
   * verifies. The reduced graph is a spanning tree per SIMULTANEOUS class plus the transitive
   * reduction of BEFORE between classes. Which tree, and which class members stand for a BEFORE
   * edge, the graph does not fix; the official TempEval-3 script keeps whichever its reduction
   * order leaves. {@code favourable} counts an edge as verified when some choice verifies it
   * (optimistic); otherwise each edge counts the share of choices that verify it (the expectation
   * over a uniformly random choice, taken per edge).
   */
  double[] reducedVerifiedBy(TemporalGraph other, boolean favourable) {
    String[] names = ids.keySet().toArray(String[]::new);
    double total = 0, verified = 0;
    for (List<Integer> cls : members) {
      int k = cls.size();
      total += k - 1;
      // Group the class by the other graph's classes; members unknown to it are groups of one.
      Map<Object, Integer> groups = new HashMap<>();
      for (int n : cls) {
        Integer o = other.ids.get(names[n]);
        groups.merge(o == null ? "own:" + n : (Object) other.classOf[o], 1, Integer::sum);
      }
      if (favourable) {
        verified += k - groups.size();
      } else if (k > 1) {
        double samePairs = 0;
        for (int g : groups.values()) samePairs += (double) g * (g - 1);
        verified += (k - 1) * samePairs / ((double) k * (k - 1));
      }
    }
    for (int c = 0; c < members.size(); c++) {
      for (int d = reach[c].nextSetBit(0); d >= 0; d = reach[c].nextSetBit(d + 1)) {
        if (!direct(c, d)) continue;
        total++;
        verified += shareBefore(other, names, c, d, favourable);
      }
    }
    return new double[] {total, verified};
  }

  /** True when d follows c with no class in between: an edge of the transitive reduction. */
  private boolean direct(int c, int d) {
    for (int z = reach[c].nextSetBit(0); z >= 0; z = reach[c].nextSetBit(z + 1)) {
      if (z != d && z != c && reach[z].get(d)) return false;
    }
    return true;
  }

  private double shareBefore(
      TemporalGraph other, String[] names, int c, int d, boolean favourable) {
    int hits = 0, pairs = 0;
    for (int a : members.get(c)) {
      for (int b : members.get(d)) {
        pairs++;
        if (other.before(names[a], names[b])) {
          if (favourable) return 1;
          hits++;
        }
      }
    }
    return favourable ? 0 : (double) hits / pairs;
  }
}

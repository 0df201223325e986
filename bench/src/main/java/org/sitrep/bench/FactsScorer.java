package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.NonObservation;
import org.sitrep.bench.FactsGold.Observation;
import org.sitrep.bench.FactsGold.Where;

/**
 * Scores the {@code facts} of one document's annotate JSON against its gold.
 *
 * <p>Each gold figure is found in the document's {@code body} by its sentence's first words and the
 * figure as written (whitespace may differ); a produced fact stands on it when the fact's quantity
 * ({@code quantities[quantityIndex]}) overlaps it, or, without a quantity, when its evidence
 * sentence holds it. A fact matches an observation when it stands on its figure and has the same
 * subject (case-folded name or alias), measure and value (within 1e-6 relative). The measure
 * matches leniently when equal, a listed alias, or of the same head word as either ("jobs cut" and
 * "jobs"); strictly when equal or an alias and the unit, kind and status agree too.
 *
 * <p>On an exhaustive document every produced fact is judged: right when it matches an observation
 * there (optional ones included), a non-observation taken when it stands on a figure listed as not
 * an observation (a year, a model number ...), wrong otherwise.
 */
public final class FactsScorer {
  private static final Set<String> IRREGULAR = irregular();

  private FactsScorer() {}

  /** One produced fact, as read from the contract JSON. */
  public record SysFact(
      String subject,
      String measure,
      double value,
      Double valueMax,
      String unit,
      String kind,
      String status,
      int start,
      int end,
      int evidenceStart,
      int evidenceEnd) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s / %s = %s%s (%s, %s)",
          subject == null ? "(unknown)" : subject,
          measure,
          num(value) + (valueMax == null ? "" : ".." + num(valueMax)),
          unit == null ? "" : " " + unit,
          kind,
          status);
    }
  }

  /** A gold observation that no fact matched, with the facts that stood on its figure. */
  public record Miss(Doc doc, Observation gold, List<SysFact> there) {}

  /**
   * A produced fact that matched nothing (on an exhaustive document), and what stood there: a
   * non-observation, an observation it got wrong (subject, measure or value), or neither.
   */
  public record Wrong(Doc doc, SysFact fact, NonObservation non, Observation near) {}

  /** The counts of one document or of several added up. */
  public record Score(
      int gold,
      int found,
      int foundStrict,
      int outsideBody,
      int produced,
      int right,
      int rightStrict,
      int non,
      int nonTaken,
      int docs,
      List<Miss> misses,
      List<Wrong> wrongs) {
    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());

    public Score plus(Score o) {
      List<Miss> m = new ArrayList<>(misses);
      m.addAll(o.misses);
      List<Wrong> w = new ArrayList<>(wrongs);
      w.addAll(o.wrongs);
      return new Score(
          gold + o.gold,
          found + o.found,
          foundStrict + o.foundStrict,
          outsideBody + o.outsideBody,
          produced + o.produced,
          right + o.right,
          rightStrict + o.rightStrict,
          non + o.non,
          nonTaken + o.nonTaken,
          docs + o.docs,
          m,
          w);
    }

    public double recall() {
      return ratio(found, gold);
    }

    public double recallStrict() {
      return ratio(foundStrict, gold);
    }

    public double precision() {
      return ratio(right, produced);
    }

    public double precisionStrict() {
      return ratio(rightStrict, produced);
    }

    public double nonTakenRate() {
      return ratio(nonTaken, non);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : a / (double) b;
    }
  }

  /** The facts of a contract JSON object, located by their quantities; none when it has none. */
  public static List<SysFact> facts(JsonNode contract) {
    List<SysFact> out = new ArrayList<>();
    JsonNode qs = contract.path("quantities");
    for (JsonNode f : contract.path("facts")) {
      int qi = f.path("quantityIndex").asInt(-1);
      JsonNode q = qi >= 0 && qi < qs.size() ? qs.get(qi) : null;
      out.add(
          new SysFact(
              textOrNull(f, "subject"),
              textOrNull(f, "measure"),
              f.path("value").asDouble(Double.NaN),
              f.path("valueMax").isNumber() ? f.path("valueMax").asDouble() : null,
              textOrNull(f, "unit"),
              textOrNull(f, "kind"),
              textOrNull(f, "status"),
              q == null ? -1 : q.path("start").asInt(-1),
              q == null ? -1 : q.path("end").asInt(-1),
              f.path("evidenceStart").asInt(-1),
              f.path("evidenceEnd").asInt(-1)));
    }
    return out;
  }

  /** Scores one document: {@code contract} is its annotate JSON object. */
  public static Score score(Doc doc, JsonNode contract) {
    String body = contract.path("body").asText("");
    List<SysFact> facts = facts(contract);
    int gold = 0, found = 0, strict = 0, outside = 0;
    List<Miss> misses = new ArrayList<>();
    // which facts are accounted for by an observation (lenient / strict), for precision
    Set<Integer> right = new HashSet<>(), rightStrict = new HashSet<>();
    java.util.Map<Integer, Observation> near = new java.util.HashMap<>();
    for (Observation o : doc.observations()) {
      int[] at = locate(body, o.where());
      List<SysFact> there = new ArrayList<>();
      boolean hit = false, hitStrict = false;
      for (int i = 0; i < facts.size(); i++) {
        SysFact f = facts.get(i);
        if (at == null ? !sameSentenceText(body, f, o.where()) : !standsOn(f, at)) continue;
        there.add(f);
        near.putIfAbsent(i, o);
        if (matches(f, o, false)) {
          hit = true;
          right.add(i);
          if (matches(f, o, true)) {
            hitStrict = true;
            rightStrict.add(i);
          }
        }
      }
      if (o.optional()) continue;
      if (at == null) {
        outside++;
        continue;
      }
      gold++;
      if (hit) found++;
      if (hitStrict) strict++;
      if (!hit) misses.add(new Miss(doc, o, there));
    }
    int non = 0, nonTaken = 0;
    Set<Integer> onNon = new HashSet<>();
    List<Wrong> wrongs = new ArrayList<>();
    for (NonObservation n : doc.nonObservations()) {
      int[] at = locate(body, n.where());
      if (at == null) continue;
      non++;
      boolean taken = false;
      for (int i = 0; i < facts.size(); i++) {
        if (right.contains(i) || !standsOn(facts.get(i), at)) continue;
        taken = true;
        if (onNon.add(i)) wrongs.add(new Wrong(doc, facts.get(i), n, null));
      }
      if (taken) nonTaken++;
    }
    int produced = 0;
    if (doc.exhaustive()) {
      produced = facts.size();
      for (int i = 0; i < facts.size(); i++)
        if (!right.contains(i) && !onNon.contains(i))
          wrongs.add(new Wrong(doc, facts.get(i), null, near.get(i)));
    } else {
      wrongs.clear();
    }
    return new Score(
        gold,
        found,
        strict,
        outside,
        produced,
        doc.exhaustive() ? right.size() : 0,
        doc.exhaustive() ? rightStrict.size() : 0,
        non,
        nonTaken,
        1,
        misses,
        wrongs);
  }

  /**
   * True when the fact is the observation: subject, measure (lenient or strict) and value. A range
   * ("between 100,000 and 200,000", one fact with a {@code valueMax}) is the observation of either
   * end: the gold lists each end as written as an observation of its own, and the fact stands on
   * both.
   */
  public static boolean matches(SysFact f, Observation o, boolean strict) {
    if (!sameValue(f.value(), o.value())
        && (f.valueMax() == null || !sameValue(f.valueMax(), o.value()))) return false;
    if (!subjectMatches(f.subject(), o.subjects())) return false;
    if (!(strict
        ? measureStrict(f.measure(), o.measure(), o.measureAliases())
        : measureLenient(f.measure(), o.measure(), o.measureAliases()))) return false;
    if (!strict) return true;
    return sameUnit(f.unit(), o.unit())
        && o.kind().equalsIgnoreCase(String.valueOf(f.kind()))
        && o.status().equalsIgnoreCase(String.valueOf(f.status()));
  }

  public static boolean sameValue(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) return false;
    if (a == b) return true;
    return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  }

  public static boolean subjectMatches(String produced, List<String> names) {
    if (produced == null) return false;
    String p = foldName(produced);
    for (String n : names) if (foldName(n).equals(p)) return true;
    return false;
  }

  public static boolean measureStrict(String produced, String measure, List<String> aliases) {
    if (produced == null) return false;
    String p = foldMeasure(produced);
    if (p.equals(foldMeasure(measure))) return true;
    for (String a : aliases) if (p.equals(foldMeasure(a))) return true;
    return false;
  }

  public static boolean measureLenient(String produced, String measure, List<String> aliases) {
    if (measureStrict(produced, measure, aliases)) return true;
    String h = head(produced);
    if (h == null) return false;
    if (h.equals(head(measure))) return true;
    for (String a : aliases) if (h.equals(head(a))) return true;
    return false;
  }

  /**
   * The head word of a measure name: the last word before an "of" or "per" phrase, passing over a
   * closing participle ("jobs cut" -> job, "share of the vote" -> share, "long-haul jets" -> jet).
   */
  public static String head(String measure) {
    if (measure == null) return null;
    String m = measure.toLowerCase(Locale.ROOT).trim();
    int of = m.indexOf(" of ");
    if (of > 0) m = m.substring(0, of);
    // "deaths per 100,000 people", "burials per day": a rate's head is what it counts
    int per = m.indexOf(" per ");
    if (per > 0) m = m.substring(0, per);
    String[] w = m.split("\\s+");
    if (w.length == 0 || w[0].isEmpty()) return null;
    int last = w.length - 1;
    if (last > 0 && (w[last].endsWith("ed") || IRREGULAR.contains(w[last]))) last--;
    return singular(w[last]);
  }

  static boolean sameUnit(String a, String b) {
    return java.util.Objects.equals(foldUnit(a), foldUnit(b));
  }

  private static String foldUnit(String u) {
    if (u == null || u.isBlank()) return null;
    String s = u.toLowerCase(Locale.ROOT).trim();
    if (s.equals("%") || s.startsWith("percent") || s.equals("pp") || s.equals("per cent"))
      return "percent";
    if (s.equals("point") || s.equals("points")) return "point";
    return singular(s);
  }

  private static String foldName(String s) {
    String n =
        s.toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u00a0', ' ')
            .replaceAll("\\s+", " ")
            // a tokenised text spaces its hyphens ("Wal - Mart"): the name is "Wal-Mart"
            .replaceAll(" ?- ?", "-")
            .trim();
    if (n.startsWith("the ")) n = n.substring(4);
    return n;
  }

  private static String foldMeasure(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : foldName(s).split(" "))
      b.append(b.length() == 0 ? "" : " ").append(singular(w));
    return b.toString();
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"))
      return w.substring(0, w.length() - 1);
    return w;
  }

  // ---- where a gold figure is in the body ----

  /**
   * The body span of a gold item's figure: its anchor found in the body (any run of whitespace
   * between words), then the figure's first whole occurrence from there; null when the anchor is
   * not in the body (a headline the reader made the title).
   */
  public static int[] locate(String body, Where w) {
    Matcher a = loose(w.anchor()).matcher(body);
    if (!a.find()) return null;
    int from = a.start();
    Matcher f = loose(w.figure()).matcher(body);
    int pos = from;
    while (f.find(pos)) {
      int s = f.start(), e = f.end();
      if (wholeFigure(body, s, e, w.figure())) return new int[] {s, e};
      pos = s + 1;
    }
    return null;
  }

  /**
   * True when {@code [s, e)} is the figure itself, not part of a longer number or word: no letter
   * or digit before it, no digit after it, and no letter after a figure ending in a letter.
   */
  static boolean wholeFigure(String text, int s, int e, String figure) {
    char before = s > 0 ? text.charAt(s - 1) : ' ';
    char after = e < text.length() ? text.charAt(e) : ' ';
    if (Character.isLetterOrDigit(before)) return false;
    if (Character.isDigit(after)) return false;
    return !(Character.isLetter(figure.charAt(figure.length() - 1)) && Character.isLetter(after));
  }

  private static Pattern loose(String words) {
    StringBuilder p = new StringBuilder();
    for (String w : words.trim().split("[\\s\\u00a0]+")) {
      if (p.length() > 0) p.append("[\\s\\u00a0]+");
      p.append(Pattern.quote(w));
    }
    return Pattern.compile(p.toString());
  }

  private static boolean standsOn(SysFact f, int[] at) {
    if (f.start() >= 0 && f.end() > f.start()) return f.start() < at[1] && at[0] < f.end();
    return f.evidenceStart() >= 0 && f.evidenceStart() <= at[0] && at[1] <= f.evidenceEnd();
  }

  /** For a figure not found in the body: the fact's evidence holds the anchor and the figure. */
  private static boolean sameSentenceText(String body, SysFact f, Where w) {
    if (f.evidenceStart() < 0
        || f.evidenceEnd() > body.length()
        || f.evidenceStart() >= f.evidenceEnd()) return false;
    String ev = body.substring(f.evidenceStart(), f.evidenceEnd());
    return loose(w.anchor()).matcher(ev).find() && loose(w.figure()).matcher(ev).find();
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
    return String.valueOf(v);
  }

  private static Set<String> irregular() {
    Set<String> out = new HashSet<>();
    try (InputStream in = FactsScorer.class.getResourceAsStream("irregular-participles.txt")) {
      if (in == null) return out;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String l; (l = r.readLine()) != null; ) {
        l = l.trim();
        if (!l.isEmpty() && !l.startsWith("#")) out.add(l.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

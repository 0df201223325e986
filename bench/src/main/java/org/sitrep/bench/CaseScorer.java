package org.sitrep.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.lexicon.UnitTable;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;

/**
 * Decides whether the tagger's quantities for one case agree with the spec. Each suite looks only
 * at the quantities of its kind (the currency spec ignores "six years" in the same sentence), and a
 * case passes when every expected result is found at its place with its value (and unit or bound)
 * and nothing of that kind is found besides.
 */
final class CaseScorer {
  private CaseScorer() {}

  private static final Set<String> TIME =
      Set.of("year", "month", "week", "day", "hour", "minute", "second", "decade", "century");

  private static final UnitTable UNITS = UnitTable.get();

  /** Dimensions the spec's Dimension model does not cover: scores, shares, counts, money, time. */
  private static final Set<String> NOT_DIMENSION =
      Set.of(
          "money",
          "time",
          "fraction",
          "score",
          "score rate",
          "count",
          "denominator",
          "temperature");

  static boolean passes(BenchCase c, List<Quantity> found) {
    return switch (c.suite()) {
      case "NumberModel" ->
          matchesAll(c, found, q -> q.unit() == null || isMoney(q.unit()), CaseScorer::sameNumber);
      case "PercentModel" ->
          matchesAll(c, found, q -> "percent".equals(head(q.unit())), CaseScorer::samePercent);
      case "NumberRangeModel" ->
          matchesAll(c, found, q -> q.bound() != Bound.EXACT, CaseScorer::sameRange);
      case "CurrencyModel" ->
          matchesAll(c, found, q -> q.unit() != null && isMoney(q.unit()), CaseScorer::sameMoney);
      case "DimensionModel" -> matchesAll(c, found, CaseScorer::isMeasure, CaseScorer::sameMeasure);
      case "AgeModel" ->
          matchesAll(
              c, found, q -> q.unit() != null && TIME.contains(q.unit()), CaseScorer::sameAge);
      case "DateExtractor" ->
          found.stream().noneMatch(q -> c.expected().stream().anyMatch(e -> overlaps(q, e)));
      case "DurationExtractor" ->
          c.expected().stream()
              .allMatch(
                  e ->
                      found.stream()
                          .anyMatch(
                              q -> overlaps(q, e) && q.unit() != null && TIME.contains(q.unit())));
      default -> false;
    };
  }

  private interface Same {
    boolean test(Quantity q, BenchCase.Expected e);
  }

  /**
   * Every expected result with a value has a quantity of the kind on its span; no quantity of the
   * kind is extra.
   */
  private static boolean matchesAll(
      BenchCase c, List<Quantity> found, Predicate<Quantity> kind, Same same) {
    List<Quantity> mine = found.stream().filter(kind).toList();
    List<BenchCase.Expected> exp = c.expected().stream().filter(e -> e.value() != null).toList();
    for (BenchCase.Expected e : exp)
      if (mine.stream().noneMatch(q -> overlaps(q, e) && same.test(q, e))) return false;
    for (Quantity q : mine) if (c.expected().stream().noneMatch(e -> overlaps(q, e))) return false;
    return true;
  }

  private static boolean overlaps(Quantity q, BenchCase.Expected e) {
    return q.start() < e.end() && q.end() > e.start();
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  }

  private static boolean sameNumber(Quantity q, BenchCase.Expected e) {
    return close(q.value(), Double.parseDouble(e.value()));
  }

  private static boolean samePercent(Quantity q, BenchCase.Expected e) {
    return close(q.value(), Double.parseDouble(e.value().replace("%", "")));
  }

  /**
   * "(20,35]", "[500,)", "(,100]", "[20,20]": the bounds of the spec, open or closed, against ours.
   */
  private static boolean sameRange(Quantity q, BenchCase.Expected e) {
    String v = e.value().replaceAll("[\\[\\]()]", "");
    int comma = v.indexOf(',');
    String lo = v.substring(0, comma).trim();
    String hi = v.substring(comma + 1).trim();
    if (!lo.isEmpty() && !hi.isEmpty()) {
      if (lo.equals(hi))
        return q.bound() == Bound.EXACT && close(q.value(), Double.parseDouble(lo));
      return q.bound() == Bound.RANGE
          && close(q.value(), Double.parseDouble(lo))
          && q.valueMax() != null
          && close(q.valueMax(), Double.parseDouble(hi));
    }
    if (!lo.isEmpty())
      return q.bound() == Bound.AT_LEAST && close(q.value(), Double.parseDouble(lo));
    return q.bound() == Bound.AT_MOST && close(q.value(), Double.parseDouble(hi));
  }

  private static boolean sameMoney(Quantity q, BenchCase.Expected e) {
    return close(q.value(), Double.parseDouble(e.value())) && spanUnit(q, e).equals(iso(e));
  }

  private static boolean sameMeasure(Quantity q, BenchCase.Expected e) {
    return close(q.value(), Double.parseDouble(e.value()))
        && spanUnit(q, e).equals(measure(e.unit()));
  }

  /**
   * Our unit as far as the spec's span reaches: a rate ("USD per share", "barrel per day") whose
   * denominator lies outside the expected text ("$ 98" of "$ 98 a share") is compared by its
   * numerator.
   */
  static String spanUnit(Quantity q, BenchCase.Expected e) {
    UnitTable.Unit u = UNITS.named(q.unit());
    if (u == null || !u.isRate() || u.of() == null) return q.unit();
    return q.end() > e.end() ? u.of().name() : q.unit();
  }

  private static boolean sameAge(Quantity q, BenchCase.Expected e) {
    return close(q.value(), Double.parseDouble(e.value()))
        && q.unit().equals(e.unit().toLowerCase(Locale.ROOT));
  }

  /** The unit a rate is of ("percent" for "percent per year"), or the unit itself. */
  private static String head(String unit) {
    UnitTable.Unit u = UNITS.named(unit);
    return u != null && u.of() != null ? u.of().name() : unit;
  }

  private static boolean isMoney(String unit) {
    UnitTable.Unit u = UNITS.named(unit);
    return u != null && u.isCurrency();
  }

  private static boolean isMeasure(Quantity q) {
    if (q.unit() == null || isMoney(q.unit()) || TIME.contains(q.unit())) return false;
    UnitTable.Unit u = UNITS.named(q.unit());
    UnitTable.Unit head = u != null && u.of() != null ? u.of() : u;
    return head == null || !NOT_DIMENSION.contains(head.dimension());
  }

  /**
   * The spec names currencies in words ("Dollar", "British pound") and gives ISO codes only for
   * some.
   */
  private static String iso(BenchCase.Expected e) {
    if (e.iso() != null) return e.iso();
    String u = e.unit() == null ? "" : e.unit().toLowerCase(Locale.ROOT);
    return switch (u) {
      case "dollar", "united states dollar" -> "USD";
      case "pound", "british pound" -> "GBP";
      case "euro" -> "EUR";
      case "cent" -> "cent";
      case "pence", "penny" -> "pence";
      case "rupee" -> "INR";
      default -> {
        for (UnitTable.Unit r : UNITS.readings(u)) if (r.isCurrency()) yield r.name();
        yield u;
      }
    };
  }

  /**
   * The spec's American unit names in our British singular: "Kilometer" -> kilometre, "Metric ton"
   * -> tonne.
   */
  private static String measure(String unit) {
    String u = unit.toLowerCase(Locale.ROOT).replace("meter", "metre").replace("liter", "litre");
    return switch (u) {
      case "metric ton" -> "tonne";
      default -> u;
    };
  }
}

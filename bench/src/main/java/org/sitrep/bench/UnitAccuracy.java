package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.quantity.QuantityTagger;
import org.sitrep.lexicon.UnitTable;
import org.sitrep.model.Quantity;

/**
 * Value accuracy and value+unit accuracy on every visible result that carries a unit: each result
 * with a value and a unit in the Recognizers-Text NumberWithUnit specs (Age, Currency, Dimension,
 * Temperature; all of them, news-like or not), and quantulum3's templates whose unit has surface
 * forms in its {@code units.json} (each template filled with each surface) or is one of the two
 * pounds. A result's value is right when a quantity found over its span has that value (either end
 * of a range); value+unit also needs the unit, the spec's unit name read through the units table.
 * Results are split by their index: even ones are the half rules may be tuned on, odd ones are
 * checked only.
 */
final class UnitAccuracy {
  private UnitAccuracy() {}

  static final double VALUE_TARGET = 0.95;
  static final double VALUE_UNIT_TARGET = 0.90;

  private static final List<String> SPECS =
      List.of(
          "NumberWithUnit-English/AgeModel.json",
          "NumberWithUnit-English/CurrencyModel.json",
          "NumberWithUnit-English/DimensionModel.json",
          "NumberWithUnit-English/TemperatureModel.json");

  /** One result to find: its sentence, span, value and our name for its unit (null: none fits). */
  record Item(String source, String input, int start, int end, double value, String unit) {}

  /** Counts for one half (or all): results, right values, right values with the right unit. */
  static final class Score {
    int total;
    int value;
    int valueUnit;
    final List<String> misses = new ArrayList<>();

    double valueRate() {
      return total == 0 ? 0 : (double) value / total;
    }

    double valueUnitRate() {
      return total == 0 ? 0 : (double) valueUnit / total;
    }
  }

  /** The results, in spec order then template order. */
  static List<Item> items(Path bench) throws IOException {
    UnitTable units = UnitTable.get();
    List<Item> out = new ArrayList<>();
    Path root = bench.resolve("quantities-recognizers");
    for (String spec : SPECS) {
      Path file = root.resolve(spec);
      if (!Files.exists(file)) continue;
      boolean temperature = spec.contains("Temperature");
      boolean currency = spec.contains("Currency");
      for (BenchCase c : BenchCases.read(file))
        for (BenchCase.Expected e : c.expected()) {
          if (e.value() == null || e.unit() == null) continue;
          double v;
          try {
            v = Double.parseDouble(e.value());
          } catch (NumberFormatException bad) {
            System.out.println("unit cases: unreadable value '" + e.value() + "', skipped");
            continue;
          }
          String unit =
              e.iso() != null ? e.iso() : specUnit(units, e.unit(), temperature, currency);
          out.add(new Item(c.suite(), c.input(), e.start(), e.end(), v, unit));
        }
    }
    Path q3 = bench.resolve("quantities-quantulum3/data");
    if (Files.exists(q3.resolve("train.json"))) out.addAll(templates(units, q3));
    return out;
  }

  /**
   * The spec's unit name in our terms: "Kilometer per hour" is "kilometre per hour", "Dollar" USD;
   * the Temperature spec writes "C" and "F" for the scales; "Pound" in the Currency spec is money.
   */
  private static String specUnit(
      UnitTable units, String name, boolean temperature, boolean currency) {
    if (temperature && (name.equals("C") || name.equals("F"))) name = "°" + name;
    List<UnitTable.Unit> r = units.readings(name);
    if (currency) for (UnitTable.Unit u : r) if (u.isCurrency()) return u.name();
    return r.isEmpty() ? null : r.get(0).name();
  }

  /**
   * quantulum3's unit names: "pound sterling", "degree Celsius", "pound-mass" (a pound of mass).
   */
  private static String quantulumUnit(UnitTable units, String name) {
    UnitTable.Unit u = units.lookup(name);
    if (u != null) return u.name();
    int dash = name.lastIndexOf('-');
    if (dash > 0)
      for (UnitTable.Unit r : units.readings(name.substring(0, dash)))
        if (r.dimension().equals(name.substring(dash + 1))) return r.name();
    return null;
  }

  private static List<Item> templates(UnitTable units, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode surfaces =
        Files.exists(dir.resolve("units.json"))
            ? json.readTree(dir.resolve("units.json").toFile())
            : json.createObjectNode();
    List<Item> out = new ArrayList<>();
    for (JsonNode t : json.readTree(dir.resolve("train.json").toFile())) {
      String name = t.path("unit").asText();
      String text = t.path("text").asText();
      int slot = text.indexOf("{quantity}");
      if (slot < 0 || text.indexOf("{quantity}", slot + 1) >= 0) continue;
      List<String> forms = new ArrayList<>();
      if (name.startsWith("pound")) forms.add("pounds");
      JsonNode u = surfaces.get(name);
      if (u != null) {
        for (JsonNode s : u.path("surfaces")) forms.add(s.asText());
        for (JsonNode s : u.path("symbols")) forms.add(s.asText());
      }
      for (String form : forms) {
        String quantity = "20 " + form;
        if (name.startsWith("pound")) quantity = "150 " + form;
        String input = text.replace("{quantity}", quantity);
        double v = name.startsWith("pound") ? 150 : 20;
        out.add(
            new Item(
                "quantulum3",
                input,
                slot,
                slot + quantity.length(),
                v,
                quantulumUnit(units, name)));
      }
    }
    return out;
  }

  /** Scores every item; returns [even half, odd half, all]. */
  static Score[] score(List<Item> items) {
    QuantityTagger tagger = new QuantityTagger();
    Score[] s = {new Score(), new Score(), new Score()};
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      List<Quantity> found = tagger.tag(it.input());
      boolean value = false;
      boolean unit = false;
      for (Quantity q : found) {
        if (q.start() >= it.end() || q.end() <= it.start()) continue;
        boolean v =
            close(q.value(), it.value())
                || (q.valueMax() != null && close(q.valueMax(), it.value()));
        if (!v) continue;
        value = true;
        unit |= it.unit() != null && it.unit().equals(ours(q, it));
      }
      for (Score x : new Score[] {s[i % 2], s[2]}) {
        x.total++;
        if (value) x.value++;
        if (value && unit) x.valueUnit++;
      }
      if (!(value && unit))
        s[2].misses.add(
            String.format(
                Locale.ROOT,
                "%s %s: %s  expected %s %s  found %s",
                i % 2 == 0 ? "tune" : "check",
                it.source(),
                it.input().length() > 120 ? it.input().substring(0, 120) + "..." : it.input(),
                it.value(),
                it.unit(),
                found.stream().map(q -> q.text() + "=" + q.value() + " " + q.unit()).toList()));
    }
    return s;
  }

  /** Our unit over the item's span: a rate whose "per ..." lies past the span is its numerator. */
  private static String ours(Quantity q, Item it) {
    if (q.unit() == null) return null;
    UnitTable.Unit u = UnitTable.get().named(q.unit());
    if (u != null && u.of() != null && q.end() > it.end()) return u.of().name();
    return q.unit();
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  }
}

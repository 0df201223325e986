package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Units of measure and currencies as data: {@code units.tsv} beside this class's resources, read
 * once. Looks a unit up by what a text writes ("km", "kilometres", "64GB"'s "GB", "€", "US$",
 * "swiss francs"), says its dimension (length, money, data ...), its ISO 4217 code when it is money
 * and its factor to a base unit, and builds compounds: "km/h" and "miles per hour" are speeds,
 * "N·m" torque, "$ per share" a rate ("USD per share"). Normalised names are singular and British
 * ("kilometre", "litre", "tonne"); a currency's name is its ISO code ("EUR"). Immutable and
 * thread-safe.
 */
public final class UnitTable {
  private static final String RESOURCE = "/org/sitrep/lexicon/units.tsv";

  /**
   * One unit: its normalised name, dimension, factor to {@code base} (null where offsets or
   * conventions make one meaningless: temperatures, fuel economy), ISO 4217 code for a currency,
   * and for a rate the denominator's name ({@code per}) and the numerator ({@code of}).
   */
  public record Unit(
      String name, String dimension, Double factor, String base, String iso, String per, Unit of) {
    /** Money, or a rate of money ("USD per share"). */
    public boolean isCurrency() {
      return currency() != null || "money".equals(dimension) || (of != null && of.isCurrency());
    }

    /** The ISO 4217 code of this currency or of a rate's currency, or null. */
    public String currency() {
      return iso != null ? iso : of != null ? of.currency() : null;
    }

    /** A rate: something per something ("kilometre per hour", "USD per share"). */
    public boolean isRate() {
      return per != null;
    }

    /**
     * Only ever the second half of a rate ("share" in "$5 a share"), never a unit after a number.
     */
    public boolean denominatorOnly() {
      return "denominator".equals(dimension);
    }

    /** The value in the base unit, or null when the unit has no factor. */
    public Double toBase(double value) {
      return factor == null ? null : value * factor;
    }
  }

  private static final class Holder {
    static final UnitTable TABLE = load();
  }

  /** The table shipped with Sitrep, loaded on first use. */
  public static UnitTable get() {
    return Holder.TABLE;
  }

  private final Map<String, Unit> byName = new LinkedHashMap<>();
  private final Map<String, List<Unit>> exact = new HashMap<>();
  private final Map<String, List<Unit>> words = new HashMap<>();
  private final Map<String, List<Unit>> folded = new HashMap<>();
  private final Map<String, Unit> inCompound = new HashMap<>();
  private final Map<String, Unit> gluedOnly = new HashMap<>();
  private final Map<String, Double> prefixFactor = new HashMap<>();
  private final Map<String, String> prefixName = new HashMap<>();
  private final Map<String, List<String>> prefixSymbols = new HashMap<>();

  private UnitTable() {}

  /** Reads a table in the format of {@code units.tsv} (see the README beside it). */
  public static UnitTable read(BufferedReader in) throws IOException {
    UnitTable t = new UnitTable();
    List<String[]> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 9) throw new IOException("units table line " + n + ": 9 columns expected");
      rows.add(f);
    }
    for (String[] f : rows) if (f[0].equals("prefix")) t.addPrefix(f);
    List<String[]> prefixed = new ArrayList<>();
    for (String[] f : rows) {
      if (!f[0].equals("unit")) continue;
      t.addUnit(f);
      if (!dash(f[7])) prefixed.add(f);
    }
    // Prefixed forms come after every written row, so a written row wins any clash ("kt" is not
    // "kilotonne" if a row says otherwise, "kilometre" keeps its own spellings).
    for (String[] f : prefixed) t.addPrefixed(f);
    return t;
  }

  private static UnitTable load() {
    try (InputStream in = UnitTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void addPrefix(String[] f) {
    List<String> syms = list(f[3]);
    for (String s : syms) {
      prefixFactor.put(s, Double.parseDouble(f[5]));
      prefixName.put(s, f[1]);
      prefixSymbols.put(s, syms);
    }
  }

  private void addUnit(String[] f) {
    Unit u =
        new Unit(
            f[1],
            f[2],
            dash(f[5]) ? null : Double.parseDouble(f[5]),
            dash(f[6]) ? null : f[6],
            dash(f[8]) ? null : f[8],
            null,
            null);
    Unit had = byName.get(u.name());
    if (had == null || (had.denominatorOnly() && !u.denominatorOnly())) byName.put(u.name(), u);
    boolean money = u.dimension().equals("money");
    // A currency's name is its code, which matches only in its own case ("TRY", not "try").
    if (money) addSymbol(u.name(), u, true);
    else addWord(u.name(), u);
    for (String w : list(f[4])) addWord(w, u);
    for (String s : list(f[3])) addSymbol(s, u, money);
  }

  private void addPrefixed(String[] f) {
    Unit base = byName.get(f[1]);
    for (String p : list(f[7])) {
      Double pf = prefixFactor.get(p);
      if (pf == null) throw new IllegalStateException("unknown prefix " + p + " for " + f[1]);
      String name = prefixName.get(p) + base.name();
      Unit u = byName.get(name);
      if (u == null) {
        u =
            new Unit(
                name,
                base.dimension(),
                base.factor() == null ? null : pf * base.factor(),
                base.base(),
                null,
                null,
                null);
        byName.put(name, u);
      }
      addWord(name, u);
      for (String w : list(f[4])) addWord(prefixName.get(p) + w, u);
      for (String ps : prefixSymbols.get(p))
        for (String s : list(f[3])) {
          String mark = s.startsWith("=") ? "=" : "";
          String bare = s.startsWith("=") || s.startsWith("~") ? s.substring(1) : s;
          addSymbol(mark + ps + bare, u, false);
        }
    }
  }

  private void addWord(String w, Unit u) {
    add(words, normalise(w).toLowerCase(Locale.ROOT), u);
  }

  /**
   * A symbol matches in its own case; "=" marks one that must not also match lower-cased ("Pa" is
   * not "pa"), "~" one that only stands inside a compound ("h" in "km/h"). Money symbols never
   * match lower-cased ("TRY" is a code, "try" a verb). "^" marks one that stands only glued to its
   * number ("x" in "3x").
   */
  private void addSymbol(String s, Unit u, boolean money) {
    if (s.startsWith("^")) {
      gluedOnly.putIfAbsent(s.substring(1), u);
      return;
    }
    if (s.startsWith("~")) {
      inCompound.putIfAbsent(normalise(s.substring(1)), u);
      return;
    }
    boolean caseOnly = money || s.startsWith("=");
    String sym = normalise(s.startsWith("=") ? s.substring(1) : s);
    add(exact, sym, u);
    inCompound.putIfAbsent(sym, u);
    if (!caseOnly) add(folded, sym.toLowerCase(Locale.ROOT), u);
  }

  private static void add(Map<String, List<Unit>> m, String key, Unit u) {
    List<Unit> l = m.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!l.contains(u)) l.add(u);
  }

  private static boolean dash(String s) {
    return s.isEmpty() || s.equals("-");
  }

  private static List<String> list(String field) {
    if (dash(field)) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : field.split("\\|")) if (!s.isEmpty()) out.add(s);
    return out;
  }

  // ---- lookups

  /**
   * The unit a text writes, or null: a symbol in its case ("MB", "€"), a spelling in any case
   * ("Kilometres", "swiss francs"), a symbol in lower case where that is unambiguous ("mw", "gb"),
   * or a compound ("km/h", "miles per hour", "N·m", "USD/share"). Where a surface has several
   * readings ("pounds": weight or sterling) the first listed is given; see {@link #readings}.
   */
  public Unit lookup(String surface) {
    List<Unit> r = readings(surface);
    return r.isEmpty() ? null : r.get(0);
  }

  /**
   * The unit of a symbol that stands only glued to its number ("x" in "3x", a multiple), or null;
   * {@link #readings} does not give these.
   */
  public Unit gluedSymbol(String surface) {
    return surface == null ? null : gluedOnly.get(surface);
  }

  /**
   * A unit written alone, as in a table's header "(kg)" or "[m]": its preferred reading, or a
   * symbol that otherwise stands only inside a compound ("m", "h", "s"); null when none.
   */
  public Unit unitAlone(String surface) {
    Unit u = lookup(surface);
    return u != null || surface == null ? u : inCompound.get(normalise(surface));
  }

  /** Every reading of a surface form, the preferred first; empty when none. */
  public List<Unit> readings(String surface) {
    if (surface == null) return List.of();
    String s = normalise(surface);
    if (s.isEmpty()) return List.of();
    List<Unit> out = new ArrayList<>();
    addAll(out, exact.get(s));
    String lower = s.toLowerCase(Locale.ROOT);
    addAll(out, words.get(lower));
    addAll(out, folded.get(lower));
    if (out.isEmpty()) {
      Unit c = compound(s);
      if (c != null) out.add(c);
    }
    return out;
  }

  private static void addAll(List<Unit> out, List<Unit> add) {
    if (add == null) return;
    for (Unit u : add) if (!out.contains(u)) out.add(u);
  }

  /** A unit by its normalised name ("kilometre", "EUR", "USD per share"), or null. */
  public Unit named(String name) {
    if (name == null) return null;
    Unit u = byName.get(name);
    if (u != null) return u;
    int per = name.indexOf(" per ");
    while (per > 0) {
      Unit a = named(name.substring(0, per));
      Unit b = named(name.substring(per + 5));
      if (a != null && b != null) return rate(a, b);
      per = name.indexOf(" per ", per + 1);
    }
    return null;
  }

  /** The dimension of a normalised unit name ("length", "money", "speed"), or null. */
  public String dimension(String name) {
    Unit u = named(name);
    return u == null ? null : u.dimension();
  }

  /** The ISO 4217 code of a normalised unit name that is money or a rate of money, or null. */
  public String currency(String name) {
    Unit u = named(name);
    return u == null ? null : u.currency();
  }

  /**
   * "a per b": a row of the table when one exists ("kilometre per hour" is a speed), else a rate
   * whose dimension joins both ("money/denominator" for "USD per share", "fraction/time" for
   * "percent per year").
   */
  public Unit rate(Unit a, Unit b) {
    String name = a.name() + " per " + b.name();
    Unit row = byName.get(name);
    if (row != null) return row;
    Double f =
        a.factor() != null && b.factor() != null && b.factor() != 0
            ? a.factor() / b.factor()
            : null;
    String base = a.base() != null && b.base() != null ? a.base() + " per " + b.base() : null;
    return new Unit(name, a.dimension() + "/" + b.dimension(), f, base, null, b.name(), a);
  }

  /** Two units multiplied ("N·m", "kW·h"): a row when one has that name, else "a b". */
  public Unit product(Unit a, Unit b) {
    String name = a.name() + " " + b.name();
    Unit row = byName.get(name);
    if (row != null) return row;
    Double f = a.factor() != null && b.factor() != null ? a.factor() * b.factor() : null;
    String base = a.base() != null && b.base() != null ? a.base() + " " + b.base() : null;
    return new Unit(name, a.dimension() + "*" + b.dimension(), f, base, null, null, null);
  }

  private Unit part(String s) {
    Unit u = inCompound.get(s);
    if (u != null) return u;
    List<Unit> r = readings(s);
    return r.isEmpty() ? null : r.get(0);
  }

  private static final List<String> TIME = List.of("time");

  /** "km/h", "miles per hour", "kilometres an hour", "N·m"; null when a part is no unit. */
  private Unit compound(String s) {
    int slash = s.indexOf('/');
    if (slash > 0 && slash < s.length() - 1) {
      Unit a = part(s.substring(0, slash));
      Unit b = part(s.substring(slash + 1));
      if (a != null && b != null && !a.denominatorOnly()) return rate(a, b);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String sep : new String[] {" per ", " an ", " a "}) {
      int k = lower.indexOf(sep);
      if (k <= 0) continue;
      Unit a = part(s.substring(0, k));
      Unit b = part(s.substring(k + sep.length()));
      if (a == null || b == null || a.denominatorOnly()) continue;
      // "an hour", "a share": the article reads as "per" only before a time or a denominator.
      if (!sep.equals(" per ")
          && !(TIME.contains(b.dimension()) || b.denominatorOnly() || b.isCurrency())) continue;
      return rate(a, b);
    }
    for (char dot : new char[] {'·', '⋅'}) {
      int k = s.indexOf(dot);
      if (k > 0 && k < s.length() - 1) {
        Unit a = part(s.substring(0, k));
        Unit b = part(s.substring(k + 1));
        if (a != null && b != null) return product(a, b);
      }
    }
    return null;
  }

  /**
   * Collapses spaces, and drops those around "/", "·" and after "°", so "km / h" and "° C" read as
   * "km/h" and "°C".
   */
  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        space = b.length() > 0;
        continue;
      }
      boolean glue = c == '/' || c == '·' || c == '⋅';
      if (space && !glue && !endsWithGlue(b)) b.append(' ');
      space = false;
      b.append(c);
    }
    return b.toString();
  }

  private static boolean endsWithGlue(StringBuilder b) {
    if (b.length() == 0) return true;
    char c = b.charAt(b.length() - 1);
    return c == '/' || c == '·' || c == '⋅' || c == '°';
  }

  private static final class Cues {
    static final Map<String, Set<String>> SETS = loadCues();
  }

  /**
   * A named set of context words from {@code unit-cues.tsv} ("money", "weight", "length-after",
   * "length-before"): the words near a number that decide what an ambiguous unit means. Empty for
   * an unknown name.
   */
  public static Set<String> cues(String set) {
    return Cues.SETS.getOrDefault(set, Set.of());
  }

  private static Map<String, Set<String>> loadCues() {
    String res = "/org/sitrep/lexicon/unit-cues.tsv";
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = UnitTable.class.getResourceAsStream(res)) {
      if (in == null) throw new IllegalStateException("missing resource " + res);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length == 2) out.put(f[0], Set.copyOf(list(f[1])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /** Every normalised unit name of the table, in table order (prefixed forms last). */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}

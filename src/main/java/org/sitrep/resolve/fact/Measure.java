package org.sitrep.resolve.fact;

import java.util.Locale;
import java.util.Map;

/**
 * Maps what a quantity counts to the measure of a fact series: soldiers, troops, personnel and
 * servicemen are all "troops"; a percentage of gross domestic product is "share of GDP". Returns
 * null for things no series follows.
 */
public final class Measure {
  public static final String SHARE_OF_GDP = "share of GDP";

  private static final Map<String, String> MEASURES =
      Map.ofEntries(
          Map.entry("soldier", "troops"),
          Map.entry("troop", "troops"),
          Map.entry("personnel", "troops"),
          Map.entry("serviceman", "troops"),
          Map.entry("servicemen", "troops"),
          Map.entry("service member", "troops"),
          Map.entry("servicemember", "troops"),
          Map.entry("military personnel", "troops"),
          Map.entry("marine", "troops"),
          Map.entry("paratrooper", "troops"),
          Map.entry("force", "troops"),
          Map.entry("fighter", "fighters"),
          Map.entry("civilian", "civilians"),
          Map.entry("vehicle", "vehicles"),
          Map.entry("tank", "tanks"),
          Map.entry("aircraft", "aircraft"),
          Map.entry("jet", "aircraft"),
          Map.entry("warplane", "aircraft"),
          Map.entry("helicopter", "helicopters"),
          Map.entry("drone", "drones"),
          Map.entry("missile", "missiles"),
          Map.entry("warship", "ships"),
          Map.entry("ship", "ships"),
          Map.entry("refugee", "refugees"),
          Map.entry("casualty", "casualties"),
          Map.entry("death", "deaths"),
          Map.entry("prisoner", "prisoners"),
          Map.entry("gross domestic product", SHARE_OF_GDP),
          Map.entry("gdp", SHARE_OF_GDP));

  private Measure() {}

  /** The series measure for a counted noun phrase (and unit), or null. */
  public static String of(String counted, String unit) {
    if (counted == null) return null;
    String c = counted.toLowerCase(Locale.ROOT).trim();
    if (MEASURES.containsKey(c)) return MEASURES.get(c);
    String head = c.contains(" ") ? c.substring(c.lastIndexOf(' ') + 1) : c;
    for (String form : new String[] {c, singular(c), head, singular(head)}) {
      String m = MEASURES.get(form);
      if (m != null) return m;
    }
    return null;
  }

  static String singular(String w) {
    if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("men")) return w;
    if (w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }
}

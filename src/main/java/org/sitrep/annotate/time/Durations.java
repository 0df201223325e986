package org.sitrep.annotate.time;

/** Writes TIMEX3 duration values: P6Y, P2W, PT3H, P1.5Y, PXY. */
final class Durations {
  private Durations() {}

  /**
   * The value of {@code amount} (digits, a decimal, or "X" for unknown) of a {@link Lexicon#UNITS}
   * code.
   */
  static String value(String amount, String unit) {
    if (unit.startsWith("T")) return "PT" + amount + unit.charAt(1);
    if (unit.equals("DE") || unit.equals("CE")) {
      if (amount.equals("X")) return "PX" + unit;
      int factor = unit.equals("DE") ? 10 : 100;
      try {
        return "P" + Long.parseLong(amount) * factor + "Y";
      } catch (NumberFormatException e) {
        return "P" + stripZeros(Double.parseDouble(amount) * factor) + "Y";
      }
    }
    return "P" + amount + unit;
  }

  static String stripZeros(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}

package org.sitrep.report;

import java.util.Locale;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.entity.Countries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;

/**
 * How series, places and values read to an analyst, the same on the terminal, in briefs and on
 * pages.
 */
public final class Labels {
  private Labels() {}

  /** "Germany / troops / Lithuania". */
  public static String series(SeriesKey k) {
    return k.label();
  }

  /** A country's name for its ISO code; anything else as it is. */
  public static String place(String codeOrName) {
    String n = Countries.name(codeOrName);
    return n == null ? codeOrName : n;
  }

  /** "4,800", "0.5": thousands grouped the same in every locale. */
  public static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
  }

  /**
   * "↗≤350", "~4,000", "≥10,000": bounds, approximations and direction of change as an analyst
   * reads them.
   */
  public static String value(Observation o) {
    String v = number(o.value());
    if (o.valueMax() != null) v = v + "–" + number(o.valueMax());
    if (o.bound() == Quantity.Bound.AT_MOST) v = "≤" + v;
    if (o.bound() == Quantity.Bound.AT_LEAST) v = "≥" + v;
    if (o.approximate()) v = "~" + v;
    // A direction, not a sign: "350 more" and "grow to 4,800" are both increases, one a delta and
    // one a level.
    if ("increase".equals(o.change())) v = "↗" + v;
    if ("decrease".equals(o.change())) v = "↘" + v;
    return v;
  }
}

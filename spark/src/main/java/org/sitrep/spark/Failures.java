package org.sitrep.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sitrep.pipeline.Problem;

/**
 * Rows of the failures dataset ({@link ContractSchema#FAILURE}): bad records are data, never a
 * failed job.
 */
final class Failures {
  private static final Pattern AT = Pattern.compile("^[a-z]+ (\\d+)$");

  private Failures() {}

  /**
   * A problem a reader reported; {@code offset} is the number in "byte 1234" or "line 7", when
   * there is one.
   */
  static Row of(Problem p) {
    return RowFactory.create(
        "read", p.file(), p.where(), offsetIn(p.where()), p.reason(), p.skipped());
  }

  static Row annotate(String input, long offset, String reason) {
    Long at = offset >= 0 ? offset : null;
    return RowFactory.create(
        "annotate", input, at == null ? null : "offset " + at, at, reason, true);
  }

  static Long offsetIn(String where) {
    if (where == null) return null;
    Matcher m = AT.matcher(where);
    return m.matches() ? Long.valueOf(m.group(1)) : null;
  }
}

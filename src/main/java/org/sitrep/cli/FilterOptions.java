package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.store.Filters;
import picocli.CommandLine.Option;

/**
 * Filters by outlet, label and publication date range, shared by {@code list} and {@code search}.
 */
final class FilterOptions {
  @Option(names = "--outlet", description = "Only this outlet.")
  String outlet;

  @Option(names = "--label", description = "Only this topic label.")
  String label;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Published on or after this date.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Published on or before this date.")
  String to;

  Filters filters() {
    try {
      return new Filters(outlet, label, date("--from", from), date("--to", to));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static LocalDate date(String option, String v) {
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new UserError(option + " takes a date as YYYY-MM-DD, not '" + v + "'");
    }
  }
}

package org.sitrep.cli;

import java.util.Map;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.ReadStats;

/**
 * The one-paragraph summary printed at the end of a run: what was read, kept, duplicated and
 * skipped, and why.
 */
final class RunSummary {
  private RunSummary() {}

  static String of(String verb, long kept, long duplicates, ReadStats stats, Problems problems) {
    return of(verb, kept, duplicates, stats, problems, null);
  }

  /** The summary with, when given, the documents per language and what each was annotated with. */
  static String of(
      String verb,
      long kept,
      long duplicates,
      ReadStats stats,
      Problems problems,
      LanguageTally languages) {
    StringBuilder sb = new StringBuilder();
    sb.append("sitrep: ")
        .append(stats.inputs())
        .append(stats.inputs() == 1 ? " input, " : " inputs, ");
    sb.append(kept).append(' ').append(verb);
    if (duplicates > 0) sb.append(", ").append(duplicates).append(" duplicates");
    sb.append(", ").append(problems.skipped()).append(" skipped");
    Map<String, Integer> why = problems.skippedByReason();
    if (!why.isEmpty()) {
      sb.append(':');
      why.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(8)
          .forEach(e -> sb.append("\n  ").append(e.getValue()).append(" × ").append(e.getKey()));
    }
    if (languages != null) sb.append(languages.lines());
    return sb.toString();
  }
}

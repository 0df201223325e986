package org.sitrep.cli;

import org.sitrep.model.Annotated;
import org.sitrep.store.Ingested;

/** Short human-readable lines about documents, for terminal output. */
final class Report {
  private Report() {}

  static String docLine(Annotated a, Ingested in) {
    String title = a.document().title();
    if (title == null || title.isBlank()) title = firstWords(a.body(), 60);
    String mark = in.isNew() ? "+" : "=";
    return String.format(
        "%s %s  %-62s %3d entities %3d times %3d quantities %3d quotes %3d events%s",
        mark, in.id(), clip(title, 62), a.entities().size(), a.times().size(), a.quantities().size(), a.quotes().size(),
        a.events().size(), in.isNew() ? "" : "  (already stored" + (in.sourcesAdded() > 0 ? ", source added)" : ")"));
  }

  static String firstWords(String s, int max) {
    String one = s.strip().replaceAll("\\s+", " ");
    return clip(one, max);
  }

  static String clip(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

package org.sitrep.cli;

import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.store.Ingested;
import org.sitrep.store.Resolution;
import org.sitrep.store.SituationView;

/** Short human-readable lines about documents, for terminal output. */
final class Report {
  private Report() {}

  static String docLine(Annotated a, Ingested in) {
    String title = org.sitrep.model.ArticleName.of(a.document().title(), a.body(), 62);
    String mark = in.isNew() ? "+" : "=";
    if (!in.isNew() && a.sentences().isEmpty() && a.tokens().isEmpty()) {
      // recognised as stored before annotation: there are no counts to show
      return String.format(
          "%s %s  %-62s  (already stored%s",
          mark, in.id(), clip(title, 62), in.sourcesAdded() > 0 ? ", source added)" : ")");
    }
    return String.format(
        "%s %s  %-62s %3d entities %3d times %3d quantities %3d quotes %3d events%s",
        mark,
        in.id(),
        clip(title, 62),
        a.entities().size(),
        a.times().size(),
        a.quantities().size(),
        a.quotes().size(),
        a.events().size(),
        in.isNew() ? "" : "  (already stored" + (in.sourcesAdded() > 0 ? ", source added)" : ")"));
  }

  /**
   * What resolution found, in a few lines: stories, the most mentioned entities, the fact series
   * that recur.
   */
  static void situation(SituationView s, Resolution r, java.io.PrintStream out) {
    out.println();
    out.printf(
        "Across %s: %s, %s, %s, %s quoted%n",
        org.sitrep.report.Labels.count(r.docs(), "document"),
        org.sitrep.report.Labels.count(r.stories(), "story"),
        org.sitrep.report.Labels.count(r.entities(), "entity"),
        org.sitrep.report.Labels.count(r.series(), "fact series", "fact series"),
        org.sitrep.report.Labels.count(r.statements(), "statement"));
    out.println("\nStories");
    for (StoryView v : s.stories(5)) {
      out.printf(
          "  %-6s %2d articles, %2d distinct reports  %s%n",
          v.id(), v.docs().size(), v.distinctReports(), clip(v.title(), 70));
    }
    out.println("\nMost mentioned");
    for (Entity e : s.entities(12)) {
      String roles = EntitiesCommand.roles(e);
      out.printf(
          "  %-13s %-28s %3d mentions %s%n",
          e.type(), clip(e.name(), 28), e.mentions(), roles.isEmpty() ? "" : "· " + roles);
    }
    List<FactSeries> recurring =
        s.mostObservedFacts(3).stream().filter(f -> f.observations().size() > 1).toList();
    if (!recurring.isEmpty()) out.println("\nFact series");
    recurring.forEach(FactsCommand::print);
    out.println(
        "\nMore: sitrep stories | entities | facts | timeline --story ID   (add --json for machines)");
  }

  /** {@code s} cut at a word with an ellipsis to at most {@code max} characters. */
  static String clip(String s, int max) {
    return org.sitrep.model.ArticleName.clip(s, max);
  }
}

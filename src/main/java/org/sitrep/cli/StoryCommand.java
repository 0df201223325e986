package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.framing.FramingMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep story ID}: a story's articles and, per outlet side by side, framing and the facts
 * each reports.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "story",
    description =
        "Show one story: its articles, and per outlet its framing and the facts it reports or leaves out.")
final class StoryCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID")
  String id;

  @Option(names = "--json")
  boolean json;

  @Override
  public Integer call() {
    try (Situations x = data.query()) {
      StoryView s =
          x.findStory(id)
              .orElseThrow(() -> new UserError("no story with id " + id + " in " + data.data));
      List<Situations.OutletView> outlets = x.outlets(s);
      Map<String, FactSeries> series = x.seriesIn(s.docs());
      Map<String, List<FramingMarker>> markers = new LinkedHashMap<>();
      Map<String, Set<String>> factsBy = new LinkedHashMap<>();
      Map<String, Set<String>> leavesOut = new LinkedHashMap<>();
      Map<String, List<Double>> toneBy = new LinkedHashMap<>();
      for (Situations.OutletView o : outlets) {
        markers.put(o.outlet(), o.framing());
        toneBy.put(o.outlet(), o.tone());
        if (!o.reports().isEmpty()) factsBy.put(o.outlet(), labels(o.reports(), series));
        leavesOut.put(o.outlet(), labels(o.leavesOut(), series));
      }
      if (json) {
        System.out.println(
            Json.write(Map.of("story", s, "framing", markers, "facts", factsBy, "tone", toneBy)));
        return 0;
      }
      System.out.println(Report.clip(s.title(), 120));
      System.out.printf(
          "%s, %s, %s, %s to %s%n",
          Labels.count(s.docs().size(), "article"),
          Labels.count(s.distinctReports(), "distinct report"),
          Labels.outlets(s.outlets().size()),
          ListCommand.nz(s.first()),
          ListCommand.nz(s.last()));
      System.out.println("entities: " + String.join(", ", s.topEntities()));
      System.out.println("\nArticles");
      for (Annotated a : x.load(s.docs())) {
        System.out.printf(
            "  %s  %-10s  %-18s %s%n",
            a.document().id(),
            ListCommand.nz(a.document().published().value()),
            Report.clip(ListCommand.nz(a.document().outlet()), 18),
            org.sitrep.model.ArticleName.of(a.document().title(), a.body(), 70));
      }
      System.out.println("\nBy outlet");
      for (Situations.OutletView o : outlets) {
        double tone = o.tone().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf(
            "  %s   tone %+.1f (positive minus negative words per 100, outside quotes)%n",
            o.outlet(), tone);
        for (FramingMarker m : o.framing()) {
          System.out.printf("    %-15s “%s” — %s%n", m.kind(), Report.clip(m.text(), 70), m.why());
        }
        Set<String> has = factsBy.getOrDefault(o.outlet(), Set.of());
        Set<String> missing = leavesOut.get(o.outlet());
        if (!has.isEmpty()) System.out.println("    reports: " + String.join("; ", has));
        if (!missing.isEmpty()) System.out.println("    leaves out: " + String.join("; ", missing));
      }
    }
    return 0;
  }

  /** The labels of some of a story's series (by id), sorted. */
  private static Set<String> labels(List<String> ids, Map<String, FactSeries> series) {
    Set<String> out = new TreeSet<>();
    for (String sid : ids) out.add(Labels.series(series.get(sid).key()));
    return out;
  }
}

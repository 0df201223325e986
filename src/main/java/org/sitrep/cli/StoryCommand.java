package org.sitrep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.report.Labels;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.StoredFacts;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.framing.Tone;
import org.sitrep.store.SituationView;
import org.sitrep.store.Store;
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
    try (Store store = data.open()) {
      SituationView sit = store.situation();
      StoryView s =
          sit.story(id)
              .orElseThrow(() -> new UserError("no story with id " + id + " in " + data.data));
      Map<String, List<FramingMarker>> markers = new LinkedHashMap<>();
      Map<String, Set<String>> factsBy = new LinkedHashMap<>();
      Map<String, List<Double>> toneBy = new LinkedHashMap<>();
      Set<String> allFacts = new TreeSet<>();
      List<Annotated> docs = new ArrayList<>();
      for (String d : s.docs()) {
        Annotated a = store.get(d).orElse(null);
        if (a == null) continue;
        docs.add(a);
        String outlet = a.document().outlet() != null ? a.document().outlet() : "(" + d + ")";
        markers.computeIfAbsent(outlet, k -> new ArrayList<>()).addAll(sit.framing(d));
        toneBy.computeIfAbsent(outlet, k -> new ArrayList<>()).add(Tone.of(a));
        for (Observation o : StoredFacts.observations(a)) {
          String f = Labels.series(o.key());
          allFacts.add(f);
          factsBy.computeIfAbsent(outlet, k -> new TreeSet<>()).add(f);
        }
      }
      if (json) {
        System.out.println(
            Json.write(Map.of("story", s, "framing", markers, "facts", factsBy, "tone", toneBy)));
        return 0;
      }
      System.out.println(s.title());
      System.out.printf(
          "%d articles, %d distinct reports, %d outlets, %s to %s%n",
          s.docs().size(),
          s.distinctReports(),
          s.outlets().size(),
          ListCommand.nz(s.first()),
          ListCommand.nz(s.last()));
      System.out.println("entities: " + String.join(", ", s.topEntities()));
      System.out.println("\nArticles");
      for (Annotated a : docs) {
        System.out.printf(
            "  %s  %-10s  %-18s %s%n",
            a.document().id(),
            ListCommand.nz(a.document().published().value()),
            Report.clip(ListCommand.nz(a.document().outlet()), 18),
            Report.clip(
                a.document().title() != null
                    ? a.document().title()
                    : Report.firstWords(a.body(), 70),
                70));
      }
      System.out.println("\nBy outlet");
      for (String outlet :
          factsBy.keySet().isEmpty()
              ? markers.keySet()
              : union(markers.keySet(), factsBy.keySet())) {
        double tone =
            toneBy.getOrDefault(outlet, List.of()).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        System.out.printf(
            "  %s   tone %+.1f (positive minus negative words per 100, outside quotes)%n",
            outlet, tone);
        for (FramingMarker m : markers.getOrDefault(outlet, List.of())) {
          System.out.printf("    %-15s “%s” — %s%n", m.kind(), Report.clip(m.text(), 70), m.why());
        }
        Set<String> has = factsBy.getOrDefault(outlet, Set.of());
        List<String> missing = allFacts.stream().filter(f -> !has.contains(f)).toList();
        if (!has.isEmpty()) System.out.println("    reports: " + String.join("; ", has));
        if (!missing.isEmpty()) System.out.println("    leaves out: " + String.join("; ", missing));
      }
    }
    return 0;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }
}

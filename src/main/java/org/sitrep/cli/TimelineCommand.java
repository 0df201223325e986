package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.Timeline;
import org.sitrep.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep timeline}: events, facts and quotes of a story, an entity or a search, oldest
 * first.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "timeline",
    description = "Events, facts and quotes oldest first, for a story, an entity or a search.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @ArgGroup(exclusive = true, multiplicity = "1")
  ScopeOptions scope;

  @Option(names = "--json", description = "One JSON object per item.")
  boolean json;

  @Override
  public Integer call() {
    List<Timeline.Item> items;
    try (Store store = data.open()) {
      ScopeOptions.Chosen chosen = scope.choose(store);
      List<Annotated> docs = new ArrayList<>();
      for (String id : chosen.ids()) store.get(id).ifPresent(docs::add);
      items =
          chosen.entityName() != null
              ? Timeline.forEntity(chosen.entityName(), docs)
              : Timeline.of(docs);
    }
    if (json) {
      items.forEach(i -> System.out.println(Json.write(i)));
      return 0;
    }
    for (Timeline.Item i : items) {
      System.out.printf(
          "%-10s %-6s %-16s %s%n",
          i.date() == null ? "undated" : i.date(),
          i.kind(),
          i.docId(),
          Report.clip(i.summary(), 120));
      if (i.evidence() != null && !i.kind().equals("quote"))
        System.out.println("                                  ↳ " + Report.clip(i.evidence(), 110));
    }
    System.out.println(items.size() + " items");
    return 0;
  }
}

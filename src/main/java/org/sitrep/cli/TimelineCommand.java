package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.Timeline;
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

  @Option(
      names = "--limit",
      description = "At most this many items, the latest (default: ${DEFAULT-VALUE}).")
  int limit = Situations.TIMELINE_ITEMS;

  @Override
  public Integer call() {
    if (limit < 1) throw new UserError("--limit must be at least 1");
    Situations.TimelineAnswer t;
    try (Situations x = data.query()) {
      t = x.timeline(scope.choose(x), limit);
    }
    if (t.truncated()) {
      System.err.printf(
          "sitrep: timeline cut to its latest %s (%s read)%n",
          Labels.count(t.items().size(), "item"), Labels.count(t.documents(), "article"));
    }
    if (json) {
      t.items().forEach(i -> System.out.println(Json.write(i)));
      return 0;
    }
    for (Timeline.Item i : t.items()) {
      System.out.printf(
          "%-10s %-6s %-16s %s%n",
          i.date() == null ? "undated" : i.date(),
          i.kind(),
          i.docId(),
          Report.clip(i.summary(), 120));
      if (i.evidence() != null && !i.kind().equals("quote"))
        System.out.println("                                  ↳ " + Report.clip(i.evidence(), 110));
    }
    System.out.println(Labels.count(t.items().size(), "item"));
    return 0;
  }
}

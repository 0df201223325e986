package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.resolve.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep stories}: stories with their distinct reports, outlets and dates, largest first.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "stories",
    description = "List stories: articles grouped by what they report.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit = 30;

  @Option(names = "--json")
  boolean json;

  @Override
  public Integer call() {
    List<StoryView> ss;
    try (Situations x = data.query()) {
      ss = x.stories().stream().limit(limit).toList();
    }
    if (json) {
      ss.forEach(s -> System.out.println(Json.write(s)));
      return 0;
    }
    System.out.printf(
        "%-8s %5s %8s %7s  %-10s %-10s  %s%n",
        "ID", "DOCS", "REPORTS", "OUTLETS", "FIRST", "LAST", "TITLE · ENTITIES");
    for (StoryView s : ss) {
      System.out.printf(
          "%-8s %5d %8d %7s  %-10s %-10s  %s%n",
          s.id(),
          s.docs().size(),
          s.distinctReports(),
          s.outlets().isEmpty() ? "unknown" : String.valueOf(s.outlets().size()),
          ListCommand.nz(s.first()),
          ListCommand.nz(s.last()),
          Report.clip(s.title(), 60)
              + " · "
              + String.join(", ", s.topEntities().stream().limit(5).toList()));
    }
    return 0;
  }
}

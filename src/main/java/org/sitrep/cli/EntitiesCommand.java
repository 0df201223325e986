package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.resolve.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep entities [QUERY]}: people, organisations and places across the stored articles. */
@Command(
    mixinStandardHelpOptions = true,
    name = "entities",
    description = "List entities across stored articles, most mentioned first.")
final class EntitiesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Part of a name or variant (accents ignored).")
  String query;

  @Option(names = "--type", description = "PERSON, ORGANIZATION, LOCATION or MISC.")
  String type;

  @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit = 40;

  @Option(names = "--json", description = "One JSON object per entity.")
  boolean json;

  @Override
  public Integer call() {
    List<Entity> es;
    int total;
    try (Situations x = data.query()) {
      List<Entity> all = x.entities(type, query);
      total = all.size();
      es = all.stream().limit(limit).toList();
    }
    if (json) {
      es.forEach(e -> System.out.println(Json.write(e)));
      return 0;
    }
    System.out.printf(
        "%-12s %-13s %-30s %8s %5s  %s%n",
        "ID", "TYPE", "NAME", "MENTIONS", "DOCS", "ROLES · VARIANTS");
    for (Entity e : es) {
      String roles = roles(e);
      String variants =
          String.join(
              ", ",
              e.variants().stream().filter(v -> !v.equals(e.name())).sorted().limit(6).toList());
      System.out.printf(
          "%-12s %-13s %-30s %8d %5d  %s%n",
          e.id(),
          e.type(),
          Report.clip(e.name(), 30),
          e.mentions(),
          e.docs().size(),
          ShowCommand.join(roles, e.country(), variants));
    }
    System.out.println(
        org.sitrep.report.Labels.shown(es.size(), total, "entity", "entities")
            + (es.size() < total ? " (--limit " + total + " shows them all)" : ""));
    return 0;
  }

  /** An entity's roles as the terminal shows them: "Defence Minister (DEU); Chancellor (DEU)". */
  static String roles(Entity e) {
    return String.join(
        "; ",
        e.roles().stream()
            .map(r -> r.role() + (r.country() == null ? "" : " (" + r.country() + ")"))
            .distinct()
            .toList());
  }
}

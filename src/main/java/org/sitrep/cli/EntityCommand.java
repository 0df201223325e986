package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.entity.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep entity ID}: one entity with its names, roles over time and the articles it appears
 * in.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "entity",
    description = "Show one entity: names, roles over time, documents.")
final class EntityCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID")
  String id;

  @Option(names = "--json")
  boolean json;

  @Override
  public Integer call() {
    Entity e;
    try (Situations x = data.query()) {
      e =
          x.findEntity(id)
              .orElseThrow(() -> new UserError("no entity with id " + id + " in " + data.data));
    }
    if (json) {
      System.out.println(Json.write(e));
      return 0;
    }
    System.out.println(
        e.name() + "  (" + e.type() + (e.country() != null ? ", " + e.country() : "") + ")");
    if (!Double.isNaN(e.lat())) System.out.printf("at %.2f, %.2f%n", e.lat(), e.lon());
    System.out.println(
        "written as: " + String.join(" · ", e.variants().stream().sorted().toList()));
    if (!e.roles().isEmpty()) {
      System.out.println("roles:");
      for (Entity.RoleSpell r : e.roles()) {
        System.out.printf(
            "  %-28s %-4s first seen %-10s last seen %-10s in %s%n",
            r.role(),
            ListCommand.nz(r.country()),
            ListCommand.nz(r.firstSeen()),
            ListCommand.nz(r.lastSeen()),
            String.join(", ", r.docs()));
      }
    }
    System.out.println(
        Labels.count(e.mentions(), "mention")
            + " in "
            + Labels.count(e.docs().size(), "document")
            + ": "
            + String.join(", ", e.docs()));
    return 0;
  }
}

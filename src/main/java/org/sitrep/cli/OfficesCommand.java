package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.resolve.entity.Offices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep offices [ROLE] [--of WHOSE]}: who held which office when, across the store. */
@Command(
    mixinStandardHelpOptions = true,
    name = "offices",
    description =
        "Who held which office when: each title and whose it is, with its holders in the order first"
            + " seen and the dates they were seen holding it.")
final class OfficesCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Parameters(
      arity = "0..1",
      paramLabel = "ROLE",
      description = "Part of the title (\"minister\", \"Defense Minister\").")
  String role;

  @Option(
      names = "--of",
      paramLabel = "WHOSE",
      description = "Whose office: a country (name or ISO code) or an organisation.")
  String of;

  @Option(names = "--json", description = "One JSON object per office.")
  boolean json;

  @Override
  public Integer call() {
    List<Offices.Office> shown;
    try (Situations x = data.query()) {
      shown = x.offices(role, of);
    }
    if (json) {
      shown.forEach(o -> System.out.println(Json.write(o)));
      return 0;
    }
    if (shown.isEmpty()) System.out.println("no office matches");
    for (Offices.Office o : shown) {
      System.out.println(o.role() + (o.of() == null ? "" : " · " + Labels.place(o.of())));
      for (Offices.Holder h : o.holders()) {
        String when =
            h.firstSeen() == null
                ? "undated"
                : h.firstSeen() + (h.firstSeen().equals(h.lastSeen()) ? "" : " to " + h.lastSeen());
        System.out.printf(
            "  %-24s %-28s %-14s %d %s%n",
            when,
            Report.clip(h.name(), 28),
            h.entityId(),
            h.docs().size(),
            h.docs().size() == 1 ? "article" : "articles");
      }
    }
    return 0;
  }
}

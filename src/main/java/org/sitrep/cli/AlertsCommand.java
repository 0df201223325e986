package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.store.Alert;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep alerts}: the alerts raised on topics, oldest first. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = {
      "The alerts raised on topics, oldest first: new figures, moves, new highs and lows, sources"
          + " that disagree, people and organisations new to a story, spikes of reports.",
      "Each is raised once per cause, for articles stored after its topic was added."
    })
final class AlertsCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--topic", paramLabel = "NAME", description = "Only this topic's alerts.")
  String topic;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only alerts raised on or after this day (yyyy-mm-dd) or instant.")
  String since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most this many, the latest (default: ${DEFAULT-VALUE}).")
  int limit = 1_000;

  @Option(
      names = "--json",
      description =
          "JSON Lines: id, topic, kind, subject, measure, value, previous, text, evidence, url,"
              + " raised.")
  boolean json;

  @Override
  public Integer call() {
    if (since != null) {
      try {
        if (since.length() <= 10) LocalDate.parse(since);
        else java.time.Instant.parse(since);
      } catch (DateTimeParseException e) {
        throw new UserError("--since takes a date (yyyy-mm-dd) or an ISO instant, not " + since);
      }
    }
    if (limit < 1) throw new UserError("--limit must be at least 1");
    try (var x = data.query()) {
      if (topic != null && x.topic(topic).isEmpty() && x.alerts(topic, null, 1).isEmpty())
        throw new UserError("no topic named " + topic);
      List<Alert> all = x.alerts(topic, since, limit);
      for (Alert a : all) {
        if (json) {
          System.out.println(Json.write(a));
          continue;
        }
        System.out.println(a.raised() + "  " + a.topic() + "  " + a.kind() + "  " + a.text());
        for (Alert.Evidence e : a.evidence())
          System.out.println(
              "    \""
                  + e.text().replaceAll("\\s+", " ")
                  + "\""
                  + (e.url() == null ? "" : "  " + e.url()));
      }
      if (all.isEmpty() && !json) System.out.println("no alert");
    }
    return 0;
  }
}

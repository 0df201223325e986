package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.report.Labels;
import org.sitrep.store.BadQueryException;
import org.sitrep.store.Store;
import org.sitrep.store.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep topic add|list|rm}: standing questions over the articles as they arrive. Every
 * article stored from then on (by ingest, watch or the server) is matched against every topic,
 * tagged with the topics it matches and why, and raises the topic's alerts.
 */
@Command(
    name = "topic",
    mixinStandardHelpOptions = true,
    description = "Add, list or remove topics: articles are tagged with the topics they match.",
    subcommands = {TopicCommand.Add.class, TopicCommand.Ls.class, TopicCommand.Rm.class})
final class TopicCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a topic; every condition given must hold (any one of several --entity or --place).",
        "Articles stored already are tagged now; alerts concern articles stored from now on."
      })
  static final class Add implements Callable<Integer> {
    @Mixin DataOptions data;
    @Mixin LockOptions lock;

    @Parameters(index = "0", paramLabel = "NAME", description = "The topic's name.")
    String name;

    @Option(
        names = "--query",
        paramLabel = "Q",
        description = "A search its articles match (Lucene syntax over title and body).")
    String query;

    @Option(
        names = "--entity",
        paramLabel = "NAME",
        description = "A person, organisation or place its articles name (repeatable: any of).")
    List<String> entities = new ArrayList<>();

    @Option(
        names = "--place",
        paramLabel = "ISO",
        description =
            "A country its articles name a place in, as an ISO 3166 code such as LTU (repeatable:"
                + " any of).")
    List<String> places = new ArrayList<>();

    @Option(names = "--label", paramLabel = "L", description = "The label its articles carry.")
    String label;

    @Option(
        names = "--threshold",
        paramLabel = "PERCENT",
        description = "A figure that moves by more than this raises an alert (default: 10%%).")
    String threshold;

    @Override
    public Integer call() {
      double share = Topic.DEFAULT_THRESHOLD;
      if (threshold != null) {
        try {
          share = Double.parseDouble(threshold.strip().replaceFirst("%$", "")) / 100;
        } catch (NumberFormatException e) {
          throw new UserError("--threshold takes a percentage such as 10%, not " + threshold);
        }
      }
      Topic t = new Topic(name, query, entities, places, label, share, 0, null);
      String problem = t.problem();
      if (problem != null) throw new UserError(problem);
      try (Store store = data.openForWriting(lock, "topic add")) {
        int tagged;
        try {
          tagged = store.topics().add(t);
        } catch (IllegalArgumentException | BadQueryException e) {
          throw new UserError(e.getMessage());
        }
        System.out.printf(
            Locale.ROOT,
            "topic %s added: %d stored article%s match%s it; alerts concern articles stored from"
                + " now on%n",
            name,
            tagged,
            tagged == 1 ? "" : "s",
            tagged == 1 ? "es" : "");
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the topics.")
  static final class Ls implements Callable<Integer> {
    @Mixin DataOptions data;

    @Option(names = "--json", description = "One JSON object per topic.")
    boolean json;

    @Override
    public Integer call() {
      try (var x = data.query()) {
        List<Topic> all = x.topics();
        if (all.isEmpty() && !json) System.out.println("no topic yet: sitrep topic add NAME ...");
        for (Topic t : all) {
          int docs = x.topicDocs(t.name()).size();
          int alerts = x.alerts(t.name(), null, Integer.MAX_VALUE).size();
          if (json) {
            var o = Json.MAPPER.valueToTree(t);
            ((com.fasterxml.jackson.databind.node.ObjectNode) o).put("articles", docs);
            ((com.fasterxml.jackson.databind.node.ObjectNode) o).put("alerts", alerts);
            System.out.println(Json.write(o));
          } else {
            System.out.printf(
                Locale.ROOT,
                "%s  %s  (%s, %s, since %s)%n",
                t.name(),
                describe(t),
                Labels.count(docs, "article"),
                Labels.count(alerts, "alert"),
                t.created());
          }
        }
      }
      return 0;
    }
  }

  /** A topic's conditions in the words of the options that set them. */
  static String describe(Topic t) {
    List<String> parts = new ArrayList<>();
    if (t.query() != null) parts.add("--query " + quoted(t.query()));
    for (String e : t.entities()) parts.add("--entity " + quoted(e));
    for (String p : t.places()) parts.add("--place " + p);
    if (t.label() != null) parts.add("--label " + quoted(t.label()));
    if (t.threshold() != Topic.DEFAULT_THRESHOLD)
      parts.add(String.format(Locale.ROOT, "--threshold %s%%", t.threshold() * 100));
    return String.join(" ", parts);
  }

  private static String quoted(String s) {
    return s.matches("[\\p{L}\\p{N}._-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  @Command(
      name = "rm",
      mixinStandardHelpOptions = true,
      description = "Remove a topic and its tags (its alerts are kept).")
  static final class Rm implements Callable<Integer> {
    @Mixin DataOptions data;
    @Mixin LockOptions lock;

    @Parameters(index = "0", paramLabel = "NAME", description = "The topic's name.")
    String name;

    @Override
    public Integer call() {
      try (Store store = data.openForWriting(lock, "topic rm")) {
        if (!store.topics().remove(name)) throw new UserError("no topic named " + name);
        System.out.println("topic " + name + " removed");
      }
      return 0;
    }
  }
}

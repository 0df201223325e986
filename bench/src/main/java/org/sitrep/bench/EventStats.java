package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.event.EventStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * Prints the events found per type and status in a folder of .txt files (default: examples), and
 * each event with its sentence when {@code --list} is given. Runs the language backbone, entities
 * and events directly rather than through a {@code Pipeline}: until the time and quantity stages
 * merge, their layers are empty and the pipeline builder would rightly refuse the event stage.
 * Usage: {@code EventStats [--list] [folder]}.
 */
public final class EventStats {
  private EventStats() {}

  public static void main(String[] args) throws IOException {
    boolean list = args.length > 0 && args[0].equals("--list");
    Path dir = Path.of(args.length > (list ? 1 : 0) ? args[list ? 1 : 0] : "examples");
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    CoreNlpStage nlp = new CoreNlpStage();
    EntityStage entities = new EntityStage();
    EventStage events = new EventStage();
    Map<String, int[]> byType = new TreeMap<>();
    long nanos = 0;
    int tokens = 0;
    for (Path f : files) {
      Document d =
          Document.of(
              Source.file(f.toString()),
              null,
              null,
              null,
              Published.UNKNOWN,
              "en",
              List.of(),
              // Lenient decoding: a stray byte in one file of a benchmark folder must not end the
              // run.
              new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      Annotated a = entities.apply(nlp.apply(Annotated.of(d)));
      long t0 = System.nanoTime();
      a = events.apply(a);
      nanos += System.nanoTime() - t0;
      tokens += a.tokens().size();
      for (Event e : a.events()) {
        byType
            .computeIfAbsent(e.type(), k -> new int[Event.Status.values().length])[
            e.status().ordinal()]++;
        if (list) {
          System.out.printf(
              "%s\t%s\t%s\t%s\t%s\t%s\t%s%n",
              f.getFileName(),
              e.type(),
              e.status().json(),
              e.actor(),
              e.target(),
              e.location(),
              a.body().substring(e.start(), e.end()));
        }
      }
    }
    System.out.printf("%-13s %5s", "type", "all");
    for (Event.Status s : Event.Status.values()) System.out.printf(" %12s", s.json());
    System.out.println();
    for (var row : byType.entrySet()) {
      int all = 0;
      for (int n : row.getValue()) all += n;
      System.out.printf("%-13s %5d", row.getKey(), all);
      for (int n : row.getValue()) System.out.printf(" %12d", n);
      System.out.println();
    }
    System.out.printf(
        "%d files, %d tokens, event stage %.1f ms (%.0f tokens/ms)%n",
        files.size(), tokens, nanos / 1e6, tokens / Math.max(nanos / 1e6, 1e-3));
  }
}

package org.sitrep.annotate.event;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;

class EventDebugTest {
  @Test
  void dump() throws Exception {
    try (var files = Files.list(Path.of("examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Annotated a = new EventStage().apply(StandInLayers.full(Files.readString(p)));
        System.out.println("=== " + p);
        for (var t : a.tokens()) {
          String sent = a.sentences().get(t.sentence()).of(a.body());
          if (sent.contains("Boost Troop") || sent.contains("discussed during")) {
            var m = a.entities().stream().filter(x -> x.start() <= t.start() && t.end() <= x.end()).findFirst();
            System.out.print(t.word() + "/" + t.pos() + "/" + t.lemma() + (m.isPresent() ? "/" + m.get().type() : "") + " ");
          }
        }
        System.out.println();
        for (Event e : a.events()) {
          int s = a.sentenceAt(e.start());
          String q = e.quantityIndex() >= 0 ? a.quantities().get(e.quantityIndex()).text() : null;
          System.out.printf("%-12s %-5s %-13s actor=%s target=%s loc=%s q=%s time=%s  [%s] | %s%n", e.type(),
              e.code(), e.status().json(), e.actor(), e.target(), e.location(), q, e.time(),
              a.body().substring(e.start(), e.end()), a.sentences().get(s).of(a.body()).replace('\n', ' '));
        }
      }
    }
  }
}

package org.sitrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;

/**
 * The shipped example articles read and annotated once per test JVM, keyed by file prefix ("000"
 * ... "004").
 */
public final class Examples {
  /**
   * The sample files carry no outlet and, but for one, no date: tests that need them give each one
   * these (file, outlet, publication date), the dates the articles report on.
   */
  public static final List<String[]> DATED =
      List.of(
          new String[] {"000_354fb2ecf45f77ce.txt", "Wire One", "2022-02-14"},
          new String[] {"001_fdf32aae2420c610.txt", "Daily Two", "2023-06-26"},
          new String[] {"002_c0ef11d0e1d4fb0b.txt", "Wire One", "2024-04-10"},
          new String[] {"003_6ced515e39766298.txt", "Review Three", "2023-12-18"},
          new String[] {"004_ecd01cb15038ab9f.txt", "Daily Two", "2024-11-30"});

  /**
   * Annotates the samples with their {@link #DATED} outlets and dates into a new store in {@code
   * dir}, resolved across documents; the caller closes it.
   */
  public static org.sitrep.store.Store datedStore(Path dir) throws java.io.IOException {
    Path jsonl = Files.createDirectories(dir).resolve("dated-examples.jsonl");
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (String[] d : DATED) {
      var o =
          json.createObjectNode()
              .put("text", Files.readString(Path.of("examples", d[0])))
              .put("outlet", d[1])
              .put("published", d[2])
              .put("url", "file:examples/" + d[0]);
      lines.append(json.writeValueAsString(o)).append('\n');
    }
    Files.writeString(jsonl, lines);
    List<Annotated> out = new ArrayList<>();
    try (OrderedRunner r = new OrderedRunner(Pipelines.standard(), 2, out::add)) {
      new Sources(Problems.silent()).read(List.of(jsonl.toString()), r::accept);
    }
    org.sitrep.store.Store store = org.sitrep.store.Store.open(dir.resolve("data"));
    store.putAll(out);
    store.commitIndex();
    store.resolveAll();
    return store;
  }

  private static Map<String, Annotated> annotated;

  private Examples() {}

  public static synchronized Map<String, Annotated> annotated() {
    if (annotated == null) {
      List<Annotated> out = new ArrayList<>();
      try (OrderedRunner r = new OrderedRunner(Pipelines.standard(), 2, out::add)) {
        new Sources(Problems.silent()).read(List.of("examples"), r::accept);
      }
      Map<String, Annotated> m = new LinkedHashMap<>();
      for (Annotated a : out)
        m.put(Path.of(a.document().source().path()).getFileName().toString().substring(0, 3), a);
      annotated = m;
    }
    return annotated;
  }

  /** The gold file for the examples, or null when the shared folder is absent. */
  public static JsonNode gold() throws java.io.IOException {
    Path p = Path.of(System.getProperty("sitrep.shared", "../shared"), "gold", "seeds.gold.json");
    return Files.exists(p) ? new ObjectMapper().readTree(p.toFile()) : null;
  }
}

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

/** The shipped example articles read and annotated once per test JVM, keyed by file prefix ("000" ... "004"). */
public final class Examples {
  private static Map<String, Annotated> annotated;

  private Examples() {}

  public static synchronized Map<String, Annotated> annotated() {
    if (annotated == null) {
      List<Annotated> out = new ArrayList<>();
      try (OrderedRunner r = new OrderedRunner(Pipelines.standard(), 2, out::add)) {
        new Sources(Problems.silent()).read(List.of("examples"), r::accept);
      }
      Map<String, Annotated> m = new LinkedHashMap<>();
      for (Annotated a : out) m.put(Path.of(a.document().source().path()).getFileName().toString().substring(0, 3), a);
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

package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * quantulum3's disambiguation templates for "pounds": each template of unit pound-mass or pound
 * sterling, filled with "150 pounds", is a case whose expected unit is our "pound" or "GBP". The
 * other templates are skipped: they carry no surface form for their unit, and their units (arc
 * minutes, mach, kilobytes) are not news.
 */
final class PoundTemplates {
  private PoundTemplates() {}

  static final Categories.Category CATEGORY =
      new Categories.Category(
          "quantulum3/pounds",
          true,
          "'pounds' as weight or money from context (UK news uses both)");

  static List<BenchCase> read(Path trainJson) throws IOException {
    List<BenchCase> out = new ArrayList<>();
    for (JsonNode t : new ObjectMapper().readTree(trainJson.toFile())) {
      String unit = t.path("unit").asText();
      String ours =
          unit.equals("pound-mass") ? "pound" : unit.equals("pound sterling") ? "GBP" : null;
      String text = t.path("text").asText();
      if (ours == null || !text.contains("{quantity}")) continue;
      String input = text.replace("{quantity}", "150 pounds");
      int start = input.indexOf("150 pounds");
      out.add(
          new BenchCase(
              "quantulum3",
              input,
              List.of(new BenchCase.Expected("150 pounds", start, start + 10, "150", ours, null))));
    }
    return out;
  }
}

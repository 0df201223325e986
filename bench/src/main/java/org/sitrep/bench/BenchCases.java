package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the recognizers-text JSON specs: a list of {Input, Results[{Text, Start, End|Length,
 * Resolution}]}.
 */
final class BenchCases {
  private BenchCases() {}

  static List<BenchCase> read(Path file) throws IOException {
    String suite = file.getFileName().toString().replaceFirst("\\.json$", "");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    if (json.startsWith("\ufeff"))
      json = json.substring(1); // the specs are saved with a byte-order mark
    List<BenchCase> out = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(json)) {
      List<BenchCase.Expected> exp = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        int start = r.path("Start").asInt();
        // "End" is inclusive in the NumberWithUnit and Number specs; the DateTime specs give
        // "Length" instead.
        int end = r.has("Length") ? start + r.get("Length").asInt() : r.path("End").asInt() + 1;
        JsonNode res = r.path("Resolution");
        exp.add(
            new BenchCase.Expected(
                r.path("Text").asText(),
                start,
                end,
                text(res, "value"),
                text(res, "unit"),
                text(res, "isoCurrency")));
      }
      out.add(new BenchCase(suite, c.path("Input").asText(), exp));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().equals("null") ? null : v.asText();
  }
}

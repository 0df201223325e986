package org.sitrep.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quote;

/**
 * The five example articles against the hand-made gold in ../shared/gold/seeds.gold.json: every
 * gold quote found with its speaker (matched by speaker and first words), no scare quote taken for
 * a quote.
 */
class QuoteGoldenTest {
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path GOLD =
      Path.of(System.getProperty("sitrep.shared", "../shared"), "gold", "seeds.gold.json");

  static Map<String, List<Quote>> run() throws IOException {
    QuoteStage stage = QuoteStage.withoutEntities();
    return run(body -> stage.apply(SimpleSentences.annotated(body)));
  }

  /**
   * The quotes of each example, keyed by its three-digit prefix, as {@code annotate} finds them.
   */
  static Map<String, List<Quote>> run(Function<String, Annotated> annotate) throws IOException {
    Map<String, List<Quote>> out = new HashMap<>();
    try (var files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String body = Files.readString(f, StandardCharsets.UTF_8);
        Annotated a = annotate.apply(body);
        out.put(f.getFileName().toString().substring(0, 3), a.quotes());
      }
    }
    return out;
  }

  @Test
  void findsEveryGoldQuoteWithItsSpeaker() throws IOException {
    assertAllGoldQuotes(run());
  }

  static void assertAllGoldQuotes(Map<String, List<Quote>> found) throws IOException {
    Assumptions.assumeTrue(Files.exists(GOLD), "gold file absent");
    JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
    List<String> missing = new ArrayList<>();
    int right = 0;
    for (JsonNode g : gold.get("quotes")) {
      String doc = g.get("doc").asText();
      String speaker = Names.fold(g.get("speaker").asText());
      String first = Names.fold(g.get("starts_with").asText());
      boolean ok =
          found.getOrDefault(doc, List.of()).stream()
              .anyMatch(
                  q ->
                      Names.fold(q.text()).startsWith(first)
                          && q.speaker() != null
                          && Names.fold(q.speaker()).equals(speaker));
      if (ok) right++;
      else
        missing.add(doc + ": " + g.get("starts_with").asText() + " / " + g.get("speaker").asText());
    }
    assertEquals(
        List.of(),
        missing,
        "gold quotes missed or given the wrong speaker; found " + describe(found));
    assertEquals(gold.get("quotes").size(), right);
  }

  @Test
  void takesNoScareQuoteForAQuote() throws IOException {
    assertNoScareQuotes(run());
  }

  static void assertNoScareQuotes(Map<String, List<Quote>> found) throws IOException {
    Assumptions.assumeTrue(Files.exists(GOLD), "gold file absent");
    JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
    for (JsonNode g : gold.get("not_quotes")) {
      String doc = g.get("doc").asText();
      String text = g.get("text").asText();
      List<Quote> qs = found.getOrDefault(doc, List.of());
      if (text.equals("*")) assertTrue(qs.isEmpty(), doc + " has no direct quote, found " + qs);
      else
        assertTrue(
            qs.stream().noneMatch(q -> q.text().contains(text)),
            doc + ": '" + text + "' is no quote");
    }
  }

  static String describe(Map<String, List<Quote>> found) {
    StringBuilder sb = new StringBuilder();
    found.keySet().stream()
        .sorted()
        .forEach(
            doc -> {
              for (Quote q : found.get(doc)) {
                sb.append('\n')
                    .append(doc)
                    .append(" [")
                    .append(q.kind())
                    .append("] ")
                    .append(q.speaker())
                    .append(" <")
                    .append(q.cue())
                    .append("> ")
                    .append(q.text(), 0, Math.min(60, q.text().length()));
              }
            });
    return sb.toString();
  }
}

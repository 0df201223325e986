package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The five example articles against the hand-made gold in ../shared/gold/seeds.gold.json
 * ("quantities"). A gold item is found when some quantity of its document has its value and counted
 * noun (the gold's matching key) and also its bound. Run twice: on plain text, and with CoreNLP
 * sentences and part-of-speech tags as the language layer would give them. Skipped when the shared
 * folder is absent.
 */
class QuantityGoldenTest {
  private static final int FLOOR = 17;
  private final QuantityTagger tagger = new QuantityTagger();

  @Test
  void plainTextMatchesGold() throws IOException {
    check("plain text", tagger::tag);
  }

  @Test
  void withPartOfSpeechTagsMatchesGold() throws IOException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    check(
        "with POS",
        text -> {
          CoreDocument d = new CoreDocument(text);
          nlp.annotate(d);
          List<Token> tokens = new ArrayList<>();
          List<Span> sentences = new ArrayList<>();
          for (CoreSentence s : d.sentences()) {
            sentences.add(new Span(s.charOffsets().first, s.charOffsets().second));
            for (CoreLabel l : s.tokens())
              tokens.add(
                  new Token(
                      l.beginPosition(),
                      l.endPosition(),
                      l.word(),
                      l.tag(),
                      null,
                      "O",
                      sentences.size() - 1));
          }
          return tagger.tag(text, sentences, tokens);
        });
  }

  private void check(String how, Function<String, List<Quantity>> tag) throws IOException {
    Path gold =
        Path.of(System.getProperty("sitrep.shared", "../shared")).resolve("gold/seeds.gold.json");
    assumeTrue(Files.exists(gold), "no gold at " + gold);
    JsonNode items = new ObjectMapper().readTree(gold.toFile()).get("quantities");
    Map<String, List<Quantity>> byDoc = new HashMap<>();
    int matched = 0;
    int strict = 0; // also hedge, unit and change where the gold gives them
    List<String> missed = new ArrayList<>();
    for (JsonNode g : items) {
      String doc = g.get("doc").asText();
      List<Quantity> qs = byDoc.computeIfAbsent(doc, d -> tag.apply(read(d)));
      double value = g.get("value").asDouble();
      String counted = text(g, "counted");
      String bound = g.hasNonNull("bound") ? g.get("bound").asText() : "exact";
      boolean approximate = g.path("approximate").asBoolean(false);
      String unit = text(g, "unit");
      String change = text(g, "change");
      List<Quantity> hits =
          qs.stream()
              .filter(
                  q ->
                      q.value() == value
                          && Objects.equals(q.counted(), counted)
                          && q.bound().json().equals(bound))
              .toList();
      if (!hits.isEmpty()) matched++;
      else missed.add(doc + ": " + g.get("text").asText());
      if (hits.stream()
          .anyMatch(
              q ->
                  q.approximate() == approximate
                      && Objects.equals(q.unit(), unit)
                      && (change == null || change.equals(q.change())))) strict++;
    }
    System.out.printf(
        "quantities gold (%s): %d of %d matched (value, counted, bound), %d also on hedge, unit and change;"
            + " missed %s%n",
        how, matched, items.size(), strict, missed);
    assertTrue(
        matched >= FLOOR,
        how + ": " + matched + " of " + items.size() + " matched; missed " + missed);
    for (Map.Entry<String, List<Quantity>> e : byDoc.entrySet())
      for (Quantity q : e.getValue())
        assertFalse(
            looksLikeYear(q), how + ": a year tagged as a quantity in " + e.getKey() + ": " + q);
  }

  private static String text(JsonNode g, String field) {
    return g.hasNonNull(field) ? g.get(field).asText() : null;
  }

  /**
   * A bare four-digit figure between 1800 and 2100 with no unit or noun is a year that slipped
   * through.
   */
  private static boolean looksLikeYear(Quantity q) {
    return q.unit() == null
        && q.counted() == null
        && q.value() >= 1800
        && q.value() <= 2100
        && q.value() == Math.rint(q.value());
  }

  private static String read(String doc) {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      Path p =
          files
              .filter(f -> f.getFileName().toString().startsWith(doc + "_"))
              .findFirst()
              .orElseThrow();
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

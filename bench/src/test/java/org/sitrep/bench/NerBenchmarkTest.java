package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A floor on CoNLL++ dev (first 500 sentences): Sitrep's entities must not score below the NER
 * model alone. The model alone is the raw chunking of the same CoreNLP classifiers in Sitrep's
 * language layer, which costs no extra load. CoreNLP's full default pipeline (about 5 GB and two
 * minutes more, mostly its fine-grained tables and SUTime) is compared too when {@code
 * -Dsitrep.bench.corenlpDefault=true} is given; {@link NerBenchmark#main} always compares it.
 * Skipped when the shared bench folder is absent.
 */
class NerBenchmarkTest {
  private static final int SENTENCES = 500;
  private static final double SLACK = 0.005;

  @Test
  void entitiesAreNotWorseThanTheModelAlone() throws IOException {
    Path file =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"), "bench/ner-conllpp/conllpp_dev.txt");
    assumeTrue(Files.isRegularFile(file), "no CoNLL++ data at " + file);
    List<NerBenchmark.Sentence> sentences = NerBenchmark.read(file, SENTENCES);
    if (Boolean.getBoolean("sitrep.bench.corenlpDefault")) {
      double corenlp = NerBenchmark.corenlpDefault(sentences).f1("ALL");
      double ours = NerBenchmark.sitrep(sentences)[1].f1("ALL");
      System.out.printf(
          "CoNLL++ dev %d sentences: CoreNLP default F1 %.4f, Sitrep %.4f%n",
          SENTENCES, corenlp, ours);
      assertTrue(
          ours >= corenlp - SLACK,
          "Sitrep F1 " + ours + " < CoreNLP default " + corenlp + " - " + SLACK);
    }
    Scores[] s = NerBenchmark.sitrep(sentences);
    double model = s[0].f1("ALL"), ours = s[1].f1("ALL");
    System.out.printf(
        "CoNLL++ dev %d sentences: model alone F1 %.4f, Sitrep %.4f%n", SENTENCES, model, ours);
    assertTrue(
        ours >= model - SLACK, "Sitrep F1 " + ours + " < model alone " + model + " - " + SLACK);
  }

  /**
   * The annotate path: the same sentences rebuilt as plain-text documents and read, cleaned and
   * annotated as {@code sitrep annotate} does must score per type at least as well as the model
   * alone on the same text (a cleaner that drops tables or short lines fails this).
   */
  @Test
  void annotateIsNotWorseThanTheModelAloneOnTheSameText() throws IOException {
    Path file =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"), "bench/ner-conllpp/conllpp_dev.txt");
    assumeTrue(Files.isRegularFile(file), "no CoNLL++ data at " + file);
    List<NerDocuments.Doc> docs = NerDocuments.read(file, SENTENCES);
    Scores model = NerBenchmark.leanOnDocuments(docs), ours = NerBenchmark.annotate(docs);
    for (String type : List.of("PER", "ORG", "LOC", "MISC", "ALL")) {
      System.out.printf(
          "CoNLL++ dev %d sentences as documents, %s: model alone F1 %.4f, annotate %.4f%n",
          SENTENCES, type, model.f1(type), ours.f1(type));
      assertTrue(
          ours.f1(type) >= model.f1(type) - SLACK,
          type + ": annotate F1 " + ours.f1(type) + " < model alone " + model.f1(type));
    }
  }
}

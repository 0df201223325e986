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
}

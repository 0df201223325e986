package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.LanguagePipelines;

/** The sentences of a GermEval 2014 file, each its tokens joined by single spaces. */
final class GermanTexts {
  private GermanTexts() {}

  /** What a benchmark does with one listed sentence's annotation. */
  interface Each {
    /**
     * @param k the sentence's place in the listed order (the first half tunes, the rest reports)
     * @param n the sentence's number in the GermEval file, from 1
     */
    void scored(int k, int n, String text, Annotated a);
  }

  /**
   * Sends each listed sentence of {@code germeval}, in the order given, as one German document
   * dated by {@code published} through the pipelines {@code annotate} runs, and hands its
   * annotation to {@code each}; a number with no sentence is named on stderr and skipped. Prints
   * the run's header line.
   */
  static void annotateListed(
      Path goldFile,
      Path germeval,
      List<Integer> order,
      int goldCount,
      IntFunction<Published> published,
      Each each)
      throws IOException {
    List<String> sentences = sentences(germeval);
    LanguagePipelines pipelines = Pipelines.byLanguage();
    long t0 = System.nanoTime();
    for (int k = 0; k < order.size(); k++) {
      int n = order.get(k);
      if (n < 1 || n > sentences.size()) {
        System.err.println("sitrep: " + goldFile + ": no sentence " + n + " in " + germeval);
        continue;
      }
      String text = sentences.get(n - 1);
      Document d =
          Document.of(
              Source.file("germeval-" + n),
              null,
              null,
              null,
              published.apply(n),
              "de",
              List.of(),
              text);
      each.scored(k, n, text, pipelines.run(d));
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d sentences, %d gold expressions; tune half = the first %d sentences, report half ="
            + " the rest (%.1f s)%n",
        goldFile,
        order.size(),
        goldCount,
        order.size() / 2,
        (System.nanoTime() - t0) / 1e9);
  }

  static List<String> sentences(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("#")) continue;
      if (line.isBlank()) {
        if (b.length() > 0) out.add(b.toString());
        b.setLength(0);
        continue;
      }
      String[] c = line.split("\t");
      if (c.length < 2) continue;
      if (b.length() > 0) b.append(' ');
      b.append(c[1]);
    }
    return out;
  }

  /**
   * The date in each sentence's header ("#\tURL\t[2009-08-13]"), one per sentence in the order of
   * {@link #sentences}, null where a header has none.
   */
  static List<String> dates(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    java.util.regex.Pattern day = java.util.regex.Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2})\\]");
    String header = null;
    boolean inSentence = false;
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("#")) {
        java.util.regex.Matcher m = day.matcher(line);
        header = m.find() ? m.group(1) : null;
        continue;
      }
      if (line.isBlank()) {
        if (inSentence) out.add(header);
        inSentence = false;
        continue;
      }
      if (line.split("\t").length >= 2) inSentence = true;
    }
    return out;
  }
}

package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.annotate.time.TimeTagger;

/**
 * Scores {@link TimeTagger} on TempEval-3 TimeML files (every .tml under the folder, TimeBank and
 * AQUAINT alike), with each document's creation time as the anchor. Usage: {@code TempEvalBenchmark
 * [folder] [--errors]}.
 */
public final class TempEvalBenchmark {
  /** The measures of one run. */
  public record Report(
      int documents,
      int gold,
      int system,
      int relaxedMatches,
      int valueCorrect,
      double strictP,
      double strictR,
      double strictF1,
      double relaxedP,
      double relaxedR,
      double relaxedF1,
      double typeAccuracy,
      double valueAccuracy,
      double valueF1,
      double docsPerSecond) {

    public String lines() {
      return String.format(
          "documents %d, gold timexes %d, system timexes %d, relaxed matches %d, right values %d%n"
              + "strict  span P %.3f R %.3f F1 %.3f%n"
              + "relaxed span P %.3f R %.3f F1 %.3f%n"
              + "type accuracy %.3f, value accuracy %.3f, value F1 %.4f%n"
              + "speed %.0f docs/s",
          documents,
          gold,
          system,
          relaxedMatches,
          valueCorrect,
          strictP,
          strictR,
          strictF1,
          relaxedP,
          relaxedR,
          relaxedF1,
          typeAccuracy,
          valueAccuracy,
          valueF1,
          docsPerSecond);
    }
  }

  private TempEvalBenchmark() {}

  public static Path defaultFolder() {
    return Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "time-tempeval3");
  }

  public static void main(String[] args) throws java.io.IOException {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--lang") && args[i + 1].equals("de")) {
        GermanTimeBenchmark.main(args);
        return;
      }
    }
    Path folder = defaultFolder();
    boolean errors = false;
    for (String a : args) {
      if (a.equals("--errors")) errors = true;
      else folder = Path.of(a);
    }
    StringBuilder log = errors ? new StringBuilder() : null;
    Report r = run(folder, log);
    if (log != null) System.out.print(log);
    System.out.println(r.lines());
  }

  /**
   * Scores every .tml file under {@code folder}; {@code errors}, when not null, collects each miss
   * and wrong value.
   */
  public static Report run(Path folder, StringBuilder errors) {
    List<TimeMlDocument> docs = read(folder);
    TimeTagger tagger = new TimeTagger();
    TimexScore score = new TimexScore();
    List<List<org.sitrep.model.TimeExpr>> found = new ArrayList<>();
    double seconds = Double.MAX_VALUE;
    // The best of three passes: the first warms the JIT, and a shared machine makes single passes
    // noisy.
    for (int pass = 0; pass < 3; pass++) {
      found.clear();
      long t0 = System.nanoTime();
      for (TimeMlDocument d : docs) found.add(tagger.tag(d.text(), anchor(d)));
      seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
    }
    for (int k = 0; k < docs.size(); k++) score.add(docs.get(k), found.get(k), errors);
    return new Report(
        docs.size(),
        score.gold,
        score.system,
        score.relaxedRecall,
        score.valueMatch,
        score.strictP(),
        score.strictR(),
        score.strictF1(),
        score.relaxedP(),
        score.relaxedR(),
        score.relaxedF1(),
        score.typeAccuracy(),
        score.valueAccuracy(),
        score.valueF1(),
        docs.size() / seconds);
  }

  private static LocalDate anchor(TimeMlDocument d) {
    return d.creationDate() == null ? null : LocalDate.parse(d.creationDate());
  }

  private static List<TimeMlDocument> read(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<TimeMlDocument> docs = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(
            TimeMlDocument.parse(
                p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }
}

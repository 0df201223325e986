package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.sitrep.resolve.story.StoryLinks;
import org.sitrep.resolve.story.StoryRule;

/**
 * Story grouping on WikiRef (the file name's prefix is the story): B-cubed precision, recall and F1
 * of the stories the articles end in, averaged over several arrival orders (the grouping does not
 * depend on the order, so the orders also check that; the files carry no dates). Usage: {@code
 * sitrep bench clustering [DIR]}, default WikiRef220.
 */
public final class ClusteringBenchmark {
  private ClusteringBenchmark() {}

  public record Score(double precision, double recall, double f1, int stories, int docs) {}

  public static void main(String[] args) throws Exception {
    Path dir =
        args.length > 0
            ? Path.of(args[0])
            : BenchPaths.bench("clustering-wikiref").resolve("WikiRef220");
    Score s = run(dir, StoryRule.Config.DEFAULT, 5);
    System.out.printf(
        "%s: %d articles, %.1f stories on average; B-cubed precision %.3f recall %.3f F1 %.3f (mean of 5 orders)%n",
        dir.getFileName(), s.docs(), (double) s.stories(), s.precision(), s.recall(), s.f1());
  }

  public static Score run(Path dir, StoryRule.Config config, int orders) throws Exception {
    List<String[]> docs = new ArrayList<>(); // {gold, text, name}
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        docs.add(
            new String[] {goldOf(f.getFileName().toString()), text, f.getFileName().toString()});
      }
    }
    double p = 0, r = 0, f = 0;
    int stories = 0;
    for (int o = 0; o < orders; o++) {
      List<String[]> order = new ArrayList<>(docs);
      Collections.shuffle(order, new Random(o));
      StoryLinks g = new StoryLinks(config);
      List<String> gold = new ArrayList<>(), sys = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) g.add(order.get(i)[2], null, order.get(i)[1]);
      for (String[] d : order) {
        gold.add(d[0]);
        sys.add(g.storyOf(d[2]));
      }
      double[] b = bcubed(gold, sys);
      p += b[0];
      r += b[1];
      f += b[2];
      stories += (int) sys.stream().distinct().count();
    }
    return new Score(p / orders, r / orders, f / orders, stories / orders, docs.size());
  }

  /** The story a WikiRef file belongs to: its name without the trailing number and extension. */
  static String goldOf(String name) {
    return name.replaceAll("(?i)\\.txt$", "")
        .replaceAll("[ .]*\\(?\\d+\\)?$", "")
        .toLowerCase(Locale.ROOT);
  }

  /** B-cubed precision, recall and F1 of a system clustering against gold labels, item by item. */
  public static double[] bcubed(List<String> gold, List<String> sys) {
    Map<String, Integer> goldSize = new HashMap<>(),
        sysSize = new HashMap<>(),
        both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      sysSize.merge(sys.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + sys.get(i), 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (int i = 0; i < gold.size(); i++) {
      int common = both.get(gold.get(i) + "\u0000" + sys.get(i));
      p += common / (double) sysSize.get(sys.get(i));
      r += common / (double) goldSize.get(gold.get(i));
    }
    p /= gold.size();
    r /= gold.size();
    return new double[] {p, r, 2 * p * r / (p + r)};
  }
}

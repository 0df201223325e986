package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.annotate.quote.QuoteStage;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Pipeline;

/**
 * Scores the quote stage on PolNeAR (brat standoff: Source / Cue / Content spans per attribution).
 * A gold direct quote is a Content span holding a double quotation mark (or an opening single one);
 * it is found when a system quote overlaps it, and a system quote is right when it overlaps one.
 * The speaker is right when the system's speaker mention overlaps the gold Source. Usage: {@code
 * PolnearBenchmark [--split dev|train] [--corenlp] [--show N] [FOLDER]}; the default folder is
 * {@code <sitrep.shared>/bench/quotes-polnear}. Without {@code --corenlp} the stage runs on the
 * body alone (its name finder instead of NER).
 */
public final class PolnearBenchmark {
  // CPU time of the one scoring thread: on a shared machine wall-clock rates say more about the
  // neighbours
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private PolnearBenchmark() {}

  /** The figures of one run. */
  public record Score(
      int docs,
      int system,
      int systemRight,
      int gold,
      int goldFound,
      int withSource,
      int speakerRight,
      double seconds,
      double quoteSeconds,
      double cpuSeconds,
      double quoteCpuSeconds) {
    public double precision() {
      return system == 0 ? 0 : systemRight / (double) system;
    }

    public double recall() {
      return gold == 0 ? 0 : goldFound / (double) gold;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return withSource == 0 ? 0 : speakerRight / (double) withSource;
    }

    /**
     * Documents per second through the whole per-document flow measured (CoreNLP included when it
     * ran).
     */
    public double docsPerSecond() {
      return docs / seconds;
    }

    /** Documents per second through the quote stage alone. */
    public double quoteDocsPerSecond() {
      return docs / quoteSeconds;
    }
  }

  /** One gold attribution's content with its source, as lists of ranges in UTF-16 offsets. */
  record GoldQuote(List<Span> content, List<Span> source, String text) {}

  public static void main(String[] args) throws IOException {
    String split = "dev";
    boolean corenlp = false;
    int show = 0;
    Path folder = defaultFolder();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--corenlp" -> corenlp = true;
        case "--show" -> show = Integer.parseInt(args[++i]);
        default -> folder = Path.of(args[i]);
      }
    }
    Path dir = folder.resolve("data").resolve(split);
    // a first pass warms the JIT up so that docs/s is the steady rate of a long run
    if (!corenlp) run(dir, false, 0);
    Score s = run(dir, corenlp, show);
    System.out.printf(
        "PolNeAR %s, %d articles, %s%n",
        split, s.docs(), corenlp ? "CoreNLP + entities + quotes" : "quote stage alone");
    System.out.printf(
        "direct quotes: P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n",
        s.precision(), s.systemRight(), s.system(), s.recall(), s.goldFound(), s.gold(), s.f1());
    System.out.printf(
        "speaker mention overlaps gold source: %.3f (%d/%d)%n",
        s.speakerAccuracy(), s.speakerRight(), s.withSource());
    System.out.printf(
        "%.1f docs/s through %s (%.2f s wall, %.2f s CPU = %.1f docs per CPU-second)%n",
        s.docsPerSecond(),
        corenlp ? "CoreNLP + entities + quotes" : "sentences + quotes",
        s.seconds(),
        s.cpuSeconds(),
        s.docs() / s.cpuSeconds());
    System.out.printf(
        "quote stage alone: %.1f docs/s (%.2f s wall, %.2f s CPU = %.1f docs per CPU-second)%n",
        s.quoteDocsPerSecond(),
        s.quoteSeconds(),
        s.quoteCpuSeconds(),
        s.docs() / s.quoteCpuSeconds());
  }

  /**
   * {@code <sitrep.shared>/bench/quotes-polnear}, with {@code ../shared} when the property is
   * unset.
   */
  public static Path defaultFolder() {
    return Path.of(System.getProperty("sitrep.shared", "../shared"), "bench", "quotes-polnear");
  }

  public static Score run(Path splitDir, boolean corenlp, int show) throws IOException {
    Pipeline.Builder b = Pipeline.builder();
    if (corenlp) b.add(new CoreNlpStage()).add(new EntityStage());
    else b.add(new ParagraphSentences());
    Pipeline before = b.build();
    QuoteStage stage = corenlp ? new QuoteStage() : QuoteStage.withoutEntities();
    // the quote stage runs apart so that its own cost shows; the builder still checks its needs
    Pipeline.Builder check = Pipeline.builder();
    before.stages().forEach(check::add);
    check.add(stage).build();

    Map<String, Path> anns = firstAnnotationPerText(splitDir.resolve("attributions"));
    int docs = 0,
        system = 0,
        systemRight = 0,
        gold = 0,
        goldFound = 0,
        withSource = 0,
        speakerRight = 0;
    long nanos = 0, quoteNanos = 0, cpuNanos = 0, quoteCpuNanos = 0;
    int shown = 0;
    for (var e : anns.entrySet()) {
      Path text = splitDir.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.exists(text)) continue;
      String body = Files.readString(text, StandardCharsets.UTF_8);
      List<GoldQuote> golds = readGold(e.getValue(), body);
      Document d =
          Document.of(
              Source.file(text.toString()),
              null,
              null,
              null,
              Published.UNKNOWN,
              "en",
              List.of(),
              body);
      long t0 = System.nanoTime(), c0 = CPU.getCurrentThreadCpuTime();
      Annotated prepared = before.run(d);
      long t1 = System.nanoTime(), c1 = CPU.getCurrentThreadCpuTime();
      Annotated a = stage.apply(prepared);
      long t2 = System.nanoTime(), c2 = CPU.getCurrentThreadCpuTime();
      nanos += t2 - t0;
      quoteNanos += t2 - t1;
      cpuNanos += c2 - c0;
      quoteCpuNanos += c2 - c1;
      docs++;
      List<Quote> quotes = a.quotes();
      system += quotes.size();
      for (Quote q : quotes) {
        boolean right = golds.stream().anyMatch(g -> overlaps(g.content(), q.start(), q.end()));
        if (right) systemRight++;
        else if (shown < show) {
          shown++;
          System.out.println("FP " + e.getKey() + ": " + q.text());
        }
      }
      for (GoldQuote g : golds) {
        gold++;
        Quote match =
            quotes.stream()
                .filter(q -> overlaps(g.content(), q.start(), q.end()))
                .findFirst()
                .orElse(null);
        if (match == null) {
          if (shown < show) {
            shown++;
            System.out.println("FN " + e.getKey() + ": " + g.text());
          }
          continue;
        }
        goldFound++;
        if (g.source().isEmpty()) continue;
        withSource++;
        if (match.speakerStart() >= 0
            && overlaps(g.source(), match.speakerStart(), match.speakerEnd())) speakerRight++;
        else if (shown < show) {
          shown++;
          String said =
              match.speakerStart() < 0
                  ? "-"
                  : body.substring(match.speakerStart(), match.speakerEnd());
          System.out.println(
              "SPK "
                  + e.getKey()
                  + ": gold "
                  + textOf(body, g.source())
                  + " / ours "
                  + said
                  + " ("
                  + match.speaker()
                  + ") <"
                  + match.cue()
                  + "> :: "
                  + context(body, match));
        }
      }
    }
    return new Score(
        docs,
        system,
        systemRight,
        gold,
        goldFound,
        withSource,
        speakerRight,
        nanos / 1e9,
        quoteNanos / 1e9,
        cpuNanos / 1e9,
        quoteCpuNanos / 1e9);
  }

  private static String context(String body, Quote q) {
    String before = body.substring(Math.max(0, q.start() - 70), q.start());
    String after = body.substring(q.end(), Math.min(body.length(), q.end() + 70));
    return (before + "[[Q]]" + after).replace('\n', '|');
  }

  private static boolean overlaps(List<Span> spans, int s, int e) {
    for (Span sp : spans) if (sp.overlaps(s, e)) return true;
    return false;
  }

  private static String textOf(String body, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) sb.append(sb.length() > 0 ? " … " : "").append(s.of(body));
    return sb.toString();
  }

  // Some articles were annotated by several annotators (file suffix = annotator id); score one
  // annotation each.
  private static Map<String, Path> firstAnnotationPerText(Path dir) throws IOException {
    Map<String, Path> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
        String name = p.getFileName().toString();
        String text = name.substring(0, name.lastIndexOf('_'));
        out.putIfAbsent(text, p);
      }
    }
    return out;
  }

  /**
   * The direct quotes of one .ann file: Content spans holding a quotation mark, with their
   * attribution's Source.
   */
  static List<GoldQuote> readGold(Path ann, String body) throws IOException {
    int[] utf16 = codePointToChar(body);
    Map<String, List<Span>> spans = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      if (f[0].startsWith("T")) {
        String[] typeAndRanges = f[1].split(" ", 2);
        List<Span> ranges = new ArrayList<>();
        for (String r : typeAndRanges[1].split(";")) {
          String[] se = r.trim().split(" ");
          int s = Integer.parseInt(se[0]), e = Integer.parseInt(se[1]);
          if (e > utf16.length - 1 || s > e) continue;
          ranges.add(new Span(utf16[s], utf16[e]));
        }
        spans.put(f[0], ranges);
        types.put(f[0], typeAndRanges[0]);
      } else if (f[0].startsWith("E")) {
        events.add(f[1].split(" "));
      }
    }
    Map<String, String> sourceOfContent = new HashMap<>();
    for (String[] ev : events) {
      String content = null, source = null;
      for (String part : ev) {
        String[] rv = part.split(":");
        if (rv.length != 2) continue;
        if (rv[0].startsWith("Content")) content = rv[1];
        if (rv[0].startsWith("Source")) source = rv[1];
      }
      if (content != null && source != null) sourceOfContent.put(content, source);
    }
    List<GoldQuote> out = new ArrayList<>();
    for (var e : types.entrySet()) {
      if (!e.getValue().equals("Content")) continue;
      List<Span> content = spans.get(e.getKey());
      String text = textOf(body, content);
      if (!hasQuoteMark(text)) continue;
      String src = sourceOfContent.get(e.getKey());
      out.add(
          new GoldQuote(
              content, src == null ? List.of() : spans.getOrDefault(src, List.of()), text));
    }
    out.sort((x, y) -> Integer.compare(x.content().get(0).start(), y.content().get(0).start()));
    return out;
  }

  static boolean hasQuoteMark(String s) {
    for (int i = 0; i < s.length(); i++) if ("“”\"„«»‘".indexOf(s.charAt(i)) >= 0) return true;
    return false;
  }

  // brat offsets count Unicode code points (Python strings); Java strings count UTF-16 units.
  private static int[] codePointToChar(String body) {
    int n = body.codePointCount(0, body.length());
    int[] map = new int[n + 1];
    int c = 0;
    for (int cp = 0; cp < n; cp++) {
      map[cp] = c;
      c += Character.charCount(body.codePointAt(c));
    }
    map[n] = body.length();
    return map;
  }
}

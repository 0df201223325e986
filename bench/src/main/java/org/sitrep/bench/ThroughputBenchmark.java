package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sitrep.annotate.Pipelines;
import org.sitrep.annotate.fact.FactStage;
import org.sitrep.annotate.nlp.SentenceCache;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.OrderedRunner;

/**
 * The whole per-document pipeline against CoreNLP's lean NER alone, on the same articles, each as a
 * whole child JVM (model loading included): tokens/s of each, their ratio, the CPU seconds each JVM
 * used (user and system, all threads: the measure that holds on a loaded machine) and peak RSS.
 * Usage: {@code sitrep bench throughput [--docs N] [--near-copies N] [--no-sentence-cache]
 * [--threads N] [--rounds N] [DIR]}; the default corpus is the PolNeAR news articles in the shared
 * benchmark folder. {@code --near-copies N} adds N near copies to the stream, as a news stream
 * carries wire copies and reprints: copy i is article i with its middle paragraph replaced by the
 * middle paragraph of an article outside the stream (new text), and arrives {@code docs - N}
 * articles after its original. Both sides run with the JVM options of this benchmark's own JVM (the
 * {@code ./sitrep} launcher's, as every command gets them), so a JVM option helps or costs both
 * alike; they are printed.
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = 300, threads = 2, rounds = 1, nearCopies = 0;
    boolean sentenceCache = true;
    Path dir = BenchPaths.bench("quotes-polnear").resolve("data/train/text");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--near-copies" -> nearCopies = Integer.parseInt(args[++i]);
        case "--no-sentence-cache" -> sentenceCache = false;
        case "--child" -> {
          child(args[i + 1], Integer.parseInt(args[i + 2]), Path.of(args[i + 3]));
          return;
        }
        default -> dir = Path.of(args[i]);
      }
    }
    List<Path> all = corpus(dir, docs + nearCopies);
    List<Path> files = all.subList(0, Math.min(docs, all.size()));
    Path copies = Files.createTempDirectory("sitrep-bench-copies");
    List<Path> stream =
        withNearCopies(files, all.subList(files.size(), all.size()), nearCopies, copies);
    Path list = Files.createTempFile("sitrep-bench", ".lst");
    Files.write(list, stream.stream().map(Path::toString).toList());
    System.out.printf("JVM options, both sides: %s%n", String.join(" ", sitrepJvmOptions()));
    System.out.printf(
        "corpus: %d articles from %s%s, %d threads, %d cores%s%n",
        files.size(),
        dir,
        nearCopies > 0 ? " and " + (stream.size() - files.size()) + " near copies of them" : "",
        threads,
        Runtime.getRuntime().availableProcessors(),
        sentenceCache ? "" : ", no sentence cache");
    // Alternating rounds, medians: on a shared machine the load moves between two runs.
    List<double[]> cores = new ArrayList<>(), ourss = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      cores.add(runChild("corenlp", threads, list, true));
      ourss.add(runChild("sitrep", threads, list, sentenceCache));
    }
    double[] core = median(cores), ours = median(ourss);
    if (rounds > 1) System.out.printf("medians of %d alternating rounds%n", rounds);
    System.out.printf(
        "%-22s %10s %10s %10s %10s %10s%n",
        "", "tokens", "seconds", "tokens/s", "CPU s", "peak RSS");
    System.out.printf(
        "%-22s %10.0f %10.1f %10.0f %10.1f %8.0f MB%n",
        "CoreNLP lean NER", core[0], core[1], core[0] / core[1], core[3], core[2]);
    System.out.printf(
        "%-22s %10.0f %10.1f %10.0f %10.1f %8.0f MB%n",
        "Sitrep pipeline", ours[0], ours[1], ours[0] / ours[1], ours[3], ours[2]);
    System.out.printf(
        "ratio (Sitrep / CoreNLP tokens/s): %.2f%n", (ours[0] / ours[1]) / (core[0] / core[1]));
    if (core[3] > 0 && ours[3] > 0)
      System.out.printf(
          "ratio (Sitrep / CoreNLP tokens per CPU-second): %.2f%n",
          (ours[0] / ours[3]) / (core[0] / core[3]));
    Files.deleteIfExists(list);
    try (Stream<Path> s = Files.list(copies)) {
      for (Path p : s.toList()) Files.deleteIfExists(p);
    }
    Files.deleteIfExists(copies);
  }

  /**
   * The stream: the articles, with copy i (of article i) written to {@code out} and placed after
   * article {@code i + articles - n}. A copy's middle paragraph is replaced by the middle paragraph
   * of {@code donors[i]} (an article not in the stream), or, without a donor, by its own words in
   * reverse order.
   */
  static List<Path> withNearCopies(List<Path> articles, List<Path> donors, int n, Path out)
      throws IOException {
    if (n <= 0 || articles.isEmpty()) return articles;
    List<Path> copies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> paras = paragraphs(Files.readString(articles.get(i % articles.size())));
      int k = paras.size() / 2;
      String novel;
      if (i < donors.size()) {
        List<String> d = paragraphs(Files.readString(donors.get(i)));
        novel = d.get(d.size() / 2);
      } else {
        List<String> words = new ArrayList<>(List.of(paras.get(k).split("\\s+")));
        java.util.Collections.reverse(words);
        novel = String.join(" ", words);
      }
      paras.set(k, novel);
      Path p = out.resolve("copy-" + i + ".txt");
      Files.writeString(p, String.join("\n\n", paras));
      copies.add(p);
    }
    List<Path> stream = new ArrayList<>();
    int lag = Math.max(0, articles.size() - n);
    int next = 0;
    for (int j = 0; j < articles.size(); j++) {
      stream.add(articles.get(j));
      while (next < copies.size() && next + lag <= j) stream.add(copies.get(next++));
    }
    while (next < copies.size()) stream.add(copies.get(next++));
    return stream;
  }

  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.strip().split("\n\\s*\n")) if (!p.isBlank()) out.add(p.strip());
    if (out.isEmpty()) out.add(text.strip());
    return out;
  }

  private static double[] median(List<double[]> runs) {
    List<double[]> sorted = new ArrayList<>(runs);
    sorted.sort((a, b) -> Double.compare(a[0] / a[1], b[0] / b[1]));
    return sorted.get(sorted.size() / 2);
  }

  static List<Path> corpus(Path dir, int max) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().limit(max).toList();
    }
  }

  /** The JVM options of both sides when this benchmark's JVM was started without any. */
  static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx6g", "-XX:+UseParallelGC");

  /**
   * The JVM options of both sides: the heap, collector and compiler options this benchmark's JVM
   * was started with, which {@code ./sitrep} gives every command (its {@code SITREP_JAVA_OPTS} or
   * its defaults), so the pipeline runs as a user's does and CoreNLP alone gets the same JVM.
   */
  static List<String> sitrepJvmOptions() {
    return jvmOptions(
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /**
   * The heap, collector and compiler options ({@code -X...}) among a JVM's {@code arguments},
   * without system properties, agents or a flight recording; {@link #DEFAULT_JVM_OPTIONS} when
   * there are none.
   */
  static List<String> jvmOptions(List<String> arguments) {
    List<String> opts = new ArrayList<>();
    for (String a : arguments)
      if (a.startsWith("-X") && !a.startsWith("-XX:StartFlightRecording")) opts.add(a);
    return opts.isEmpty() ? DEFAULT_JVM_OPTIONS : opts;
  }

  /**
   * Runs one side as a child JVM and returns {tokens, wall seconds, peak RSS MB, CPU seconds}; the
   * CPU seconds are -1 when the JVM cannot tell them.
   */
  private static double[] runChild(String mode, int threads, Path list, boolean sentenceCache)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(sitrepJvmOptions());
    cmd.addAll(
        List.of(
            "-D" + SentenceCache.SIZE_PROPERTY + "=" + (sentenceCache ? "64" : "0"),
            "-cp",
            System.getProperty("java.class.path"),
            ThroughputBenchmark.class.getName(),
            "--child",
            mode,
            Integer.toString(threads),
            list.toString()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) throw new IllegalStateException(mode + " child failed: " + out);
    double secs = (System.nanoTime() - t0) / 1e9;
    String[] f = out.substring(out.lastIndexOf('\n') + 1).split(" ");
    double cpu = f.length > 2 ? Double.parseDouble(f[2]) : -1;
    return new double[] {Double.parseDouble(f[0]), secs, Double.parseDouble(f[1]), cpu};
  }

  private static void child(String mode, int threads, Path list) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String f : Files.readAllLines(list))
      texts.add(Files.readString(Path.of(f), StandardCharsets.UTF_8));
    AtomicLong tokens = new AtomicLong();
    if (mode.equals("sitrep")) {
      try (OrderedRunner r =
          new OrderedRunner(
              Pipelines.standard(), threads, a -> tokens.addAndGet(a.tokens().size()))) {
        for (String t : texts) {
          r.accept(
              Document.of(
                  Source.file("bench"), null, null, null, Published.UNKNOWN, "en", List.of(), t));
        }
      }
      SentenceCache cache = SentenceCache.shared();
      if (cache != null)
        System.err.printf(
            "sentence cache: %d sentences reused, %d tagged%n", cache.hits(), cache.misses());
      System.err.printf("facts: %d sentences parsed%n", FactStage.sentencesParsed());
    } else {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyFineGrained", "false");
      StanfordCoreNLP nlp = new StanfordCoreNLP(p);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> fs = new ArrayList<>();
      for (String t : texts) {
        fs.add(
            pool.submit(
                () -> {
                  Annotation a = new Annotation(t);
                  nlp.annotate(a);
                  tokens.addAndGet(a.get(CoreAnnotations.TokensAnnotation.class).size());
                }));
      }
      for (Future<?> f : fs) f.get();
      pool.shutdown();
    }
    System.err.printf("%s CPU seconds: %s%n", mode, cpuByThreadKind());
    System.out.println(tokens.get() + " " + BenchPaths.peakRssMb() + " " + cpuSeconds());
  }

  /**
   * CPU seconds (user and system) of this JVM by kind of thread, from {@code /proc/self/task}: the
   * JIT compilers, the garbage collector and VM thread, and the rest of the {@link #cpuSeconds()}
   * total (the threads that loaded models and annotated, ended ones included); empty where the
   * system has no {@code /proc}.
   */
  static String cpuByThreadKind() {
    double total = cpuSeconds();
    Path tasks = Path.of("/proc/self/task");
    if (total < 0 || !Files.isDirectory(tasks)) return "";
    double jit = 0, gc = 0;
    double tick = 100; // USER_HZ on Linux
    try (Stream<Path> s = Files.list(tasks)) {
      for (Path t : s.toList()) {
        try {
          String name = Files.readString(t.resolve("comm")).strip();
          String stat = Files.readString(t.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick;
          if (name.startsWith("C1 Comp") || name.startsWith("C2 Comp")) jit += secs;
          else if (name.startsWith("GC ") || name.startsWith("VM Thread")) gc += secs;
        } catch (IOException | RuntimeException e) {
          // a thread that ended while being read
        }
      }
    } catch (IOException e) {
      return "";
    }
    return String.format(
        java.util.Locale.ROOT,
        "JIT %.1f, GC and VM %.1f, loading and annotating %.1f",
        jit,
        gc,
        total - jit - gc);
  }

  /** The CPU seconds (user and system, every thread) this JVM has used, -1 when unknown. */
  static double cpuSeconds() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long ns = os.getProcessCpuTime();
      if (ns >= 0) return ns / 1e9;
    }
    return -1;
  }
}

package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.html.HtmlBytes;

/**
 * Scores {@link HtmlExtractor} on trafilatura's extraction benchmark ({@code html-pages.tar.gz} +
 * {@code evaldata.json}) with trafilatura's own metric, and measures throughput over every page of
 * the archive.
 *
 * <pre>java -cp ... org.sitrep.bench.ExtractionBenchmark [folder] [--threads N] [--misses]</pre>
 */
public final class ExtractionBenchmark {

  /**
   * Scores and throughput of one run; {@code pages} counts every page extracted, {@code scored}
   * those with gold.
   */
  public record Result(
      SnippetScore score,
      int pages,
      int scored,
      int missing,
      int failures,
      long bytes,
      double seconds,
      double cpuSeconds,
      long peakHeap) {
    public double pagesPerSecond() {
      return pages / seconds;
    }

    /** Throughput per busy core, which stays comparable when other processes share the machine. */
    public double pagesPerCpuSecond() {
      return pages / cpuSeconds;
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = null;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean misses = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--misses" -> misses = true;
        default -> folder = Path.of(args[i]);
      }
    }
    if (folder == null) folder = defaultFolder();
    Result r = run(folder, threads, misses ? System.out : null);
    PrintStream out = System.out;
    SnippetScore s = r.score();
    out.printf(
        Locale.ROOT,
        "pages %d (scored %d, gold without page %d, failures %d), threads %d%n",
        r.pages(),
        r.scored(),
        r.missing(),
        r.failures(),
        threads);
    out.printf(
        Locale.ROOT,
        "tp %d fp %d fn %d tn %d%n",
        s.truePositives(),
        s.falsePositives(),
        s.falseNegatives(),
        s.trueNegatives());
    out.printf(
        Locale.ROOT,
        "precision %.3f recall %.3f accuracy %.3f F1 %.3f%n",
        s.precision(),
        s.recall(),
        s.accuracy(),
        s.f1());
    out.printf(
        Locale.ROOT,
        "%.1f pages/s, %.1f MB/s (%.1f MB in %.2f s wall), %.1f pages per CPU-second, peak heap %d MB%n",
        r.pagesPerSecond(),
        r.megabytesPerSecond(),
        r.bytes() / 1e6,
        r.seconds(),
        r.pagesPerCpuSecond(),
        r.peakHeap() >> 20);
  }

  /** {@code <sitrep.shared or ../shared>/bench/extraction-trafilatura}. */
  public static Path defaultFolder() {
    String shared = System.getProperty("sitrep.shared", "../shared");
    return Path.of(shared, "bench", "extraction-trafilatura");
  }

  /**
   * Runs the benchmark; {@code misses}, when not null, receives each page's missed and unwanted
   * snippets.
   */
  public static Result run(Path folder, int threads, PrintStream misses)
      throws IOException, InterruptedException {
    JsonNode gold = new ObjectMapper().readTree(folder.resolve("evaldata.json").toFile());
    Map<String, byte[]> pages = byFileName(TarGzEntries.read(folder.resolve("html-pages.tar.gz")));

    resetPeaks();
    Map<String, String> output = new ConcurrentHashMap<>();
    HtmlExtractor extractor = new HtmlExtractor();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long bytes = 0;
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    AtomicLong cpuNanos = new AtomicLong();
    long start = System.nanoTime();
    List<Future<?>> jobs = new ArrayList<>();
    for (var page : pages.entrySet()) {
      bytes += page.getValue().length;
      jobs.add(
          pool.submit(
              () -> {
                long cpu = threadBean.getCurrentThreadCpuTime();
                try {
                  output.put(
                      page.getKey(),
                      extractor.extract(HtmlBytes.decode(page.getValue()), null).body());
                } catch (RuntimeException e) {
                  // a crash scores as empty output, as in trafilatura's evaluation
                } finally {
                  cpuNanos.addAndGet(threadBean.getCurrentThreadCpuTime() - cpu);
                }
              }));
    }
    for (Future<?> job : jobs) {
      try {
        job.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long peak = peakHeap();

    SnippetScore score = new SnippetScore();
    int scored = 0, missing = 0;
    for (var it = gold.fields(); it.hasNext(); ) {
      var entry = it.next();
      JsonNode item = entry.getValue();
      String file = item.get("file").asText();
      List<String> with = strings(item.get("with"));
      List<String> without = strings(item.get("without"));
      if (!pages.containsKey(file)) missing++;
      else scored++;
      String text = output.get(file);
      score.add(with, without, text);
      if (misses != null) reportMisses(misses, entry.getKey(), file, with, without, text);
    }
    int failures = pages.size() - output.size();
    return new Result(
        score, pages.size(), scored, missing, failures, bytes, seconds, cpuNanos.get() / 1e9, peak);
  }

  private static void reportMisses(
      PrintStream out,
      String url,
      String file,
      List<String> with,
      List<String> without,
      String text) {
    String t = text == null ? "" : SnippetScore.norm(text);
    StringBuilder b = new StringBuilder();
    for (String w : with)
      if (!t.contains(SnippetScore.norm(w))) b.append("  - missed: ").append(w).append('\n');
    for (String w : without)
      if (t.contains(SnippetScore.norm(w))) b.append("  + unwanted: ").append(w).append('\n');
    if (b.length() > 0) out.print(file + " " + url + " (" + t.length() + " chars)\n" + b);
  }

  /**
   * Archive paths reduced to file names (not all end in .html); like trafilatura's loader, {@code
   * cache/} wins over {@code eval/}.
   */
  private static Map<String, byte[]> byFileName(Map<String, byte[]> entries) {
    Map<String, byte[]> byName = new HashMap<>();
    for (var e : entries.entrySet()) {
      String path = e.getKey();
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (path.contains("/cache/") || !byName.containsKey(name)) byName.put(name, e.getValue());
    }
    return byName;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    if (array != null) array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
  }

  /**
   * Sum of the heap pools' peaks since the reset: an upper bound, since pools peak at different
   * moments.
   */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    return sum;
  }
}

package org.sitrep.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.sitrep.annotate.Pipelines;
import org.sitrep.json.ContractJson;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;

/**
 * Articles per second of the Spark job in local[1] and local[2] against the CLI's way (Sources into
 * an OrderedRunner writing contract JSON, in one JVM) with 1 and 2 threads, on the same WARC
 * articles; each run is a child JVM of its own, one at a time, so CoreNLP is loaded once per run
 * and peak heap and RSS are that run's. Ends with the cluster size that keeps up with 700,000
 * articles a day. Not a test: {@code java -cp ... org.sitrep.spark.SparkBenchmark [--articles
 * 20000] [--runs spark:2,cli:2,spark:1,cli:1] [--work DIR] [--shared DIR]}.
 */
public final class SparkBenchmark {
  private static final long ARTICLES_PER_DAY = 700_000;

  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    int articles = 20_000;
    String runList = "spark:2,cli:2,spark:1,cli:1";
    Path work = Path.of("target/spark-bench");
    Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--shared" -> shared = Path.of(args[++i]);
        case "--runs" -> runList = args[++i];
        case "--child" -> {
          child(
              args[i + 1],
              Integer.parseInt(args[i + 2]),
              Path.of(args[i + 3]),
              Path.of(args[i + 4]));
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path warcs = work.resolve("warc-" + articles);
    Files.createDirectories(warcs);
    long t0 = System.nanoTime();
    List<Path> files = BenchCorpus.write(shared, warcs, articles);
    System.out.printf(
        "corpus: %d articles in %d WARC.gz files (%.0f MB) under %s, built in %.0f s; %d cores%n",
        articles,
        files.size(),
        size(files) / 1e6,
        warcs,
        (System.nanoTime() - t0) / 1e9,
        Runtime.getRuntime().availableProcessors());
    java.util.Map<String, double[]> r = new java.util.LinkedHashMap<>();
    for (String run : runList.split(",")) {
      String[] mc = run.split(":");
      if (mc.length != 2 || !(mc[0].equals("spark") || mc[0].equals("cli"))) {
        throw new IllegalArgumentException(
            "--runs takes mode:cores pairs (spark:2,cli:1), not " + run);
      }
      String before = loadAverage();
      double[] v =
          runChild(mc[0], Integer.parseInt(mc[1]), warcs, work.resolve("out-" + mc[0] + mc[1]));
      r.put(run, v);
      System.out.printf(
          "%-6s x%s: %6.0f articles in %6.1f s = %6.2f articles/s, %.3f CPU s per article, peak heap"
              + " %5.0f MB, peak RSS %5.0f MB (load average before %s, after %s)%n",
          mc[0],
          mc[1],
          v[0],
          v[1],
          v[0] / v[1],
          v[4] / Math.max(1, v[0]),
          v[2],
          v[3],
          before,
          loadAverage());
    }
    double spark1 = rate(r, "spark:1"),
        spark2 = rate(r, "spark:2"),
        cli1 = rate(r, "cli:1"),
        cli2 = rate(r, "cli:2");
    System.out.printf(
        "scaling local[1] -> local[2]: %.2fx; Spark / CLI: %.2f (1 core), %.2f (2 cores)%n",
        spark2 / spark1, spark1 / cli1, spark2 / cli2);
    double perDay = ARTICLES_PER_DAY / 86_400.0;
    double perCore = Double.isNaN(spark1) ? spark2 / 2 : spark1;
    double rss =
        r.containsKey("spark:1")
            ? r.get("spark:1")[3]
            : r.getOrDefault("spark:2", new double[4])[3];
    System.out.printf(
        "700,000 articles a day = %.1f articles/s on average; at %.2f articles/s per core that is %.0f"
            + " cores busy all day, %.0f cores with 3x headroom for peaks and catch-up (e.g. %d executors of 4 cores"
            + " and %.0f GB each)%n",
        perDay,
        perCore,
        Math.ceil(perDay / perCore),
        Math.ceil(3 * perDay / perCore),
        (int) Math.ceil(3 * perDay / perCore / 4),
        Math.ceil(rss / 1000.0 + 1.5));
  }

  private static double rate(java.util.Map<String, double[]> r, String run) {
    double[] v = r.get(run);
    return v == null ? Double.NaN : v[0] / v[1];
  }

  /** The 1, 5 and 15 minute load averages, so a reader sees what else ran beside a measurement. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "n/a";
    }
  }

  private static long size(List<Path> files) throws java.io.IOException {
    long n = 0;
    for (Path f : files) n += Files.size(f);
    return n;
  }

  /** {articles, seconds, peak heap MB, peak RSS MB, CPU seconds} of one run in a child JVM. */
  private static double[] runChild(String mode, int cores, Path warcs, Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-Xmx6g", "-XX:+UseParallelGC", "-XX:-DontCompileHugeMethods"));
    String log = System.getProperty("log4j.configurationFile");
    if (log != null) cmd.add("-Dlog4j.configurationFile=" + log);
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            SparkBenchmark.class.getName(),
            "--child",
            mode,
            Integer.toString(cores),
            warcs.toString(),
            out.toString()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) throw new IllegalStateException(mode + " run failed: " + text);
    String[] f = text.substring(text.lastIndexOf('\n') + 1).split(" ");
    double[] v = new double[f.length];
    for (int i = 0; i < f.length; i++) v[i] = Double.parseDouble(f[i]);
    return v;
  }

  private static void child(String mode, int cores, Path warcs, Path out) throws Exception {
    long t0 = System.nanoTime();
    long articles;
    if (mode.equals("spark")) {
      SparkSession spark =
          SparkSession.builder()
              .master("local[" + cores + "]")
              .appName("sitrep-bench")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", Integer.toString(4 * cores))
              .getOrCreate();
      try {
        articles =
            SitrepJob.run(spark, new JobOptions(List.of(warcs.toString()), out.toString(), null, 0))
                .articles();
      } finally {
        spark.stop();
      }
    } else {
      AtomicLong n = new AtomicLong(), chars = new AtomicLong();
      try (OrderedRunner runner =
          new OrderedRunner(
              Pipelines.byLanguage(),
              cores,
              a -> {
                chars.addAndGet(ContractJson.line(a).length());
                n.incrementAndGet();
              })) {
        new Sources(Problems.silent()).read(List.of(warcs.toString()), runner::accept);
      }
      articles = n.get();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    // On a shared machine wall time depends on the neighbours; CPU time per article does much less.
    double cpu =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9;
    System.err.printf(
        "sitrep-bench: %s x%d: %d articles, %.1f s wall, %.1f s CPU = %.3f CPU s per article%n",
        mode, cores, articles, secs, cpu, cpu / Math.max(1, articles));
    System.out.println(articles + " " + secs + " " + peakHeapMb() + " " + peakRssMb() + " " + cpu);
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }

  /** Peak resident set size of this process in MB, from /proc (Linux), or -1 elsewhere. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}

package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotate.Pipelines;
import org.sitrep.annotate.nlp.SentenceCache;
import org.sitrep.clean.Extracted;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.clean.LanguageGuesser;
import org.sitrep.model.Document;
import org.sitrep.model.Source;
import org.sitrep.pipeline.LanguagePipelines;

/**
 * {@code sitrep bench languages}: what a German news page costs against an English one of the same
 * length, through the pipelines {@code annotate} runs. The pages are htmldate's and trafilatura's
 * (the bench's HTML archives); each page's main text is extracted as {@code annotate} extracts it
 * and its language guessed from that text; pages whose text is shorter than {@code --min-chars} are
 * left out. The first {@code --warm} pages of each language warm the pipelines up (the German
 * models load on the first German page) and are not measured; then the next {@code --docs} pages of
 * each language are annotated once each, German and English alternating, with the sentence cache
 * off, and the annotating thread's CPU time is summed per language. Prints CPU milliseconds per
 * 1,000 characters for each language and their ratio, and the heap after a full collection once
 * only English has run and again after German: what loading German costs an English run that never
 * meets a German page is the first figure. Usage: {@code [--docs N] [--warm N] [--min-chars N]}.
 */
public final class LanguageCostBenchmark {
  private LanguageCostBenchmark() {}

  private static final List<String> ARCHIVES =
      List.of("dates-htmldate/pages.tar.gz", "extraction-trafilatura/html-pages.tar.gz");

  record Page(String name, String language, String text) {}

  public static void main(String[] args) throws IOException {
    int docs = 40, warm = 5, minChars = 1500;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(value(args, ++i));
        case "--warm" -> warm = Integer.parseInt(value(args, ++i));
        case "--min-chars" -> minChars = Integer.parseInt(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // Each page is read once; a cache would only blur the per-language cost.
    System.setProperty(SentenceCache.SIZE_PROPERTY, "0");
    Path bench = BenchPaths.shared().resolve("bench");
    List<Page> de = new ArrayList<>(), en = new ArrayList<>();
    pages(bench, minChars, warm + docs, de, en);
    if (de.size() <= warm || en.size() <= warm)
      throw new IOException(
          "too few pages of at least "
              + minChars
              + " characters: "
              + de.size()
              + " German, "
              + en.size()
              + " English");
    int n = Math.min(docs, Math.min(de.size(), en.size()) - warm);

    LanguagePipelines pipelines = Pipelines.byLanguage();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < warm; i++) pipelines.run(document(en.get(i)));
    long heapEnglish = heapAfterGc(memory);
    for (int i = 0; i < warm; i++) pipelines.run(document(de.get(i)));
    long heapBoth = heapAfterGc(memory);

    long[] cpu = new long[2], chars = new long[2];
    double[][] perPage = new double[2][n];
    for (int i = 0; i < n; i++) {
      for (int lang = 0; lang < 2; lang++) {
        Page p = (lang == 0 ? de : en).get(warm + i);
        Document d = document(p);
        long t0 = threads.getCurrentThreadCpuTime();
        pipelines.run(d);
        long spent = threads.getCurrentThreadCpuTime() - t0;
        cpu[lang] += spent;
        chars[lang] += p.text().length();
        perPage[lang][i] = spent / 1e6 / (p.text().length() / 1000.0);
      }
    }
    double deCost = cpu[0] / 1e6 / (chars[0] / 1000.0), enCost = cpu[1] / 1e6 / (chars[1] / 1000.0);
    System.out.printf(
        Locale.ROOT,
        "%d German and %d English pages of at least %d characters (%,d and %,d characters), after"
            + " %d of each to warm up; sentence cache off%n",
        n,
        n,
        minChars,
        chars[0],
        chars[1],
        warm);
    System.out.printf(
        Locale.ROOT,
        "German  %.1f ms CPU per 1,000 characters (median page %.1f)%n",
        deCost,
        median(perPage[0]));
    System.out.printf(
        Locale.ROOT,
        "English %.1f ms CPU per 1,000 characters (median page %.1f)%n",
        enCost,
        median(perPage[1]));
    System.out.printf(
        Locale.ROOT,
        "heap after GC: %d MB with English only, %d MB once German has run%n",
        heapEnglish >> 20,
        heapBoth >> 20);
    System.out.printf(
        Locale.ROOT,
        "German / English cost per character: ratio %.2f (target <= 1.5)%n",
        deCost / enCost);
  }

  /**
   * Reads pages from the bench archives until both languages have {@code want} or none are left.
   */
  private static void pages(Path bench, int minChars, int want, List<Page> de, List<Page> en)
      throws IOException {
    HtmlExtractor extractor = new HtmlExtractor();
    for (String a : ARCHIVES) {
      Path archive = bench.resolve(a);
      if (!Files.isRegularFile(archive)) {
        System.err.println("sitrep: no archive at " + archive + "; skipped");
        continue;
      }
      Map<String, byte[]> entries = TarGzEntries.read(archive);
      for (String name : entries.keySet().stream().sorted().toList()) {
        if (de.size() >= want && en.size() >= want) return;
        if (!name.endsWith(".html") && !name.endsWith(".htm")) continue;
        String html = FactsGold.decode(entries.get(name));
        Extracted x;
        try {
          x = extractor.extract(html, null);
        } catch (RuntimeException e) {
          System.err.println("sitrep: " + archive + "!/" + name + ": not read: " + e.getMessage());
          continue;
        }
        if (x == null || x.body() == null || x.body().length() < minChars) continue;
        String lang = LanguageGuesser.guess(x.body());
        if ("de".equals(lang) && de.size() < want) de.add(new Page(name, lang, x.body()));
        else if ("en".equals(lang) && en.size() < want) en.add(new Page(name, lang, x.body()));
      }
    }
  }

  private static Document document(Page p) {
    return Document.of(
        Source.file(p.name()), null, null, null, null, p.language(), List.of(), p.text());
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s[s.length / 2];
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
    return args[i];
  }
}

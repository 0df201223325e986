package org.sitrep.bench;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.annotate.Pipelines;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.resolve.Resolver;

/**
 * Resolution at scale: really annotated base articles are varied (paragraphs dropped, dates spread
 * over a year, a share repeated as wire copies) into {@code --docs} articles fed through entity
 * resolution, near-duplicates, story grouping, fact series, quote variants and framing. Prints
 * articles/s per slice, so growth worse than linear shows as falling per-slice throughput, and the
 * heap after each slice. Usage: {@code sitrep bench resolution [--docs N] [--base FILE.jsonl |
 * --annotate N]}.
 */
public final class ResolutionBenchmark {
  private ResolutionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int docs = 100_000, annotate = 200;
    Path base = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--base" -> base = Path.of(args[++i]);
        case "--annotate" -> annotate = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Annotated> bases = base != null ? read(base) : annotateCorpus(annotate);
    System.out.printf("%d base articles; feeding %,d varied articles%n", bases.size(), docs);
    SplittableRandom rnd = new SplittableRandom(42);
    Resolver r = new Resolver();
    int slice = Math.max(1, docs / 10);
    long t0 = System.nanoTime(), ts = t0;
    List<Annotated> recent = new ArrayList<>();
    System.out.printf(
        "%10s %14s %14s %12s%n", "articles", "slice art/s", "overall art/s", "heap MB");
    for (int n = 1; n <= docs; n++) {
      Annotated a;
      if (!recent.isEmpty() && rnd.nextInt(100) < 15) {
        a = copyOf(recent.get(rnd.nextInt(recent.size())), n); // a wire copy of a recent report
      } else {
        a = vary(bases.get(rnd.nextInt(bases.size())), rnd, n);
        if (recent.size() < 500) recent.add(a);
        else recent.set(rnd.nextInt(500), a);
      }
      r.add(a);
      if (n % slice == 0) {
        long now = System.nanoTime();
        System.gc();
        System.out.printf(
            "%,10d %14.0f %14.0f %12d%n",
            n, slice / ((now - ts) / 1e9), n / ((now - t0) / 1e9), heapMb());
        ts = System.nanoTime();
      }
    }
    var s = r.situation();
    System.out.printf(
        "stories %,d · entities %,d · fact series %,d · statements %,d · peak heap %d MB%n",
        s.stories().size(),
        s.entities().size(),
        s.facts().size(),
        s.statements().size(),
        peakHeapMb());
  }

  static List<Annotated> read(Path jsonl) throws Exception {
    List<Annotated> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) out.add(ContractJson.fromJson(ContractJson.MAPPER.readTree(line)));
      }
    }
    return out;
  }

  static List<Annotated> annotateCorpus(int n) throws Exception {
    List<Path> files =
        ThroughputBenchmark.corpus(
            BenchPaths.bench("quotes-polnear").resolve("data/train/text"), n);
    List<Annotated> out = new ArrayList<>();
    try (OrderedRunner runner = new OrderedRunner(Pipelines.standard(), 2, out::add)) {
      for (Path f : files) {
        String body = Files.readString(f, StandardCharsets.UTF_8);
        runner.accept(
            Document.of(
                Source.file(f.toString()),
                "outlet" + (out.size() % 7),
                null,
                null,
                Published.UNKNOWN,
                "en",
                List.of(),
                body));
      }
    }
    return out;
  }

  /** A copy of an article under another outlet: same body, so the same id; a new source only. */
  static Annotated copyOf(Annotated a, int n) {
    Document d = a.document();
    Document c =
        new Document(
            null,
            List.of(new Source("bench", "https://copy.example/" + n, null, -1)),
            "wire" + (n % 11),
            d.label(),
            d.title(),
            d.published(),
            d.language(),
            d.headings(),
            d.body() + "\n\n(" + n + ")");
    return a.withDocument(c);
  }

  /**
   * Drops a random share of paragraphs (shifting every layer's offsets) and dates the result within
   * 2023.
   */
  static Annotated vary(Annotated a, SplittableRandom rnd, int n) {
    String body = a.body();
    List<int[]> paras = new ArrayList<>();
    int s = 0;
    for (int i = body.indexOf("\n\n"); ; i = body.indexOf("\n\n", i + 2)) {
      int e = i < 0 ? body.length() : i;
      if (e > s) paras.add(new int[] {s, e});
      if (i < 0) break;
      s = i + 2;
    }
    List<int[]> kept = new ArrayList<>(); // {oldStart, oldEnd, newStart}
    StringBuilder nb = new StringBuilder();
    for (int[] p : paras) {
      if (paras.size() > 2 && rnd.nextInt(100) < 25) continue;
      if (nb.length() > 0) nb.append("\n\n");
      kept.add(new int[] {p[0], p[1], nb.length()});
      nb.append(body, p[0], p[1]);
    }
    nb.append("\n\n").append("Report ").append(n).append('.');
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(365));
    Document d =
        new Document(
            null,
            List.of(new Source("bench", null, Integer.toString(n), -1)),
            "outlet" + rnd.nextInt(40),
            a.document().label(),
            a.document().title(),
            Published.stated(date.toString()),
            "en",
            a.document().headings(),
            nb.toString());
    Shift sh = new Shift(kept);
    List<Span> sents = new ArrayList<>();
    for (Span x : a.sentences())
      if (sh.keeps(x.start(), x.end()))
        sents.add(new Span(sh.at(x.start()), sh.at(x.start()) + x.end() - x.start()));
    List<Mention> ms = new ArrayList<>();
    for (Mention m : a.entities()) {
      if (sh.keeps(m.start(), m.end())) {
        int ns = sh.at(m.start());
        ms.add(m.withSpan(ns, ns + m.end() - m.start()).withEntityId(null));
      }
    }
    List<TimeExpr> ts = new ArrayList<>();
    for (TimeExpr t : a.times())
      if (sh.keeps(t.start(), t.end()))
        ts.add(
            new TimeExpr(
                sh.at(t.start()),
                sh.at(t.start()) + t.end() - t.start(),
                t.text(),
                t.type(),
                t.value(),
                t.anchored()));
    List<Quantity> qs = new ArrayList<>();
    int[] qmap = new int[a.quantities().size()];
    for (int i = 0; i < a.quantities().size(); i++) {
      Quantity q = a.quantities().get(i);
      qmap[i] = -1;
      if (!sh.keeps(q.start(), q.end())) continue;
      qmap[i] = qs.size();
      int ns = sh.at(q.start());
      qs.add(
          new Quantity(
              ns,
              ns + q.end() - q.start(),
              q.text(),
              q.value(),
              q.valueMax(),
              q.unit(),
              q.counted(),
              q.approximate(),
              q.bound(),
              q.change()));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (!sh.keeps(q.start(), q.end())) continue;
      int ns = sh.at(q.start());
      boolean sp = q.speakerStart() >= 0 && sh.keeps(q.speakerStart(), q.speakerEnd());
      quotes.add(
          new Quote(
              ns,
              ns + q.end() - q.start(),
              q.text(),
              q.speaker(),
              sp ? sh.at(q.speakerStart()) : -1,
              sp ? sh.at(q.speakerStart()) + q.speakerEnd() - q.speakerStart() : -1,
              q.cue(),
              q.kind()));
    }
    List<Event> evs = new ArrayList<>();
    for (Event e : a.events()) {
      if (!sh.keeps(e.start(), e.end())) continue;
      int ns = sh.at(e.start());
      int qi =
          e.quantityIndex() >= 0 && e.quantityIndex() < qmap.length ? qmap[e.quantityIndex()] : -1;
      evs.add(
          new Event(
              e.type(),
              e.code(),
              ns,
              ns + e.end() - e.start(),
              e.actor(),
              e.target(),
              e.location(),
              qi,
              e.time(),
              e.status()));
    }
    // The facts layer is read again from the shifted layers, as the facts stage would have.
    return new org.sitrep.annotate.fact.FactStage()
        .apply(new Annotated(d, sents, List.of(), ms, ts, qs, quotes, evs, List.of(), List.of()));
  }

  /** Maps offsets of kept paragraphs from the old body to the new one. */
  private record Shift(List<int[]> kept) {
    boolean keeps(int s, int e) {
      for (int[] k : kept) if (s >= k[0] && e <= k[1]) return true;
      return false;
    }

    int at(int s) {
      for (int[] k : kept) if (s >= k[0] && s <= k[1]) return k[2] + (s - k[0]);
      throw new IllegalStateException("contract: offset " + s + " is not in a kept paragraph");
    }
  }

  private static long heapMb() {
    return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }
}

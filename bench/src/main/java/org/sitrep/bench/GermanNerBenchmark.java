package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * German entity F1 on a GermEval 2014 file, as the task's measure counts it: sentences grouped 20
 * to a document, tokens joined by spaces, one paragraph a sentence; per document, the sets of
 * (type, text) of outer-level PER, ORG and LOC entities (the {@code deriv} and {@code part} types,
 * "deutsche" or "EU-Kommission", and OTH are not scored). Two systems on the same text: CoreNLP's
 * German model alone (the raw runs of the language layer's German tags) and what {@code sitrep
 * annotate} returns for each document, read from a file by the same reader, cleaner and pipelines.
 * The documents are split in halves, the first to look at while changing rules, the second to
 * report; both are printed, with span-exact scores beside. The data are for evaluation only.
 *
 * <p>Usage: {@code NerBenchmark --lang de [file] [--limit SENTENCES] [--verbose] [--part a|b]}
 * (verbose: the tune half's errors of both systems, with the document's number; with {@code --part
 * a} only part a's; part b is split off the tune half to be read as figures only); the file
 * defaults to {@code ${sitrep.shared}/bench/ner-germeval2014/NER-de-dev.tsv}.
 */
public final class GermanNerBenchmark {
  private GermanNerBenchmark() {}

  static final int SENTENCES_PER_DOC = 20;
  private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  /**
   * One document: its text, its gold entities as character spans and the task's tokens as character
   * spans (start, end).
   */
  public record Doc(String text, Set<NerBenchmark.Span> gold, List<int[]> tokens) {
    public Doc(String text, Set<NerBenchmark.Span> gold) {
      this(text, gold, List.of());
    }
  }

  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"),
            "bench/ner-germeval2014/NER-de-dev.tsv");
    int limit = Integer.MAX_VALUE;
    boolean verbose = false;
    String part = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--limit")) limit = Integer.parseInt(args[++i]);
      else if (args[i].equals("--verbose")) verbose = true;
      else if (args[i].equals("--part")) part = args[++i];
      else if (args[i].equals("--lang")) i++;
      else file = Path.of(args[i]);
    }
    if (part != null && !List.of("a", "b").contains(part))
      throw new IllegalArgumentException("--part takes a or b, not " + part);
    if (verbose && "b".equals(part))
      throw new IllegalArgumentException(
          "--verbose prints part a's errors only; part b is figures");
    List<Doc> docs = read(file, limit);
    long t0 = System.nanoTime();
    List<Set<NerBenchmark.Span>> model = modelAlone(docs);
    long t1 = System.nanoTime();
    List<Set<NerBenchmark.Span>> ours = annotate(docs);
    long t2 = System.nanoTime();
    // Both systems' entities as the task's tokens carry them: a token takes the type of the entity
    // that covers its first character, else of the first one inside it ("Darmstadt/Berlin",
    // "Yahoo!" and "DFB." are one token each there); one entity's run of tokens is one entity.
    List<Set<NerBenchmark.Span>> modelRaw = model, oursRaw = ours;
    model = project(docs, model);
    ours = project(docs, ours);
    int half = docs.size() / 2;
    if (verbose) {
      // The tune half's misses and false alarms (with --part a, only that part's), to read while
      // changing rules.
      for (int i : part == null ? range(0, half) : part(half, part)) {
        Set<String> g = keys(docs.get(i).text(), docs.get(i).gold());
        Set<String> p = keys(docs.get(i).text(), ours.get(i));
        for (String k : g) if (!p.contains(k)) System.out.println("missed\t" + (i + 1) + "\t" + k);
        for (String k : p) if (!g.contains(k)) System.out.println("false\t" + (i + 1) + "\t" + k);
        Set<String> m = keys(docs.get(i).text(), model.get(i));
        for (String k : g)
          if (!m.contains(k)) System.out.println("model missed\t" + (i + 1) + "\t" + k);
        for (String k : m)
          if (!g.contains(k)) System.out.println("model false\t" + (i + 1) + "\t" + k);
      }
    }
    int gold = docs.stream().mapToInt(d -> d.gold().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%s: %d documents of %d sentences, %d gold PER/ORG/LOC entities (outer level)%n",
        file,
        docs.size(),
        SENTENCES_PER_DOC,
        gold);
    System.out.println(
        "entity F1 over (type, text) per document; tune half = documents 1-"
            + half
            + ", report half = the rest");
    System.out.printf(
        Locale.ROOT,
        "%-6s | %-5s | %-20s | %-20s%n",
        "half",
        "type",
        "CoreNLP German alone",
        "sitrep annotate");
    System.out.println(
        "tune-a = the tune half's documents 1, 3, 5, ..., tune-b = 2, 4, 6, ... (--part a|b)");
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    rows.put("all", range(0, docs.size()));
    rows.put("tune", range(0, half));
    rows.put("tune-a", part(half, "a"));
    rows.put("tune-b", part(half, "b"));
    rows.put("report", range(half, docs.size()));
    for (Map.Entry<String, List<Integer>> row : rows.entrySet()) {
      Scores m = typed(docs, model, row.getValue()), s = typed(docs, ours, row.getValue());
      for (String type : List.of("PER", "ORG", "LOC", "ALL")) {
        System.out.printf(
            Locale.ROOT,
            "%-6s | %-5s | %-20s | %-20s%n",
            row.getKey(),
            type,
            m.row(type),
            s.row(type));
      }
    }
    Scores mr = typed(docs, modelRaw, 0, docs.size()), sr = typed(docs, oursRaw, 0, docs.size());
    System.out.printf(
        Locale.ROOT,
        "on the tools' own tokens, not the task's (all documents): CoreNLP German alone %.3f,"
            + " sitrep annotate %.3f%n",
        mr.f1("ALL"),
        sr.f1("ALL"));
    Scores ms = spans(docs, model), ss = spans(docs, ours);
    System.out.printf(
        Locale.ROOT,
        "span-exact F1 (all documents): CoreNLP German alone %.3f, sitrep annotate %.3f%n",
        ms.f1("ALL"),
        ss.f1("ALL"));
    System.out.printf(
        Locale.ROOT,
        "time: CoreNLP German alone %.1f s (model load included), sitrep annotate %.1f s%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
  }

  /** Scores over (type, text) per document for documents [from, to). */
  static Scores typed(List<Doc> docs, List<Set<NerBenchmark.Span>> pred, int from, int to) {
    return typed(docs, pred, range(from, to));
  }

  /** Scores over (type, text) per document for the documents at the given positions. */
  static Scores typed(List<Doc> docs, List<Set<NerBenchmark.Span>> pred, List<Integer> which) {
    Scores s = new Scores();
    for (int i : which)
      s.addTyped(
          keys(docs.get(i).text(), docs.get(i).gold()), keys(docs.get(i).text(), pred.get(i)));
    return s;
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().toList();
  }

  /**
   * One part of the tune half (the first {@code half} documents): part a its documents at even
   * positions (1st, 3rd, ...), part b at odd ones. Rules are written from one part's errors and
   * checked on the other's figure.
   */
  static List<Integer> part(int half, String part) {
    List<Integer> out = new ArrayList<>();
    for (int i = part.equals("a") ? 0 : 1; i < half; i += 2) out.add(i);
    return out;
  }

  private static Scores spans(List<Doc> docs, List<Set<NerBenchmark.Span>> pred) {
    Scores s = new Scores();
    for (int i = 0; i < docs.size(); i++) s.add(docs.get(i).gold(), pred.get(i));
    return s;
  }

  private static Set<String> keys(String text, Set<NerBenchmark.Span> spans) {
    Set<String> out = new HashSet<>();
    for (NerBenchmark.Span s : spans)
      if (TYPES.contains(s.type())) out.add(s.type() + "\t" + text.substring(s.start(), s.end()));
    return out;
  }

  /** Each document's predicted entities carried onto the task's tokens. */
  static List<Set<NerBenchmark.Span>> project(List<Doc> docs, List<Set<NerBenchmark.Span>> pred) {
    List<Set<NerBenchmark.Span>> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) out.add(project(docs.get(i).tokens(), pred.get(i)));
    return out;
  }

  /**
   * Entities carried onto tokens: a token belongs to the entity covering its first character, else
   * to the first entity that starts inside it; consecutive tokens of one entity make one entity.
   */
  static Set<NerBenchmark.Span> project(List<int[]> tokens, Set<NerBenchmark.Span> pred) {
    if (tokens.isEmpty()) return pred;
    List<NerBenchmark.Span> sorted = new ArrayList<>(pred);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    NerBenchmark.Span[] owner = new NerBenchmark.Span[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      int s = tokens.get(k)[0], e = tokens.get(k)[1];
      for (NerBenchmark.Span p : sorted)
        if (p.start() <= s && s < p.end()) {
          owner[k] = p;
          break;
        }
      if (owner[k] == null)
        for (NerBenchmark.Span p : sorted)
          if (p.start() > s && p.start() < e) {
            owner[k] = p;
            break;
          }
    }
    Set<NerBenchmark.Span> out = new HashSet<>();
    for (int k = 0; k < tokens.size(); ) {
      if (owner[k] == null) {
        k++;
        continue;
      }
      int j = k + 1;
      while (j < tokens.size() && owner[j] == owner[k]) j++;
      out.add(new NerBenchmark.Span(tokens.get(k)[0], tokens.get(j - 1)[1], owner[k].type()));
      k = j;
    }
    return out;
  }

  /** Reads the file into documents of 20 sentences, at most {@code limit} sentences in all. */
  public static List<Doc> read(Path file, int limit) throws IOException {
    List<Doc> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Set<NerBenchmark.Span> gold = new HashSet<>();
    List<String> words = new ArrayList<>(), tags = new ArrayList<>();
    List<int[]> tokens = new ArrayList<>();
    int sentences = 0, inDoc = 0;
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (sentences >= limit) break;
      if (line.startsWith("#")) continue;
      if (!line.isBlank()) {
        String[] c = line.split("\t");
        if (c.length < 3) continue;
        words.add(c[1]);
        tags.add(c[2]);
        continue;
      }
      if (words.isEmpty()) continue;
      if (inDoc > 0) text.append("\n\n");
      int[] start = new int[words.size()], end = new int[words.size()];
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) text.append(' ');
        start[i] = text.length();
        text.append(words.get(i));
        end[i] = text.length();
        tokens.add(new int[] {start[i], end[i]});
      }
      for (int i = 0; i < tags.size(); ) {
        String tag = tags.get(i);
        if (!tag.startsWith("B-")) {
          i++;
          continue;
        }
        String type = tag.substring(2);
        int j = i + 1;
        while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
        if (TYPES.contains(type)) gold.add(new NerBenchmark.Span(start[i], end[j - 1], type));
        i = j;
      }
      words = new ArrayList<>();
      tags = new ArrayList<>();
      sentences++;
      if (++inDoc == SENTENCES_PER_DOC) {
        docs.add(new Doc(text.toString(), Set.copyOf(gold), List.copyOf(tokens)));
        text = new StringBuilder();
        gold = new HashSet<>();
        tokens = new ArrayList<>();
        inDoc = 0;
      }
    }
    if (inDoc > 0) docs.add(new Doc(text.toString(), Set.copyOf(gold), List.copyOf(tokens)));
    return docs;
  }

  /** CoreNLP's German model alone: runs of one tag of the German language layer, per document. */
  static List<Set<NerBenchmark.Span>> modelAlone(List<Doc> docs) {
    return NerBenchmark.modelAlone(docs.stream().map(Doc::text).toList(), "de");
  }

  /**
   * What {@code sitrep annotate} returns for each document written to a file: read, cleaned, its
   * language guessed and annotated by that language's pipeline; entities mapped back onto the
   * document's text.
   */
  static List<Set<NerBenchmark.Span>> annotate(List<Doc> docs) throws IOException {
    return NerBenchmark.annotate(
        docs.stream().map(Doc::text).toList(), a -> List.of("language " + a.document().language()));
  }
}

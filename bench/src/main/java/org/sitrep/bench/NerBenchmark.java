package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.annotate.Pipelines;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Token;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.OrderedRunner;
import org.sitrep.pipeline.Problems;
import org.sitrep.source.Sources;

/**
 * Entity-level NER scores (exact span and type, per type and micro overall) on a CoNLL file, along
 * two paths. The tagger path: each sentence's tokens joined by spaces is one body, scored for
 * CoreNLP's default English NER on the gold tokens, the raw NER chunks of Sitrep's lean language
 * layer (CoreNLP lean alone), and Sitrep's entity stage. The annotate path: each document rebuilt
 * as plain text ({@link NerDocuments}) and read, cleaned and annotated by the same code as {@code
 * sitrep annotate}, beside CoreNLP lean alone on the same text, so whatever the cleaner drops or
 * the pipeline loses counts. Spans are compared as character ranges, so a system that tokenizes
 * differently is not penalised for it. The data are for evaluation only: nothing is built from
 * them.
 *
 * <p>Usage: {@code NerBenchmark [conll-file] [--limit N] [--annotate-only]}; the file defaults to
 * {@code ${sitrep.shared}/bench/ner-conllpp/conllpp_dev.txt}. {@code --lang de} scores German on
 * GermEval 2014 instead ({@link GermanNerBenchmark}).
 */
public final class NerBenchmark {
  private NerBenchmark() {}

  /**
   * A gold or predicted entity: a character range of the sentence body and a CoNLL type (PER, ORG,
   * LOC, MISC).
   */
  public record Span(int start, int end, String type) {}

  /** One CoNLL sentence: its body, its tokens' offsets and the gold entities. */
  public record Sentence(String body, List<String> words, Set<Span> gold) {}

  public static void main(String[] args) throws IOException {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--lang") && args[i + 1].equals("de")) {
        GermanNerBenchmark.main(args);
        return;
      }
    }
    Path file =
        Path.of(
            System.getProperty("sitrep.shared", "../shared"), "bench/ner-conllpp/conllpp_dev.txt");
    int limit = Integer.MAX_VALUE;
    boolean annotateOnly = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--limit")) limit = Integer.parseInt(args[++i]);
      else if (args[i].equals("--annotate-only")) annotateOnly = true;
      else file = Path.of(args[i]);
    }
    List<Sentence> sentences = read(file, annotateOnly ? 0 : limit);
    long t0 = System.nanoTime();
    Scores corenlp = annotateOnly ? new Scores() : corenlpDefault(sentences);
    long t1 = System.nanoTime();
    Scores[] sitrep = sitrep(sentences);
    long t2 = System.nanoTime();
    List<NerDocuments.Doc> docs = NerDocuments.read(file, limit);
    Scores lean = leanOnDocuments(docs);
    Scores annotated = annotate(docs);
    long t3 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%s: %d sentences, %d gold entities%n",
        file,
        sentences.size(),
        corenlp.gold());
    System.out.println(
        "tagger path: each sentence one body, its gold tokens joined by spaces, tagged by the"
            + " language layer and the entity stage");
    System.out.printf(
        Locale.ROOT,
        "%-5s | %-20s | %-20s | %-20s%n",
        "type",
        "CoreNLP default NER",
        "CoreNLP lean alone",
        "Sitrep entities");
    System.out.printf(
        Locale.ROOT,
        "%-5s | %-20s | %-20s | %-20s%n",
        "",
        "P / R / F1",
        "P / R / F1",
        "P / R / F1");
    for (String type : List.of("PER", "ORG", "LOC", "MISC", "ALL")) {
      System.out.printf(
          Locale.ROOT,
          "%-5s | %-20s | %-20s | %-20s%n",
          type,
          corenlp.row(type),
          sitrep[0].row(type),
          sitrep[1].row(type));
    }
    System.out.printf(
        Locale.ROOT,
        "%nannotate path: %d documents rebuilt as plain text (one paragraph a sentence), read,"
            + " cleaned and annotated as 'sitrep annotate' does; entities scored on the gold"
            + " tokens%n",
        docs.size());
    System.out.printf(
        Locale.ROOT, "%-5s | %-20s | %-20s%n", "type", "CoreNLP lean alone", "sitrep annotate");
    System.out.printf(Locale.ROOT, "%-5s | %-20s | %-20s%n", "", "P / R / F1", "P / R / F1");
    for (String type : List.of("PER", "ORG", "LOC", "MISC", "ALL")) {
      System.out.printf(
          Locale.ROOT, "%-5s | %-20s | %-20s%n", type, lean.row(type), annotated.row(type));
    }
    System.out.printf(
        Locale.ROOT,
        "time: CoreNLP default %.1f s (model load included); Sitrep tagger path %.1f s; annotate"
            + " path with its baseline %.1f s%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9);
  }

  /** CoreNLP's lean tagger alone (Sitrep's language layer, raw chunks) on each document's text. */
  public static Scores leanOnDocuments(List<NerDocuments.Doc> docs) {
    List<Set<Span>> pred = modelAlone(docs.stream().map(NerDocuments.Doc::text).toList(), "en");
    Scores scores = new Scores();
    for (int i = 0; i < docs.size(); i++) scores.add(docs.get(i).gold(), pred.get(i));
    return scores;
  }

  /**
   * The NER model of a language's layer alone ({@code "de"}: CoreNLP's German model, else the lean
   * English tagger): the runs of one tag on each text.
   */
  static List<Set<Span>> modelAlone(List<String> texts, String language) {
    CoreNlpStage stage = language.equals("de") ? CoreNlpStage.german() : new CoreNlpStage();
    List<Set<Span>> out = new ArrayList<>();
    for (String text : texts) {
      Document d =
          Document.of(
              Source.file("ner"), null, null, null, Published.UNKNOWN, language, List.of(), text);
      out.add(rawChunks(stage.apply(Annotated.of(d)).tokens()));
    }
    return out;
  }

  /**
   * What {@code sitrep annotate} returns for each document, written to a file and read back by the
   * same reader, cleaner and pipelines; each entity is mapped back onto the document's text.
   */
  public static Scores annotate(List<NerDocuments.Doc> docs) throws IOException {
    List<Set<Span>> pred =
        annotate(
            docs.stream().map(NerDocuments.Doc::text).toList(),
            a ->
                a.diagnostics().stream()
                    .map(g -> g.stage() + ": " + g.message().replaceAll("\\d+", "N"))
                    .toList());
    Scores scores = new Scores();
    for (int i = 0; i < docs.size(); i++) scores.add(docs.get(i).gold(), pred.get(i));
    return scores;
  }

  /**
   * Each text written to a file and read, cleaned, its language guessed and annotated by that
   * language's pipeline, as {@code sitrep annotate} does; the entities of each mapped back onto its
   * text (none where a text came back as no document). What {@code notes} says of each annotated
   * document, and each text not read, is counted and printed to stderr.
   */
  static List<Set<Span>> annotate(List<String> texts, Function<Annotated, List<String>> notes)
      throws IOException {
    Path dir = Files.createTempDirectory("sitrep-ner");
    try {
      for (int i = 0; i < texts.size(); i++) {
        Files.writeString(dir.resolve(fileName(i)), texts.get(i), StandardCharsets.UTF_8);
      }
      Problems problems = new Problems(p -> System.err.println("sitrep: " + p.line()));
      Map<Integer, Annotated> out = new HashMap<>();
      LanguagePipelines pipelines = Pipelines.byLanguage();
      try (OrderedRunner runner =
          new OrderedRunner(
              pipelines,
              Math.max(1, Runtime.getRuntime().availableProcessors()),
              a -> out.put(index(a.document().source().path()), a))) {
        new Sources(problems).read(List.of(dir.toString()), runner::accept);
      }
      Map<String, Integer> counts = new TreeMap<>();
      List<Set<Span>> pred = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        Annotated a = out.get(i);
        Set<Span> p = new HashSet<>();
        if (a == null) counts.merge("not read: no document", 1, Integer::sum);
        else {
          notes.apply(a).forEach(n -> counts.merge(n, 1, Integer::sum));
          int[] at = NerDocuments.offsets(texts.get(i), a.body());
          for (Mention m : a.entities()) {
            String type = conll(m.type());
            int s = at[m.start()], e = at[m.end()];
            if (type != null && s >= 0 && e >= 0) p.add(new Span(s, e, type));
          }
        }
        pred.add(p);
      }
      counts.forEach((d, n) -> System.err.printf(Locale.ROOT, "annotate path: %d × %s%n", n, d));
      return pred;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    }
  }

  private static String fileName(int i) {
    return String.format(Locale.ROOT, "doc-%05d.txt", i);
  }

  private static int index(String path) {
    String name = Path.of(path).getFileName().toString();
    return Integer.parseInt(name.substring(4, name.length() - 4));
  }

  /**
   * Reads a CoNLL file (word in the first column, IOB2 tag in the last), at most {@code limit}
   * sentences.
   */
  public static List<Sentence> read(Path file, int limit) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>(), tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (out.size() >= limit) break;
      if (line.isBlank()) {
        if (!words.isEmpty()) out.add(sentence(words, tags));
        words = new ArrayList<>();
        tags = new ArrayList<>();
        continue;
      }
      String[] c = line.split(" ");
      if (c[0].equals("-DOCSTART-")) continue;
      words.add(c[0]);
      tags.add(c[c.length - 1]);
    }
    if (!words.isEmpty() && out.size() < limit) out.add(sentence(words, tags));
    return out;
  }

  private static Sentence sentence(List<String> words, List<String> tags) {
    String body = String.join(" ", words);
    int[] starts = new int[words.size()];
    for (int i = 1; i < words.size(); i++)
      starts[i] = starts[i - 1] + words.get(i - 1).length() + 1;
    Set<Span> gold = new HashSet<>();
    int i = 0;
    while (i < tags.size()) {
      String tag = tags.get(i);
      if (tag.equals("O")) {
        i++;
        continue;
      }
      String type = tag.substring(2);
      int j = i + 1;
      while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
      gold.add(new Span(starts[i], starts[j - 1] + words.get(j - 1).length(), type));
      i = j;
    }
    return new Sentence(body, List.copyOf(words), gold);
  }

  /**
   * CoreNLP's own English NER with its default settings on the gold tokens (whitespace tokenizer,
   * one sentence per line). Its coarse tag is scored, since the default fine-grained pass renames
   * places to CITY or COUNTRY.
   */
  public static Scores corenlpDefault(List<Sentence> sentences) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.whitespace", "true");
    p.setProperty("ssplit.eolonly", "true");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    Scores scores = new Scores();
    for (Sentence s : sentences) {
      Annotation a = new Annotation(s.body());
      nlp.annotate(a);
      List<Token> toks = new ArrayList<>();
      for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
        String coarse = t.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        String tag = coarse != null ? coarse : t.ner() != null ? t.ner() : "O";
        toks.add(
            new Token(t.beginPosition(), t.endPosition(), t.word(), t.tag(), t.lemma(), tag, 0));
      }
      scores.add(s.gold(), rawChunks(toks));
    }
    // Free the default models (about 3 GB with the fine-grained tables) before Sitrep's own
    // pipeline loads.
    StanfordCoreNLP.clearAnnotatorPool();
    return scores;
  }

  /**
   * Sitrep's language layer and entity stage: [0] the lean tagger's raw chunks, [1] the entity
   * stage's mentions.
   */
  public static Scores[] sitrep(List<Sentence> sentences) {
    CoreNlpStage language = new CoreNlpStage();
    EntityStage entities = new EntityStage();
    Scores raw = new Scores(), ours = new Scores();
    for (Sentence s : sentences) {
      Document d =
          Document.of(
              Source.file("conll"), null, null, null, Published.UNKNOWN, "en", List.of(), s.body());
      Annotated tagged = language.apply(Annotated.of(d));
      raw.add(s.gold(), rawChunks(tagged.tokens()));
      Set<Span> pred = new HashSet<>();
      for (Mention m : entities.apply(tagged).entities()) {
        String type = conll(m.type());
        if (type != null) pred.add(new Span(m.start(), m.end(), type));
      }
      ours.add(s.gold(), pred);
    }
    return new Scores[] {raw, ours};
  }

  /** Runs of tokens with one tag, as the NER model alone gives them. */
  static Set<Span> rawChunks(List<Token> toks) {
    Set<Span> pred = new HashSet<>();
    for (int i = 0; i < toks.size(); ) {
      String type = conll(toks.get(i).ner());
      if (type == null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && toks.get(j).ner().equals(toks.get(i).ner())) j++;
      pred.add(new Span(toks.get(i).start(), toks.get(j - 1).end(), type));
      i = j;
    }
    return pred;
  }

  /** The CoNLL type of a CoreNLP entity tag, or null for one that is not scored. */
  static String conll(String tag) {
    return switch (tag) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      case "MISC" -> "MISC";
      default -> null;
    };
  }
}

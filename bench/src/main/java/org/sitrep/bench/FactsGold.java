package org.sitrep.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.clean.Extracted;
import org.sitrep.clean.HtmlExtractor;

/**
 * The hand-read gold of fact observations ({@code bench-data/facts/gold.json}): per document its
 * path under the bench folder, corpus, split and whether every figure in it was classified ({@code
 * exhaustive}), its observations and the figures that are not observations (years, dates, ages,
 * ordinals, model numbers ...). Each item locates its figure in the document's source text (see
 * {@link #sourceText}) by the sentence's offsets, words of the sentence at or before the figure
 * ({@code anchor}: its first words, or the words that lead to the figure when the same figure
 * stands twice in the sentence) and the figure as written; the article text itself is never stored.
 */
public final class FactsGold {
  /** Where a gold item stands in the source text. */
  public record Where(
      int sentenceStart, int sentenceEnd, String anchor, String figure, int figureStart) {}

  /** One observation: who or what, what is measured, the value and how the text holds it. */
  public record Observation(
      String subject,
      List<String> subjectAliases,
      String measure,
      List<String> measureAliases,
      double value,
      String unit,
      String kind,
      String status,
      String bound,
      boolean approximate,
      String period,
      String place,
      boolean optional,
      Where where) {
    /** The subject's name and aliases. */
    public List<String> subjects() {
      List<String> all = new ArrayList<>();
      all.add(subject);
      all.addAll(subjectAliases);
      return all;
    }

    /** The series key: subject and measure, case-folded. */
    public String series() {
      return subject.toLowerCase(Locale.ROOT) + " / " + measure.toLowerCase(Locale.ROOT);
    }
  }

  /** A figure that is not an observation, with the number a reader could take from it. */
  public record NonObservation(double value, String why, Where where) {}

  /** One gold document. */
  public record Doc(
      String path,
      String corpus,
      String split,
      boolean exhaustive,
      List<Observation> observations,
      List<NonObservation> nonObservations) {}

  private final List<Doc> docs;

  private FactsGold(List<Doc> docs) {
    this.docs = List.copyOf(docs);
  }

  public List<Doc> docs() {
    return docs;
  }

  /** The documents of one split ("tune", "report"), or all of them for "all". */
  public List<Doc> split(String split) {
    if (split.equals("all")) return docs;
    return docs.stream().filter(d -> d.split().equals(split)).toList();
  }

  /** Distinct series (subject / measure) among the observations that are not optional. */
  public Set<String> series() {
    Set<String> out = new LinkedHashSet<>();
    for (Doc d : docs)
      for (Observation o : d.observations()) if (!o.optional()) out.add(o.series());
    return out;
  }

  /** The gold file beside the project: {@code -Dsitrep.factsGold}, else bench-data/facts. */
  public static Path defaultFile() {
    String p = System.getProperty("sitrep.factsGold");
    if (p != null) return Path.of(p);
    Path rel = Path.of("bench-data", "facts", "gold.json");
    try {
      // target/classes -> the project folder
      Path classes =
          Path.of(FactsGold.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path project = classes.getParent() == null ? null : classes.getParent().getParent();
      if (project != null && Files.isRegularFile(project.resolve(rel))) return project.resolve(rel);
    } catch (Exception e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath().resolve(rel);
  }

  public static FactsGold read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode list = root.path("documents");
    if (!list.isArray()) throw new IOException(file + ": no \"documents\" array");
    List<Doc> docs = new ArrayList<>();
    for (JsonNode d : list) {
      List<Observation> obs = new ArrayList<>();
      for (JsonNode o : d.path("observations")) {
        obs.add(
            new Observation(
                req(o, "subject"),
                strings(o.path("subjectAliases")),
                req(o, "measure"),
                strings(o.path("measureAliases")),
                o.path("value").asDouble(),
                text(o, "unit"),
                req(o, "kind"),
                req(o, "status"),
                o.path("bound").asText("exact"),
                o.path("approximate").asBoolean(false),
                text(o, "period"),
                text(o, "place"),
                o.path("optional").asBoolean(false),
                where(o)));
      }
      List<NonObservation> non = new ArrayList<>();
      for (JsonNode n : d.path("nonObservations"))
        non.add(new NonObservation(n.path("value").asDouble(), text(n, "why"), where(n)));
      docs.add(
          new Doc(
              req(d, "path"),
              req(d, "corpus"),
              req(d, "split"),
              d.path("exhaustive").asBoolean(false),
              obs,
              non));
    }
    return new FactsGold(docs);
  }

  private static Where where(JsonNode n) {
    return new Where(
        n.path("sentenceStart").asInt(-1),
        n.path("sentenceEnd").asInt(-1),
        req(n, "anchor"),
        req(n, "figure"),
        n.path("figureStart").asInt(-1));
  }

  private static String req(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank())
      throw new IllegalArgumentException("gold item without \"" + field + "\": " + n);
    return v.asText();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : arr) out.add(s.asText());
    return out;
  }

  // ---- the documents' text and metadata, as the gold's offsets read them ----

  /**
   * A gold document's text (offsets of the gold refer to it), title and date when known; for an
   * HTML page also its HTML and URL (the text is then the body the page extractor finds in it).
   */
  public record Source(String text, String title, String published, String html, String url) {
    public Source(String text, String title, String published) {
      this(text, title, published, null, null);
    }
  }

  /** Reads metadata files that write a missing value as a bare NaN. */
  private static final ObjectMapper LENIENT =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /** Separates an archive from the path of an entry inside it: {@code pages.tar.gz!/a.html}. */
  public static final String IN_ARCHIVE = "!/";

  /** Reads the gold documents' sources under {@code bench} (the ../shared/bench folder). */
  public static final class Sources {
    private final Path bench;
    private Map<String, SemEvalCorpus.Doc> semeval;
    private Map<String, String[]> polnear;
    private final Map<Path, Map<String, byte[]>> archives = new HashMap<>();
    private final Map<Path, Map<String, String>> urls = new HashMap<>();
    private HtmlExtractor extractor;

    public Sources(Path bench) {
      this.bench = bench;
    }

    public Source of(String path) throws IOException {
      int cut = path.indexOf(IN_ARCHIVE);
      if (cut > 0) {
        Path archive = bench.resolve(path.substring(0, cut));
        if (!Files.isRegularFile(archive)) throw new IOException("no such bench file: " + archive);
        String entry = path.substring(cut + IN_ARCHIVE.length());
        byte[] bytes;
        try {
          bytes = archives.computeIfAbsent(archive, Sources::entries).get(entry);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        if (bytes == null) throw new IOException("no entry " + entry + " in " + archive);
        return page(bytes, url(archive.getParent(), entry));
      }
      Path file = bench.resolve(path);
      if (path.endsWith(".html") || path.endsWith(".htm")) {
        if (!Files.isRegularFile(file)) throw new IOException("no such bench file: " + file);
        return page(Files.readAllBytes(file), url(file.getParent(), path));
      }
      if (!Files.isRegularFile(file)) throw new IOException("no such bench file: " + file);
      if (path.endsWith(".xml")) {
        SemEvalCorpus.Doc d =
            semeval(file.getParent().getParent()).get(file.getFileName().toString());
        if (d == null) throw new IOException("not a SemEval document: " + file);
        return new Source(
            d.document().body(), d.document().title(), d.document().published().value());
      }
      String text = decode(Files.readAllBytes(file));
      String[] meta = path.contains("quotes-polnear/") ? polnear(file).get(stem(file)) : null;
      return meta == null ? new Source(text, null, null) : new Source(text, meta[1], meta[0]);
    }

    /** An HTML page: its text is the body the page extractor finds, as the annotate path does. */
    private Source page(byte[] bytes, String url) throws IOException {
      String html = decode(bytes);
      if (extractor == null) extractor = new HtmlExtractor();
      Extracted x = extractor.extract(html, url);
      if (x == null || x.body() == null || x.body().isBlank())
        throw new IOException("no article text in the page");
      return new Source(x.body(), null, null, html, url);
    }

    private static Map<String, byte[]> entries(Path archive) {
      try {
        return TarGzEntries.read(archive);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The page's URL from a JSON file beside it that maps file names to URLs, in either shape the
     * bench holds: {@code {URL: {"file": NAME}}} (trafilatura's evaldata.json) or {@code {NAME:
     * {"url": URL}}} (htmldate's gold.json); null when none is known.
     */
    private String url(Path folder, String entry) throws IOException {
      Map<String, String> known = urls.get(folder);
      if (known == null) {
        known = new HashMap<>();
        try (var files = Files.list(folder)) {
          for (Path j : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            JsonNode root = LENIENT.readTree(j.toFile());
            if (!root.isObject()) continue;
            for (var it = root.fields(); it.hasNext(); ) {
              var e = it.next();
              String file = e.getValue().path("file").asText(null);
              String url = e.getValue().path("url").asText(null);
              if (file != null && e.getKey().startsWith("http"))
                known.putIfAbsent(file, e.getKey());
              else if (url != null && url.startsWith("http")) known.putIfAbsent(e.getKey(), url);
            }
          }
        }
        urls.put(folder, known);
      }
      return known.get(Path.of(entry).getFileName().toString());
    }

    private Map<String, SemEvalCorpus.Doc> semeval(Path folder) {
      if (semeval == null) {
        semeval = new HashMap<>();
        for (SemEvalCorpus.Doc d : SemEvalCorpus.read(folder))
          semeval.put(Path.of(d.document().source().path()).getFileName().toString(), d);
      }
      return semeval;
    }

    /** PolNeAR's metadata.tsv: file stem -> {publication date, title}. */
    private Map<String, String[]> polnear(Path file) throws IOException {
      if (polnear == null) {
        polnear = new HashMap<>();
        Path data = file.getParent().getParent().getParent();
        Path tsv = data.resolve("metadata.tsv");
        if (Files.isRegularFile(tsv)) {
          List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
          List<String> head = List.of(lines.get(0).split("\t", -1));
          int name = head.indexOf("filename"),
              date = head.indexOf("publication_date"),
              title = head.indexOf("title");
          for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            if (name >= 0 && date >= 0 && title >= 0 && c.length > Math.max(date, title))
              polnear.put(c[name], new String[] {c[date], c[title]});
          }
        }
      }
      return polnear;
    }

    private static String stem(Path file) {
      String n = file.getFileName().toString();
      return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (older English news files). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}

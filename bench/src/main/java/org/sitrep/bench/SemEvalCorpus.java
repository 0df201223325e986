package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * The raw SemEval-2015 Task 4 corpus (CAT XML: one element per token with its sentence number):
 * each document's text rebuilt from its tokens, with a map from character offsets back to
 * (sentence, token), and its creation time from the TimeML variant of the same document.
 */
final class SemEvalCorpus {
  private static final Pattern DOC_ID = Pattern.compile("<Document[^>]*\\bdoc_id=\"([^\"]+)\"");
  private static final Pattern TOKEN =
      Pattern.compile("<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
  private static final Pattern TML_ID = Pattern.compile("<DOCID>\\s*([^<\\s]+)\\s*</DOCID>");
  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"([^\"]+)\"");

  /**
   * One document: its id in the task, the rebuilt text, and for each token its start, sentence and
   * word.
   */
  record Doc(String id, Document document, int[] starts, int[] sentences, String[] words) {
    /**
     * The task's event id for the tokens from {@code start} to {@code end}: docid-sentence-word,
     * the words of a multi-token event joined by underscores ("showed_off").
     */
    String eventId(int start, int end) {
      int k = tokenAt(start);
      StringBuilder w = new StringBuilder(words[k]);
      for (int j = k + 1; j < starts.length && starts[j] < end && sentences[j] == sentences[k]; j++)
        w.append('_').append(words[j]);
      return id + "-" + sentences[k] + "-" + w;
    }

    private int tokenAt(int offset) {
      int k = Arrays.binarySearch(starts, offset);
      if (k < 0) k = -k - 2;
      return Math.max(k, 0);
    }
  }

  private SemEvalCorpus() {}

  static List<Doc> read(Path folder) {
    // Trial data names its track A folders Corpus-trial-data_task4[_TimeML], the evaluation data
    // corpus_TrackA_CAT
    // and corpus_TrackA_TimeML; the annotated (track B) variants are never read.
    Path raw = folder.resolve("Corpus-trial-data_task4"),
        tml = folder.resolve("Corpus-trial-data_task4_TimeML");
    if (!Files.isDirectory(raw)) {
      raw = folder.resolve("corpus_TrackA_CAT");
      tml = folder.resolve("corpus_TrackA_TimeML");
    }
    if (!Files.isDirectory(raw))
      throw new IllegalArgumentException("no track A raw corpus folder under " + folder);
    Map<String, String> dcts = creationTimes(tml);
    List<Doc> docs = new ArrayList<>();
    for (Path p : list(raw, ".xml")) docs.add(parse(p, text(p), dcts));
    return docs;
  }

  private static Doc parse(Path file, String xml, Map<String, String> dcts) {
    Matcher id = DOC_ID.matcher(xml);
    if (!id.find()) throw new IllegalArgumentException(file + ": no <Document doc_id=...>");
    StringBuilder body = new StringBuilder();
    List<int[]> at = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder title = new StringBuilder();
    int lastSentence = -1;
    Matcher m = TOKEN.matcher(xml);
    while (m.find()) {
      int s = Integer.parseInt(m.group(1));
      String w = unescape(m.group(2));
      // Sentence 0 is the headline: the TimeML variant keeps it apart (EXTRAINFO) and its events
      // were not annotated,
      // so it is the document's title here, not part of its body.
      if (s == 0) {
        title.append(title.length() == 0 ? "" : " ").append(w);
        continue;
      }
      // A blank line between sentences keeps CoreNLP from joining a headline to the dateline below
      // it.
      if (lastSentence >= 0) body.append(s != lastSentence ? "\n\n" : " ");
      at.add(new int[] {body.length(), s});
      words.add(w);
      body.append(w);
      lastSentence = s;
    }
    String dct = dcts.get(id.group(1));
    Published published =
        dct == null
            ? Published.UNKNOWN
            : Published.stated(dct.length() > 10 ? dct.substring(0, 10) : dct);
    Document d =
        Document.of(
            Source.file(file.toString()),
            "wikinews",
            null,
            title.toString(),
            published,
            "en",
            List.of(),
            body.toString());
    return new Doc(
        id.group(1),
        d,
        at.stream().mapToInt(x -> x[0]).toArray(),
        at.stream().mapToInt(x -> x[1]).toArray(),
        words.toArray(String[]::new));
  }

  private static Map<String, String> creationTimes(Path tml) {
    Map<String, String> out = new HashMap<>();
    if (!Files.isDirectory(tml)) return out;
    for (Path p : list(tml, ".tml")) {
      String text = text(p);
      Matcher id = TML_ID.matcher(text), dct = DCT.matcher(text);
      if (id.find() && dct.find()) out.put(id.group(1), dct.group(1));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String text(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}

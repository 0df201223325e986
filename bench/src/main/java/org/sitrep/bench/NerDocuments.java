package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoNLL documents rebuilt as the plain text they were cut from: the words of a sentence joined as
 * written (no space before a comma or a closing bracket, quotes closed against their words), one
 * paragraph per sentence (headlines, datelines and table rows are each their own line in the wire
 * text), a blank line between paragraphs, and {@code -DOCSTART-} starting a new document. The gold
 * entities are character ranges of that text.
 */
public final class NerDocuments {
  private NerDocuments() {}

  /** One rebuilt document: its text, its gold entities, and how many sentences it holds. */
  public record Doc(String text, Set<NerBenchmark.Span> gold, int sentences) {}

  private static final Pattern NO_SPACE_BEFORE =
      Pattern.compile("[.,;:!?%)\\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|\\.\\.\\.");
  private static final Pattern NO_SPACE_AFTER = Pattern.compile("[(\\[{$]");

  /** Reads a CoNLL file into documents, with at most {@code limit} sentences in all. */
  public static List<Doc> read(Path file, int limit) throws IOException {
    List<Doc> docs = new ArrayList<>();
    Builder doc = new Builder();
    List<String> words = new ArrayList<>(), tags = new ArrayList<>();
    int sentences = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (sentences >= limit) break;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          doc.sentence(words, tags);
          sentences++;
        }
        words = new ArrayList<>();
        tags = new ArrayList<>();
        continue;
      }
      String[] c = line.split(" ");
      if (c[0].equals("-DOCSTART-")) {
        if (doc.sentences > 0) docs.add(doc.build());
        doc = new Builder();
        continue;
      }
      words.add(c[0]);
      tags.add(c[c.length - 1]);
    }
    if (!words.isEmpty() && sentences < limit) doc.sentence(words, tags);
    if (doc.sentences > 0) docs.add(doc.build());
    return docs;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final Set<NerBenchmark.Span> gold = new HashSet<>();
    int sentences;

    void sentence(List<String> words, List<String> tags) {
      if (sentences++ > 0) text.append("\n\n");
      int[] start = new int[words.size()], end = new int[words.size()];
      boolean quoteOpen = false, glueNext = true;
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        boolean quote = w.equals("\"");
        boolean glue =
            glueNext || (quote ? quoteOpen : NO_SPACE_BEFORE.matcher(w).matches() && i > 0);
        if (!glue) text.append(' ');
        start[i] = text.length();
        text.append(w);
        end[i] = text.length();
        glueNext = quote ? !quoteOpen : NO_SPACE_AFTER.matcher(w).matches();
        if (quote) quoteOpen = !quoteOpen;
      }
      for (int i = 0; i < tags.size(); ) {
        String tag = tags.get(i);
        if (tag.equals("O")) {
          i++;
          continue;
        }
        String type = tag.substring(2);
        int j = i + 1;
        while (j < tags.size() && tags.get(j).equals("I-" + type)) j++;
        gold.add(new NerBenchmark.Span(start[i], end[j - 1], type));
        i = j;
      }
    }

    Doc build() {
      return new Doc(text.toString(), Set.copyOf(gold), sentences);
    }
  }

  /**
   * Where each character of a cleaned body sits in the text it was cleaned from: the body's
   * paragraphs are found in order in the text (the cleaner only drops paragraphs and collapses
   * white space, which these texts do not have); a paragraph not found maps to -1.
   */
  public static int[] offsets(String text, String body) {
    int[] map = new int[body.length() + 1];
    java.util.Arrays.fill(map, -1);
    int from = 0, at = 0;
    for (String para : body.split("\n\n", -1)) {
      int found = text.indexOf(para, from);
      if (found >= 0 && !para.isEmpty()) {
        for (int k = 0; k <= para.length(); k++) map[at + k] = found + k;
        from = found + para.length();
      }
      at += para.length() + 2;
    }
    return map;
  }
}

package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a GermEval 2014 file, each its tokens joined by single spaces. */
final class GermanTexts {
  private GermanTexts() {}

  static List<String> sentences(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("#")) continue;
      if (line.isBlank()) {
        if (b.length() > 0) out.add(b.toString());
        b.setLength(0);
        continue;
      }
      String[] c = line.split("\t");
      if (c.length < 2) continue;
      if (b.length() > 0) b.append(' ');
      b.append(c[1]);
    }
    return out;
  }

  /**
   * The date in each sentence's header ("#\tURL\t[2009-08-13]"), one per sentence in the order of
   * {@link #sentences}, null where a header has none.
   */
  static List<String> dates(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    java.util.regex.Pattern day = java.util.regex.Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2})\\]");
    String header = null;
    boolean inSentence = false;
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    for (String line : lines) {
      if (line.startsWith("#")) {
        java.util.regex.Matcher m = day.matcher(line);
        header = m.find() ? m.group(1) : null;
        continue;
      }
      if (line.isBlank()) {
        if (inSentence) out.add(header);
        inSentence = false;
        continue;
      }
      if (line.split("\t").length >= 2) inSentence = true;
    }
    return out;
  }
}

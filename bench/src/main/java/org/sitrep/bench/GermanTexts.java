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
}

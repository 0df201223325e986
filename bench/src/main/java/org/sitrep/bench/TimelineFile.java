package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A timeline in the SemEval-2015 Task 4 format: the target entity on the first line, then one line
 * per slot, {@code ORDER<TAB>DATE<TAB>event[<TAB>event ...]}, where an event is {@code
 * docid-sentence-word} and events on one line are coreferent.
 */
public record TimelineFile(String entity, List<Row> rows) {
  /**
   * One line: its order number, its anchor (ISO date, a prefix of one, or XXXX-XX-XX) and its
   * events.
   */
  public record Row(int order, String date, List<String> events) {
    public Row {
      events = List.copyOf(events);
    }
  }

  public TimelineFile {
    rows = List.copyOf(rows);
  }

  public static TimelineFile read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).strip().split("\t");
        // Lenient: a blank or malformed line in a gold file is skipped, not fatal; there is nothing
        // to score in it.
        if (f.length < 3 || !f[0].strip().matches("\\d+")) continue;
        List<String> events = new ArrayList<>();
        for (int k = 2; k < f.length; k++) if (!f[k].isBlank()) events.add(f[k].strip());
        rows.add(new Row(Integer.parseInt(f[0].strip()), f[1].strip(), events));
      }
      return new TimelineFile(lines.isEmpty() ? "" : lines.get(0).strip(), rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read timeline " + file, e);
    }
  }

  public String format() {
    StringBuilder b = new StringBuilder(entity).append('\n');
    for (Row r : rows) {
      b.append(r.order()).append('\t').append(r.date());
      for (String e : r.events()) b.append('\t').append(e);
      b.append('\n');
    }
    return b.toString();
  }

  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, format(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write timeline " + file, e);
    }
  }
}

package org.sitrep.clean.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with, read once from the data files beside this class: month names in
 * many languages ({@code months.tsv}), the meta tags that carry dates ({@code meta.tsv}) and the
 * labels that mark a date as the publication or a later update ({@code labels.tsv}).
 */
final class DateWords {
  private static final DateWords INSTANCE = load();

  /** Lower-cased month name or abbreviation to its number (1-12). */
  private final Map<String, Integer> months;

  /** A label for the publication, as a whole-word case-insensitive pattern. */
  final Pattern published;

  /** A label for a later update. */
  final Pattern updated;

  /** Meta tag keys that carry the publication date, lower-cased, most trusted first. */
  final List<String> metaPublished;

  /** Meta tag keys that carry a later update's date. */
  final List<String> metaUpdated;

  private DateWords(
      Map<String, Integer> months,
      List<String> published,
      List<String> updated,
      List<String> metaPublished,
      List<String> metaUpdated) {
    this.months = months;
    this.metaPublished = List.copyOf(metaPublished);
    this.metaUpdated = List.copyOf(metaUpdated);
    this.published = wordPattern(published);
    this.updated = wordPattern(updated);
  }

  static DateWords get() {
    return INSTANCE;
  }

  /** The month a word names (case and a final dot ignored), or 0. */
  int month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    return months.getOrDefault(w, 0);
  }

  private static DateWords load() {
    Map<String, Integer> months = new HashMap<>();
    List<String> published = new ArrayList<>(), updated = new ArrayList<>();
    List<String> metaPublished = new ArrayList<>(), metaUpdated = new ArrayList<>();
    read(
        "meta.tsv",
        2,
        cols ->
            (cols[0].equals("updated") ? metaUpdated : metaPublished)
                .add(cols[1].strip().toLowerCase(Locale.ROOT)));
    read(
        "months.tsv",
        3,
        cols -> {
          int m = Integer.parseInt(cols[1]);
          for (String w : cols[2].split("\\|"))
            // a word that names two months in different languages would be ambiguous: first wins
            months.putIfAbsent(w.strip().toLowerCase(Locale.ROOT), m);
        });
    read(
        "labels.tsv",
        3,
        cols -> (cols[0].equals("updated") ? updated : published).add(cols[2].strip()));
    return new DateWords(months, published, updated, metaPublished, metaUpdated);
  }

  private static void read(String name, int columns, Consumer<String[]> row) {
    try (InputStream in = DateWords.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length < columns) throw new IllegalStateException(name + ": bad line: " + line);
        row.accept(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pattern wordPattern(List<String> labels) {
    String alt =
        labels.stream()
            .map(String::toLowerCase)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}

package org.sitrep.annotate.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Universal POS tags mapped to the Penn Treebank tags the stages read ({@code universal-tags.tsv}),
 * so that a model tagging in universal tags feeds the same rules. The German model's contractions
 * of preposition and article ("im", "zum", "am"), listed in its own multi-word-token table, are
 * prepositions: the tagger, which was trained on the split words, often calls them proper nouns.
 */
final class UniversalTags {
  private static final String TABLE = "/org/sitrep/annotate/nlp/universal-tags.tsv";
  private static final String CONTRACTIONS = "/edu/stanford/nlp/models/mwt/german/german-mwt.tsv";
  private static volatile UniversalTags instance;

  private final Map<String, String> penn = new HashMap<>();
  private final Set<String> contractions = new HashSet<>();

  private UniversalTags() {
    for (String[] row : rows(TABLE)) penn.put(row[0], row[1]);
    for (String[] row : rows(CONTRACTIONS)) contractions.add(row[0]);
  }

  static UniversalTags get() {
    UniversalTags u = instance;
    if (u == null) {
      synchronized (UniversalTags.class) {
        u = instance;
        if (u == null) instance = u = new UniversalTags();
      }
    }
    return u;
  }

  /** The Penn tag of a word the model tagged {@code universal}. */
  String penn(String word, String universal) {
    if (contractions.contains(word)) return "IN";
    if ("PUNCT".equals(universal)) return punctuation(word);
    if (universal == null) return null;
    return penn.getOrDefault(universal, universal);
  }

  private static String punctuation(String w) {
    return switch (w) {
      case "," -> ",";
      case ".", "!", "?" -> ".";
      case "(", "[", "{" -> "-LRB-";
      case ")", "]", "}" -> "-RRB-";
      case "„", "»", "``", "‚", "\"" -> "``";
      case "“", "”", "«", "''", "‘", "’" -> "''";
      default -> ":";
    };
  }

  private static java.util.List<String[]> rows(String resource) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    try (InputStream in = UniversalTags.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

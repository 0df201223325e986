package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Token;

/**
 * The body cut into words and punctuation marks. Our own cut rather than the language layer's
 * tokens so that the stage also runs without them; when tokens are present their POS tags are
 * copied onto the words they overlap.
 */
final class Words {
  private final List<Word> words;
  private final boolean[] breakBefore;

  private Words(List<Word> words, String body) {
    this.words = words;
    this.breakBefore = new boolean[words.size()];
    for (int k = 1; k < words.size(); k++) {
      for (int i = words.get(k - 1).end(); i < words.get(k).start(); i++) {
        if (body.charAt(i) == '\n') {
          breakBefore[k] = true;
          break;
        }
      }
    }
  }

  /** True when a line break separates word {@code k} from the word before it. */
  boolean breakBefore(int k) {
    return k > 0 && k < breakBefore.length && breakBefore[k];
  }

  static Words of(String body, List<Token> tokens) {
    List<Word> out = new ArrayList<>();
    int ti = 0;
    int i = 0, n = body.length();
    while (i < n) {
      char c = body.charAt(i);
      if (Lexicon.isSpace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (Character.isLetterOrDigit(c)) {
        while (j < n && partOfWord(body, j)) j++;
      }
      String pos = null;
      while (ti < tokens.size() && tokens.get(ti).end() <= i) ti++;
      if (ti < tokens.size() && tokens.get(ti).start() < j) pos = tokens.get(ti).pos();
      out.add(new Word(i, j, body.substring(i, j), pos));
      i = j;
    }
    return new Words(out, body);
  }

  // Keeps "post-Soviet", "U.S.", "1,600" and "don't" whole but splits the possessive "Russia’s" off
  // its owner.
  private static boolean partOfWord(String s, int j) {
    char c = s.charAt(j);
    if (Character.isLetterOrDigit(c)) return true;
    if (j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1))) {
      return c == '.' && j >= 1 && Character.isLetter(s.charAt(j - 1)) && isAbbrev(s, j);
    }
    if (c == '-'
        || (c == ',' && Character.isDigit(s.charAt(j - 1)) && Character.isDigit(s.charAt(j + 1))))
      return true;
    if (c == '.')
      return (Character.isUpperCase(s.charAt(j + 1)) && j >= 1 && isAbbrev(s, j))
          || Character.isDigit(s.charAt(j + 1));
    if (c == '\'' || c == '’') {
      // possessive 's stays a separate word; contractions (don't, it's) stay whole
      return !(j + 2 <= s.length()
          && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
          && (j + 2 == s.length() || !Character.isLetter(s.charAt(j + 2)))
          && !isPronounContraction(s, j));
    }
    return false;
  }

  private static final java.util.Set<String> ABBREVIATIONS =
      Lexicon.set(
          "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "st",
          "jr", "sr", "prof", "rev", "adm", "maj", "cpl", "pvt", "mt", "ft", "jan", "feb", "aug",
          "sept", "sep", "oct", "nov", "dec", "corp", "inc", "co", "ltd", "vs", "calif", "fla",
          "ariz", "mass", "penn", "conn", "wash", "mich", "minn", "wis", "ill", "ind", "tenn", "ky",
          "va", "ga", "ala", "la", "md", "nev", "colo", "okla", "ore", "tex", "del", "neb", "kan",
          "vt", "nh", "nj", "ny", "pa", "sc", "nc", "no");

  // "U.S.", "Gen.", "Sen.": a single letter or a known abbreviation keeps its dot, so it ends no
  // sentence
  private static boolean isAbbrev(String s, int dot) {
    int k = dot - 1;
    while (k >= 0 && Character.isLetter(s.charAt(k))) k--;
    int len = dot - 1 - k;
    return len == 1
        || (len > 0
            && Character.isUpperCase(s.charAt(k + 1))
            && ABBREVIATIONS.contains(s.substring(k + 1, dot).toLowerCase(java.util.Locale.ROOT)));
  }

  private static boolean isPronounContraction(String s, int j) {
    int k = j - 1;
    while (k >= 0 && Character.isLetter(s.charAt(k))) k--;
    String w = s.substring(k + 1, j).toLowerCase(java.util.Locale.ROOT);
    return w.equals("it")
        || w.equals("he")
        || w.equals("she")
        || w.equals("that")
        || w.equals("what")
        || w.equals("there")
        || w.equals("here")
        || w.equals("who")
        || w.equals("let");
  }

  List<Word> all() {
    return words;
  }

  int size() {
    return words.size();
  }

  Word get(int i) {
    return words.get(i);
  }

  /** The index of the first word starting at or after {@code offset}. */
  int indexAtOrAfter(int offset) {
    int lo = 0, hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the last word ending at or before {@code offset}, or -1. */
  int indexBefore(int offset) {
    int lo = 0, hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

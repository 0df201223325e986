package org.sitrep.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what a number counts in the words after it: the head of the noun phrase, skipping the
 * adjectives and names before it ("4,800 German troops" counts troops), or the whole phrase after
 * "of" for shares ("2% of its gross domestic product"). Reads word shapes (plural endings, function
 * words) on plain text, and part-of-speech tags instead when the language layer supplies them.
 */
final class CountedNoun {
  private CountedNoun() {}

  /** The counted thing and the last token of its phrase. */
  record Phrase(String noun, int last) {}

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this",
          "that", "a", "an", "all", "'s", "\u2019s", "whose");

  private static final Set<String> LEADING_SKIP =
      Set.of("more", "fewer", "less", "additional", "extra", "other");

  private static final int MAX_WORDS = 5;

  /**
   * The head noun of the phrase starting at token {@code j}; {@code one}: the number is 1, so
   * singular is fine.
   */
  static Phrase head(List<Tok> toks, int j, boolean one, PosIndex pos) {
    int from = skip(toks, j, LEADING_SKIP);
    List<Integer> run = run(toks, from, pos);
    if (run.isEmpty()) return null;
    int h = run.get(run.size() - 1);
    String w = toks.get(h).lower();
    String tag = pos == null ? null : pos.tagAt(toks.get(h).start());
    if (tag != null && tag.equals("VBZ") && h == from) tag = "NNS"; // as read by run
    if (tag != null && !tag.startsWith("NN")) return null;
    if (!one && !Vocabulary.pluralLooking(w) && !(tag != null && PosIndex.plural(tag))) return null;
    if (Units.wordUnit(w) != null
        || NumberWords.VAGUE.containsKey(w)
        || w.equals("percent")
        || w.length() < 2) return null;
    return new Phrase(w, h);
  }

  /**
   * After "of": the whole phrase without determiners and leading names ({@code whole}), or only its
   * head.
   */
  static Phrase afterOf(List<Tok> toks, int of, boolean whole, PosIndex pos) {
    int j = skip(toks, of + 1, DETERMINERS);
    if (j < toks.size() && (toks.get(j).isNum() || NumberWords.isCardinal(toks.get(j).lower())))
      j++; // "five of the 32 members"
    // "Germany's GDP": a possessive name is a determiner here.
    if (j + 1 < toks.size() && toks.get(j).capitalized() && isPossessive(toks.get(j + 1)))
      j = skip(toks, j + 2, DETERMINERS);
    // "80% of the country's electricity", "half of the Illinois city's cases": the owner's phrase
    // closed by a possessive is a determiner of what is counted
    j = pastOwner(toks, j);
    if (!whole) return head(toks, j, true, pos);
    List<Integer> run = run(toks, j, pos);
    while (run.size() > 1
        && toks.get(run.get(0)).capitalized()
        && !allCaps(toks.get(run.get(0)).text())) run.remove(0);
    if (run.isEmpty()) return null;
    StringBuilder sb = new StringBuilder();
    for (int k : run) sb.append(sb.length() == 0 ? "" : " ").append(toks.get(k).lower());
    int last = run.get(run.size() - 1);
    if (Units.wordUnit(toks.get(last).lower()) != null) return null;
    return new Phrase(sb.toString(), last);
  }

  /** Content words from {@code j} up to a function word, punctuation or the first plural noun. */
  private static List<Integer> run(List<Tok> toks, int j, PosIndex pos) {
    List<Integer> run = new ArrayList<>();
    for (int k = j; k < toks.size() && run.size() < MAX_WORDS; k++) {
      Tok t = toks.get(k);
      if (t.lineBefore() && k > j) break;
      if (t.is("-")
          && !t.spaceBefore()
          && k + 1 < toks.size()
          && !toks.get(k + 1).spaceBefore()
          && !run.isEmpty()) {
        continue; // "battle-ready": keep going inside a hyphenated word
      }
      if (t.isNum() && !run.isEmpty() && toks.get(run.get(run.size() - 1)).capitalized())
        continue; // "Leopard 2 tanks"
      int abbr = initialsEnd(toks, k);
      if (abbr > k) {
        // "the U.S. car market", "the E.U. budget": initials with full stops name a place or
        // body; the phrase goes on after them
        k = abbr;
        continue;
      }
      // "500 new “community hubs”": an opening quote glued to the next word is no break
      if (isOpeningQuote(t)
          && k + 1 < toks.size()
          && toks.get(k + 1).isWord()
          && !toks.get(k + 1).spaceBefore()) continue;
      if (!t.isWord()) break;
      String w = t.lower();
      String tag = pos == null ? null : pos.tagAt(t.start());
      // "the US population": a name in capitals is no function word ("us")
      boolean name = allCaps(t.text()) && tag != null && tag.startsWith("NNP");
      if ((Vocabulary.FUNCTION.contains(w) && !name) || isPossessive(t)) break;
      if (tag != null) {
        // With a tagger's word classes the phrase is simply its nouns and modifiers, up to the
        // first plural noun.
        String nextTag = k + 1 < toks.size() ? pos.tagAt(toks.get(k + 1).start()) : null;
        boolean nounAhead =
            nextTag != null && (nextTag.startsWith("NN") || nextTag.startsWith("JJ"));
        // "3,000 worldwide “peace palaces”": an adverb that opens the phrase before its noun
        if (run.isEmpty() && tag.equals("RB") && k == j) {
          int n = k + 1;
          if (n < toks.size() && isOpeningQuote(toks.get(n))) n++;
          String nt = n < toks.size() ? pos.tagAt(toks.get(n).start()) : null;
          if (nt != null && nt.startsWith("NN") && !nt.startsWith("NNP")) continue;
        }
        // "grabbed 12 rebounds", "four assists": a plural right after the number that the tagger
        // took for a verb of the third person singular is the counted noun
        if (k == j && tag.equals("VBZ") && Vocabulary.pluralLooking(w) && !nounAhead) {
          run.add(k);
          break;
        }
        if (!PosIndex.nominal(tag) || (tag.startsWith("V") && !nounAhead)) break;
        run.add(k);
        if (PosIndex.plural(tag) && !(tag.equals("NNPS") && nounAhead)) break;
        continue;
      }
      Tok nt = k + 1 < toks.size() ? toks.get(k + 1) : null;
      boolean nounNext =
          nt != null
              && nt.isWord()
              && Vocabulary.pluralLooking(nt.lower())
              && !Vocabulary.FUNCTION.contains(nt.lower());
      // "seven killed", "one soldier killed": a participle is a verb unless a noun follows ("500
      // armed soldiers").
      if ((w.endsWith("ed") || w.endsWith("ing")) && !Vocabulary.pluralLooking(w) && !nounNext)
        break;
      if (NumberWords.isCardinal(w) || Vocabulary.isMonth(t)) break;
      run.add(k);
      // "250 Abrams tanks": a name ending in s is not the plural head when a plural noun follows
      // it.
      if (Vocabulary.pluralLooking(w) && !(t.capitalized() && nounNext)) break;
    }
    return run;
  }

  /**
   * The last token (its final full stop) of initials written with full stops that start at {@code
   * k} ("U.S.", "U.K.", "E.U."): single capitals each glued to a stop, at least two of them,
   * followed by a word on the same line; else {@code k}.
   */
  static int initialsEnd(List<Tok> toks, int k) {
    int j = k, letters = 0;
    while (j + 1 < toks.size()) {
      Tok l = toks.get(j), dot = toks.get(j + 1);
      if (!(l.isWord() && l.text().length() == 1 && Character.isUpperCase(l.text().charAt(0))))
        break;
      if (!dot.is(".") || dot.spaceBefore() || (j > k && l.spaceBefore())) break;
      letters++;
      j += 2;
    }
    if (letters < 2 || j >= toks.size()) return k;
    Tok next = toks.get(j);
    if (!next.isWord() || next.lineBefore() || !next.spaceBefore()) return k;
    return j - 1;
  }

  /**
   * The token after a short owner's phrase of plain words closed by a possessive at {@code j} ("the
   * country's", "the Illinois city's"), past its determiners; else {@code j}.
   */
  private static int pastOwner(List<Tok> toks, int j) {
    for (int k = j; k < toks.size() && k < j + MAX_WORDS; k++) {
      Tok t = toks.get(k);
      if (isPossessive(t)) {
        if (k == j || t.spaceBefore()) return j;
        return skip(toks, k + 1, DETERMINERS);
      }
      if (!t.isWord() || Vocabulary.FUNCTION.contains(t.lower()) || (k > j && t.lineBefore()))
        return j;
    }
    return j;
  }

  private static boolean isOpeningQuote(Tok t) {
    return t.is("\u201c") || t.is("\"") || t.is("\u2018");
  }

  private static int skip(List<Tok> toks, int j, Set<String> words) {
    while (j < toks.size() && words.contains(toks.get(j).lower())) j++;
    return j;
  }

  private static boolean isPossessive(Tok t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  private static boolean allCaps(String s) {
    return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT));
  }
}

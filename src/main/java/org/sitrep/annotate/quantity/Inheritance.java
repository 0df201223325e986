package org.sitrep.annotate.quantity;

import java.util.List;
import org.sitrep.model.Span;

/**
 * Gives a bare number the counted noun it refers back to: "about 1,600 soldiers, including about
 * 780 from the Bundeswehr" (780 soldiers, same sentence), "grow from 500 to 4,000 troops" (500
 * troops, the figure right after), "the number of troops will rise to 5,000" (the noun after
 * "number of"), "the force is to grow to 4,800" (the troops counted in the sentences before, when a
 * collective noun like force, contingent or toll says the figure is a head count).
 */
final class Inheritance {
  private Inheritance() {}

  /** How many sentences back a collective noun may reach for its counted noun. */
  private static final int SENTENCES_BACK = 3;

  /** How many quantities back a bare number may look, so a sentence-long table stays linear. */
  private static final int LOOK_BACK = 50;

  /** How far left of a bare number to look for a collective noun, so the cost stays linear. */
  private static final int WINDOW = 30;

  static void apply(List<Found> found, List<Tok> toks, List<Span> sents, PosIndex pos) {
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (!bare(f)) continue;
      int s = sentence(sents, toks.get(f.first).start());
      Found prev = k > 0 ? found.get(k - 1) : null;
      Found next = k + 1 < found.size() ? found.get(k + 1) : null;
      if (prev != null
          && counts(prev)
          && !contentWordAfter(toks, f.consumed, pos)
          && sentence(sents, toks.get(prev.first).start()) == s) {
        f.counted = prev.counted;
      } else if (next != null
          && counts(next)
          && next.first - f.last <= 3
          && sentence(sents, toks.get(next.first).start()) == s) {
        f.counted = next.counted;
      } else {
        f.counted =
            numberOf(toks, f.first, sents, s, pos); // "the number of troops will rise to 5,000"
        if (f.counted == null && collectiveBefore(toks, f.first, sents, s))
          f.counted = countedBefore(found, k, toks, sents, s);
      }
    }
  }

  /** The noun counted by the nearest quantity before {@code k}, within a few sentences. */
  private static String countedBefore(
      List<Found> found, int k, List<Tok> toks, List<Span> sents, int s) {
    for (int b = k - 1; b >= 0 && b >= k - LOOK_BACK; b--) {
      Found g = found.get(b);
      if (s - sentence(sents, toks.get(g.first).start()) > SENTENCES_BACK) return null;
      if (counts(g)) return g.counted;
    }
    return null;
  }

  /**
   * A count in digits with nothing after it: small numbers and words are too often list items or
   * ages.
   */
  private static boolean bare(Found f) {
    return f.counted == null
        && f.unit == null
        && !f.words
        && f.value >= 10
        && f.value == Math.rint(f.value);
  }

  /** "5,000 dead" names its own thing; "780 from the Bundeswehr" does not. */
  private static boolean contentWordAfter(List<Tok> toks, int last, PosIndex pos) {
    if (last + 1 >= toks.size()) return false;
    Tok t = toks.get(last + 1);
    String tag = pos == null ? null : pos.tagAt(t.start());
    if (tag != null && PosIndex.finiteVerb(tag))
      return false; // "1,500 remained": the verb names nothing
    return t.isWord() && !Vocabulary.FUNCTION.contains(t.lower());
  }

  private static boolean counts(Found g) {
    return g.counted != null && g.unit == null && g.counted.indexOf(' ') < 0;
  }

  /**
   * The plural noun of "number of troops" or "total of 300 soldiers"-style phrases earlier in the
   * sentence, or null.
   */
  private static String numberOf(List<Tok> toks, int i, List<Span> sents, int s, PosIndex pos) {
    int from = s >= 0 ? sents.get(s).start() : 0;
    for (int j = i - 2; j >= 0 && j >= i - WINDOW && toks.get(j).start() >= from; j--) {
      if (!(toks.get(j).is("number") || toks.get(j).is("numbers")) || !toks.get(j + 1).is("of"))
        continue;
      CountedNoun.Phrase p = CountedNoun.afterOf(toks, j + 1, false, pos);
      if (p != null && p.last() < i && Vocabulary.pluralLooking(p.noun())) return p.noun();
    }
    return null;
  }

  private static boolean collectiveBefore(List<Tok> toks, int i, List<Span> sents, int s) {
    int from = s >= 0 ? sents.get(s).start() : 0;
    for (int j = i - 1; j >= 0 && j >= i - WINDOW && toks.get(j).start() >= from; j--) {
      if (toks.get(j).isWord() && Vocabulary.COLLECTIVE.contains(toks.get(j).lower())) return true;
    }
    return false;
  }

  /** The index of the sentence holding {@code offset}, or the nearest one before it. */
  private static int sentence(List<Span> sents, int offset) {
    int lo = 0, hi = sents.size() - 1, best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sents.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }
}

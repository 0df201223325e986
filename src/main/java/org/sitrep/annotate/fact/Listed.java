package org.sitrep.annotate.fact;

/**
 * Measures of bare figures read from the words right before them: the plural noun a list of bare
 * figures is "of" ("had rates of 80.4 and 25.9", "scores of 7 and 9"). Reads at most a few tokens.
 */
final class Listed {
  /** How far back a list of figures may reach for its "of". */
  private static final int REACH = 12;

  private Listed() {}

  /**
   * The singular lemma of the plural noun that a list of bare figures is "of", when the figure is a
   * member of that list ("Iceland and Slovakia had rates of 80.4 and 25.9": rate for both), or
   * null.
   */
  static String listNoun(Around ar) {
    boolean joined = false;
    for (int i = ar.first - 1; i >= ar.sentFirst && i >= ar.first - REACH; i--) {
      String w = ar.word(i);
      if (w.equals("of")) {
        int n = i - 1;
        if (!joined || !ar.pos(n).equals("NNS")) return null;
        return ar.lemma(n);
      }
      if (w.equals("and") || w.equals(",") || w.equals("respectively")) {
        joined |= !w.equals(",");
        continue;
      }
      if (ar.pos(i).equals("CD") || w.equals("%") || w.equals("percent") || w.equals("cent"))
        continue;
      if (w.equals("per")) continue;
      return null;
    }
    return null;
  }

  /**
   * The list noun for the first member of a list ("rates of 80.4 and 25.9": 80.4), when the figure
   * follows "of" and another bare figure follows "and".
   */
  static String listHead(Around ar) {
    if (!ar.word(ar.first - 1).equals("of") || !ar.pos(ar.first - 2).equals("NNS")) return null;
    int j = ar.last + 1;
    if (ar.word(j).equals(",")) j++;
    if (!ar.word(j).equals("and") || !ar.pos(j + 1).equals("CD")) return null;
    return ar.lemma(ar.first - 2);
  }
}

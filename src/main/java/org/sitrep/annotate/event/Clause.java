package org.sitrep.annotate.event;

/**
 * The stretch of a sentence a trigger's arguments are looked for in: {@code left} is the first token of the clause
 * (after a comma, dash, quote mark or subordinator), {@code opener} the subordinator that opened it ("if", "whether")
 * or -1, and {@code right} the index after the last token (before the next clause break or purpose infinitive). Both
 * ends are capped at {@link #REACH} tokens, which keeps the stage linear in the length of the text.
 */
record Clause(int left, int opener, int trigger, int triggerEnd, int right) {
  /** The farthest an argument may lie from its trigger, in tokens; news clauses are shorter than this. */
  static final int REACH = 30;

  static Clause around(Sentence s, int trigger, int triggerEnd) {
    int left = trigger, opener = -1;
    for (int i = trigger - 1; i >= Math.max(0, trigger - REACH); i--) {
      if (s.isBreak(i) || s.isComma(i)) break;
      if (s.isSubordinator(i)) {
        opener = i;
        break;
      }
      left = i;
    }
    int right = triggerEnd;
    for (int i = triggerEnd; i < Math.min(s.size(), triggerEnd + REACH); i++) {
      if (s.isBreak(i) || s.isSubordinator(i) || s.isInfinitive(i)) break;
      if (s.isComma(i) && !listContinues(s, i)) break;
      right = i + 1;
    }
    return new Clause(left, opener, trigger, triggerEnd, right);
  }

  /** A comma inside a list of names ("to Estonia, Latvia, Lithuania, and Poland") does not end the clause. */
  private static boolean listContinues(Sentence s, int comma) {
    if (comma == 0 || s.mention(comma - 1) == null) return false;
    int n = comma + 1;
    if (n < s.size() && (s.word(n).equals("and") || s.word(n).equals("or"))) n++;
    return n < s.size() && s.mention(n) != null;
  }
}

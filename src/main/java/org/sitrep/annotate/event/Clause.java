package org.sitrep.annotate.event;

/**
 * The stretch of a sentence a trigger's arguments are looked for in: {@code left} is the first
 * token of the clause (after a comma, dash, quote mark or subordinator), {@code opener} the
 * subordinator that opened it ("if", "whether") or -1, and {@code right} the index after the last
 * token (before the next clause break or purpose infinitive). Both ends are capped at {@link
 * #REACH} tokens, which keeps the stage linear in the length of the text.
 */
record Clause(int left, int opener, int trigger, int triggerEnd, int right) {
  /**
   * The farthest an argument may lie from its trigger, in tokens; news clauses are shorter than
   * this.
   */
  static final int REACH = 30;

  /**
   * The clause around a trigger. For a noun trigger the right side ends at the first verb: what
   * follows is the predicate of the sentence the noun sits in ("the meeting underscored ... within
   * Europe"), not the noun's own arguments. For a verb it ends at the next finite verb once a noun
   * has come between.
   */
  static Clause around(Sentence s, int trigger, int triggerEnd, boolean noun) {
    return around(s, trigger, triggerEnd, noun, !noun);
  }

  /**
   * The clause a noun trigger's sentence predicate lies in ("the invasion of Ukraine began in
   * 2022"): as for a verb, but running on through the finite verb.
   */
  static Clause predicateOf(Sentence s, int trigger, int triggerEnd) {
    return around(s, trigger, triggerEnd, false, false);
  }

  private static Clause around(
      Sentence s, int trigger, int triggerEnd, boolean noun, boolean finiteStops) {
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
    boolean sawNoun = false;
    for (int i = triggerEnd; i < Math.min(s.size(), triggerEnd + REACH); i++) {
      if (s.isBreak(i) || s.isSubordinator(i) || s.isInfinitive(i) || (noun && s.isVerb(i))) break;
      // After a noun, a finite verb begins another predicate: in "the concern discussed during the
      // meeting was the conflict in Ukraine" the conflict is not discussed in Ukraine.
      if (finiteStops && sawNoun && s.isFinite(i)) break;
      sawNoun |= s.isNoun(i);
      if (s.isComma(i) && !listContinues(s, i)) break;
      right = i + 1;
    }
    return new Clause(left, opener, trigger, triggerEnd, right);
  }

  /**
   * The first token of the trigger's own subject stretch: left of the trigger up to the nearest
   * main verb or preposition (auxiliaries, adverbs, "of" and the subject's words stay in). For a
   * noun, its own noun phrase. A quantity on the left only belongs to the event inside this stretch
   * ("500 soldiers stationed", not the "2%" of an earlier verb).
   */
  int subjectStretch(Sentence s, boolean noun) {
    if (noun) return nounPhraseStart(s);
    int i = trigger;
    while (i > left && inSubject(s, i - 1)) i--;
    return i;
  }

  /**
   * Where the noun phrase that ends with the trigger begins: "Russia 's invasion", "the new German
   * deployment".
   */
  int nounPhraseStart(Sentence s) {
    int i = trigger;
    while (i > left && s.inNounPhrase(i - 1)) i--;
    return i;
  }

  private static boolean inSubject(Sentence s, int j) {
    if (s.isVerb(j)) {
      String l = s.lemma(j);
      return l.equals("be") || l.equals("have") || l.equals("do");
    }
    return !s.isPreposition(j) || s.word(j).equals("of");
  }

  /**
   * A comma inside a list of names ("to Estonia, Latvia, Lithuania, and Poland") does not end the
   * clause.
   */
  private static boolean listContinues(Sentence s, int comma) {
    if (comma == 0 || s.mention(comma - 1) == null) return false;
    int n = comma + 1;
    if (n < s.size() && (s.word(n).equals("and") || s.word(n).equals("or"))) n++;
    return n < s.size() && s.mention(n) != null;
  }
}

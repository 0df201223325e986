package org.sitrep.annotate.event;

import java.util.Set;
import org.sitrep.model.Event.Status;

/**
 * Reads an event's status from the words before its trigger: negation ("not", "never", "refused
 * to"), hypothesis ("could", "if", "whether", "the possibility of", appeals such as "urged ...
 * to"), pledge ("pledged to", "is willing to", "is prepared to", "offered to") and plan ("will",
 * "is slated to", "plans to", "is expected to"). A modal or marker word only counts when the words
 * between it and the trigger form a verb chain (auxiliaries, adverbs, "to", the controlled
 * subject), so "troops ... may stay on after the drills" does not make the drills hypothetical;
 * clause openers ("if", "whether", "in the event of") cover the whole clause. Precedence: negated,
 * hypothetical, pledged, planned, reported.
 *
 * <p>A noun in the goal phrase of a verb shares that verb's modal: in "Moscow could mark them for
 * conquest" the conquest is as hypothetical as the marking. A time clause ("when", "once", "until")
 * in the present tense beside a "will" or "would" clause speaks of the future, as English time
 * clauses do: in "what would happen to this unit when the brigade is stationed" the stationing is
 * planned, not reported.
 *
 * <p>"Germany is willing to send 4,000 troops" is read as pledged, not planned:
 * "willing"/"prepared" state a commitment the actor offers, not a decision with a schedule, and the
 * fact series keeps the two apart.
 */
final class StatusReader {
  private static final Set<String> NEGATION =
      Set.of(
          "not", "n't", "never", "neither", "nor", "refuse", "refusal", "decline", "fail",
          "without", "reject", "no");
  private static final Set<String> HYPOTHESIS =
      Set.of(
          "could",
          "might",
          "may",
          "should",
          "can",
          "possibility",
          "possible",
          "potential",
          "potentially",
          "consider",
          "urge",
          "ask",
          "demand",
          "call",
          "want",
          "propose",
          "suggest");
  private static final Set<String> CLAUSE_HYPOTHESIS = Set.of("if", "unless", "whether");
  private static final Set<String> PLEDGE =
      Set.of(
          "willing",
          "prepared",
          "ready",
          "pledge",
          "promise",
          "offer",
          "vow",
          "commit",
          "commitment",
          "agree",
          "guarantee",
          "willingness",
          "readiness");
  private static final Set<String> PLAN =
      Set.of(
          "will",
          "'ll",
          "shall",
          "wo",
          "slate",
          "slated",
          "plan",
          "expect",
          "expected",
          "schedule",
          "scheduled",
          "due",
          "intend",
          "intention",
          "aim",
          "set",
          "poised",
          "likely",
          "going",
          "prepare",
          "seek",
          "decide",
          "decision");
  private static final Set<String> SPEECH =
      Set.of(
          "say",
          "tell",
          "announce",
          "state",
          "report",
          "add",
          "claim",
          "insist",
          "confirm",
          "assure",
          "explain",
          "write",
          "note",
          "stress");

  private StatusReader() {}

  static Status read(Sentence s, Clause c, boolean nounTrigger) {
    Marks m = new Marks();
    int anchor = nounTrigger ? c.nounPhraseStart(s) : c.trigger();
    for (int i = anchor - 1; i >= c.left(); i--) {
      m.see(s, i, anchor, nounTrigger);
      if (!inChain(s, i)) break;
    }
    // A noun can be the subject of its own modal: "the deployment (of German troops) will begin in
    // May"; not after
    // a preposition ("troops sent for exercises may stay on": the troops may).
    if (nounTrigger && (anchor == 0 || !s.isPreposition(anchor - 1))) {
      int i = c.triggerEnd();
      if (i < s.size() && s.word(i).equals("of")) {
        int stop = Math.min(s.size(), i + Clause.REACH);
        i++;
        while (i < stop && (s.inNounPhrase(i) || s.mention(i) != null)) i++;
      }
      // Only modals, adverbs and participles ("will", "not", "is slated to") speak about the noun's
      // event; a
      // finite verb is its predicate: in "this deployment aims to reinforce" the aim is the
      // deployment's purpose.
      for (int end = Math.min(s.size(), i + 6); i < end && inChain(s, i); i++) {
        String p = s.pos(i);
        if (p.equals("MD") || p.startsWith("RB") || p.equals("VBN") || p.equals("JJ"))
          m.see(s, i, s.size(), true);
      }
    }
    if (nounTrigger && anchor > 0 && Words.GOAL.contains(s.word(anchor - 1)))
      governingModal(s, c, anchor - 1, m);
    if (!nounTrigger && futureTimeClause(s, c)) m.plan = true;
    if (c.opener() >= 0 && CLAUSE_HYPOTHESIS.contains(s.word(c.opener()))) m.hypo = true;
    for (int i = c.triggerEnd(); i < c.right(); i++)
      if (CLAUSE_HYPOTHESIS.contains(s.word(i))) m.hypo = true;
    if (conditionalPhrase(s, c.left(), c.right())) m.hypo = true;
    if (m.neg) return Status.NEGATED;
    if (m.hypo) return Status.HYPOTHETICAL;
    if (m.pledge) return Status.PLEDGED;
    if (m.plan) return Status.PLANNED;
    return Status.REPORTED;
  }

  /** The markers seen so far. */
  private static final class Marks {
    boolean neg, hypo, pledge, plan;

    /**
     * Takes in the marker at token {@code i}, if any; {@code limit} bounds the "is to" look-ahead.
     */
    void see(Sentence s, int i, int limit, boolean noun) {
      String w = s.word(i), l = s.lemma(i);
      if (NEGATION.contains(w) || NEGATION.contains(l)) neg |= !w.equals("no") || noun;
      if (w.equals("would")) {
        if (reported(s, i)) plan = true;
        else hypo = true;
      } else if (HYPOTHESIS.contains(w) || HYPOTHESIS.contains(l)) {
        hypo = true;
      }
      // "prepared to" pledges, "preparing to" plans: the adjective is a stance, the verb a
      // schedule.
      if (w.equals("prepared") || PLEDGE.contains(l)) pledge = true;
      else if (PLAN.contains(w) || PLAN.contains(l)) plan |= planMarker(s, i);
      if (l.equals("be") && i + 1 < limit && s.pos(i + 1).equals("TO"))
        plan = true; // "Germany is to send"
    }
  }

  /**
   * The modal of the verb whose goal phrase begins at {@code prep}: "could mark them for conquest",
   * "will send troops for exercises". Only a modal before the verb counts, so "troops sent to
   * Belarus for military exercises may stay on" leaves the exercises as they are, and only a goal
   * ({@link Words#GOAL}): "may stay on after the drills" does not make the drills hypothetical.
   */
  private static void governingModal(Sentence s, Clause c, int prep, Marks m) {
    int v = prep - 1;
    // Objects and other phrases of the verb may come first: "travel to Jakarta for talks".
    while (v >= c.left()
        && v > prep - 10
        && !s.isVerb(v)
        && (s.inNounPhrase(v)
            || s.pos(v).equals("PRP")
            || s.mention(v) != null
            || s.isPreposition(v))) v--;
    if (v < c.left() || !s.isVerb(v)) return;
    for (int i = v - 1; i >= c.left() && inChain(s, i); i--) {
      if (!s.pos(i).equals("MD")) continue;
      String w = s.word(i);
      if (w.equals("would")) {
        if (reported(s, i)) m.plan = true;
        else m.hypo = true;
      } else if (HYPOTHESIS.contains(w)) m.hypo = true;
      else if (PLAN.contains(w)) m.plan = true;
      return;
    }
  }

  /**
   * A present-tense time clause in a sentence about the future: "when the brigade is stationed"
   * beside "what would happen", "once the dam is finished" beside "will open". The clause starts at
   * a time word ({@link Words#TEMPORAL}) before the trigger; the trigger's own verb chain has no
   * past tense or modal; a "will", "would", "shall" or "'ll" stands outside the clause.
   */
  private static boolean futureTimeClause(Sentence s, Clause c) {
    int open = -1, len = 0;
    for (int i = c.trigger() - 1; i >= Math.max(0, c.trigger() - Clause.REACH); i--) {
      if (s.isBreak(i) || s.isComma(i)) break;
      int n = temporalAt(s, i);
      if (n > 0) {
        open = i;
        len = n;
        break;
      }
      if (s.isSubordinator(i) && !s.word(i).equals("when")) break;
    }
    if (open < 0) return false;
    boolean present = false;
    for (int i = c.trigger(); i > open + len - 1; i--) {
      String p = s.pos(i);
      if (p.equals("VBD") || p.equals("MD")) return false;
      if (p.equals("VBZ") || p.equals("VBP")) present = true;
      if (i < c.trigger() && !inChain(s, i) && !s.inNounPhrase(i) && s.mention(i) == null)
        return false;
    }
    if (!present) return false;
    for (int i = 0; i < s.size(); i++) {
      if (i >= open && i <= c.trigger()) continue;
      String w = s.word(i);
      if (s.pos(i).equals("MD")
          && (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll"))) {
        return true;
      }
    }
    return false;
  }

  /** The length in tokens of the time word starting at {@code i} ("as soon as" is three), or 0. */
  private static int temporalAt(Sentence s, int i) {
    for (String t : Words.TEMPORAL) {
      String[] parts = t.split(" ");
      if (i + parts.length > s.size()) continue;
      boolean all = true;
      for (int k = 0; k < parts.length && all; k++) all = s.word(i + k).equals(parts[k]);
      if (all && (parts.length > 1 || !s.pos(i).equals("RB"))) return parts.length;
    }
    return 0;
  }

  /** "in the event of", "in case of": a condition anywhere in the clause. */
  private static boolean conditionalPhrase(Sentence s, int from, int to) {
    for (int i = from; i + 2 < to; i++) {
      if (!s.word(i).equals("in")) continue;
      int j = s.word(i + 1).equals("the") ? i + 2 : i + 1;
      if (j + 1 < to
          && (s.word(j).equals("event") || s.word(j).equals("case"))
          && s.word(j + 1).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** "set", "due", "going" plan only when "to" follows ("set to grow", "going to send"). */
  private static boolean planMarker(Sentence s, int i) {
    String w = s.word(i);
    if (w.equals("set") || w.equals("due") || w.equals("going") || s.lemma(i).equals("decide")) {
      return i + 1 < s.size() && s.pos(i + 1).equals("TO");
    }
    return true;
  }

  /**
   * Words that may stand between a marker and its verb: auxiliaries, adverbs, "to", adjectives, the
   * controllee.
   */
  private static boolean inChain(Sentence s, int i) {
    String p = s.pos(i);
    return p.startsWith("VB")
        || p.startsWith("RB")
        || p.equals("MD")
        || p.equals("TO")
        || p.startsWith("JJ")
        || p.equals("NNP")
        || p.equals("PRP")
        || s.word(i).equals("of")
        || s.word(i).equals("to");
  }

  /**
   * A speech verb shortly before "would": it is then the future of reported speech ("said it would
   * send").
   */
  private static boolean reported(Sentence s, int would) {
    for (int i = Math.max(0, would - Clause.REACH); i < would; i++) {
      if (s.isVerb(i) && SPEECH.contains(s.lemma(i))) return true;
    }
    return false;
  }
}

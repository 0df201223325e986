package org.sitrep.annotate.event;

import org.sitrep.model.Mention;

/**
 * The two references the event readers resolve themselves, inside one sentence and within {@link
 * Clause#REACH} tokens: a pronoun subject ("Britain said it would send") and "there". Anything
 * longer belongs to a coreference stage.
 */
final class Anaphora {
  private Anaphora() {}

  /**
   * "will be stationed there": the place named last before the trigger in the same sentence ("have
   * arrived in Lithuania thus far, the German contingent will be stationed there"), or null.
   */
  static Mention there(Sentence s, Clause c) {
    boolean said = false;
    for (int i = c.triggerEnd(); i < c.right() && !said; i++) said = s.word(i).equals("there");
    if (!said) return null;
    for (int j = c.trigger() - 1; j >= Math.max(0, c.trigger() - Clause.REACH); j--) {
      Mention m = s.mention(j);
      if (m != null && m.type().equals("LOCATION"))
        return m; // a place, not a demonym ("the German contingent")
    }
    return null;
  }

  /**
   * "he"/"she" resolved to the nearest person named earlier in the same sentence, "it" to the
   * nearest country or organisation ("Britain said on Tuesday it would send"); other pronouns stay
   * unknown.
   */
  static Mention pronoun(Sentence s, int i) {
    String w = s.word(i);
    boolean person = w.equals("he") || w.equals("she");
    if (!person && !w.equals("it")) return null;
    for (int j = i - 1; j >= Math.max(0, i - Clause.REACH); j--) {
      Mention m = s.mention(j);
      if (m != null && Arguments.usable(m) && m.type().equals("PERSON") == person) return m;
    }
    return null;
  }
}

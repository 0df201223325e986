package org.sitrep.annotate.event;

import java.util.Set;

/**
 * Finds the theme word of a trigger: first on its right (the object: "send up to 350 more
 * soldiers"), then on its left when the trigger has no object of its own: a passive or intransitive
 * verb ("soldiers will be deployed", "the German force ... is slated to grow", "two dozen soldiers
 * have arrived") or a noun's premodifier ("troop deployment").
 */
final class Themes {
  /** How far right an object's head may be; beyond it the noun belongs to something else. */
  private static final int OBJECT_REACH = 8;

  /**
   * Verbs whose subject is what moves or grows: "troops arrived", "the force will grow", "troops
   * massed".
   */
  private static final Set<String> INTRANSITIVE =
      Set.of("arrive", "grow", "mass", "retreat", "rise", "expand", "fight");

  private Themes() {}

  /**
   * The token index of the theme, or -1. {@code throughInfinitive}: the trigger's theme may sit in
   * its infinitive ("pledged last June to have a combat brigade ready", "threatened to use nuclear
   * weapons"), so the search goes past "to".
   */
  static int find(Sentence s, Clause c, boolean noun, boolean throughInfinitive) {
    int end = Math.min(s.size(), c.triggerEnd() + OBJECT_REACH);
    if (!throughInfinitive) end = Math.min(end, c.right());
    for (int i = c.triggerEnd(); i < end; i++) {
      if (s.isBreak(i) || s.isComma(i) || s.isSubordinator(i)) break;
      if (themeAt(s, i)) return i;
    }
    if (noun) {
      for (int i = c.trigger() - 1; i >= c.left() && s.inNounPhrase(i); i--)
        if (themeAt(s, i)) return i;
      return -1;
    }
    return subjectIsTheme(s, c) ? nearestLeft(s, c) : -1;
  }

  /** The nearest theme word left of the trigger inside its clause, or -1. */
  static int nearestLeft(Sentence s, Clause c) {
    for (int i = c.trigger() - 1; i >= c.left(); i--) if (themeAt(s, i)) return i;
    return -1;
  }

  /**
   * Whether the verb's subject is its theme: intransitive verbs, and passives without an object.
   * "has raised alarms" (perfect, with an object) and "increased violence" (a participle before its
   * noun) are not.
   */
  private static boolean subjectIsTheme(Sentence s, Clause c) {
    if (INTRANSITIVE.contains(s.lemma(c.trigger()))) return true;
    if (hasObject(s, c.triggerEnd())) return false;
    if (!s.pos(c.trigger()).equals("VBN")) return false;
    int j = c.trigger() - 1;
    while (j >= 0 && s.pos(j).startsWith("RB")) j--;
    return j < 0 || !s.lemma(j).equals("have");
  }

  private static boolean themeAt(Sentence s, int i) {
    return s.theme(i) != null;
  }

  /** A determiner, adjective, number or noun right after a verb starts its object. */
  private static boolean hasObject(Sentence s, int i) {
    if (i >= s.size()) return false;
    String p = s.pos(i);
    return p.equals("DT")
        || p.equals("PRP$")
        || p.startsWith("JJ")
        || p.startsWith("NN")
        || p.equals("CD");
  }
}

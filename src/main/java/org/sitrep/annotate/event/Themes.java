package org.sitrep.annotate.event;

/**
 * Finds the theme word of a trigger: first on its right (the object: "send up to 350 more soldiers"), then on its
 * left when the trigger has no object of its own: a passive or intransitive verb ("soldiers will be deployed", "the
 * German force ... is slated to grow") or a noun's premodifier ("troop deployment").
 */
final class Themes {
  /** How far right an object's head may be; beyond it the noun belongs to something else. */
  private static final int OBJECT_REACH = 8;

  private Themes() {}

  /** The token index of the theme, or -1. */
  static int find(Sentence s, Clause c, boolean noun) {
    for (int i = c.triggerEnd(); i < Math.min(c.right(), c.triggerEnd() + OBJECT_REACH); i++) {
      if (themeAt(s, i)) return i;
    }
    if (noun) {
      for (int i = c.trigger() - 1; i >= c.left() && Arguments.inNounPhrase(s, i); i--) if (themeAt(s, i)) return i;
      return -1;
    }
    if (!s.pos(c.trigger()).equals("VBN") && hasObject(s, c.triggerEnd())) return -1;
    for (int i = c.trigger() - 1; i >= c.left(); i--) if (themeAt(s, i)) return i;
    return -1;
  }

  private static boolean themeAt(Sentence s, int i) {
    return Theme.of(s.tok(i), i > 0 ? s.tok(i - 1) : null) != null;
  }

  /** A determiner, adjective, number or common noun right after a verb starts its object. */
  private static boolean hasObject(Sentence s, int i) {
    if (i >= s.size()) return false;
    String p = s.pos(i);
    return p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("NN") || p.equals("NNS")
        || p.equals("CD");
  }
}

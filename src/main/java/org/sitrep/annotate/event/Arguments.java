package org.sitrep.annotate.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;
import org.sitrep.model.Mention;

/**
 * Finds an event's actor, target and location in its clause by linear scans, without a parser. The
 * actor is the nearest usable mention left of the trigger that is not the object of a preposition
 * ("Pistorius was in Vilnius on Monday to sign" gives Pistorius, and Vilnius as a place); for nouns
 * the possessor or premodifier comes first ("Russia's invasion", "the German deployment"), then the
 * owner of the theme ("stationing of a Bundeswehr brigade"). Targets and places come from
 * prepositions on the right: to/into (destination), in/at/near (place), with (partner), on/against
 * (what is attacked or sanctioned), of (what is invaded), or a direct object.
 *
 * <p>The preposition's meaning decides whether a name is a place at all: what stands on, near or
 * along a border ("massed on the Ukrainian border", "directly on Russia's borders") is beside the
 * country, not in it; near, off or outside a country is not in it either (near a city is still in
 * that city's country); what talks are on or about ("talks on Ukraine", "discussed the conflict in
 * Ukraine") is their topic, not their venue. Names joined by "and", "or" or commas share the role
 * of the first ("deployed to Estonia, Latvia, Lithuania and Poland"): all are kept.
 */
final class Arguments {
  private static final Set<String> DESTINATION = Set.of("to", "into", "towards", "toward");
  private static final Set<String> PLACE =
      Set.of(
          "in",
          "at",
          "inside",
          "within",
          "near",
          "along",
          "across",
          "on",
          "over",
          "throughout",
          "around",
          "off");

  /**
   * Nouns that put what follows their "of" out of the clause's reach: "in the event of an attack".
   */
  private static final Set<String> CONDITION_HEADS =
      Set.of(
          "event",
          "case",
          "risk",
          "threat",
          "fear",
          "danger",
          "possibility",
          "prospect",
          "likelihood",
          "spectre",
          "specter");

  private static final Set<String> PLACE_HEADS =
      Set.of(
          "state",
          "capital",
          "city",
          "country",
          "region",
          "republic",
          "town",
          "province",
          "island",
          "village",
          "nation",
          "territory",
          "enclave",
          "exclave",
          "port");
  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("them", "him", "her", "us", "me", "themselves");
  private static final Set<EventType> PARTNERED =
      EnumSet.of(EventType.MEET, EventType.TALKS, EventType.SIGN, EventType.VISIT);

  /** Events that have a topic: what is talked over, met about or agreed on. */
  private static final Set<EventType> TOPICAL =
      EnumSet.of(EventType.TALKS, EventType.MEET, EventType.SIGN);

  private static final Set<EventType> HOSTILE =
      EnumSet.of(
          EventType.ATTACK,
          EventType.INVADE,
          EventType.STRIKE,
          EventType.SANCTION,
          EventType.THREATEN,
          EventType.WARN);
  private static final Set<EventType> DIRECT_OBJECT_IS_TARGET =
      EnumSet.of(
          EventType.ATTACK,
          EventType.INVADE,
          EventType.STRIKE,
          EventType.SANCTION,
          EventType.THREATEN,
          EventType.WARN,
          EventType.VISIT,
          EventType.MEET,
          EventType.SUPPLY,
          EventType.PLEDGE,
          EventType.DEPLOY);

  /**
   * What the scans found; mentions are null when absent. {@code source}: the name after "from", if
   * any.
   */
  record Found(
      Mention actor,
      Mention target,
      Mention location,
      Mention source,
      List<Mention> moreTargets,
      List<Mention> moreLocations) {
    /**
     * "Poland is set to receive tanks from the United States": the subject is the target, the
     * source acts.
     */
    Found received() {
      return new Found(source, actor, location, null, List.of(), moreLocations);
    }
  }

  /** What the name before a conjoined one became. */
  private enum Role {
    NONE,
    TARGET,
    LOCATION,
    BESIDE
  }

  private Arguments() {}

  static Found read(Sentence s, Clause c, EventType type, int theme, boolean noun) {
    Scan scan = new Scan();
    Mention actor = noun ? nounActor(s, c, theme, scan) : verbActor(s, c, theme, scan);
    scan.actor = actor;
    rightSide(s, c, type, theme, noun, scan);
    if (scan.location == null && scan.target == null) scan.location = Anaphora.there(s, c);
    Mention location = scan.location != null ? scan.location : scan.leftPlace;
    return new Found(
        scan.actor,
        scan.target,
        location,
        scan.source,
        List.copyOf(scan.moreTargets),
        scan.location != null ? List.copyOf(scan.moreLocations) : List.of());
  }

  /** Mutable state of one frame's scans. */
  private static final class Scan {
    Mention actor, target, location, leftPlace, source;
    final List<Mention> moreTargets = new ArrayList<>();
    final List<Mention> moreLocations = new ArrayList<>();
  }

  private static Mention verbActor(Sentence s, Clause c, int theme, Scan scan) {
    if (prenominal(s, c)) {
      // A participle before its noun ("the boosted German force", "German-supplied tanks") has no
      // subject of its
      // own: its actor is inside the noun phrase.
      Mention inside = firstUsable(s, c.nounPhraseStart(s), c.trigger());
      return inside != null || theme < 0 ? inside : owner(s, theme);
    }
    Mention actor = subject(s, c, c.trigger(), scan);
    // "thousands of Russian troops being sent": the owner of the moved troops acts. Only a theme on
    // the left
    // counts: in "fighting alongside Russian forces" the forces are not the fighters.
    int leftTheme = Themes.nearestLeft(s, c);
    if (actor == null && leftTheme >= 0) actor = owner(s, leftTheme);
    return actor;
  }

  private static Mention nounActor(Sentence s, Clause c, int theme, Scan scan) {
    int npStart = c.nounPhraseStart(s);
    Mention actor = firstUsable(s, npStart, c.trigger());
    if (actor == null && theme >= 0) actor = owner(s, theme);
    // A noun after a condition's "of" ("in the event of an attack") is no argument of the clause's
    // verb; after
    // "a package of sanctions" it is.
    boolean complement =
        npStart > 1
            && s.word(npStart - 1).equals("of")
            && CONDITION_HEADS.contains(s.lemma(npStart - 2));
    if (actor == null && !complement) actor = subject(s, c, npStart, scan);
    return actor;
  }

  /**
   * Targets and places from the names right of the trigger and the prepositions that govern them.
   */
  private static void rightSide(
      Sentence s, Clause c, EventType type, int theme, boolean noun, Scan scan) {
    String lastPrep = null;
    int lastEnd = -1;
    Role lastRole = Role.NONE;
    for (int i = c.triggerEnd(); i < c.right(); i++) {
      Mention m = s.mention(i);
      if (m == null) continue;
      int start = i;
      i = s.mentionEnd(i) - 1;
      if (m == scan.actor
          || !usable(m)
          || (theme >= 0 && owns(s, start, theme))
          || nameFollows(s, i + 1)) continue;
      int p = preposition(s, start, c.triggerEnd());
      boolean joined =
          p < 0
              ? conjoined(s, lastEnd, start)
              : s.word(p).equals(lastPrep) && conjoined(s, lastEnd, p);
      String prep = p >= 0 ? s.word(p) : joined ? lastPrep : null;
      lastPrep = prep;
      lastEnd = i + 1;
      Role role = role(s, c, type, noun, m, start, i + 1, p, prep, scan);
      // "to Estonia, Latvia and Poland": a joined name shares the first one's role, whatever it is;
      // "between Rutte and Scholz" names two sides.
      if (joined && !"between".equals(prep)) role = lastRole;
      if (role == Role.TARGET) {
        if (scan.target == null) scan.target = m;
        else if (joined) addOnce(scan.moreTargets, scan.target, m);
      } else if (role == Role.LOCATION) {
        if (scan.location == null) scan.location = m;
        else if (joined) addOnce(scan.moreLocations, scan.location, m);
      }
      lastRole = role;
    }
  }

  /** The role of one name right of the trigger, given the preposition {@code prep} at {@code p}. */
  private static Role role(
      Sentence s,
      Clause c,
      EventType type,
      boolean noun,
      Mention m,
      int start,
      int end,
      int p,
      String prep,
      Scan scan) {
    if ("from".equals(prep) && scan.source == null) scan.source = m;
    if (atBoundary(s, start, end)) return Role.BESIDE;
    if (prep == null) {
      // "shelled Russian positions" hits Russia; "deploy NATO forces" does not send anything to
      // NATO.
      boolean direct =
          skipModifiers(s, start) == c.triggerEnd()
              && (HOSTILE.contains(type) || !premodifies(s, end));
      if (direct
          && DIRECT_OBJECT_IS_TARGET.contains(type)
          && (type != EventType.DEPLOY || m.type().equals("LOCATION"))) {
        return Role.TARGET;
      }
      return Role.NONE;
    }
    if (HOSTILE.contains(type)
        && (prep.equals("on") || prep.equals("against") || prep.equals("of"))) {
      return Role.TARGET;
    }
    if (PARTNERED.contains(type) && prep.equals("with")) return Role.TARGET;
    if (PARTNERED.contains(type) && prep.equals("between")) {
      // "the meeting between Rutte and Scholz": the first named meets the second
      if (scan.actor == null) {
        scan.actor = m;
        return Role.NONE;
      }
      return Role.TARGET;
    }
    if (TOPICAL.contains(type)
        && (Words.TOPIC.contains(prep) || (type == EventType.TALKS && topicObject(s, c, noun, p))))
      return Role.NONE; // "talks on Ukraine", "discussed the conflict in Ukraine"
    if (Words.PROXIMITY.contains(prep) && namesCountry(m))
      return Role.BESIDE; // "near Ukraine" is not in Ukraine
    if (DESTINATION.contains(prep)) return Role.TARGET;
    if (PLACE.contains(prep) || (prep.equals("from") && type == EventType.WITHDRAW))
      return Role.LOCATION;
    return Role.NONE;
  }

  private static void addOnce(List<Mention> more, Mention first, Mention m) {
    String n = name(m);
    if (n == null || n.equals(name(first))) return;
    for (Mention x : more) if (n.equals(name(x))) return;
    more.add(m);
  }

  /**
   * Whether the name in tokens [start, end) only says whose border is meant: it modifies a boundary
   * noun ("the Ukrainian border", "Russia's western borders") or follows one's "of" or "with" ("the
   * border with Russia", "the frontiers of Ukraine").
   */
  static boolean atBoundary(Sentence s, int start, int end) {
    int k = end;
    if (k < s.size() && s.pos(k).equals("POS")) k++;
    for (int n = 0; n < 2 && k < s.size() && s.pos(k).startsWith("JJ"); n++) k++;
    if (k < s.size() && Words.BOUNDARY.contains(s.word(k))) return true;
    int j = start;
    while (j > 0 && s.pos(j - 1).equals("DT")) j--;
    return j >= 2
        && (s.word(j - 1).equals("of") || s.word(j - 1).equals("with"))
        && Words.BOUNDARY.contains(s.word(j - 2));
  }

  /** Whether a mention names a country itself rather than a place inside one. */
  private static boolean namesCountry(Mention m) {
    if (m.type().equals("MISC")) return m.country() != null; // a demonym: "near Russian territory"
    String name = m.canonical() != null ? m.canonical() : m.text();
    return Gazetteer.get().place(name).filter(p -> p.kind() == Place.Kind.COUNTRY).isPresent();
  }

  /**
   * A place in the object of a verb of talking belongs to what is talked about: "discussed the
   * conflict in Ukraine" (the preposition follows the object noun, not the verb).
   */
  private static boolean topicObject(Sentence s, Clause c, boolean noun, int p) {
    if (noun || p <= c.triggerEnd() || !s.pos(p - 1).startsWith("NN") || s.mention(p - 1) != null)
      return false;
    for (int j = c.triggerEnd(); j < p; j++)
      if (!s.inNounPhrase(j) || s.mention(j) != null) return false;
    return true;
  }

  /**
   * The written form the contract wants: a person's name, else the mention's country, else its
   * name.
   */
  static String name(Mention m) {
    if (m == null) return null;
    String canonical = m.canonical() != null ? m.canonical() : m.text();
    if (m.type().equals("PERSON") || m.country() == null) return canonical;
    return m.country();
  }

  /**
   * The subject: scan left from {@code from}, skipping objects of prepositions (kept as a place)
   * and verbs.
   */
  private static Mention subject(Sentence s, Clause c, int from, Scan scan) {
    boolean crossedComma = false, sawRelative = false;
    for (int i = from - 1; i >= Math.max(0, c.trigger() - Clause.REACH); i--) {
      if (s.isBreak(i)) return null;
      if (s.isComma(i)) {
        // "..., engaging in discussions with X": a participle clause shares the main clause's
        // subject.
        if (!crossedComma && (sawRelative || participle(s, i + 1))) {
          crossedComma = true;
          continue;
        }
        return null;
      }
      if (s.isRelative(i)) {
        // "Groups, which have deployed": a relative that is the clause's subject stands for the
        // actor; "the
        // conditions on which 4,800 troops will be based" has its own subject, found before the
        // relative or never.
        if ((i > 0 && s.isPreposition(i - 1)) || (i + 1 < s.size() && !subjectRelative(s, i + 1)))
          return null;
        sawRelative = true;
        continue;
      }
      if (s.isSubordinator(i)) return null;
      Mention m = s.mention(i);
      if (m != null) {
        int start = s.mentionStart(i);
        int p = preposition(s, start, 0);
        if (p >= 0) {
          if (scan.leftPlace == null && PLACE.contains(s.word(p)) && usable(m)) scan.leftPlace = m;
        } else if (usable(m) && !objectModifier(s, start, s.mentionEnd(i))) {
          return m;
        }
        i = start;
        continue;
      }
      if (s.pos(i).equals("PRP") && !OBJECT_PRONOUNS.contains(s.word(i)))
        return Anaphora.pronoun(s, i);
    }
    return null;
  }

  /**
   * The possessor or premodifier inside the theme's noun phrase: "German troops", "Germany's
   * defence budget".
   */
  private static Mention owner(Sentence s, int theme) {
    int i = theme;
    while (i > Math.max(0, theme - Clause.REACH) && s.inNounPhrase(i - 1)) i--;
    return firstUsable(s, i, theme);
  }

  private static boolean owns(Sentence s, int mentionStart, int theme) {
    if (mentionStart > theme) return false;
    for (int i = mentionStart; i < theme; i++) if (!s.inNounPhrase(i)) return false;
    return true;
  }

  private static Mention firstUsable(Sentence s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      Mention m = s.mention(i);
      if (m != null && usable(m)) return m;
    }
    return null;
  }

  /**
   * The index of the preposition governing the noun phrase that token {@code start} begins or sits
   * in, or -1. An "of" after a place head looks through to the outer preposition ("to the Baltic
   * state of Lithuania").
   */
  private static int preposition(Sentence s, int start, int floor) {
    int j = skipModifiers(s, start) - 1;
    if (j < floor || !s.isPreposition(j)) return -1;
    if (s.word(j).equals("of") && j - 1 >= floor && PLACE_HEADS.contains(s.lemma(j - 1))) {
      int k = j - 1;
      while (k > Math.max(floor, j - Clause.REACH)
          && (s.inNounPhrase(k - 1) || s.mention(k - 1) != null)) k--;
      if (k - 1 >= floor && s.isPreposition(k - 1)) return k - 1;
    }
    return j;
  }

  /**
   * The index where the noun phrase around {@code start} begins: determiners, adjectives, numbers,
   * possessives.
   */
  private static int skipModifiers(Sentence s, int start) {
    int j = start;
    while (j > Math.max(0, start - Clause.REACH)) {
      String p = s.pos(j - 1);
      // Titles and other names before a name belong to its phrase: "with his Lithuanian counterpart
      // Arvydas X".
      if (p.equals("DT")
          || p.startsWith("JJ")
          || p.equals("PRP$")
          || p.equals("CD")
          || p.equals("POS")
          || p.equals("HYPH")
          || p.startsWith("NN")
          || s.mention(j - 1) != null) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * A name that modifies a noun in a verb's object ("encourage increased NATO missions") is no
   * subject; the same name opening the sentence ("the German government pledged") is.
   */
  private static boolean objectModifier(Sentence s, int start, int end) {
    if (!premodifies(s, end)) return false;
    // "explained the German government's decision to offer": a possessor controls what its noun
    // governs.
    int k = end;
    while (k < s.size() && s.pos(k).startsWith("NN")) k++;
    if (k < s.size() && s.pos(k).equals("POS")) return false;
    int j = skipModifiers(s, start) - 1;
    return j >= 0 && (s.isVerb(j) || (s.pos(j).equals("JJ") && s.word(j).endsWith("ed")));
  }

  /**
   * A demonym or title before a person's name ("German Chancellor Olaf Scholz"): the name is the
   * argument.
   */
  private static boolean nameFollows(Sentence s, int after) {
    for (int j = after; j < s.size() && j < after + 4; j++) {
      Mention m = s.mention(j);
      if (m != null) return m.type().equals("PERSON");
      if (!s.pos(j).startsWith("NN")) return false;
    }
    return false;
  }

  /**
   * Whether the token after a mention is a common noun it modifies ("NATO forces"): then it is no
   * object.
   */
  private static boolean premodifies(Sentence s, int after) {
    if (after >= s.size()) return false;
    String p = s.pos(after);
    return p.equals("NN") || p.equals("NNS") || p.equals("POS");
  }

  /**
   * A participle used as an adjective: inside a noun phrase on both sides ("the boosted German
   * force", "several German-supplied tanks"), unlike a perfect or passive ("has already sent
   * Leopard tanks").
   */
  private static boolean prenominal(Sentence s, Clause c) {
    String p = s.pos(c.trigger());
    int before = c.trigger() - 1, after = c.triggerEnd();
    boolean openedByPhrase = before < 0 || s.inNounPhrase(before) || s.mention(before) != null;
    return (p.equals("JJ") || p.equals("VBN"))
        && openedByPhrase
        && after < s.size()
        && s.inNounPhrase(after)
        && !s.pos(after).equals("DT");
  }

  /**
   * After a subject relative comes its verb: an auxiliary, a modal, an adverb or the verb itself.
   */
  private static boolean subjectRelative(Sentence s, int next) {
    String p = s.pos(next);
    return p.startsWith("VB") || p.equals("MD") || p.startsWith("RB");
  }

  private static boolean participle(Sentence s, int i) {
    return i < s.size() && (s.pos(i).equals("VBG") || s.pos(i).equals("VBN"));
  }

  /**
   * A mention that can act, or be a target or a place: a person, an organisation, a place, or a
   * demonym that carries a country; not a country-less MISC ("Baltic", "Western").
   */
  static boolean usable(Mention m) {
    return !m.type().equals("MISC") || m.country() != null;
  }

  /**
   * Whether only "and", "or" or a comma stand between two names: the second shares the first one's
   * preposition.
   */
  private static boolean conjoined(Sentence s, int lastEnd, int start) {
    if (lastEnd < 0 || start <= lastEnd) return false;
    for (int j = lastEnd; j < start; j++) {
      String w = s.word(j);
      if (!w.equals("and") && !w.equals("or") && !w.equals(",")) return false;
    }
    return true;
  }
}

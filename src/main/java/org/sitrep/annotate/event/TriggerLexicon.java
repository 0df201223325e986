package org.sitrep.annotate.event;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which lemmas can trigger which event type, for verbs and for nouns. A rule either always gives a
 * type ("deploy", "invasion") or gives one only with a theme ("send" troops deploys, "send" tanks
 * supplies, "raise" the budget). Some rules also look at the neighbouring word: a phrasal particle
 * ("beef up", "pull out"), a modifier that makes a noun military ("air strike", "joint exercise"),
 * or a word that cancels the reading ("based on", "sign up").
 */
final class TriggerLexicon {
  /** One lexicon entry; {@code check} vets the token in its context (null: always fine). */
  record Rule(EventType always, Map<Theme, EventType> byTheme, Check check) {
    EventType resolve(Theme theme) {
      if (theme != null && byTheme.containsKey(theme)) return byTheme.get(theme);
      return always;
    }
  }

  /** A context test on token {@code i} of a sentence. */
  interface Check {
    boolean ok(Sentence s, int i);
  }

  private static final Map<String, Rule> VERBS = new HashMap<>();
  private static final Map<String, Rule> NOUNS = new HashMap<>();

  /**
   * Verbs that, followed by "to" and a trigger verb, mark that event as pledged rather than being
   * events.
   */
  static final Set<String> PLEDGE_VERBS =
      Set.of("pledge", "promise", "offer", "vow", "commit", "agree");

  /**
   * Verbs whose theme may sit in their infinitive: "pledged to have a brigade ready", "threatened
   * to use nukes".
   */
  static final Set<String> INFINITIVE_THEME =
      Set.of("pledge", "promise", "offer", "vow", "commit", "threaten");

  /** Verbs whose subject receives rather than gives: the giver is the "from" phrase. */
  static final Set<String> RECIPIENT_SUBJECT = Set.of("receive", "obtain", "acquire");

  private static final Map<Theme, EventType> MOVE =
      themes(
          Theme.TROOPS,
          EventType.DEPLOY,
          Theme.WEAPONS,
          EventType.SUPPLY,
          Theme.MONEY,
          EventType.SUPPLY,
          Theme.AID,
          EventType.SUPPLY);
  private static final Map<Theme, EventType> GIVE =
      themes(
          Theme.WEAPONS,
          EventType.SUPPLY,
          Theme.MONEY,
          EventType.SUPPLY,
          Theme.AID,
          EventType.SUPPLY,
          Theme.TROOPS,
          EventType.DEPLOY);
  private static final Map<Theme, EventType> PROMISE =
      themes(
          Theme.WEAPONS,
          EventType.PLEDGE,
          Theme.MONEY,
          EventType.PLEDGE,
          Theme.AID,
          EventType.PLEDGE,
          Theme.TROOPS,
          EventType.PLEDGE);
  private static final Map<Theme, EventType> GROW =
      themes(Theme.TROOPS, EventType.REINFORCE, Theme.BUDGET, EventType.BUDGET_RAISE);
  private static final Map<Theme, EventType> SHRINK =
      themes(Theme.TROOPS, EventType.WITHDRAW, Theme.BUDGET, EventType.BUDGET_CUT);
  private static final Map<Theme, EventType> TROOPS_ONLY = themes(Theme.TROOPS, EventType.DEPLOY);
  private static final Map<Theme, EventType> AGREE = themes(Theme.AGREEMENT, EventType.SIGN);
  private static final Map<Theme, EventType> NONE = Map.of();
  private static final Set<String> PARTICLE_VERBS =
      Set.of("pull", "draw", "scale", "beef", "ramp", "step", "top", "hand");

  static {
    verbs(rule(EventType.DEPLOY, NONE), "deploy", "redeploy");
    verbs(
        rule(null, MOVE),
        "send",
        "dispatch",
        "move",
        "transfer",
        "ship",
        "relocate",
        "rush",
        "fly");
    verbs(rule(null, TROOPS_ONLY), "mass", "arrive", "amass");
    verbs(rule(EventType.STATION, NONE), "station", "garrison");
    verbs(new Rule(null, themes(Theme.TROOPS, EventType.STATION), not(1, "on", "upon")), "base");
    verbs(rule(EventType.WITHDRAW, NONE), "retreat", "evacuate");
    verbs(rule(null, themes(Theme.TROOPS, EventType.WITHDRAW)), "withdraw", "recall", "repatriate");
    verbs(new Rule(null, themes(Theme.TROOPS, EventType.WITHDRAW), next("out", "back")), "pull");
    verbs(new Rule(null, SHRINK, next("down")), "draw");
    verbs(new Rule(null, SHRINK, next("back", "down")), "scale");
    verbs(
        rule(null, GROW),
        "reinforce",
        "boost",
        "bolster",
        "strengthen",
        "increase",
        "expand",
        "grow",
        "raise",
        "double",
        "triple",
        "elevate",
        "enlarge",
        "hike",
        "augment",
        "lift");
    verbs(new Rule(null, GROW, next("up")), "beef", "ramp", "step", "top");
    verbs(
        rule(null, SHRINK),
        "cut",
        "reduce",
        "slash",
        "lower",
        "decrease",
        "trim",
        "halve",
        "shrink");
    verbs(rule(null, PROMISE), "pledge", "promise", "offer", "vow", "commit");
    verbs(rule(null, GIVE), "supply", "deliver", "provide", "give", "donate", "sell", "lend");
    verbs(new Rule(null, GIVE, next("over")), "hand");
    verbs(rule(EventType.ATTACK, NONE), "attack", "assault", "raid", "storm", "shell");
    // "fight terrorism", "fight with us for our freedom": fighting is combat only when troops
    // fight.
    verbs(rule(null, themes(Theme.TROOPS, EventType.ATTACK)), "fight");
    verbs(rule(EventType.INVADE, NONE), "invade");
    verbs(
        new Rule(
            EventType.INVADE,
            NONE,
            objectNot(
                "position",
                "role",
                "seat",
                "post",
                "office",
                "place",
                "space",
                "time",
                "mind",
                "attention")),
        "occupy");
    // "struck a deal" signs; "struck a balance" is no attack.
    verbs(
        new Rule(
            EventType.STRIKE,
            AGREE,
            objectNot(
                "balance",
                "chord",
                "tone",
                "note",
                "pose",
                "match",
                "fear",
                "blow",
                "gold",
                "compromise",
                "down")),
        "strike");
    verbs(rule(EventType.STRIKE, NONE), "bomb", "airstrike");
    verbs(
        new Rule(
            EventType.MEET,
            NONE,
            objectNot(
                "need",
                "target",
                "goal",
                "requirement",
                "demand",
                "criterion",
                "criteria",
                "standard",
                "expectation",
                "deadline",
                "obligation",
                "challenge",
                "condition",
                "commitment",
                "threshold",
                "benchmark",
                "quota",
                "cost",
                "end")),
        "meet");
    verbs(rule(EventType.VISIT, NONE), "visit", "tour", "travel");
    verbs(rule(null, GIVE), "receive", "obtain", "acquire");
    verbs(rule(EventType.TALKS, NONE), "negotiate", "discuss", "consult");
    // Signing needs its document: "sign a deal" is CAMEO 057, "signed a striker" (20 of 20 hits in
    // a football
    // sample) is not.
    verbs(new Rule(null, AGREE, not(1, "up", "off", "on")), "sign", "ink");
    verbs(rule(null, AGREE), "conclude", "seal", "reach");
    verbs(rule(EventType.WARN, NONE), "warn", "caution");
    verbs(rule(EventType.THREATEN, NONE), "threaten");
    verbs(rule(EventType.SANCTION, NONE), "sanction", "embargo", "blacklist");

    nouns(rule(EventType.DEPLOY, NONE), "deployment", "redeployment");
    nouns(rule(EventType.STATION, NONE), "stationing");
    nouns(
        rule(EventType.WITHDRAW, NONE), "withdrawal", "pullout", "pull-out", "drawdown", "retreat");
    nouns(rule(EventType.REINFORCE, NONE), "reinforcement", "buildup", "build-up");
    nouns(rule(null, PROMISE), "pledge"); // "reform pledges" promise no material help
    nouns(rule(null, GIVE), "delivery", "shipment", "transfer", "donation");
    nouns(
        rule(EventType.ATTACK, NONE),
        "attack",
        "assault",
        "offensive",
        "raid",
        "shelling",
        "gunfire");
    nouns(
        new Rule(EventType.STRIKE, NONE, prev("air", "missile", "drone", "rocket", "aerial")),
        "strike");
    nouns(rule(EventType.STRIKE, NONE), "airstrike", "bombing", "bombardment");
    nouns(rule(EventType.INVADE, NONE), "invasion", "occupation", "conquest");
    nouns(
        new Rule(
            EventType.EXERCISE,
            NONE,
            pluralOrPrev(
                "military",
                "joint",
                "naval",
                "air",
                "nuclear",
                "training",
                "war",
                "live-fire",
                "army",
                "navy")),
        "exercise",
        "drill",
        "manoeuvre",
        "maneuver");
    nouns(new Rule(EventType.EXERCISE, NONE, prev("war")), "game");
    nouns(rule(EventType.MEET, NONE), "meeting", "summit");
    nouns(rule(EventType.VISIT, NONE), "visit", "trip");
    nouns(new Rule(EventType.TALKS, NONE, pluralOrPrev()), "talk");
    nouns(rule(EventType.TALKS, NONE), "negotiation", "discussion", "consultation");
    nouns(rule(null, AGREE), "signing");
    nouns(rule(null, GROW), "increase", "rise", "hike", "boost");
    nouns(rule(null, SHRINK), "cut", "reduction");
    nouns(rule(EventType.WARN, NONE), "warning");
    nouns(rule(EventType.THREATEN, NONE), "ultimatum");
    nouns(
        new Rule(EventType.SANCTION, NONE, pluralOrPrev("economic", "new", "financial", "trade")),
        "sanction");
    nouns(rule(EventType.SANCTION, NONE), "embargo");
  }

  private TriggerLexicon() {}

  /** The rule for token {@code i} as a trigger, or null. */
  static Rule at(Sentence s, int i) {
    String pos = s.pos(i);
    Map<String, Rule> table = pos.startsWith("VB") ? VERBS : pos.startsWith("NN") ? NOUNS : null;
    // Participles used as adjectives ("the boosted force", "German-supplied tanks") are tagged JJ.
    if (table == null && pos.equals("JJ") && s.word(i).endsWith("ed")) table = VERBS;
    if (table == null) return null;
    Rule r = table.get(s.lemma(i));
    if (r == null || (r.check() != null && !r.check().ok(s, i))) return null;
    return r;
  }

  /**
   * Whether the rule takes a phrasal particle, and so whether the trigger span should cover the
   * next token.
   */
  static boolean takesParticle(String lemma) {
    return PARTICLE_VERBS.contains(lemma);
  }

  private static Rule rule(EventType always, Map<Theme, EventType> byTheme) {
    return new Rule(always, byTheme, null);
  }

  private static void verbs(Rule r, String... lemmas) {
    for (String l : lemmas) VERBS.put(l, r);
  }

  private static void nouns(Rule r, String... lemmas) {
    for (String l : lemmas) NOUNS.put(l, r);
  }

  private static Map<Theme, EventType> themes(Object... kv) {
    Map<Theme, EventType> m = new EnumMap<>(Theme.class);
    for (int i = 0; i < kv.length; i += 2) m.put((Theme) kv[i], (EventType) kv[i + 1]);
    return Map.copyOf(m);
  }

  private static Check next(String... words) {
    Set<String> set = Set.of(words);
    return (s, i) -> i + 1 < s.size() && set.contains(s.word(i + 1));
  }

  private static Check not(int offset, String... words) {
    Set<String> set = Set.of(words);
    return (s, i) -> i + offset >= s.size() || !set.contains(s.word(i + offset));
  }

  /**
   * The verb's object (the next few words) must not be one of these lemmas: "meet the 2% target".
   */
  private static Check objectNot(String... lemmas) {
    Set<String> set = Set.of(lemmas);
    return (s, i) -> {
      for (int j = i + 1; j < Math.min(s.size(), i + 6); j++)
        if (set.contains(s.lemma(j))) return false;
      return true;
    };
  }

  private static Check prev(String... words) {
    Set<String> set = Set.of(words);
    return (s, i) -> i > 0 && set.contains(s.word(i - 1));
  }

  private static Check pluralOrPrev(String... words) {
    Check p = prev(words);
    return (s, i) -> s.pos(i).equals("NNS") || p.ok(s, i);
  }
}

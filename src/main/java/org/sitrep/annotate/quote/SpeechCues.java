package org.sitrep.annotate.quote;

import java.util.Locale;
import java.util.Set;

/**
 * English words that report speech. Verbs are listed in every inflection rather than lemmatised so
 * that the stage needs no lemmatiser; the lists follow the reporting verbs of attribution corpora
 * (PARC, PolNeAR) and style guides.
 */
final class SpeechCues {
  private SpeechCues() {}

  private static final String[] STEMS = {
    "say:said:says:saying",
    "tell:told:tells:telling",
    "add",
    "ask",
    "explain",
    "note",
    "state",
    "declare",
    "announce",
    "insist",
    "argue",
    "claim",
    "contend",
    "remark",
    "comment",
    "continue",
    "conclude",
    "warn",
    "write:wrote:writes:writing:written",
    "tweet",
    "post",
    "reply:replied:replies:replying",
    "respond",
    "answer",
    "recall",
    "acknowledge",
    "admit:admitted:admits:admitting",
    "concede",
    "confirm",
    "deny:denied:denies:denying",
    "emphasize",
    "emphasise",
    "stress",
    "assert",
    "maintain",
    "suggest",
    "predict",
    "promise",
    "pledge",
    "vow",
    "urge",
    "joke",
    "quip:quipped:quips:quipping",
    "shout",
    "yell",
    "scream",
    "exclaim",
    "observe",
    "mention",
    "reveal",
    "boast",
    "lament",
    "agree",
    "repeat",
    "reiterate",
    "affirm",
    "assure",
    "caution",
    "charge",
    "counter",
    "retort",
    "protest",
    "plead",
    "whisper",
    "muse",
    "wonder",
    "testify:testified:testifies:testifying",
    "proclaim",
    "complain",
    "report",
    "advise",
    "demand",
    "cry:cried:cries:crying",
    "begin:began:begins:beginning:begun",
    "chime",
    "interject",
    "opine",
    "posit",
    "recount",
    "relate",
    "snap:snapped:snaps:snapping",
    "sigh",
    "smile",
    "laugh",
    "shrug",
    "gush",
    "rant",
    "scoff",
    "sneer",
    "thunder",
    "blast",
    "slam:slammed:slams:slamming",
    "criticize",
    "criticise",
    "accuse",
    "praise",
    "hail",
    "describe",
    "call",
    "dub:dubbed:dubs:dubbing",
    "term",
    "label:labeled:labels:labeling:labelled:labelling",
    "brand",
    "characterize",
    "characterise",
    "ask",
    "inquire",
    "question",
    "speculate",
    "estimate",
    "allege",
    "clarify:clarified:clarifies:clarifying",
    "underline",
    "underscore",
    "highlight",
    "point",
    "surmise",
    "react",
    "chant",
    "sing:sang:sings:singing:sung",
    "read:reads:reading",
    "concur:concurred:concurs:concurring",
    "mutter",
    "murmur",
    "inform",
    "cite",
    "quote",
    "tease",
    "mock",
    "taunt",
    "pronounce",
    "assess",
    "start",
    "summarize",
    "summarise",
    "elaborate",
    "weigh",
    "reason",
    "acknowledge",
    "stress",
    "go:went:goes:going:gone",
    "put",
    "think:thought:thinks:thinking",
    "believe",
    "feel:felt:feels:feeling",
    // manners of speaking whose past form is unambiguous; the bare forms are nouns too often ("a
    // roar", "the bark")
    "fume",
    "grumble",
    "scold",
    "gripe",
    "marvel",
    "rave",
    "chuckle",
    "snarl",
    "growl",
    "gasp",
    "blurt",
    "bellow",
    "groan",
    "barked:barked",
    "beamed:beamed",
    "riffed:riffed",
    "scoffed:scoffed",
  };

  private static final Set<String> VERBS = build();

  /**
   * Verbs whose object, not whose subject, follows them and frames a quote: "called the troops
   * “…”".
   */
  private static final Set<String> FRAMING =
      Lexicon.set(
          "call",
          "called",
          "calls",
          "calling",
          "hail",
          "hailed",
          "hails",
          "hailing",
          "describe",
          "described",
          "describes",
          "describing",
          "dub",
          "dubbed",
          "term",
          "termed",
          "label",
          "labeled",
          "labelled",
          "brand",
          "branded",
          "characterize",
          "characterized",
          "characterise",
          "characterised",
          "praise",
          "praised",
          "criticize",
          "criticized",
          "slam",
          "slammed",
          "blast",
          "blasted",
          "accuse",
          "accused");

  /**
   * Verbs that take the addressee as object ("told AFP"), so the word after them is never the
   * speaker.
   */
  private static final Set<String> ADDRESSEE =
      Lexicon.set(
          "tell", "told", "tells", "telling", "urge", "urged", "assure", "assured", "warn",
          "warned", "advise", "advised", "ask", "asked", "accuse", "accused");

  /** Verbs that may stand before their subject in news style: "said the minister". */
  private static final Set<String> INVERTABLE =
      Lexicon.set(
          "said",
          "says",
          "added",
          "adds",
          "asked",
          "asks",
          "explained",
          "continued",
          "wrote",
          "writes",
          "noted",
          "recalled",
          "warned",
          "replied",
          "responded",
          "answered",
          "insisted",
          "argued",
          "declared",
          "stated",
          "tweeted",
          "remarked",
          "quipped",
          "countered",
          "concluded",
          "observed",
          "admitted",
          "conceded",
          "joked",
          "told",
          "announced",
          "stressed",
          "emphasized",
          "emphasised",
          "acknowledged",
          "confirmed",
          "cautioned");

  /** Verbs too vague to report speech on their own; they count only right next to a quote. */
  private static final Set<String> WEAK =
      Lexicon.set(
          "go",
          "went",
          "goes",
          "going",
          "gone",
          "put",
          "think",
          "thought",
          "thinks",
          "thinking",
          "believe",
          "believed",
          "believes",
          "feel",
          "felt",
          "feels",
          "point",
          "pointed",
          "points",
          "post",
          "posted",
          "begin",
          "began",
          "begins",
          "begun",
          "beginning",
          "smile",
          "smiled",
          "laugh",
          "laughed",
          "shrug",
          "shrugged",
          "sigh",
          "sighed",
          "report",
          "reported",
          "reports",
          "question",
          "questioned",
          "charge",
          "charged",
          "counter",
          "maintain",
          "maintained",
          "state",
          "term",
          "brand",
          "call",
          "calls",
          "relate",
          "observe",
          "continue",
          "continues",
          "continued",
          "continuing",
          "read",
          "reads",
          "reading",
          "weigh",
          "weighed",
          "reason",
          "reasoned",
          "start",
          "started",
          "starts",
          "starting",
          "cite",
          "cited",
          "quote",
          "quoted",
          "react",
          "reacted",
          "sing",
          "sang",
          "mock",
          "mocked");

  private static Set<String> build() {
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (String s : STEMS) {
      String[] forms = s.split(":");
      all.add(forms[0]);
      if (forms.length > 1) {
        for (String f : forms) all.add(f);
        continue;
      }
      String base = forms[0];
      String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
      all.add(stem + "ed");
      all.add(
          base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch")
              ? base + "es"
              : base + "s");
      all.add(stem + "ing");
    }
    return Set.copyOf(all);
  }

  static boolean isVerb(String w) {
    return VERBS.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean isStrongVerb(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return VERBS.contains(l) && !WEAK.contains(l);
  }

  static boolean isFraming(String w) {
    return FRAMING.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean takesAddressee(String w) {
    return ADDRESSEE.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean invertable(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    // "…,” mused the host / remembered Roy Verley": any reporting verb in the past tense may lead
    // its subject
    // ("“…” reacted Trump", "“…” reported the Times"); "“…” reads a Wednesday editorial" for
    // written words
    return INVERTABLE.contains(l)
        || (l.endsWith("ed") && VERBS.contains(l))
        || l.equals("read")
        || l.equals("reads");
  }

  /**
   * "adding that …", "saying …": a participle that hands the quote to the subject of the clause
   * before it.
   */
  static boolean isParticiple(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.endsWith("ing") && VERBS.contains(l);
  }
}

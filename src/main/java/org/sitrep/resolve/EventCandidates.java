package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Which tokens name an event, in the broad TimeML sense the TimeLine task uses: main verbs (not
 * auxiliaries, not "be") and event nouns (nominalisations and a short list of news events such as
 * launch, sale, lawsuit).
 */
final class EventCandidates {
  private static final Set<String> AUXILIARY = Set.of("have", "do", "get");
  // "according to" is a source marker, not an event (TimeML annotates none).
  private static final Set<String> NOT_EVENTS = Set.of("be", "let", "accord");
  private static final Set<String> EVENT_NOUNS =
      Set.of(
          "launch",
          "sale",
          "release",
          "deal",
          "suit",
          "lawsuit",
          "attack",
          "war",
          "meeting",
          "event",
          "conference",
          "keynote",
          "visit",
          "election",
          "death",
          "decision",
          "growth",
          "rise",
          "fall",
          "drop",
          "loss",
          "update",
          "upgrade",
          "debut",
          "purchase",
          "merger",
          "trial",
          "ruling",
          "dispute",
          "strike",
          "protest",
          "crash",
          "leave",
          "return",
          "departure",
          "breach",
          "offer",
          "bid",
          "cut",
          "increase",
          "change",
          "case",
          "appeal",
          "shipment",
          "demand",
          "sales",
          "show",
          "speech",
          "interview",
          "talk",
          "resignation",
          "illness",
          "surgery");
  private static final List<String> NOMINAL_SUFFIXES =
      List.of("tion", "sion", "ment", "ance", "ence", "ure");
  private static final Set<String> NOT_NOMINALS =
      Set.of(
          "government",
          "department",
          "information",
          "nation",
          "station",
          "equipment",
          "position",
          "version",
          "future",
          "nature",
          "feature",
          "picture",
          "structure",
          "culture",
          "audience",
          "experience",
          "evidence",
          "science",
          "distance",
          "moment",
          "section",
          "option",
          "question",
          "region",
          "population",
          "organization",
          "foundation",
          "edition",
          "fashion",
          "mission",
          "vision",
          "television",
          "percent",
          "document",
          "difference",
          "application",
          "generation",
          "location",
          "season",
          "tension",
          "temperature",
          "performance",
          "sentence",
          "instance",
          "element");

  private EventCandidates() {}

  /** True when the token at {@code i} of {@code sentence} names an event. */
  static boolean isEvent(List<Token> sentence, int i) {
    Token t = sentence.get(i);
    String pos = t.pos(),
        lemma =
            t.lemma() == null
                ? t.word().toLowerCase(Locale.ROOT)
                : t.lemma().toLowerCase(Locale.ROOT);
    if (pos == null || !lemma.matches("[a-z][a-z-]+")) return false;
    if (pos.startsWith("VB"))
      return !NOT_EVENTS.contains(lemma)
          && !(AUXILIARY.contains(lemma) && verbFollows(sentence, i));
    if (!pos.equals("NN") && !pos.equals("NNS")) return false;
    if (EVENT_NOUNS.contains(lemma)) return true;
    if (NOT_NOMINALS.contains(lemma) || lemma.length() < 6) return false;
    for (String s : NOMINAL_SUFFIXES) if (lemma.endsWith(s)) return true;
    return false;
  }

  /**
   * True for verbs in the past or present tense, whose event the article reports as having happened
   * or holding.
   */
  static boolean reportedTense(Token t) {
    return t.pos() != null
        && (t.pos().equals("VBD")
            || t.pos().equals("VBN")
            || t.pos().equals("VBZ")
            || t.pos().equals("VBP")
            || t.pos().equals("VBG"));
  }

  // "has sued", "did not say": the auxiliary is no event of its own; "had a deal" is.
  private static boolean verbFollows(List<Token> sentence, int i) {
    for (int k = i + 1; k < Math.min(sentence.size(), i + 4); k++) {
      String p = sentence.get(k).pos();
      if (p != null && p.startsWith("VB")) return true;
      if (p != null && !(p.equals("RB") || p.startsWith("PRP") || p.equals("DT"))) return false;
    }
    return false;
  }
}

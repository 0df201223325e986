package org.sitrep.annotate.quote;

import java.util.Set;

/**
 * What a word is, for the attribution rules: part of a noun phrase, a name, a verb, an adverb to
 * skip, the end of a sentence. Reads the POS tag when the language layer gave one, else the word's
 * shape and short word lists.
 */
final class WordClasses {
  static final Set<String> SKIPPABLE =
      Lexicon.set(
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "also",
          "later",
          "then",
          "previously",
          "recently",
          "again",
          "once",
          "further",
          "still",
          "earlier",
          "already",
          "not",
          "never",
          "just",
          "only",
          "often",
          "first",
          "last",
          "has",
          "did",
          "does",
          "do",
          "was",
          "is",
          "were",
          "are",
          "be",
          "been",
          "to",
          "shall",
          "should",
          "must",
          "finally",
          "yesterday",
          "today",
          "tonight",
          "simply",
          "once",
          "even");
  static final Set<String> DAYS =
      Lexicon.set(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "week",
          "month",
          "year",
          "night",
          "morning",
          "afternoon",
          "evening",
          "weekend");
  static final Set<String> DETERMINERS =
      Lexicon.set(
          "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "two", "three",
          "several", "some", "many", "other", "both");

  private final String body;
  private final Words words;
  private final boolean[] quoted;

  WordClasses(String body, Words words, boolean[] quoted) {
    this.body = body;
    this.words = words;
    this.quoted = quoted;
  }

  // "the retired neurosurgeon", "one P&G Amiens employee": lowercase adjectives inside a
  // description
  boolean looseModifier(int k) {
    Word w = words.get(k);
    String l = w.lower();
    return w.isWord()
        && !w.capitalised()
        && !Names.isFunctionWord(l)
        && !l.endsWith("ed")
        && !SpeechCues.isVerb(l)
        && !quoted[k];
  }

  // after an inverted cue an -ed word is an adjective: "said retired neurosurgeon Ben Carson"
  boolean modifier(int k) {
    Word w = words.get(k);
    return looseModifier(k)
        || (w.isWord()
            && !w.capitalised()
            && w.lower().endsWith("ed")
            && !SpeechCues.isVerb(w.text()));
  }

  boolean startsNounPhrase(int a) {
    Word w = words.get(a);
    if (Roles.isPronoun(w.text()) || DETERMINERS.contains(w.lower())) return true;
    if (!w.isWord() || Names.isFunctionWord(w.text())) return false;
    return w.capitalised()
        || Roles.isRoleWord(w.text())
        || Roles.isSpeakerNoun(w.text())
        || describesName(a);
  }

  // "political scientist Christopher Wlezien", "state Sen. Jason Holsman": news style runs a
  // lowercase description
  // straight into the name it describes
  private boolean describesName(int a) {
    for (int k = a; k < words.size() && k - a < 4; k++) {
      if (nameLike(k)) return k > a;
      if (!looseModifier(k)) return false;
    }
    return false;
  }

  boolean isMark(int k) {
    String t = words.get(k).text();
    return QuoteMarks.isDouble(t.charAt(0));
  }

  boolean verbLike(int k) {
    Word w = words.get(k);
    if (w.pos() != null)
      return w.pos().startsWith("VB") || w.pos().equals("MD") || w.pos().equals("RB");
    String l = w.lower();
    return w.isWord()
        && !w.capitalised()
        && !DETERMINERS.contains(l)
        && !Set.of("of", "in", "on", "at", "for", "and", "or", "to", "from", "with", "by", "as")
            .contains(l);
  }

  boolean nameLike(int k) {
    Word w = words.get(k);
    return w.isWord()
        && w.capitalised()
        && !Roles.isPronoun(w.text())
        && !DETERMINERS.contains(w.lower())
        && !Names.isFunctionWord(w.text());
  }

  boolean nounPhraseWord(int k) {
    Word w = words.get(k);
    if (quoted[k]) return false;
    String l = w.lower();
    if (w.pos() != null) {
      String p = w.pos();
      if (p.startsWith("NN")
          || p.equals("PRP")
          || p.equals("DT")
          || p.equals("POS")
          || p.equals("PRP$")
          || p.equals("CD")
          || p.equals("JJ")
          || p.equals("NNP")
          || p.equals("FW")) return true;
      if (p.equals("IN")) return l.equals("of") || l.equals("for");
      return false;
    }
    if (isPossessive(k) || l.equals("of") || l.equals("for") || DETERMINERS.contains(l))
      return true;
    if (Roles.isPronoun(w.text())) return true;
    if (Names.isFunctionWord(w.text())) return false;
    if (!w.isWord()) return l.equals(".") && k > 0 && words.get(k - 1).text().length() == 1;
    if (SpeechCues.isVerb(w.text()) && !w.capitalised()) return false;
    // "the person", "another friend", "the report": a plain word right after a determiner is its
    // noun
    if (k > 0 && DETERMINERS.contains(words.get(k - 1).lower()) && !quoted[k - 1]) return true;
    return w.capitalised()
        || Roles.isRoleWord(l)
        || Roles.isSpeakerNoun(l)
        || l.endsWith("ist")
        || l.endsWith("er")
        || l.endsWith("or")
        || l.endsWith("ian")
        || l.endsWith("ant")
        || l.endsWith("ent")
        || l.startsWith("long");
  }

  boolean isPossessive(int k) {
    String t = words.get(k).text();
    return t.equals("’s") || t.equals("'s") || t.equals("’") || t.equals("'");
  }

  boolean skippable(int k) {
    Word w = words.get(k);
    if (w.pos() != null)
      return w.pos().equals("RB")
          || w.pos().equals("MD")
          || (SKIPPABLE.contains(w.lower()) && !w.pos().startsWith("VBN"));
    String l = w.lower();
    return SKIPPABLE.contains(l) || (l.endsWith("ly") && l.length() > 4 && !w.capitalised());
  }

  // "on Monday", "last week" read backwards: k is the day, k-1 the preposition
  boolean timePhraseEnd(int k) {
    return k >= 1
        && DAYS.contains(words.get(k).lower())
        && (words.get(k - 1).is("on")
            || words.get(k - 1).is("last")
            || words.get(k - 1).is("this"));
  }

  boolean timePhraseStart(int k) {
    return k + 1 < words.size()
        && DAYS.contains(words.get(k + 1).lower())
        && (words.get(k).is("on") || words.get(k).is("last") || words.get(k).is("this"));
  }

  // "a call", "the statement": a cue word after a determiner is a noun, not a verb
  boolean isNoun(int v) {
    Word w = words.get(v);
    if (w.pos() != null) return w.pos().startsWith("NN");
    // quantity words head their own noun phrase: "the two write", "some said"
    return v > 0
        && DETERMINERS.contains(words.get(v - 1).lower())
        && !QUANTITIES.contains(words.get(v - 1).lower());
  }

  private static final Set<String> QUANTITIES =
      Lexicon.set("one", "another", "two", "three", "several", "some", "many", "other", "both");

  // "is labeling" has its subject before it; ", adding" or "a message reading" hand the quote to
  // the clause's subject
  boolean progressive(int k) {
    String l = words.get(k).lower();
    return Set.of("is", "are", "was", "were", "be", "been", "am", "’s", "'s", "’re", "'re")
            .contains(l)
        || (skippable(k)
            && k > 0
            && Set.of("is", "are", "was", "were", "been").contains(words.get(k - 1).lower()));
  }

  boolean fullStop(int k) {
    String t = words.get(k).text();
    return (!quoted[k] && (t.equals(".") || t.equals("!") || t.equals("?")))
        || words.breakBefore(k + 1);
  }

  boolean endsSentence(int k) {
    String t = words.get(k).text();
    if (quoted[k]) return false;
    if (t.equals("!") || t.equals("?") || t.equals(";")) return true;
    if (!t.equals("."))
      return QuoteMarks.isDouble(t.charAt(0))
          && !QuoteMarks.isDoubleOpen(body, words.get(k).start());
    return true;
  }

  static boolean isDash(String t) {
    return t.equals(",") || isByline(t);
  }

  /** The dashes that sign a quote with its author's name ("― Sonya Herridge"). */
  static boolean isByline(String t) {
    return t.equals("—") || t.equals("–") || t.equals("-") || t.equals("―");
  }
}

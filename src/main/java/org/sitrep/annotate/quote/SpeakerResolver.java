package org.sitrep.annotate.quote;

import java.util.List;

/**
 * Turns a speaker mention into the full name of a person or organisation. A name resolves to its
 * longest form in the document; a description ("the minister") to the last name written with that
 * title; a pronoun to the subject of the sentence before when that is newer than the last quote's
 * speaker, else to the last quote's speaker.
 */
final class SpeakerResolver {
  /** The speaker of the last attributed quote and where that quote ended. */
  record Last(String speaker, int end) {}

  private final String body;
  private final Words words;
  private final Names names;
  private final boolean[] quoted;

  SpeakerResolver(String body, Words words, Names names, boolean[] quoted) {
    this.body = body;
    this.words = words;
    this.names = names;
    this.quoted = quoted;
  }

  String resolve(Attribution a, Last last) {
    if (a == null || !a.hasMention()) return null;
    return switch (a.mentionKind()) {
      case NAME -> byName(a.mentionStart(), a.mentionEnd());
      case PRONOUN -> byPronoun(a.mentionStart(), last);
      case DESCRIPTION -> byRole(a.mentionStart(), a.mentionEnd());
      case NONE -> null;
    };
  }

  private String byName(int start, int end) {
    Name n = names.at(start, end);
    // "Sen. Maria Cole of Washington": a name found longer than the mention speaks for the mention
    // only
    if (n == null || n.end() > end) {
      n = new Name(start, end, body.substring(start, end), n == null ? null : n.type(), null, null);
    }
    return names.canonical(n);
  }

  private String byPronoun(int at, Last last) {
    String text = body.substring(at, words.get(words.indexAtOrAfter(at)).end());
    if (!Roles.isThirdPerson(text) && !text.equalsIgnoreCase("it")) return null;
    int sentence = sentenceStart(at);
    Name subject = subjectOf(sentenceStart(Math.max(0, sentence - 1)), sentence);
    if (subject == null) subject = subjectOf(sentence, at);
    if (subject != null && (last == null || subject.start() > last.end()))
      return names.canonical(subject);
    if (last != null) return last.speaker();
    Name recent = lastPersonBefore(at);
    return recent == null ? null : names.canonical(recent);
  }

  /**
   * The first name in [from, to) that can speak and is not inside a quote or a possessor
   * ("Lithuania’s").
   */
  private Name subjectOf(int from, int to) {
    for (Name n : names.all()) {
      if (n.start() < from) continue;
      if (n.start() >= to) break;
      if (!n.maybeSpeaker() || isQuoted(n.start()) || possessor(n)) continue;
      if (personLike(n)) return n;
    }
    return null;
  }

  private Name lastPersonBefore(int at) {
    Name best = null;
    for (Name n : names.all()) {
      if (n.start() >= at) break;
      if (n.maybeSpeaker() && !isQuoted(n.start()) && !possessor(n) && personLike(n)) best = n;
    }
    return best;
  }

  // Without entity types, a person is a name with a title or a name of two words or more ("Boris
  // Pistorius").
  private boolean personLike(Name n) {
    if (n.type() != null) return n.type().equals("PERSON");
    return n.role() != null || names.canonical(n).contains(" ");
  }

  private String byRole(int start, int end) {
    List<String> wanted = new java.util.ArrayList<>();
    String head = null;
    for (String part : body.substring(start, end).split("\\s+")) {
      String w = part.toLowerCase(java.util.Locale.ROOT);
      if (Roles.isSpeakerNoun(w) || Roles.isRoleWord(w)) {
        wanted.add(w);
        head = w;
      }
    }
    if (head == null) return null;
    // "the defense minister" prefers a "Defense Minister" over a "Prime Minister"; "the minister"
    // takes the last one
    Name full = null, headOnly = null;
    for (Name n : names.all()) {
      if (n.start() >= start) break;
      if (n.role() == null || isQuoted(n.start())) continue;
      List<String> role = List.of(n.role().split(" "));
      if (!role.contains(head)) continue;
      headOnly = n;
      if (role.containsAll(wanted)) full = n;
    }
    Name best = full != null ? full : headOnly;
    return best == null ? null : names.canonical(best);
  }

  private boolean possessor(Name n) {
    int k = words.indexAtOrAfter(n.end());
    if (k >= words.size()) return false;
    String t = words.get(k).text();
    return t.equals("’s") || t.equals("'s");
  }

  private boolean isQuoted(int offset) {
    int k = words.indexAtOrAfter(offset);
    return k < quoted.length && quoted[k];
  }

  /**
   * Where the sentence holding {@code offset} starts: after the last full stop outside quotes, or a
   * line break.
   */
  int sentenceStart(int offset) {
    int k = words.indexBefore(offset);
    while (k >= 0) {
      Word w = words.get(k);
      if (!quoted[k] && (w.is(".") || w.is("!") || w.is("?"))) return w.end();
      if (words.breakBefore(k)) {
        return w.start();
      }
      k--;
    }
    return 0;
  }
}

package org.sitrep.annotate.quote;

import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.quote.Attribution.MentionKind;

/**
 * Finds the cue and the speaker mention of one quote from the words around it: first after the
 * closing mark ("…,” Lambrecht said / said the minister / he told AFP), then before the opening
 * mark in the same sentence ("Rupsys told AFP this was done “…”", "X called the troops “…”",
 * "according to X", "X said:"). The subject of a cue is the noun phrase right before it, past
 * adverbs, auxiliaries, time phrases and a ", who …," clause.
 */
final class Attributor {
  private static final int WINDOW = 45;

  private final String body;
  private final Words words;
  private final boolean[] quoted;
  private final WordClasses wc;

  Attributor(String body, Words words, boolean[] quoted) {
    this.wc = new WordClasses(body, words, quoted);
    this.body = body;
    this.words = words;
    this.quoted = quoted;
  }

  /** The attribution after the quote's closing mark, or null. */
  Attribution after(Candidate c) {
    int a = words.indexAtOrAfter(c.after());
    int para = paragraphEnd(c.after());
    Attribution byline = byline(a);
    if (byline != null) return byline;
    while (a < words.size() && WordClasses.isDash(words.get(a).text())) a++;
    if (a >= words.size() || words.get(a).start() >= para || wc.isMark(a)) return null;
    Word w = words.get(a);
    if (w.is("according") && a + 1 < words.size() && words.get(a + 1).is("to")) {
      return forward(cue(a, a + 2), a + 2);
    }
    // "“…?” asked Sen. Cantwell": after the quote only "told" takes its addressee first
    if (SpeechCues.invertable(w.text()) && !w.lower().startsWith("tel") && !w.is("told")) {
      Attribution inverted = forward(cue(a, a + 1), a + 1);
      if (inverted.hasMention()) return inverted;
    }
    if (!wc.startsNounPhrase(a)) return null;
    // "… a goal of “…” He told the crowd": a capitalised pronoun after the mark can only open a new
    // sentence
    if (Roles.isPronoun(w.text()) && w.capitalised() && !w.is("I") && !endsWithComma(c))
      return null;
    // "…,” Lambrecht said / he told AFP / the retired neurosurgeon told REVOLT TV / an official,
    // who …, said"
    int v = a;
    while (v < words.size() && v - a < 9 && words.get(v).start() < para && !wc.isMark(v)) {
      Word x = words.get(v);
      if (v > a
          && (SpeechCues.isVerb(x.text()) || firesBack(v))
          && !x.capitalised()
          && !wc.isNoun(v)) break;
      if (x.is(",")) {
        int after = skipParenthetical(v, para);
        if (after < 0) return null;
        v = after;
        break;
      }
      if (!x.isWord()
          && !wc.isPossessive(v)
          && !x.is("&")
          && !x.is(".")
          && !x.is("(")
          && !x.is(")")) return null;
      boolean inner =
          v > a
              && x.isWord()
              && Set.of("in", "at", "from", "with").contains(x.lower())
              && v + 1 < words.size()
              && wc.nounPhraseWord(v + 1);
      if (x.isWord() && !wc.nounPhraseWord(v) && !wc.looseModifier(v) && !wc.skippable(v) && !inner)
        return null;
      if (v > a && Roles.isPronoun(words.get(a).text()) && !wc.skippable(v)) return null;
      v++;
    }
    int np = v;
    while (np > a && wc.skippable(np - 1)) np--;
    while (v < words.size() && wc.skippable(v)) v++;
    if (v >= words.size() || (!SpeechCues.isVerb(words.get(v).text()) && !firesBack(v)) || np == a)
      return null;
    if (newSentenceBetween(c, a, v)) return null;
    int end = np;
    for (int k = a; k < np; k++)
      if (words.get(k).is(",") || words.get(k).is("(")) {
        end = k;
        break;
      }
    return withHead(cue(v, v + 1), a, end);
  }

  /**
   * "“…” ― Sonya Herridge", "“…”\n- Sanders.": a dash and a bare name that ends its line sign the
   * quote, as under an epigraph or in a list of readers' voices. The dash may open the next
   * paragraph.
   */
  private Attribution byline(int d) {
    if (d >= words.size() || !WordClasses.isByline(words.get(d).text())) return null;
    int para = paragraphEnd(words.get(d).end());
    int s = d + 1, e = s;
    while (e < words.size()
        && e - s < 6
        && words.get(e).start() < para
        && !wc.isMark(e)
        && (wc.nameLike(e) || (words.get(e).is(".") && e > s))) e++;
    int last = e;
    while (last > s && words.get(last - 1).is(".")) last--;
    if (last == s) return null;
    boolean ends =
        e >= words.size() || words.get(e).start() >= para || wc.isMark(e) || words.get(e).is(",");
    if (!ends) return null;
    Word dash = words.get(d);
    Attribution cue =
        new Attribution(dash.start(), dash.end(), dash.text(), -1, -1, MentionKind.NONE, false);
    return cue.withMention(words.get(s).start(), words.get(last - 1).end(), MentionKind.NAME);
  }

  private boolean endsWithComma(Candidate c) {
    String q = body.substring(c.start(), c.end()).strip();
    return !q.isEmpty() && q.charAt(q.length() - 1) == ',';
  }

  // "Rubio fired back", "“…” Trump shot back": verbs of attack that report a retort only with
  // "back"
  private boolean firesBack(int v) {
    return v + 1 < words.size()
        && words.get(v + 1).is("back")
        && !quoted[v]
        && FIRE.contains(words.get(v).lower());
  }

  private static final Set<String> FIRE =
      Set.of(
          "fired",
          "fires",
          "firing",
          "shot",
          "shoots",
          "shooting",
          "hit",
          "hits",
          "hitting",
          "snapped",
          "pushed");

  /**
   * ", who was not authorised to speak, said", ", 30, of Raleigh, N.C., who was polled, said": the
   * index of the word after the comma that hands over to the speech verb (the first comma when none
   * does), or -1.
   */
  private int skipParenthetical(int comma, int para) {
    int first = -1;
    for (int m = comma + 1;
        m < words.size() && m - comma < 40 && words.get(m).start() < para;
        m++) {
      Word w = words.get(m);
      if (w.is(".") || w.is(";") || wc.isMark(m)) break;
      if (!w.is(",")) continue;
      if (first < 0) first = m + 1;
      int v = m + 1;
      while (v < words.size() && wc.skippable(v)) v++;
      if (v < words.size() && SpeechCues.isVerb(words.get(v).text()) && !words.get(v).capitalised())
        return m + 1;
    }
    return first;
  }

  // “That ends it.” He added that …: a capitalised word after a closed sentence starts a new one
  // unless the cue
  // itself closes the attribution ("Pistorius said.", "he told AFP")
  private boolean newSentenceBetween(Candidate c, int a, int v) {
    String q = body.substring(c.start(), c.end()).strip();
    if (q.isEmpty() || ".?!".indexOf(q.charAt(q.length() - 1)) < 0) return false;
    if (!words.get(a).capitalised()) return false;
    if (v + 1 >= words.size()) return false;
    Word next = words.get(v + 1);
    if (next.is(".") || next.is(",") || SpeechCues.takesAddressee(words.get(v).text()))
      return false;
    String n = next.lower().replace('’', '\'');
    return next.is("that")
        || Roles.isPronoun(next.text())
        || WordClasses.DETERMINERS.contains(next.lower())
        || next.is(":")
        || n.matches("(he|she|they|it|we|i)'.*");
  }

  /** The attribution before the quote's opening mark within its sentence, or null. */
  Attribution before(Candidate c, int lowerBound) {
    int hi = words.indexBefore(c.open() + 1) - 1; // the opening mark is a word of its own
    int lo = hi;
    while (lo >= 0
        && hi - lo < WINDOW
        && words.get(lo).start() >= lowerBound
        && !wc.endsSentence(lo)) lo--;
    lo++;
    for (int v = hi; v >= lo; v--) {
      Word w = words.get(v);
      if (w.is("according") && v + 1 <= hi && words.get(v + 1).is("to"))
        return forward(cue(v, v + 2), v + 2);
      boolean back = firesBack(v);
      if ((!SpeechCues.isVerb(w.text()) && !back)
          || quoted[v]
          || wc.isNoun(v)
          || (w.capitalised() && v > lo)) continue;
      // "Caddell continued:" — a weak cue counts only when a colon or comma hands it the quote
      boolean adjacent =
          hi == v || (hi - v == 1 && (words.get(hi).is(":") || words.get(hi).is(",")));
      if (!SpeechCues.isStrongVerb(w.text()) && !back && !adjacent) continue;
      Attribution here = cue(v, v + 1);
      if (SpeechCues.isParticiple(w.text()) && v > lo && !wc.progressive(v - 1)) {
        // "Lambrecht said, adding that …": the participle hands the quote to the earlier clause's
        // speaker
        Attribution earlier = beforeVerb(lo, v - 1);
        if (earlier != null)
          return here.withMention(
              earlier.mentionStart(), earlier.mentionEnd(), earlier.mentionKind());
        return sentenceSubject(here, v, lowerBound);
      }
      Attribution a = subject(here, v, lo);
      if (a.hasMention()) return outerSpeaker(a, lo);
      return sentenceSubject(a, v, lowerBound);
    }
    int colonAt = headlineColon(lo, hi);
    if (colonAt > lo) {
      // a headline "Carson: Clinton ‘Is Not Qualified’": the name before the colon is the speaker
      Attribution colon =
          new Attribution(
              words.get(colonAt).start(),
              words.get(colonAt).end(),
              ":",
              -1,
              -1,
              MentionKind.NONE,
              false);
      return withHead(colon, lo, colonAt);
    }
    if (hi >= lo && hi >= 0 && words.get(hi).is(":")) {
      // "From the report: “…”", "Carl Bialik: “…”": the colon is the cue and the phrase before it
      // the speaker
      Attribution colon =
          new Attribution(
              words.get(hi).start(), words.get(hi).end(), ":", -1, -1, MentionKind.NONE, false);
      int k = hi - 1, end = hi;
      while (k >= lo && end - k <= 8 && wc.nounPhraseWord(k)) k--;
      Attribution np = withHead(colon, k + 1, end);
      if (np.mentionKind() == MentionKind.NAME || np.mentionKind() == MentionKind.PRONOUN)
        return np;
      // "She then addressed the supporters again:": the sentence's subject, not the object before
      // the colon
      Attribution subject = sentenceSubject(colon, hi, lowerBound);
      return subject.hasMention() ? subject : np;
    }
    return null;
  }

  /**
   * "Benjamin said he believes “…”", "Obama said he expected that Americans will say “…”": when the
   * cue's subject stands in a clause reported by another speech verb, the quote is the words of
   * that verb's subject, as attribution annotators mark it; the inner subject is most often a
   * pronoun for the same person.
   */
  private Attribution outerSpeaker(Attribution inner, int lo) {
    int k = words.indexAtOrAfter(inner.mentionStart()) - 1;
    while (k >= lo && wc.nounPhraseWord(k) && !Roles.isPronoun(words.get(k).text())) k--;
    if (k >= lo && words.get(k).is("that")) {
      k--;
      // "Djokovic told a TV interviewer that he …", "Weiner admitted to the newspaper that he …":
      // the outer verb's
      // addressee stands between it and "that"
      int m = k;
      while (m >= lo && k - m < 6 && wc.nounPhraseWord(m) && !Roles.isPronoun(words.get(m).text()))
        m--;
      if (m < k && m >= lo) {
        boolean to = words.get(m).is("to");
        if (to) m--;
        if (m >= lo && (to || SpeechCues.takesAddressee(words.get(m).text()))) k = m;
      }
    }
    while (k >= lo && wc.skippable(k)) k--;
    if (k < lo) return inner;
    Word w = words.get(k);
    if (quoted[k]
        || !SpeechCues.isStrongVerb(w.text())
        || SpeechCues.isFraming(w.text())
        || wc.isNoun(k)
        || w.capitalised()
        || SpeechCues.isParticiple(w.text())) return inner;
    Attribution outer = subject(cue(k, k + 1), k, lo);
    return outer.hasMention()
        ? inner.withMention(outer.mentionStart(), outer.mentionEnd(), outer.mentionKind())
        : inner;
  }

  private int headlineColon(int lo, int hi) {
    for (int k = lo; k <= hi && k - lo < 5; k++) {
      if (words.get(k).is(":")) return k < hi ? k : -1;
      if (!wc.nameLike(k) && !words.get(k).is(".")) return -1;
    }
    return -1;
  }

  /**
   * For a quote with no cue of its own: the last speech verb in the sentences just before it (this
   * paragraph or the one before), as in "Schoen said voters may reconsider.\n\n“…”". Null when
   * there is none in reach.
   */
  Attribution previousSpeech(Candidate c) {
    int hi = words.indexBefore(c.open() + 1) - 1;
    int breaks = 0;
    for (int v = hi; v >= 0 && hi - v < 60; v--) {
      Word w = words.get(v);
      if (v < hi && words.breakBefore(v + 1) && ++breaks > 1) {
        return null;
      }
      if (quoted[v] || !SpeechCues.isStrongVerb(w.text()) || wc.isNoun(v) || w.capitalised())
        continue;
      int lo = v;
      while (lo > 0 && v - lo < WINDOW && !wc.endsSentence(lo - 1)) lo--;
      Attribution a = subject(cue(v, v + 1), v, lo);
      if (!a.hasMention()) a = sentenceSubject(a, v, words.get(lo).start());
      return a.hasMention() ? a : null;
    }
    return null;
  }

  /**
   * For a quote with no cue that sits inside a sentence ("Cruz blamed the law on “…”", "He called
   * it a “…,” made by some “…”"): the subject heading that sentence, whose words the quote most
   * likely carries. Null when the quote opens its sentence or the sentence has no subject in reach.
   */
  Attribution narrativeSubject(Candidate c, int lowerBound) {
    int hi = words.indexBefore(c.open() + 1) - 1;
    if (hi < 0 || words.get(hi).start() < lowerBound || wc.fullStop(hi) || wc.endsSentence(hi))
      return null;
    Attribution none = new Attribution(c.open(), c.open(), null, -1, -1, MentionKind.NONE, true);
    Attribution s = sentenceSubject(none, hi + 1, lowerBound);
    return s.hasMention() ? s : null;
  }

  private Attribution beforeVerb(int lo, int hi) {
    for (int v = hi; v >= lo; v--) {
      Word w = words.get(v);
      if (SpeechCues.isStrongVerb(w.text()) && !quoted[v] && !wc.isNoun(v) && !w.capitalised()) {
        Attribution a = subject(cue(v, v + 1), v, lo);
        if (a.hasMention()) return a;
      }
    }
    return null;
  }

  /**
   * The subject at the head of the sentence holding the cue at {@code v}, for cues whose own
   * subject is out of reach ("Clinton rallied supporters, saying “…”", "X did Y and said that Z is
   * “…”").
   */
  private Attribution sentenceSubject(Attribution cue, int v, int lowerBound) {
    int s0 = v;
    while (s0 > 0 && v - s0 < 60 && words.get(s0 - 1).start() >= lowerBound && !wc.fullStop(s0 - 1))
      s0--;
    Word opening = words.get(s0);
    boolean participle = opening.lower().endsWith("ing") || opening.lower().endsWith("ed");
    if (s0 < v
        && (participle
            || (Names.isFunctionWord(opening.text())
                && !Roles.isPronoun(opening.text())
                && !WordClasses.DETERMINERS.contains(opening.lower())))) {
      // "In an interview on Fox, Cruz said", "Speaking at a rally, Trump said": an opening
      // adverbial ends at its comma
      for (int k = s0; k < v; k++) {
        if (words.get(k).is(",")) {
          s0 = k + 1;
          break;
        }
      }
    }
    Attribution first = null;
    for (int k = s0; k < v; k++) {
      Word w = words.get(k);
      if (quoted[k] || !w.isWord()) continue;
      int e = k + 1;
      if (!Roles.isPronoun(w.text())) {
        if (!WordClasses.DETERMINERS.contains(w.lower()) && !wc.nameLike(k)) continue;
        while (e < v && e - k < 8 && wc.nounPhraseWord(e) && !words.get(e).is(",")) e++;
      }
      Attribution here =
          Roles.isPronoun(w.text())
              ? cue.withMention(w.start(), w.end(), MentionKind.PRONOUN)
              : withHead(cue, k, e);
      // the subject is the noun phrase a verb follows ("Trump went after Bush, calling him …")
      if (e < v && wc.verbLike(e) && here.hasMention()) return here;
      if (first == null && here.hasMention()) first = here;
      k = e - 1;
    }
    return first != null ? first : cue;
  }

  /** The subject noun phrase ending right before the cue at {@code v}. */
  private Attribution subject(Attribution cue, int v, int lo) {
    int k = v - 1;
    while (k >= lo && (wc.skippable(k) || wc.timePhraseEnd(k))) k -= wc.timePhraseEnd(k) ? 2 : 1;
    // "Reid caucused in Nevada and says …": the noun before "and" is an object, the subject heads
    // the sentence
    if (k >= lo && (words.get(k).is("and") || words.get(k).is("but"))) return cue;
    if (k >= lo && words.get(k).is(",")) return commaSubject(cue, k, lo);
    k = skipParentheses(k, lo);
    int end = k + 1;
    while (k >= lo && end - k <= 10 && wc.nounPhraseWord(k)) k--;
    return withHead(cue, k + 1, end);
  }

  /**
   * The subject when commas stand between it and the cue: "Clinton, during a meeting in Columbus,
   * Ohio, said", "Fred Kagan, director of the project, said", "Rep. Zoe Lofgren (D-Calif.), who
   * introduced the bill, said". Walking back over the comma-separated pieces, the earliest piece
   * that is a bare name wins; else the nearest piece that is a bare noun phrase.
   */
  private Attribution commaSubject(Attribution cue, int comma, int lo) {
    Attribution nearest = null, named = null;
    int end = comma;
    for (int piece = 0; piece < 4 && end > lo; piece++) {
      int m = end - 1;
      while (m >= lo
          && end - m < 25
          && !words.get(m).is(",")
          && !wc.isMark(m)
          && !words.get(m).is(";")
          && !words.get(m).is(":")
          && !wc.fullStop(m)) m--;
      int start = m + 1;
      if (start < end && bareNounPhrase(start, end)) {
        Attribution a = withHead(cue, start, end);
        if (a.hasMention() && nearest == null) nearest = a;
        if (a.mentionKind() == MentionKind.NAME || a.mentionKind() == MentionKind.PRONOUN)
          named = a;
      }
      if (m < lo || !words.get(m).is(",")) break;
      end = m;
    }
    return named != null ? named : nearest != null ? nearest : cue;
  }

  private boolean bareNounPhrase(int from, int to) {
    Word first = words.get(from);
    if (Names.isFunctionWord(first.text())
        && !WordClasses.DETERMINERS.contains(first.lower())
        && !Roles.isPronoun(first.text())) {
      return false;
    }
    int depth = 0;
    for (int k = from; k < to; k++) {
      Word w = words.get(k);
      if (w.is("(")) depth++;
      else if (w.is(")")) depth--;
      else if (depth == 0 && !wc.nounPhraseWord(k) && !wc.looseModifier(k)) return false;
    }
    return true;
  }

  // "Kasich (R-OH) said": step over a parenthesis to the name before it
  private int skipParentheses(int k, int lo) {
    if (k >= lo && words.get(k).is(")")) {
      for (int m = k - 1; m >= lo && k - m < 12; m--) if (words.get(m).is("(")) return m - 1;
    }
    return k;
  }

  /** The speaker after an inverted cue or "according to": "said the minister", "according to X". */
  private Attribution forward(Attribution cue, int from) {
    int k = from;
    while (k < words.size()
        && k - from < 4
        && (wc.timePhraseStart(k) || (wc.skippable(k) && !words.get(k).is("to")))) {
      k += wc.timePhraseStart(k) ? 2 : 1;
    }
    int start = k;
    while (k < words.size()
        && k - start < 10
        && (wc.nounPhraseWord(k)
            || (wc.modifier(k)
                && k + 1 < words.size()
                && (wc.nounPhraseWord(k + 1) || wc.modifier(k + 1))))) k++;
    return withHead(cue, start, k);
  }

  /**
   * Picks the speaker mention inside the noun phrase [from, to): a pronoun, a name after its title,
   * or all.
   */
  private Attribution withHead(Attribution cue, int from, int to) {
    if (from >= to) return cue;
    for (int k = from; k < to; k++) {
      if (Roles.isPronoun(words.get(k).text()) && to - from == 1) {
        return cue.withMention(words.get(k).start(), words.get(k).end(), MentionKind.PRONOUN);
      }
    }
    // the first run of capitalised words that is not a possessor ("Lithuania’s") nor only a title,
    // less its title:
    // "Stephen Vladeck of the University of Texas", "Lithuania’s Chief of Defense Valdemaras
    // Rupsys"
    for (int s = from; s < to; ) {
      if (!wc.nameLike(s)) {
        s++;
        continue;
      }
      int e = s;
      while (e < to && wc.nameLike(e)) e++;
      int n = s;
      for (int k = s; k < e; k++)
        if (Roles.isRoleWord(words.get(k).text())
            || (k + 1 < e && Roles.isRoleWord(words.get(k + 1).text()))) n = k + 1;
      boolean possessor = e < to && wc.isPossessive(e);
      int later = laterName(e, to);
      if (n < e && !possessor && later < 0)
        return cue.withMention(words.get(n).start(), words.get(e - 1).end(), MentionKind.NAME);
      s = later >= 0 ? later : e;
    }
    int f = from;
    while (f < to && (wc.isPossessive(f) || words.get(f).is(","))) f++;
    if (f >= to) return cue;
    Word last = words.get(to - 1);
    if (wc.isPossessive(to - 1) || last.is("of") || last.is("for")) return cue;
    return cue.withMention(words.get(f).start(), last.end(), MentionKind.DESCRIPTION);
  }

  /**
   * "Clinton spokesman Brian Fallon", "In a Bloomberg interview Trump": a name joined to an earlier
   * one by lowercase nouns alone is the head, the earlier a modifier. Returns its index, or -1
   * ("of", "for", a comma keep the first).
   */
  private int laterName(int from, int to) {
    int k = from;
    while (k < to
        && k - from < 4
        && words.get(k).isWord()
        && !words.get(k).capitalised()
        && !quoted[k]
        && !Names.isFunctionWord(words.get(k).text())) k++;
    return k > from && k < to && wc.nameLike(k) ? k : -1;
  }

  private int paragraphEnd(int from) {
    int e = body.indexOf('\n', from);
    return e < 0 ? body.length() : e;
  }

  private Attribution cue(int from, int to) {
    Word a = words.get(from), b = words.get(to - 1);
    String text = body.substring(a.start(), b.end()).toLowerCase(Locale.ROOT);
    boolean weak =
        SpeechCues.isFraming(a.text())
            || (!SpeechCues.isStrongVerb(a.text()) && !a.is("according"));
    return new Attribution(a.start(), b.end(), text, -1, -1, MentionKind.NONE, weak);
  }
}

package org.sitrep.annotate.fact;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * The words around one figure, read from the language layer's tokens (part of speech and lemma)
 * within its sentence: the verb before it and the preposition between ("rose to", "closed at", "a
 * loss of"), the verb after it ("17 people were killed"), and the noun phrase that is the clause's
 * subject ("The country's main share index ... fell"). Reads a bounded number of tokens on each
 * side, so its cost does not grow with the sentence.
 */
final class Around {
  final Annotated a;
  final List<Token> toks;
  final int sentFirst, sentEnd; // token range of the sentence [sentFirst, sentEnd)
  final int first, last; // tokens of the figure's own text
  private final List<Quantity> all; // the document's figures

  /**
   * The verb before the figure, or -1; its preposition ("to", "at", "by", "of", "worth") or null.
   */
  int verbBefore = -1;

  String prep;

  /**
   * The figure is a later one of coordinated figures, read with the first one's words before it.
   */
  boolean coordinated;

  /**
   * A noun the figure is "of" ("a loss of $1.2 billion"), or the object before "to"; -1 if none.
   */
  int nounBefore = -1;

  /** The verb after the figure, or -1; passive when a form of "be" or "get" came between. */
  int verbAfter = -1;

  boolean passive;

  /** The clause subject's head noun, or -1, with its phrase [npStart, npEnd) and owner phrase. */
  int head = -1;

  int npStart = -1, npEnd = -1, ownerStart = -1, ownerEnd = -1;

  /**
   * The common noun phrase the parse found as the subject of the figure's clause when it named no
   * entity ("another private company is donating": private company), or null; set by {@link
   * Subjects#fromGrammar}.
   */
  String described;

  Around(Annotated a, Span sent, Quantity q, List<Quantity> all, int qi) {
    this.a = a;
    this.toks = a.tokens();
    this.sentFirst = Token.firstAtOrAfter(toks, sent.start());
    this.sentEnd = Token.firstAtOrAfter(toks, sent.end());
    this.first = Token.firstAtOrAfter(toks, q.start());
    int l = Token.firstAtOrAfter(toks, q.end()) - 1;
    this.last = Math.max(first, l);
    this.all = all;
    if (toks.isEmpty() || first >= sentEnd) return;
    readBefore(all, qi);
    extremeVerb();
    readAfter();
    if (verbBefore >= 0) readSubject(verbBefore);
  }

  String pos(int i) {
    String p = i >= 0 && i < toks.size() ? toks.get(i).pos() : null;
    return p == null ? "" : p;
  }

  String lemma(int i) {
    if (i < 0 || i >= toks.size()) return "";
    Token t = toks.get(i);
    String l = t.lemma() != null ? t.lemma() : t.word();
    return l.toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return i < 0 || i >= toks.size() ? "" : toks.get(i).word().toLowerCase(Locale.ROOT);
  }

  boolean noun(int i) {
    return pos(i).startsWith("NN");
  }

  boolean proper(int i) {
    return pos(i).startsWith("NNP");
  }

  boolean verb(int i) {
    return pos(i).startsWith("VB");
  }

  /**
   * A verb, or a verb of movement the tagger took for a noun: after the "to" of an infinitive
   * ("estimated to slide to a low of 5%") or between a headline's plural noun or name and its
   * figure ("Sales slump 5%").
   */
  boolean verbLike(int i) {
    if (verb(i)) return true;
    if (i <= sentFirst || i >= sentEnd || !noun(i) || proper(i)) return false;
    Lexicon lx = Lexicon.get();
    if (!lx.listed(lemma(i))) return false;
    Lexicon.Role r = lx.role(lemma(i));
    if (r != Lexicon.Role.UP && r != Lexicon.Role.DOWN && r != Lexicon.Role.LEVEL) return false;
    if (word(i - 1).equals("to") && i - 2 >= sentFirst && (verb(i - 2) || pos(i - 2).equals("JJ")))
      return true;
    int f = word(i + 1).equals("to") || word(i + 1).equals("by") ? i + 2 : i + 1;
    return f == first && (pos(i - 1).equals("NNS") || proper(i - 1));
  }

  private boolean modifier(int i) {
    String p = pos(i);
    return p.equals("RB")
        || p.equals("RBR")
        || p.equals("DT")
        || p.equals("PDT")
        || p.equals("PRP$")
        || p.startsWith("JJ");
  }

  private void readBefore(List<Quantity> all, int qi) {
    int j = first - 1;
    // "sold 23,000 cars and 20,000 trucks": the second of coordinated figures has the verb of the
    // first
    for (int k = qi - 1, hops = 0; k >= 0 && hops < 3 && j > sentFirst; k--, hops++) {
      Quantity p = all.get(k);
      if (!word(j).equals("and") || p.end() > toks.get(j).start()) break;
      int before = j - 1;
      if (before >= sentFirst && word(before).equals(",")) before--;
      if (before < sentFirst || toks.get(before).end() != p.end()) break;
      j = Token.firstAtOrAfter(toks, p.start()) - 1;
      coordinated = true;
    }
    j = skip(j, 3);
    String w = word(j);
    if (j >= sentFirst
        && (w.equals("to")
            || w.equals("at")
            || w.equals("by")
            || w.equals("of")
            || w.equals("for")
            || w.equals("from")
            || w.equals("worth")
            // "while Curacao was on 66.7": a level a name is on
            || (w.equals("on") && lemma(j - 1).equals("be")))) {
      prep = w;
      j--;
      // "from 40 percent on July 14 to 46 percent": past the date of the figure before
      int d = j;
      while (d >= sentFirst && d > j - 5 && date(d)) d--;
      if (d < j && d - 1 >= sentFirst && (word(d).equals("on") || word(d).equals("in"))) j = d - 1;
      // "fell 35.2 points, or 0.6 percent, to 6,120.4": past the figure restated in other units
      if (word(j).equals(",") && j - 1 >= sentFirst) {
        for (int k = qi - 1; k >= 0 && k >= qi - 2; k--) {
          Quantity p = all.get(k);
          int pf = Token.firstAtOrAfter(toks, p.start());
          if (toks.get(j - 1).end() == p.end()
              && word(pf - 1).equals("or")
              && word(pf - 2).equals(",")) {
            j = pf - 3;
            break;
          }
        }
      }
      // "rose 8% to $45": step over the figure before
      for (int k = qi - 1; k >= 0 && k >= qi - 2; k--) {
        Quantity p = all.get(k);
        if (j >= 0 && toks.get(j).start() >= p.start() && toks.get(j).end() <= p.end()) {
          j = Token.firstAtOrAfter(toks, p.start()) - 1;
          // "climbed from 4.1% to 4.9%": the verb is before the range's "from"
          if (word(j).equals("from")) j--;
          // "raised its forecast by 0.1 points to 1.8%": the level has the verb and object of the
          // change before it
          else if (word(j).equals("by") && prep.equals("to")) j--;
          break;
        }
      }
      j = skip(j, 2);
      // "expected to slide to 5%": a verb the tagger took for a noun
      if (j >= sentFirst && !verb(j) && verbLike(j)) {
        verbBefore = j;
        return;
      }
      if (j >= sentFirst && noun(j) && !proper(j)) {
        // "a loss of", "raise its defence budget to", "brings the total to": the noun, and the verb
        // before an object
        int k = j - 1;
        while (k >= sentFirst && k > j - 4 && (noun(k) || modifier(k))) k--;
        // "cut its forecast for German growth to 1.2%": the object is the forecast the phrase
        // closes
        if ((word(k).equals("for") || word(k).equals("of"))
            && k - 1 > sentFirst
            && noun(k - 1)
            && Lexicon.get().is("forecast", lemma(k - 1))) {
          int f = k - 2;
          while (f >= sentFirst && f > k - 5 && modifier(f)) f--;
          if (f >= sentFirst && (verb(f) || particleAfterVerb(f))) k = f;
        }
        // "edged up its forecast", "pushed up prices": past the particle of the verb
        if (particleAfterVerb(k)) k--;
        boolean object = k >= sentFirst && verb(k);
        if (object) verbBefore = k;
        // "monthly rent of up to $3,000", "rent up to $3,000": the bound's "up" stands between
        boolean upTo = prep.equals("to") && word(first - 2).equals("up");
        if (prep.equals("of") || prep.equals("worth") || object || upTo) nounBefore = j;
        // "growth will slide to a record low of 1.6%": the verb that reached the extreme
        if (!object && prep.equals("of") && Lexicon.get().is("extreme", lemma(j))) {
          for (int m = k; m >= sentFirst && m > k - 4; m--) {
            if (verbLike(m)) {
              verbBefore = m;
              break;
            }
            if (!(pos(m).equals("TO") || pos(m).equals("IN") || modifier(m))) break;
          }
        }
        return;
      }
    }
    // "ticked down 0.3 percent": past the particle of the verb
    if (particleAfterVerb(j)) j--;
    if (j >= sentFirst && verbLike(j)) verbBefore = j;
    else if (prep == null && Naming.money(all.get(qi).unit())) verbBefore = doubleObject(j);
  }

  /** A particle of direction right after a verb ("edged up", "pushed down"). */
  private boolean particleAfterVerb(int i) {
    return i - 1 >= sentFirst
        && !verb(i)
        && Lexicon.get().value("particle", word(i)) != null
        && verb(i - 1);
  }

  /**
   * "fined the bank $40 million", "gave Ukraine $2 billion": the verb of two objects whose first
   * object, a short noun phrase or pronoun, ends at {@code j} before a sum; -1 when there is none.
   */
  private int doubleObject(int j) {
    int k = j;
    while (k >= sentFirst
        && k > j - 4
        && (noun(k) || modifier(k) || pos(k).equals("PRP") || pos(k).equals("POS"))) k--;
    if (k == j || k < sentFirst || !verb(k)) return -1;
    return Lexicon.get().is("twoobjects", lemma(k)) ? k : -1;
  }

  /** "forecast to fall to a two-year low of 1.8%": the verb that reached the extreme. */
  private void extremeVerb() {
    if (verbBefore < 0
        && word(first - 1).equals("of")
        && Lexicon.get().is("extreme", word(first - 2)))
      for (int m = first - 3; m >= sentFirst && m > first - 9; m--) {
        if (verbLike(m)) {
          verbBefore = m;
          break;
        }
        String p = pos(m);
        if (!(p.equals("TO")
            || p.equals("IN")
            || p.equals("CD")
            || p.equals("HYPH")
            || modifier(m))) break;
      }
  }

  private int skip(int j, int max) {
    int n = 0;
    while (j >= sentFirst && n < max && modifier(j)) {
      j--;
      n++;
    }
    return j;
  }

  private void readAfter() {
    int k = last + 1;
    boolean be = false;
    int n = 0;
    while (k < sentEnd && n < 4) {
      String p = pos(k), l = lemma(k);
      // "estimated "between 100 and 200" could die": past a closing quote
      boolean quote = word(k).equals("''") || word(k).equals("\"") || word(k).equals("\u201d");
      boolean aux =
          quote
              || p.equals("RB")
              || p.equals("MD")
              || (p.startsWith("VB") && (l.equals("be") || l.equals("have") || l.equals("get")));
      if (!aux) break;
      // "have reportedly arrived": "have" is an auxiliary only when a participle follows
      if (p.startsWith("VB") && (l.equals("be") || l.equals("get"))) be = true;
      k++;
      n++;
    }
    if (k < sentEnd && verb(k)) {
      verbAfter = k;
      passive = be && pos(k).equals("VBN");
    } else if (n > 0 && verb(k - 1) && !pos(k - 1).equals("MD")) {
      verbAfter = k - 1; // "17 people are dead", "500 soldiers were": the copula itself
    }
  }

  /**
   * The subject noun phrase before the verb at {@code v}: "Volkswagen's sales fell", "Shares of the
   * company rose".
   */
  private void readSubject(int v) {
    readSubject(v, 0);
  }

  private void readSubject(int v, int depth) {
    int j = v - 1, n = 0;
    boolean participle = pos(v).equals("VBG");
    while (j >= sentFirst && n < 5) {
      String p = pos(j);
      // "is likely to fall": an adjective before "to" belongs to the verb group
      boolean likely = p.startsWith("JJ") && (pos(j + 1).equals("TO") || word(j + 1).equals("to"));
      // "was estimated to slide": the infinitive's "to", whatever its tag
      boolean to = word(j).equals("to") && j + 1 == v;
      if (!(p.equals("MD")
          || p.equals("RB")
          || p.equals("TO")
          || p.startsWith("VB")
          || likely
          || to)) break;
      participle |= p.equals("VBG");
      j--;
      n++;
    }
    // "tripled in 2004, doubled in 2005 and increased by 16 percent", "rose $5, continuing their
    // trend of having risen 23 percent": a second verb or a participle shares the first verb's
    // subject
    // "closed down 24.11 points, or 0.1 percent, to close at 18,432.24": an infinitive after a
    // comma says where the main clause's action led, and shares its subject
    boolean infinitive = j + 1 < v && word(v - 1).equals("to") && pos(v).equals("VB");
    if (depth == 0
        && j >= sentFirst
        && (pos(j).equals("CC")
            || (participle && (pos(j).equals("IN") || word(j).equals(",")))
            || (infinitive && word(j).equals(",")))) {
      for (int k = j - 1; k >= sentFirst && k > j - 20; k--) {
        String p = pos(k), w = word(k);
        if (w.equals(";") || w.equals(":") || p.startsWith("W")) break;
        if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
          // one more verb of the same list ("tripled in 2004, doubled in 2005 and ..."): go on
          if (k - 1 >= sentFirst && (word(k - 1).equals(",") || pos(k - 1).equals("CC"))) continue;
          readSubject(k, 1);
          return;
        }
      }
    }
    // "the index fell 2 percent to close at 7,512": an infinitive after the figure of a verb
    // says what that verb's subject did next, so it shares that subject
    if (depth == 0 && j + 1 < v && word(v - 1).equals("to")) {
      int w = verbBeforeFigures(j);
      if (w >= 0) {
        readSubject(w, 1);
        return;
      }
    }
    // "the death toll from the attacks in Paris last Friday has risen": past the time words
    while (j > sentFirst && date(j) && n < 8) {
      j--;
      n++;
    }
    // "The FTSE 100 closed at", "the S&P 500 rose": a name that ends in its number
    if (j > sentFirst && pos(j).equals("CD") && proper(j - 1) && !date(j)) {
      head = j - 1;
      npStart = npLeft(j - 1);
      npEnd = j + 1;
      return;
    }
    if (j >= sentFirst && !noun(j)) {
      int b = beforeClause(j);
      if (b < 0 && word(j).equals(",")) b = beforeAside(j);
      if (b < 0 && word(j).equals(",")) b = frontSubject(j);
      if (b >= 0) j = b;
    }
    if (j < sentFirst || !noun(j)) return;
    int h = j;
    int s = npLeft(h);
    // "the permanent German force in Lithuania is", "Shares of the company rose", "the death toll
    // from the attacks in Paris": the head is the first noun of the chain of prepositions
    for (int hop = 0;
        hop < 3
            && s - 1 > sentFirst
            && pos(s - 1).equals("IN")
            // "certainty that the temperature has": a conjunction opens a clause, not a phrase
            && !Lexicon.get().is("subordinator", word(s - 1))
            && noun(s - 2);
        hop++) {
      int h1 = s - 2;
      int s1 = npLeft(h1);
      if (proper(h1) && !proper(h)) break;
      if (hop == 0 || word(s - 1).equals("of")) {
        ownerStart = s;
        ownerEnd = h + 1;
      }
      h = h1;
      s = s1;
    }
    head = h;
    npStart = s;
    npEnd = h + 1;
  }

  /**
   * The verb whose figure ends at token {@code j}: "fell 2 percent", "rose by 35 points, or 0.6
   * percent,"; -1 when no figure ends there or no verb stands right before it.
   */
  private int verbBeforeFigures(int j) {
    boolean any = false;
    for (int hop = 0; hop < 2 && j >= sentFirst; hop++) {
      if (word(j).equals(",")) j--;
      int f = figureEndingAt(j);
      if (f < 0) break;
      any = true;
      j = f - 1;
      if (word(j).equals("by")) j--;
      // "35 points, or 0.6 percent": the figure restated before it
      if (word(j).equals("or") && word(j - 1).equals(",")) {
        j -= 2;
        continue;
      }
      break;
    }
    j = skip(j, 2);
    return any && j >= sentFirst && verb(j) ? j : -1;
  }

  /** The first token of the figure whose text ends at token {@code j}, or -1. */
  private int figureEndingAt(int j) {
    if (j < sentFirst || j >= toks.size()) return -1;
    int end = toks.get(j).end();
    for (Quantity q : all)
      if (q.start() <= toks.get(j).start() && q.end() > toks.get(j).start() && q.end() <= end)
        return Token.firstAtOrAfter(toks, q.start());
    return -1;
  }

  /**
   * The noun a relative or participle clause ending at {@code j} describes: "the penalties for
   * people who refuse to self-isolate are", "a ratio that will -- at best -- still be at", "the
   * rise in deaths announced in New York on Friday was"; -1 when the words before {@code j} are no
   * such clause. Reads at most a dozen tokens and stops at a comma, semicolon or colon.
   */
  private int beforeClause(int j) {
    boolean plain = true; // only prepositions and noun phrases so far
    for (int k = j; k > sentFirst && k > j - 12; k--) {
      String w = word(k), p = pos(k);
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")"))
        return -1;
      if (p.equals("WDT") || p.equals("WP")) {
        if (noun(k - 1)) return k - 1;
        // "New Democracy, which gained 129 seats": a relative clause set off by a comma describes
        // the name before it
        if (word(k - 1).equals(",") && k - 2 >= sentFirst && proper(k - 2)) return k - 2;
        // "penalties for those who refuse": the noun the pronoun's phrase hangs on
        if (pos(k - 1).equals("DT") && pos(k - 2).equals("IN") && noun(k - 3)) return k - 3;
        return -1;
      }
      if (p.equals("VBN") && plain && k < j && noun(k - 1)) return k - 1;
      plain &=
          p.equals("IN")
              || p.equals("DT")
              || p.equals("CD")
              || p.equals("POS")
              || p.startsWith("JJ")
              || p.startsWith("NN")
              || p.startsWith("RB");
    }
    return -1;
  }

  /**
   * "Brent crude, used to price international oils, fell", "Alphabet, the parent company of Google,
   * jumped": the noun before an aside set off by commas between a subject and its verb (a
   * participle, relative or appositive phrase), whose comma ends at {@code comma}; -1 otherwise.
   * Reads at most a dozen tokens back.
   */
  private int beforeAside(int comma) {
    for (int k = comma - 1; k > sentFirst && k > comma - 12; k--) {
      String w = word(k);
      if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) return -1;
      if (!w.equals(",")) continue;
      if (k + 1 >= comma || !noun(k - 1)) return -1;
      String p = pos(k + 1);
      boolean aside =
          p.equals("VBN")
              || p.equals("VBG")
              || p.equals("WDT")
              || p.equals("WP")
              || p.equals("DT")
              || p.equals("PRP$");
      return aside ? k - 1 : -1;
    }
    return -1;
  }

  /**
   * "Renewable energy from hydroelectricity, solar power, and wind turbines, increased": the head
   * of the noun phrase that opens the sentence, when the words up to the comma before the verb hold
   * no verb and the phrase goes on with a preposition; -1 otherwise.
   */
  private int frontSubject(int comma) {
    for (int k = sentFirst; k < comma; k++) if (verb(k) || pos(k).startsWith("W")) return -1;
    int k = sentFirst;
    while (k < comma && (pos(k).equals("DT") || pos(k).startsWith("JJ") || pos(k).equals("PRP$")))
      k++;
    int h = -1;
    while (k < comma && noun(k)) h = k++;
    return h >= 0 && pos(k).equals("IN") && !proper(h) ? h : -1;
  }

  private boolean date(int i) {
    return i >= 0 && i < toks.size() && inTime(a, toks.get(i));
  }

  /**
   * Whether token {@code t} is a word of one of the document's time expressions ("Friday", "July
   * 14", "last year", "three weeks"): a date or a span of time, not a name or a counted thing.
   */
  static boolean inTime(Annotated a, Token t) {
    for (TimeExpr x : a.times()) if (x.start() <= t.start() && t.end() <= x.end()) return true;
    return false;
  }

  /** Words a noun phrase may hold before its head. */
  private static final int NP_WORDS = 12;

  /**
   * The first token of the noun phrase whose head is {@code h}: back over nouns, adjectives,
   * numbers, possessives and determiners ("the benchmark United States 10-year Treasury note"), up
   * to {@link #NP_WORDS} tokens. A determiner opens its phrase ("the", "its"); only a predeterminer
   * ("all the") or, when it owns the phrase, a possessor ("the country's main index") stands before
   * it.
   */
  private int npLeft(int h) {
    int s = h;
    int n = 0;
    while (s - 1 >= sentFirst && n < NP_WORDS) {
      String p = pos(s - 1);
      boolean opened = pos(s).equals("DT") || pos(s).equals("PRP$");
      if (opened && s < h && !p.equals("PDT")) break;
      if (!(p.startsWith("NN")
          || p.startsWith("JJ")
          || p.equals("CD")
          || p.equals("POS")
          || p.equals("DT")
          || p.equals("PRP$")
          || p.equals("HYPH"))) break;
      s--;
      n++;
    }
    return s;
  }

  int charStart(int i) {
    return toks.get(i).start();
  }

  int charEnd(int i) {
    return toks.get(i).end();
  }
}

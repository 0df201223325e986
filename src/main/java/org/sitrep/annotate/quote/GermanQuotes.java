package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.entity.GermanRoles;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * German quotes: the quotation marks are paired as in English ({@link QuoteMarks}: „…“, »…«, "…"),
 * and the attribution follows German word order: the verb stands second, so the speaker follows the
 * cue after a quote („…“, sagte Pistorius; „…“, so der Minister) and precedes it before one
 * (Pistorius sagte: „…“; Dazu sagte er: „…“). Reported speech without marks is read from its cue
 * and the subjunctive (Er sagte, die Brigade sei …; Die Brigade sei …, sagte er) and kept as {@link
 * Quote.Kind#INDIRECT}. The words are data ({@code lexicon/de/quotes.tsv}); the speaker resolves to
 * the person or organisation mention it names, a pronoun or a title ("der Minister") to the person
 * named before.
 */
final class GermanQuotes {
  private static final WordTable WORDS = WordTable.read("/org/sitrep/lexicon/de/quotes.tsv");

  /** Words of a quote without a cue that make it a statement rather than a term in marks. */
  private static final int UNATTRIBUTED_MIN_WORDS = 5;

  private final Annotated doc;
  private final String body;
  private final Words words;
  private final List<Mention> people;

  private GermanQuotes(Annotated doc) {
    this.doc = doc;
    this.body = doc.body();
    this.words = Words.of(body, doc.tokens());
    List<Mention> p = new ArrayList<>();
    for (Mention m : doc.entities())
      if ("PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type())) p.add(m);
    this.people = p;
  }

  static List<Quote> find(Annotated doc) {
    return new GermanQuotes(doc).find();
  }

  /** What one attribution found: the cue's words and the speaker mention, if any. */
  private record Found(String cue, int from, int to) {
    boolean hasMention() {
      return from >= 0;
    }
  }

  private List<Quote> find() {
    List<Quote> out = new ArrayList<>();
    List<Candidate> marks = new ArrayList<>();
    for (Candidate c : QuoteMarks.find(body)) if (c.doubleMarks()) marks.add(c);
    boolean[] marked = new boolean[body.length() + 1];
    for (Candidate c : marks)
      for (int i = Math.max(0, c.open()); i < c.after(); i++) marked[i] = true;

    Quote previous = null;
    int previousParagraph = -10;
    String lastSpeaker = null;
    for (Candidate c : marks) {
      String text = body.substring(c.start(), c.end());
      Found f = after(c);
      if (f == null) f = before(c);
      if (f == null) f = source(c.open());
      boolean follows = previous != null && c.paragraph() - previousParagraph <= 1;
      int n = wordCount(text);
      if (f == null && !follows && (n < UNATTRIBUTED_MIN_WORDS || !endsClause(text))) continue;
      if (f == null && n < 3) continue;
      Quote q;
      if ((f == null || !f.hasMention()) && follows) {
        q =
            new Quote(
                c.start(),
                c.end(),
                text,
                previous.speaker(),
                previous.speakerStart(),
                previous.speakerEnd(),
                f != null ? f.cue() : previous.cue(),
                kind(text));
      } else {
        String speaker = f == null ? null : speaker(f, c.open(), lastSpeaker);
        q =
            new Quote(
                c.start(),
                c.end(),
                text,
                speaker,
                f == null ? -1 : f.from(),
                f == null ? -1 : f.to(),
                f == null ? null : f.cue(),
                kind(text));
      }
      out.add(q);
      previous = q;
      previousParagraph = c.paragraph();
      if (q.speaker() != null) lastSpeaker = q.speaker();
    }
    out.addAll(reported(marked, out));
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  // ------------------------------------------------------------------ direct quotes

  /** „…“, sagte Pistorius / so der Minister / erklärte er am Montag. */
  private Found after(Candidate c) {
    int k = words.indexAtOrAfter(c.after());
    int para = paragraphEnd(c.after());
    while (k < words.size() && (words.get(k).is(",") || WordClasses.isByline(words.get(k).text())))
      k++;
    if (k >= words.size() || words.get(k).start() >= para) return null;
    Word w = words.get(k);
    if (!isCue(w) && !WORDS.has("inverted", w.lower())) return null;
    return forward(w.lower(), k + 1, para);
  }

  /** Pistorius sagte: „…“ / Dazu sagte der Minister: „…“ / Er betonte, „…“. */
  private Found before(Candidate c) {
    int hi = words.indexBefore(c.open() + 1) - 1;
    int lo = sentenceStartWord(c.open());
    while (hi >= lo && (words.get(hi).is(":") || words.get(hi).is(","))) hi--;
    for (int v = hi; v >= lo && hi - v < 12; v--) {
      Word w = words.get(v);
      if (isQuoteMark(w)) return null;
      if (!isCue(w)) continue;
      Found after = forward(w.lower(), v + 1, Math.min(paragraphEnd(w.end()), c.open()));
      if (after.hasMention() && v > lo) return after;
      Found back = backward(w.lower(), lo, v);
      if (back.hasMention()) return back;
      return after;
    }
    return null;
  }

  /** „…“ in a sentence that names its source: "nach Angaben von X", "laut X", "X zufolge". */
  private Found source(int at) {
    int lo = sentenceStartWord(at), hi = sentenceEndWord(at);
    for (int k = lo; k < hi; k++) {
      for (int len = Math.min(4, hi - k); len >= 1; len--) {
        String phrase = phrase(k, k + len);
        if (WORDS.has("source", phrase)) {
          Found f = forward(phrase, k + len, words.get(hi - 1).end());
          if (f.hasMention()) return f;
        }
      }
      if (WORDS.has("source-after", words.get(k).lower()) && k > lo) {
        Found f = backward(words.get(k).lower(), lo, k);
        if (f.hasMention()) return f;
      }
    }
    return null;
  }

  /**
   * The speaker named from word {@code k} on: a pronoun, or a noun phrase (article, adjectives in
   * lower case, capitalised words: "der litauische Präsident Gitanas Nausėda").
   */
  private Found forward(String cue, int k, int limit) {
    while (k < words.size()
        && words.get(k).start() < limit
        && WORDS.has("skip", words.get(k).lower())) {
      // "am Montag": a preposition with its noun
      k += words.get(k).lower().equals("am") || words.get(k).lower().equals("im") ? 2 : 1;
    }
    if (k >= words.size() || words.get(k).start() >= limit) return new Found(cue, -1, -1);
    Word w = words.get(k);
    if (WORDS.has("pronoun", w.lower())) return new Found(cue, w.start(), w.end());
    int s = k;
    if (WORDS.has("article", w.lower())) k++;
    while (k < words.size()
        && words.get(k).start() < limit
        && words.get(k).isWord()
        && !words.get(k).capitalised()
        && k - s < 4
        && adjective(words.get(k))) k++;
    int namesFrom = k;
    while (k < words.size()
        && words.get(k).start() < limit
        && k - namesFrom < 6
        && (words.get(k).capitalised() || words.get(k).is("-"))) k++;
    if (k == namesFrom) return new Found(cue, -1, -1);
    return new Found(cue, words.get(s).start(), words.get(k - 1).end());
  }

  /** The speaker right before the cue at {@code v}: "Pistorius", "Der Minister", "Er". */
  private Found backward(String cue, int lo, int v) {
    int k = v - 1;
    while (k >= lo && WORDS.has("skip", words.get(k).lower())) k--;
    if (k < lo) return new Found(cue, -1, -1);
    Word w = words.get(k);
    if (WORDS.has("pronoun", w.lower())) return new Found(cue, w.start(), w.end());
    int e = k;
    while (k >= lo && e - k < 6 && words.get(k).capitalised() && !isCue(words.get(k))) k--;
    if (k == e) return new Found(cue, -1, -1);
    while (k >= lo && e - k < 9 && words.get(k).isWord() && adjective(words.get(k))) k--;
    if (k >= lo && WORDS.has("article", words.get(k).lower())) k--;
    return new Found(cue, words.get(k + 1).start(), words.get(e).end());
  }

  // ------------------------------------------------------------------ reported speech

  /**
   * Reported speech in sentences without marks: "Er sagte, die Brigade sei …" (the clause after the
   * comma), "Die Brigade sei …, sagte er" (the clause before it), and a sentence in the subjunctive
   * right after one of these, which goes on with the same speaker.
   */
  private List<Quote> reported(boolean[] marked, List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    Quote last = null;
    for (Span s : doc.sentences()) {
      if (hasMark(marked, s)) {
        last = null;
        continue;
      }
      int lo = words.indexAtOrAfter(s.start()), hi = words.indexAtOrAfter(s.end());
      Quote q = reportedIn(lo, hi, direct, out);
      if (q == null && last != null && subjunctiveNearStart(lo, hi)) {
        int e = trimEnd(hi);
        if (e > lo)
          q =
              new Quote(
                  words.get(lo).start(),
                  words.get(e - 1).end(),
                  body.substring(words.get(lo).start(), words.get(e - 1).end()),
                  last.speaker(),
                  last.speakerStart(),
                  last.speakerEnd(),
                  last.cue(),
                  Quote.Kind.INDIRECT);
      }
      if (q != null) out.add(q);
      last = q;
    }
    return out;
  }

  private Quote reportedIn(int lo, int hi, List<Quote> direct, List<Quote> reported) {
    for (int v = lo; v < hi; v++) {
      Word w = words.get(v);
      if (!isCue(w)) continue;
      // "Er sagte, die Brigade sei …"
      if (v + 1 < hi && words.get(v + 1).is(",") && subjunctiveIn(v + 2, hi)) {
        Found f = backward(w.lower(), lo, v);
        if (!f.hasMention()) f = forward(w.lower(), v + 1, words.get(hi - 1).end());
        int from = v + 2, to = trimEnd(hi);
        if (from < to && f.hasMention()) return quote(from, to, f, direct, reported);
      }
      // "Die Brigade sei …, sagte er."
      if (v > lo && words.get(v - 1).is(",") && subjunctiveIn(lo, v - 1)) {
        Found f = forward(w.lower(), v + 1, words.get(hi - 1).end());
        if (f.hasMention()) return quote(lo, v - 1, f, direct, reported);
      }
    }
    // "Die Brigade sei …, so der Minister."
    for (int v = lo + 1; v < hi; v++) {
      if (WORDS.has("inverted", words.get(v).lower())
          && words.get(v - 1).is(",")
          && subjunctiveIn(lo, v - 1)) {
        Found f = forward(words.get(v).lower(), v + 1, words.get(hi - 1).end());
        if (f.hasMention()) return quote(lo, v - 1, f, direct, reported);
      }
    }
    return null;
  }

  private Quote quote(int from, int to, Found f, List<Quote> direct, List<Quote> reported) {
    int s = words.get(from).start(), e = words.get(to - 1).end();
    String last = null;
    for (Quote q : direct) if (q.start() < s && q.speaker() != null) last = q.speaker();
    for (Quote q : reported) if (q.start() < s && q.speaker() != null) last = q.speaker();
    return new Quote(
        s,
        e,
        body.substring(s, e),
        speaker(f, s, last),
        f.from(),
        f.to(),
        f.cue(),
        Quote.Kind.INDIRECT);
  }

  private boolean subjunctiveIn(int from, int to) {
    for (int k = from; k < to; k++) if (WORDS.has("subjunctive", words.get(k).lower())) return true;
    return false;
  }

  private boolean subjunctiveNearStart(int lo, int hi) {
    return subjunctiveIn(lo, Math.min(hi, lo + 6));
  }

  private int trimEnd(int hi) {
    int e = hi;
    while (e > 0
        && !words.get(e - 1).isWord()
        && !Character.isDigit(words.get(e - 1).text().charAt(0))) e--;
    return e;
  }

  private boolean hasMark(boolean[] marked, Span s) {
    for (int i = s.start(); i < s.end() && i < marked.length; i++) if (marked[i]) return true;
    return false;
  }

  // ------------------------------------------------------------------ speakers

  /**
   * The person or organisation a speaker mention names: the entity mention inside it (by its
   * fullest name in the article), a pronoun's or a title's person named before, else null.
   */
  private String speaker(Found f, int at, String lastSpeaker) {
    if (!f.hasMention()) return null;
    Mention inside = null;
    for (Mention m : people) if (m.start() >= f.from() && m.end() <= f.to()) inside = m;
    if (inside != null) return fullName(inside);
    String text = body.substring(f.from(), f.to());
    if (WORDS.has("pronoun", text)) {
      if (lastSpeaker != null) return lastSpeaker;
      Mention before = lastPersonBefore(at, null);
      return before == null ? null : fullName(before);
    }
    // "der Minister", "der litauische Präsident": the last person before with that title
    String[] parts = text.split("\\s+");
    String head = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    Mention before = lastPersonBefore(at, head);
    return before == null ? null : fullName(before);
  }

  /** The last person mentioned before {@code at}, whose role ends as {@code title} when given. */
  private Mention lastPersonBefore(int at, String title) {
    Mention best = null;
    for (Mention m : people) {
      if (!"PERSON".equals(m.type()) || m.start() >= at) continue;
      if (title != null && !hasTitle(m, title)) continue;
      best = m;
    }
    return best;
  }

  /**
   * True when the words before a person's name or its role carry the title: "Verteidigungsminister
   * Boris Pistorius" has "Minister", as "der Minister" calls him.
   */
  private boolean hasTitle(Mention m, String title) {
    int from = Math.max(0, m.start() - 60);
    String before = body.substring(from, m.start()).toLowerCase(Locale.ROOT);
    String[] ws = before.strip().split("\\s+");
    String near = ws.length == 0 ? "" : ws[ws.length - 1];
    return near.endsWith(title) || (m.role() != null && GermanRoles.matches(m.role(), title));
  }

  /** The fullest name the article gives the entity a mention stands for. */
  private String fullName(Mention m) {
    if (m.canonical() != null && !"PERSON".equals(m.type())) return m.canonical();
    String text = m.canonical() != null ? m.canonical() : m.text();
    String last = lastWord(text);
    String best = text;
    for (Mention o : people) {
      if (!o.type().equals(m.type())) continue;
      String t = o.canonical() != null ? o.canonical() : o.text();
      if (t.length() > best.length() && lastWord(t).equals(last) && t.endsWith(" " + last))
        best = t;
    }
    return best;
  }

  private static String lastWord(String s) {
    String[] p = s.strip().split("\\s+");
    return p[p.length - 1];
  }

  // ------------------------------------------------------------------ words

  private boolean isCue(Word w) {
    return w.isWord() && !w.capitalised() && WORDS.has("cue", w.lower());
  }

  private static boolean isQuoteMark(Word w) {
    return w.text().length() == 1 && QuoteMarks.isDouble(w.text().charAt(0));
  }

  /** A lower-case word inside a noun phrase: "litauische", "deutschen", "stellvertretende". */
  private static boolean adjective(Word w) {
    String l = w.lower();
    return !w.capitalised()
        && (l.endsWith("e")
            || l.endsWith("en")
            || l.endsWith("er")
            || l.endsWith("es")
            || l.endsWith("em"))
        && !WORDS.has("cue", l)
        && !WORDS.has("subjunctive", l)
        && !WORDS.has("article", l)
        && !WORDS.has("pronoun", l);
  }

  private String phrase(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) b.append(' ');
      b.append(words.get(k).lower());
    }
    return b.toString();
  }

  private int sentenceStartWord(int offset) {
    int s = doc.sentenceAt(offset);
    int para = body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int start = s >= 0 ? Math.max(para, doc.sentences().get(s).start()) : para;
    return words.indexAtOrAfter(start);
  }

  private int sentenceEndWord(int offset) {
    int s = doc.sentenceAt(offset);
    int end = s >= 0 ? doc.sentences().get(s).end() : paragraphEnd(offset);
    return Math.min(words.size(), words.indexAtOrAfter(end));
  }

  private int paragraphEnd(int from) {
    int e = body.indexOf('\n', from);
    return e < 0 ? body.length() : e;
  }

  private static int wordCount(String text) {
    int n = 0;
    for (String w : text.split("\\s+"))
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
    return n;
  }

  private static boolean endsClause(String text) {
    String t = text.strip();
    if (t.isEmpty()) return false;
    return ".,?!…;:".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static Quote.Kind kind(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
    return i < text.length()
            && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)))
        ? Quote.Kind.DIRECT
        : Quote.Kind.PARTIAL;
  }
}

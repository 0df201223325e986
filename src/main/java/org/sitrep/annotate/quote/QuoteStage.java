package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Adds the QUOTES layer: direct and partial quotations with their cue and speaker. Rules over
 * words, and over POS tags and entities when earlier stages gave them; no parser, so the stage
 * costs far less than the NER before it. Without the entity layer, names are found as capitalised
 * runs; with it, speakers resolve to its canonical names.
 */
public final class QuoteStage implements Stage {
  private final Set<Layer> needs;
  private final boolean german;

  /**
   * The production stage: runs after the entity stage and resolves speakers to its PERSON and
   * ORGANIZATION mentions (canonical names), reading the tokens' POS tags where the language layer
   * gave them.
   */
  public QuoteStage() {
    this(EnumSet.of(Layer.BODY, Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES));
  }

  private QuoteStage(Set<Layer> needs) {
    this(needs, false);
  }

  private QuoteStage(Set<Layer> needs, boolean german) {
    this.needs = Set.copyOf(needs);
    this.german = german;
  }

  /**
   * The stage for German text: the same marks, German attribution ({@link GermanQuotes}: cue and
   * speaker in German word order, reported speech in the subjunctive), words from {@code
   * lexicon/de/quotes.tsv}.
   */
  public static QuoteStage german() {
    return new QuoteStage(
        EnumSet.of(Layer.BODY, Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES), true);
  }

  /**
   * A stage for pipelines without NER (tests, quick runs, other languages' fallbacks): it finds
   * names itself as runs of capitalised words. Measured on PolNeAR dev it attributes about 1 point
   * fewer speakers than behind NER.
   */
  public static QuoteStage withoutEntities() {
    return new QuoteStage(EnumSet.of(Layer.BODY, Layer.SENTENCES));
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> needs() {
    return needs;
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    return doc.withQuotes(german ? GermanQuotes.find(doc) : find(doc));
  }

  private static List<Quote> find(Annotated doc) {
    String body = doc.body();
    Words words = Words.of(body, doc.tokens());
    List<Candidate> candidates = QuoteMarks.find(body);
    boolean[] quoted = quotedWords(words, candidates);
    Names names = Names.of(body, words, speakers(doc.entities()));
    Attributor attributor = new Attributor(body, words, quoted);
    SpeakerResolver resolver = new SpeakerResolver(body, words, names, quoted);

    List<Quote> out = new ArrayList<>();
    SpeakerResolver.Last last = null;
    Quote previous = null;
    int previousParagraph = -10;
    for (List<Candidate> group : groups(candidates)) {
      Attribution a = attribute(doc, body, attributor, group);
      boolean followsAny = previous != null && group.get(0).paragraph() - previousParagraph <= 1;
      boolean borrowed = a == null && !followsAny;
      if (borrowed) a = attributor.previousSpeech(group.get(0));
      for (Candidate c : group) {
        String text = body.substring(c.start(), c.end());
        boolean follows = previous != null && c.paragraph() - previousParagraph <= 1;
        if (!QuoteJudge.accept(text, c.doubleMarks(), a, follows)) continue;
        Attribution spoken = a;
        if (a == null || !a.hasMention() || borrowed) {
          // judged by its cue (or one borrowed from the sentences before), but a quote inside a
          // narrative sentence
          // carries the words of that sentence's own subject
          Attribution subject = attributor.narrativeSubject(c, lowerBound(doc, body, c));
          if (subject != null)
            spoken =
                a == null
                    ? subject
                    : a.withMention(
                        subject.mentionStart(), subject.mentionEnd(), subject.mentionKind());
        }
        Quote q;
        if ((spoken == null || !spoken.hasMention()) && follows) {
          // a quoted paragraph with no speaker of its own goes on with the quote before it
          q =
              new Quote(
                  c.start(),
                  c.end(),
                  text,
                  previous.speaker(),
                  previous.speakerStart(),
                  previous.speakerEnd(),
                  a != null ? a.cue() : previous.cue(),
                  QuoteJudge.kind(body, c));
        } else {
          String speaker = resolver.resolve(spoken, last);
          int ms = spoken != null && spoken.hasMention() ? spoken.mentionStart() : -1;
          int me = spoken != null && spoken.hasMention() ? spoken.mentionEnd() : -1;
          q =
              new Quote(
                  c.start(),
                  c.end(),
                  text,
                  speaker,
                  ms,
                  me,
                  a == null ? null : a.cue(),
                  QuoteJudge.kind(body, c));
        }
        out.add(q);
        previous = q;
        previousParagraph = c.paragraph();
        if (q.speaker() != null) last = new SpeakerResolver.Last(q.speaker(), c.after());
      }
    }
    return out;
  }

  private static Attribution attribute(
      Annotated doc, String body, Attributor attributor, List<Candidate> group) {
    Attribution found = null;
    for (Candidate c : group) {
      Attribution b0 = attributor.before(c, lowerBound(doc, body, c));
      // "Brafman said, “…” He added, …": a cue right before the opening mark beats one after the
      // closing mark
      if (b0 != null && b0.hasMention() && handsOver(body, b0.cueEnd(), c.open())) return b0;
      Attribution a = attributor.after(c);
      if (a == null || !a.hasMention()) {
        Attribution b = attributor.before(c, lowerBound(doc, body, c));
        if (b != null && (a == null || b.hasMention())) a = b;
      }
      if (a != null && a.hasMention()) return a;
      if (found == null) found = a;
    }
    return found;
  }

  /** "said, “…”", "added: “…”": a cue followed by a comma or colon and then the opening mark. */
  private static boolean handsOver(String body, int cueEnd, int open) {
    String between = body.substring(Math.min(cueEnd, open), open).strip();
    return between.equals(",") || between.equals(":") || between.equals("—");
  }

  /**
   * The cue of a quote sits in its own sentence and paragraph, unless the paragraph before ends
   * with a colon ("Caddell continued:") and hands it the quote.
   */
  private static int lowerBound(Annotated doc, String body, Candidate c) {
    int para = body.lastIndexOf('\n', c.open()) + 1;
    String before = body.substring(para, c.open());
    if (before.isBlank() && para > 0) {
      int prevEnd = para - 1;
      while (prevEnd > 0 && Lexicon.isSpace(body.charAt(prevEnd - 1))) prevEnd--;
      if (prevEnd > 0 && body.charAt(prevEnd - 1) == ':')
        return body.lastIndexOf('\n', prevEnd - 1) + 1;
    }
    int s = doc.sentenceAt(c.open());
    if (s > 0) {
      Span sentence = doc.sentences().get(s);
      // a sentence splitter may cut "“…,” he said, “…”" after the first quote; never look past the
      // paragraph
      if (sentence.start() > para && sentence.start() < c.open() - 1)
        return Math.max(para, sentence.start());
    }
    return para;
  }

  private static List<List<Candidate>> groups(List<Candidate> candidates) {
    List<List<Candidate>> out = new ArrayList<>();
    java.util.Map<Integer, List<Candidate>> byGroup = new java.util.LinkedHashMap<>();
    for (Candidate c : candidates)
      byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
    out.addAll(byGroup.values());
    out.sort((x, y) -> Integer.compare(x.get(0).start(), y.get(0).start()));
    return out;
  }

  private static boolean[] quotedWords(Words words, List<Candidate> candidates) {
    boolean[] q = new boolean[words.size()];
    for (Candidate c : candidates) {
      if (!c.doubleMarks()) continue;
      for (int k = words.indexAtOrAfter(c.start());
          k < words.size() && words.get(k).start() < c.end();
          k++) q[k] = true;
    }
    return q;
  }

  private static List<Mention> speakers(List<Mention> entities) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : entities) {
      if ("PERSON".equals(m.type())
          || "ORGANIZATION".equals(m.type())
          || "LOCATION".equals(m.type())
          || "MISC".equals(m.type())) out.add(m);
    }
    return out;
  }
}

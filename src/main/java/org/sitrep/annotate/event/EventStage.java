package org.sitrep.annotate.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Status;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Typed event frames around trigger words: one {@link Event} per trigger whose type the lexicon and
 * the nearby theme decide, with actor, target, place, quantity, time, status and CAMEO code. Linear
 * in the number of tokens: each trigger looks at most {@link Clause#REACH} tokens either way.
 *
 * <p>Types, CAMEO and PLOVER codes are in {@link EventType}; {@code
 * EventType.of(event.type()).plover()} gives the PLOVER category. "Send" and "deliver" are not
 * types of their own: what is sent decides (troops deploy, weapons, money and aid are a supply).
 * {@code quantityIndex} points into the document's quantities as that layer lists them.
 *
 * <p>Works with whatever the earlier layers hold: without countries on mentions, actors and places
 * are names ("Germany") rather than ISO codes ("DEU"), and country-less demonyms ("German") cannot
 * act; without quantities or times those fields stay empty; tokens without POS tags (a document
 * over its tagging budget) yield no events. Run it last among the annotators: after the backbone,
 * entities (with places and roles), times and quantities.
 *
 * <p>Names joined in a list share one frame ("deployed to Estonia, Latvia, Lithuania and Poland"):
 * the stage writes one event per joined target or place, all at the same trigger, and only the
 * first carries the frame's quantity, so a figure shared by the list is counted once. Headings are
 * labels, not statements: a sentence that is one of the document's headings, or a title-case line
 * with no closing punctuation, yields no events.
 */
public final class EventStage implements Stage {
  private final boolean german;

  public EventStage() {
    this(false);
  }

  private EventStage(boolean german) {
    this.german = german;
  }

  /**
   * The stage for German text: the same sentences, headings, quantities and times, German triggers
   * and clause rules ({@link GermanEvents}, words in {@code lexicon/de/events.tsv}).
   */
  public static EventStage german() {
    return new EventStage(true);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.TIMES, Layer.QUANTITIES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public Annotated apply(Annotated doc) {
    List<Token> tokens = doc.tokens();
    Mention[] mentionAt = mentionsByToken(tokens, doc.entities());
    Attachments attach = new Attachments(doc.quantities(), doc.times());
    List<Event> out = new ArrayList<>();
    Set<String> headings = new HashSet<>();
    for (String h : doc.document().headings()) headings.add(squash(h));
    String body = doc.body();
    int from = 0;
    while (from < tokens.size()) {
      int to = from;
      while (to < tokens.size() && tokens.get(to).sentence() == tokens.get(from).sentence()) to++;
      List<Token> sentence = tokens.subList(from, to);
      if (german && !Headings.isHeading(body, sentence, headings)) {
        out.addAll(
            GermanEvents.frames(sentence, slice(mentionAt, from, to), attach, doc.quantities()));
      } else if (!Headings.isHeading(body, sentence, headings)) {
        Sentence s = new Sentence(sentence, slice(mentionAt, from, to));
        for (int i = 0; i < s.size(); i++) out.addAll(frame(s, i, attach));
      }
      from = to;
    }
    return doc.withEvents(out);
  }

  /** White space collapsed, for comparing a sentence with a heading. */
  static String squash(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static List<Event> frame(Sentence s, int i, Attachments attach) {
    Frame e = event(s, i, attach);
    return e == null ? List.of() : e.list();
  }

  private static Frame event(Sentence s, int i, Attachments attach) {
    Mention inside = s.mention(i);
    if (inside != null && !inside.type().equals("MISC"))
      return null; // "Enhanced Presence Groups" names a unit
    TriggerLexicon.Rule rule = TriggerLexicon.at(s, i);
    if (rule == null || marksAnotherTrigger(s, i)) return null;
    String lemma = s.lemma(i);
    boolean noun = s.isNoun(i);
    int end = !noun && TriggerLexicon.takesParticle(lemma) && i + 1 < s.size() ? i + 2 : i + 1;
    Clause c = Clause.around(s, i, end, noun);
    int themeAt = Themes.find(s, c, noun, TriggerLexicon.INFINITIVE_THEME.contains(lemma));
    Theme theme = themeAt < 0 ? null : s.theme(themeAt);
    EventType type = rule.resolve(theme);
    if (type == null) return null;
    Status status = StatusReader.read(s, c, noun);
    // A pledge is by nature not yet carried out; only negation or a hypothesis overrides that.
    if (type == EventType.PLEDGE && (status == Status.REPORTED || status == Status.PLANNED))
      status = Status.PLEDGED;
    Arguments.Found f = Arguments.read(s, c, type, themeAt, noun);
    // "Trump attacked Clinton" is criticism (CAMEO 111), not force: a person is attacked only in
    // words.
    if (type == EventType.ATTACK
        && !noun
        && f.target() != null
        && f.target().type().equals("PERSON")) return null;
    if (!noun && TriggerLexicon.RECIPIENT_SUBJECT.contains(lemma)) f = f.received();
    int left = s.tok(c.left()).start(), right = s.tok(c.right() - 1).end();
    int trigStart = s.tok(i).start(), trigEnd = s.tok(end - 1).end();
    int leftTheme = noun ? -1 : Themes.nearestLeft(s, c);
    int q =
        attach.quantity(
            offset(s, themeAt),
            offset(s, leftTheme),
            s.tok(c.subjectStretch(s, noun)).start(),
            trigStart,
            trigEnd,
            right);
    // A noun's time often sits in the predicate of its sentence ("the deployment began on Monday")
    // or in a relative clause on the noun ("the strike, which began early last year"); either comes
    // before the publication date, which is only the default when the text says nothing.
    int timeRight = noun ? s.tok(Clause.predicateOf(s, i, end).right() - 1).end() : right;
    String time = noun ? relativeTime(s, c, attach, trigStart) : null;
    if (time == null) time = attach.time(left, timeRight, trigStart);
    boolean humanitarian =
        themeAt >= 0
            && (Theme.humanitarian(s.tok(themeAt))
                || (themeAt > 0 && Theme.humanitarian(s.tok(themeAt - 1))));
    boolean intent = status == Status.PLANNED || status == Status.PLEDGED;
    Event first =
        new Event(
            type.json(),
            type.cameo(theme, lemma, humanitarian, intent),
            trigStart,
            trigEnd,
            Arguments.name(f.actor()),
            Arguments.name(f.target()),
            Arguments.name(f.location()),
            q,
            time,
            status);
    return new Frame(first, f);
  }

  /** One frame: its first event and the names joined to its target or place. */
  private record Frame(Event first, Arguments.Found found) {
    List<Event> list() {
      if (found.moreTargets().isEmpty() && found.moreLocations().isEmpty()) return List.of(first);
      List<Event> out = new ArrayList<>();
      out.add(first);
      for (Mention m : found.moreTargets()) out.add(with(Arguments.name(m), first.location()));
      for (Mention m : found.moreLocations()) out.add(with(first.target(), Arguments.name(m)));
      return out;
    }

    private Event with(String target, String location) {
      Event e = first;
      return new Event(
          e.type(),
          e.code(),
          e.start(),
          e.end(),
          e.actor(),
          target,
          location,
          -1,
          e.time(),
          e.status());
    }
  }

  /**
   * The time of a relative clause right after a noun trigger's phrase: "the invasion, which began
   * early last year", "the strike that ended in March". Null when there is none or it names no
   * time.
   */
  private static String relativeTime(Sentence s, Clause c, Attachments attach, int trigStart) {
    int k = c.right();
    if (k < s.size() && s.isComma(k)) k++;
    if (k >= s.size() || !(s.isRelative(k) || s.word(k).equals("that"))) return null;
    int from = k + 1, to = from;
    while (to < Math.min(s.size(), from + Clause.REACH)
        && !s.isBreak(to)
        && !s.isComma(to)
        && !s.isSubordinator(to)) to++;
    if (to == from) return null;
    return attach.time(s.tok(from).start(), s.tok(to - 1).end(), trigStart);
  }

  private static int offset(Sentence s, int token) {
    return token < 0 ? -1 : s.tok(token).start();
  }

  /**
   * "pledged to send", "offer instead to dispatch": the pledge verb only sets the status of the
   * event it governs, so it is not an event of its own.
   */
  private static boolean marksAnotherTrigger(Sentence s, int i) {
    if (!TriggerLexicon.PLEDGE_VERBS.contains(s.lemma(i))) return false;
    for (int j = i + 1; j < Math.min(s.size() - 1, i + 5); j++) {
      if (s.pos(j).equals("TO")) return TriggerLexicon.at(s, j + 1) != null;
      if (s.isBreak(j) || s.isComma(j)) return false;
    }
    return false;
  }

  /** Each token's mention, by a merge of two offset-ordered lists. */
  private static Mention[] mentionsByToken(List<Token> tokens, List<Mention> mentions) {
    Mention[] at = new Mention[tokens.size()];
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    int m = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (m < sorted.size() && sorted.get(m).end() <= tok.start()) m++;
      if (m < sorted.size()
          && sorted.get(m).start() <= tok.start()
          && tok.end() <= sorted.get(m).end()) {
        at[t] = sorted.get(m);
      }
    }
    return at;
  }

  private static Mention[] slice(Mention[] all, int from, int to) {
    Mention[] out = new Mention[to - from];
    System.arraycopy(all, from, out, 0, out.length);
    return out;
  }
}

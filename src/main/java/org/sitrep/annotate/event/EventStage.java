package org.sitrep.annotate.event;

import java.util.ArrayList;
import java.util.EnumSet;
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
 */
public final class EventStage implements Stage {
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
    int from = 0;
    while (from < tokens.size()) {
      int to = from;
      while (to < tokens.size() && tokens.get(to).sentence() == tokens.get(from).sentence()) to++;
      Sentence s = new Sentence(tokens.subList(from, to), slice(mentionAt, from, to));
      for (int i = 0; i < s.size(); i++) {
        Event e = frame(s, i, attach);
        if (e != null) out.add(e);
      }
      from = to;
    }
    return doc.withEvents(out);
  }

  private static Event frame(Sentence s, int i, Attachments attach) {
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
    // A noun's time often sits in the predicate of its sentence: "the deployment began on Monday".
    int timeRight = noun ? s.tok(Clause.around(s, i, end, false).right() - 1).end() : right;
    String time = attach.time(left, timeRight, trigStart);
    boolean humanitarian =
        themeAt >= 0
            && (Theme.humanitarian(s.tok(themeAt))
                || (themeAt > 0 && Theme.humanitarian(s.tok(themeAt - 1))));
    boolean intent = status == Status.PLANNED || status == Status.PLEDGED;
    return new Event(
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

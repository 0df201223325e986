package org.sitrep.annotate.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Status;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Token;

/**
 * Event frames in German sentences: the triggers are inflected forms listed as data ({@code
 * lexicon/de/events.tsv}: entsenden, stationieren, verlegen, zusagen, liefern ...), separable verbs
 * count when their particle closes the clause ("sagte ... zu"), and a verb of sending is a
 * deployment when troops are sent and a delivery otherwise. The actor is the country or
 * organisation the clause names outside a prepositional phrase, the place the one after "in" or
 * "nach", the target one after "an" or "gegen"; quantity and time as in English ({@link
 * Attachments}), status from the clause's modal, conditional and negating words.
 */
final class GermanEvents {
  static final WordTable WORDS = WordTable.read("/org/sitrep/lexicon/de/events.tsv");

  private GermanEvents() {}

  /** The events of one sentence, its tokens with their mentions ({@code mentionAt[i]}). */
  static List<Event> frames(
      List<Token> s, Mention[] mentionAt, Attachments attach, List<Quantity> quantities) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      String w = s.get(i).word().toLowerCase(Locale.ROOT);
      String type = type(s, i, w);
      if (type == null) continue;
      Mention inside = mentionAt[i];
      if (inside != null && !"MISC".equals(inside.type())) continue;
      EventType t = EventType.of(type);
      if (t == null) continue;
      Status status = status(s, i);
      if (t == EventType.PLEDGE && (status == Status.REPORTED || status == Status.PLANNED))
        status = Status.PLEDGED;
      Mention actor = actor(s, mentionAt, i);
      Mention location = after(s, mentionAt, "location", actor);
      Mention target = after(s, mentionAt, "target", actor);
      int left = s.get(0).start(), right = s.get(s.size() - 1).end();
      int trigStart = s.get(i).start(), trigEnd = s.get(i).end();
      int q = quantity(quantities, left, right, trigStart);
      Theme theme = troopsIn(s) ? Theme.TROOPS : null;
      out.add(
          new Event(
              t.json(),
              t.cameo(theme, w, false, status == Status.PLANNED || status == Status.PLEDGED),
              trigStart,
              trigEnd,
              Arguments.name(actor),
              Arguments.name(target),
              Arguments.name(location),
              q,
              attach.time(left, right, trigStart),
              status));
    }
    return out;
  }

  /** The event type the word at {@code i} triggers, or null. */
  private static String type(List<Token> s, int i, String w) {
    String v = WORDS.get("trigger", w);
    if (v == null && WORDS.has("move", w)) return troopsIn(s) ? "deploy" : "supply";
    if (v == null) return null;
    int sp = v.indexOf(' ');
    if (sp < 0) return v;
    // a separable verb: its particle closes the clause
    String particle = v.substring(sp + 1);
    for (int k = i + 1; k < s.size(); k++) {
      String x = s.get(k).word();
      if (x.equals(",") || x.equals(";")) return null;
      if (x.equalsIgnoreCase(particle)) {
        boolean closes = k + 1 >= s.size() || isPunct(s.get(k + 1).word());
        if (closes) return v.substring(0, sp);
      }
    }
    return null;
  }

  private static boolean troopsIn(List<Token> s) {
    for (Token t : s) if (WORDS.has("theme", t.word())) return true;
    return false;
  }

  /** Planned by a modal or future, hypothetical by a conditional, negated; else reported. */
  private static Status status(List<Token> s, int i) {
    int from = clauseStart(s, i), to = clauseEnd(s, i);
    Status st = Status.REPORTED;
    for (int k = from; k < to; k++) {
      String w = s.get(k).word().toLowerCase(Locale.ROOT);
      if (WORDS.has("negated", w)) return Status.NEGATED;
      if (WORDS.has("hypothetical", w)) st = Status.HYPOTHETICAL;
      else if (WORDS.has("planned", w) && st == Status.REPORTED) st = Status.PLANNED;
    }
    return st;
  }

  /**
   * The first country, organisation or person in the clause that no preposition governs: German
   * puts the subject before the verb or right after it ("Am Montag verlegte die Bundeswehr ...").
   */
  private static Mention actor(List<Token> s, Mention[] at, int i) {
    int from = clauseStart(s, i), to = clauseEnd(s, i);
    Mention last = null;
    for (int k = from; k < to; k++) {
      Mention m = at[k];
      if (m == null || m == last) continue;
      last = m;
      if (k == i) continue;
      if (!actorType(m)) continue;
      if (governed(s, at, k)) continue;
      return m;
    }
    return null;
  }

  private static boolean actorType(Mention m) {
    return "ORGANIZATION".equals(m.type())
        || "PERSON".equals(m.type())
        || ("LOCATION".equals(m.type()) && m.country() != null)
        || ("MISC".equals(m.type()) && m.country() != null && "demonym".equals(m.kind()));
  }

  /** True when a preposition (with an article or adjectives) stands before the mention at k. */
  private static boolean governed(List<Token> s, Mention[] at, int k) {
    int j = k - 1;
    while (j >= 0 && at[j] == at[k]) j--;
    for (int n = 0; j >= 0 && n < 3; j--, n++) {
      String w = s.get(j).word().toLowerCase(Locale.ROOT);
      if (WORDS.has("preposition", w)) return true;
      if (Character.isUpperCase(s.get(j).word().charAt(0)) || isPunct(w)) return false;
    }
    return false;
  }

  /** The first place or party after a preposition of the kind (location, target). */
  private static Mention after(List<Token> s, Mention[] at, String kind, Mention actor) {
    for (int k = 0; k + 1 < s.size(); k++) {
      if (!WORDS.has(kind, s.get(k).word())) continue;
      for (int j = k + 1; j < Math.min(s.size(), k + 4); j++) {
        Mention m = at[j];
        if (m == null) continue;
        if (m == actor) break;
        boolean place = "LOCATION".equals(m.type()) || m.country() != null;
        if (kind.equals("location") ? place : actorType(m)) return m;
        break;
      }
    }
    return null;
  }

  /** The quantity of the sentence nearest the trigger, or -1. */
  private static int quantity(List<Quantity> qs, int left, int right, int trigger) {
    int best = -1, bestD = Integer.MAX_VALUE;
    for (int k = 0; k < qs.size(); k++) {
      Quantity q = qs.get(k);
      if (q.start() < left || q.end() > right) continue;
      if (q.counted() == null || !WORDS.has("theme", q.counted())) continue;
      int d = Math.abs(q.start() - trigger);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }

  private static int clauseStart(List<Token> s, int i) {
    int k = i;
    while (k > 0 && !s.get(k - 1).word().equals(";")) k--;
    return k;
  }

  private static int clauseEnd(List<Token> s, int i) {
    int k = i;
    while (k < s.size() && !s.get(k).word().equals(";")) k++;
    return k;
  }

  private static boolean isPunct(String w) {
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
  }
}

package org.sitrep.resolve.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * Turns one annotated article's quantities into fact observations: what is counted gives the
 * measure; the subject is the actor of the event the quantity belongs to, else the group or country
 * the clause names (a NATO battlegroup with 1,600 soldiers, 4,800 German troops, the German
 * contingent, Germany has), else the country the article is mostly about; the place is the
 * destination or location in the sentence (or the one "there" points back to); the status comes
 * from the event or the clause's tense and modality.
 */
public final class FactExtractor {
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will|would|shall|'ll|slated|plans?|planned|planning|expected|expects|willing|prepared|set to|is to|are"
              + " to|aims?|intends?|intended|proposed|could|may|might|to be|by the year|ready to)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLEDGE =
      Pattern.compile(
          "\\b(pledged?|pledges|promised?|promises|vowed|vows|committed|commits|offered|offers)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HYPOTHETICAL =
      Pattern.compile("\\b(if|unless|whether)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(not|never|no longer|refused to|ruled out|denied)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT_NOUN =
      Pattern.compile(
          "\\b(battlegroup|battle group|deployment|force|forces|mission|contingent|brigade|battalion|division|unit"
              + "|troops|soldiers|presence|regiment|corps|army|military|fleet|coalition|alliance)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(said|says|told|reported|reports|announced|announces|stated|according to|confirmed|added|estimated"
              + "|estimates|claimed|claims)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "(?i)\\b(to|in|into|from|of|near|with|on|at|against|toward|towards|across|along|by|for|over|through|and)\\s+"
              + "(the\\s+)?$");
  private static final Pattern FROM_AFTER =
      Pattern.compile("^\\s*(?:of them\\s+)?from\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  /**
   * Figures with no number in them ("several hundred", "tens of thousands"): an order of magnitude,
   * not a value.
   */
  private static final Pattern VAGUE =
      Pattern.compile(
          "(?i)\\b(several|a few|few|many|dozens|hundreds|thousands|millions|tens|scores|numerous)\\b");

  private static final Pattern SUBSET_CUE =
      Pattern.compile(
          "(?i)^[\\s\\p{L}]{0,30}?,?\\s*(including|among them|of whom|of which|of them)\\b[^,;]{0,20}$");

  private static final Pattern NEXT_WORD =
      Pattern.compile(
          "^\\s+(?:(?:\\p{Ll}+ly|also|now|still|already|currently|again|too|soon)\\s+)*(\\p{Ll}+)\\b");
  private static final java.util.Set<String> AUX =
      java.util.Set.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
          "shall", "should", "may", "might", "must", "did", "does", "do", "plans", "wants",
          "intends", "began", "sent", "led", "said");

  private FactExtractor() {}

  static boolean vague(Quantity q) {
    return q.text().chars().noneMatch(Character::isDigit) && VAGUE.matcher(q.text()).find();
  }

  public static List<Observation> extract(Annotated a) {
    String body = a.body();
    Map<Integer, Event> eventOf = new HashMap<>();
    for (Event e : a.events())
      if (e.quantityIndex() >= 0) eventOf.putIfAbsent(e.quantityIndex(), e);
    String docSubject = dominantSubject(a);
    Map<String, Observation> kept = new LinkedHashMap<>();
    List<Quantity> qs = a.quantities();
    for (int qi = 0; qi < qs.size(); qi++) {
      Quantity q = qs.get(qi);
      String measure = Measure.of(q.counted(), q.unit());
      if (measure == null || vague(q)) continue;
      int si = a.sentenceAt(q.start());
      if (si < 0) continue;
      Span sent = a.sentences().get(si);
      Span clause = clauseAround(body, sent, q.start(), q.end());
      String clauseText = body.substring(clause.start(), clause.end());
      String status = status(eventOf.get(qi), clauseText);
      if (status == null) continue;

      Event ev = eventOf.get(qi);
      String from = fromWhom(a, sent, q);
      SeriesKey group = groupOf(a, sent, q, measure);
      String subject;
      if (from != null) subject = from;
      else if (group != null)
        subject = group.subject(); // "a NATO battlegroup with 1,600 soldiers" counts NATO's
      else subject = subjectOf(a, sent, q, ev);
      // A share of GDP is a share of one's own economy: its subject is whose it is, and it has no
      // place.
      boolean ownShare = measure.equals(Measure.SHARE_OF_GDP);
      if (subject == null && ownShare) subject = possessor(a, sent);
      if (subject == null) subject = docSubject;
      if (subject == null) continue;
      String place = ownShare ? "" : placeOf(a, si, q, ev, subject);
      SeriesKey key = new SeriesKey(subject, measure, place);
      SeriesKey partOf = null;
      Observation whole = lastInSentence(kept, sent);
      if (whole != null
          && !whole.key().equals(key)
          && SUBSET_CUE.matcher(body.substring(whole.end(), q.start())).find()) {
        partOf = whole.key(); // "about 1,600 soldiers, including about 780 from the Bundeswehr"
      }
      String[] dates = dates(a, sent, q, status);
      Published pub = a.document().published();
      String asOf = dates[0], asOfHow = "time";
      if (asOf == null && pub.value() != null) {
        asOf = pub.value();
        asOfHow = pub.how() == Published.How.INFERRED ? "inferred" : "published";
      }
      if (asOf == null) asOfHow = "undated";
      Observation o =
          new Observation(
              key,
              a.document().id(),
              a.document().outlet(),
              q.value(),
              q.valueMax(),
              q.bound(),
              q.approximate(),
              q.change(),
              status,
              asOf,
              asOfHow,
              dates[1],
              attribution(a, sent),
              q.start(),
              q.end(),
              q.text(),
              sent.of(body).strip(),
              partOf);
      // One article repeating a figure ("4,800 by 2027" ... "4,800 German troops") is one
      // observation.
      String same = key + "|" + q.value() + "|" + status;
      Observation prev = kept.get(same);
      if (prev == null) kept.put(same, o);
      else if (prev.target() == null && o.target() != null)
        kept.put(same, withTarget(prev, o.target()));
    }
    return new ArrayList<>(kept.values());
  }

  private static Observation withTarget(Observation p, String target) {
    return new Observation(
        p.key(),
        p.docId(),
        p.outlet(),
        p.value(),
        p.valueMax(),
        p.bound(),
        p.approximate(),
        p.change(),
        p.status(),
        p.asOf(),
        p.asOfHow(),
        target,
        p.attributedTo(),
        p.start(),
        p.end(),
        p.text(),
        p.evidence(),
        p.partOf());
  }

  /**
   * The clause holding the quantity: from the previous comma, semicolon or colon to the next. A
   * comma between digits ("about 5,000 personnel and 2,000 vehicles") groups thousands and ends
   * nothing.
   */
  static Span clauseAround(String body, Span sent, int qs, int qe) {
    int s = qs;
    while (s > sent.start() && !clauseMark(body, s - 1)) s--;
    int e = qe;
    while (e < sent.end() && !clauseMark(body, e)) e++;
    return new Span(s, e);
  }

  private static boolean clauseMark(String body, int i) {
    char c = body.charAt(i);
    if (",;:—".indexOf(c) < 0) return false;
    return c != ','
        || i == 0
        || i + 1 >= body.length()
        || !Character.isDigit(body.charAt(i - 1))
        || !Character.isDigit(body.charAt(i + 1));
  }

  static String status(Event ev, String clause) {
    if (ev != null) {
      switch (ev.status()) {
        case HYPOTHETICAL, NEGATED -> {
          return null;
        }
        case PLEDGED -> {
          // An offer ("willing to", "prepared to send") is a plan of the one offering; a pledge
          // needs its verb.
          return PLEDGE.matcher(clause).find() ? "pledged" : "planned";
        }
        case PLANNED -> {
          return "planned";
        }
        default -> {}
      }
    }
    if (HYPOTHETICAL.matcher(clause).find() || NEGATED.matcher(clause).find()) return null;
    if (PLEDGE.matcher(clause).find()) return "pledged";
    if (FUTURE.matcher(clause).find()) return "planned";
    return "current";
  }

  /**
   * A group the quantity counts the members of: "a NATO battlegroup with currently about 1,600
   * soldiers".
   */
  private static SeriesKey groupOf(Annotated a, Span sent, Quantity q, String measure) {
    String body = a.body();
    Mention owner = null;
    for (Mention m : a.entities()) {
      if (m.end() <= q.start() && m.start() >= sent.start()) owner = m;
    }
    if (owner == null) return null;
    String between = body.substring(owner.end(), q.start());
    if (between.length() > 60 || !UNIT_NOUN.matcher(between).find()) return null;
    if (!between.matches("(?is).*\\b(with|of|numbering|totalling|totaling|comprising)\\b.*"))
      return null;
    String who = ownerName(owner);
    return who == null ? null : new SeriesKey(who, measure, "");
  }

  private static String ownerName(Mention m) {
    if ("ORGANIZATION".equals(m.type())) return m.canonical() != null ? m.canonical() : m.text();
    return m.country();
  }

  private static Observation lastInSentence(Map<String, Observation> kept, Span sent) {
    Observation last = null;
    for (Observation o : kept.values())
      if (o.start() >= sent.start() && o.end() <= sent.end()) last = o;
    return last;
  }

  /** "about 780 from the Bundeswehr": the country of the force the figure is drawn from. */
  private static String fromWhom(Annotated a, Span sent, Quantity q) {
    String after = a.body().substring(q.end(), Math.min(sent.end(), q.end() + 40));
    Matcher from = FROM_AFTER.matcher(after);
    if (from.find()) {
      for (Mention m : a.entities()) {
        if (m.start() == q.end() + from.end() && m.country() != null) return m.country();
      }
    }
    return null;
  }

  /** The country or organisation whose figure this is, or null when the sentence does not say. */
  private static String subjectOf(Annotated a, Span sent, Quantity q, Event ev) {
    String body = a.body();
    if (ev != null && ev.actor() != null) return ev.actor();
    // "4,800 German troops": a demonym inside the quantity or between number and noun
    for (Mention m : a.entities()) {
      if (m.country() != null
          && "demonym".equals(m.kind())
          && m.start() >= q.start()
          && m.end() <= q.end() + 2) {
        return m.country();
      }
    }
    // "the German contingent", "Germany has", "Germany will send"
    String best = null;
    int bestRank = 0;
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || m.country() == null) continue;
      if (m.start() >= q.start() && m.end() <= q.end()) continue;
      String before = body.substring(Math.max(sent.start(), m.start() - 20), m.start());
      String next = body.substring(m.end(), Math.min(sent.end(), m.end() + 40));
      int rank = 0;
      if ("demonym".equals(m.kind())
          && next.matches(
              "(?is)^\\s+(\\w+\\s+){0,1}(contingent|force|forces|troops|soldiers|brigade|battalion|unit|military|army|deployment|government|mission)\\b.*")) {
        rank = 3;
      } else if (!"demonym".equals(m.kind())
          && !PREPOSITION_BEFORE.matcher(before).find()
          && followedByVerb(a, m)) {
        rank = m.end() <= q.start() ? 2 : 1;
      }
      if (rank > bestRank) {
        bestRank = rank;
        best = m.country();
      }
    }
    return best;
  }

  /**
   * The country a sentence speaks of as an owner: the first one written with a possessive
   * ("Germany's defence budget"), else the only country the sentence names.
   */
  private static String possessor(Annotated a, Span sent) {
    String body = a.body();
    java.util.Set<String> named = new java.util.LinkedHashSet<>();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || m.country() == null) continue;
      if (!"demonym".equals(m.kind())
          && (body.startsWith("'s", m.end()) || body.startsWith("’s", m.end()))) {
        return m.country();
      }
      named.add(m.country());
    }
    return named.size() == 1 ? named.iterator().next() : null;
  }

  private static boolean followedByVerb(Annotated a, Mention m) {
    List<Token> toks = a.tokens();
    if (!toks.isEmpty()) {
      int i = Token.firstAtOrAfter(toks, m.end());
      for (int k = i; k < Math.min(toks.size(), i + 3); k++) {
        String pos = toks.get(k).pos();
        if (pos == null) break;
        if (pos.startsWith("VB") || pos.equals("MD")) return true;
        if (!pos.equals("RB") && !pos.equals("POS") && !pos.equals(",")) return false;
      }
      return false;
    }
    // Without POS tags: the next word, past adverbs, is an auxiliary, a modal or a finite verb form
    // ("leads",
    // "deployed"); a lower-case word ending in -s or -ed right after a name is a verb far more
    // often than a noun.
    String next = a.body().substring(m.end(), Math.min(a.body().length(), m.end() + 40));
    Matcher v = NEXT_WORD.matcher(next);
    if (!v.find()) return false;
    String w = v.group(1);
    return AUX.contains(w)
        || (w.length() > 3 && (w.endsWith("s") || w.endsWith("ed")) && !w.endsWith("ss"));
  }

  /**
   * The country the article mostly speaks of as an actor: the most frequent country in subject
   * position.
   */
  static String dominantSubject(Annotated a) {
    Map<String, Integer> votes = new HashMap<>();
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.country() == null || "demonym".equals(m.kind())) continue;
      int si = a.sentenceAt(m.start());
      int from = si >= 0 ? a.sentences().get(si).start() : 0;
      String before = body.substring(Math.max(from, m.start() - 20), m.start());
      if (!PREPOSITION_BEFORE.matcher(before).find() && followedByVerb(a, m))
        votes.merge(m.country(), 1, Integer::sum);
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The place the figure is in or bound for, at country level; "there" points back to the previous
   * sentence.
   */
  private static String placeOf(Annotated a, int si, Quantity q, Event ev, String subject) {
    if (ev != null) {
      if (isCode(ev.target()) && !ev.target().equals(subject)) return ev.target();
      if (isCode(ev.location()) && !ev.location().equals(subject)) return ev.location();
    }
    Span sent = a.sentences().get(si);
    String p = placeIn(a, sent, subject, q, true);
    if (p != null) return p;
    String text = sent.of(a.body());
    if (si > 0 && text.matches("(?is).*\\b(there|the country|that country)\\b.*")) {
      p = placeIn(a, a.sentences().get(si - 1), subject, null, true);
      if (p != null) return p;
    }
    p = placeIn(a, sent, subject, q, false);
    return p == null ? "" : p;
  }

  /**
   * A place in the sentence: after a preposition of place, or (second pass) any named place that is
   * not an actor.
   */
  private static String placeIn(
      Annotated a, Span sent, String subject, Quantity q, boolean prepositionOnly) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      if (!"LOCATION".equals(m.type()) || m.country() == null || "demonym".equals(m.kind()))
        continue;
      if (m.country().equals(subject)) continue;
      String before = a.body().substring(Math.max(sent.start(), m.start() - 12), m.start());
      boolean prep =
          before.matches("(?is).*\\b(to|in|into|at|arrived|reached|inside|within)\\s+(the\\s+)?$");
      if (prepositionOnly && !prep) continue;
      if (!prep && followedByVerb(a, m))
        continue; // "Germany leads a NATO battlegroup": an actor, not a place
      int dist = q == null ? m.start() - sent.start() : Math.abs(m.start() - q.start());
      if (dist < bestDist) {
        bestDist = dist;
        best = m.country();
      }
    }
    return best;
  }

  private static boolean isCode(String s) {
    return s != null && s.length() == 3 && s.chars().allMatch(Character::isUpperCase);
  }

  /**
   * {asOf, target}: a dated time expression in the sentence; one after "by" or "until" on a plan is
   * a target.
   */
  private static String[] dates(Annotated a, Span sent, Quantity q, String status) {
    String asOf = null, target = null;
    for (TimeExpr t : a.times()) {
      if (t.start() < sent.start() || t.end() > sent.end() || !"DATE".equals(t.type())) continue;
      if (t.value() == null || !t.value().matches("\\d{4}.*")) continue;
      String before =
          a.body()
              .substring(Math.max(sent.start(), t.start() - 12), t.start())
              .toLowerCase(Locale.ROOT);
      boolean by = before.matches("(?s).*\\b(by|until|till|in|before)\\s+(the\\s+)?(year\\s+)?$");
      if (!status.equals("current") && by && t.start() > q.start()) target = t.value();
      else if (asOf == null && t.value().length() >= 7) asOf = t.value();
    }
    return new String[] {asOf, target};
  }

  /** Who the sentence attributes the figure to: a person or organisation next to a speech verb. */
  private static String attribution(Annotated a, Span sent) {
    String body = a.body();
    Matcher m = SPEECH.matcher(body.substring(sent.start(), sent.end()));
    while (m.find()) {
      int cue = sent.start() + m.start(), cueEnd = sent.start() + m.end();
      Mention best = null;
      int bestDist = 60;
      for (Mention e : a.entities()) {
        if (!"PERSON".equals(e.type()) && !"ORGANIZATION".equals(e.type())) continue;
        if (e.start() < sent.start() || e.end() > sent.end()) continue;
        int d = e.end() <= cue ? cue - e.end() : e.start() - cueEnd;
        // "…, dpa reported": a name the cue touches wins over a nearer-looking one across a comma
        String gap =
            d >= 0 ? body.substring(Math.min(e.end(), cueEnd), Math.max(e.start(), cue)) : "";
        if (gap.contains(",") && d > 1) d += 30;
        if (d >= 0 && d < bestDist) {
          bestDist = d;
          best = e;
        }
      }
      if (best != null) return best.canonical() != null ? best.canonical() : best.text();
    }
    return null;
  }
}

package org.sitrep.annotate.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * Reads one annotated article's quantities as facts. The measure comes from the language: the
 * counted noun's lemma as a plural ("dealerships"), folded by a small synonyms table ("soldiers",
 * "personnel" -> "troops"; "jets" -> "aircraft"), with the predicate's past participle when the
 * predicate acts on the things ("jobs cut", "aircraft ordered"); killing and dying count deaths,
 * wounding counts injuries; money is the noun it is of ("loss", "revenue") else "money"; a percent
 * is a share of its noun ("share of GDP") or a rate or change of the clause's subject
 * ("unemployment rate", "sales"); points and bare figures after an index are its level. The kind
 * separates levels ("rose to", "closed at"), signed changes ("fell 12%"), running totals ("a total
 * of", "so far") and shares. Years, dates, ages, ordinals, designations ("Boeing 737", "Article
 * 5"), numbers in addresses and codes, figures with no noun and sentences that are tables of
 * figures give no fact. Linear in the quantities: each is read from a bounded window of tokens.
 */
public final class FactFinder {
  private static final java.util.function.Predicate<String> MATCHES_1 =
      Pattern.compile("(?is).*\\bof (the|these|those|its|their)\\b.*").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_2 =
      Pattern.compile("\\d{1,3}").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_3 =
      Pattern.compile("\\d{4}.*").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_4 =
      Pattern.compile("(?s).*\\b(by|until|till|in|before)\\s+(the\\s+)?(year\\s+)?$")
          .asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_5 =
      Pattern.compile("(?s).*\\b(since|from|after|before|until)\\s+(the\\s+)?$").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_6 =
      Pattern.compile("\\d{4}(-Q[1-4]|-H[12]|-[01]\\d)?").asMatchPredicate();

  /** How many sentences before a figure's own are read for the names its pronouns point to. */
  static final int CONTEXT_SENTENCES = 3;

  /** A sentence with more figures than this is a table or a list, not prose about facts. */
  static final int MAX_FIGURES_PER_SENTENCE = 12;

  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(will|would|shall|'ll|slated|(?<!(the|its|their|this|that|a|new) )plans?|planned|planning|(?<!(than|as) )expected|expects|willing|prepared|set to|is to|are"
              + " to|aims?|intends?|intended|proposed|could|(?-i:may)|might|to be|by the year|ready to|forecasts?|projected)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLEDGE =
      Pattern.compile(
          "\\b(pledged?|pledges|promised?|promises|vowed|vows|committed|commits|offered|offers)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "\\b(if(?! compared)|unless|whether)\\b|\\b(estimat|forecast|predict|project)\\w*\\b.*\\b(will|would)\\b"
              // "is likely to plummet", "was estimated to slide": a forecast of the figure
              + "|\\b(likely|estimated|forecast|forecasted|projected|predicted) to\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(not|never|no longer|refused to|ruled out|denied|n't)\\b", Pattern.CASE_INSENSITIVE);

  /** Figures with no number in them ("several hundred", "tens of thousands"): a magnitude. */
  private static final Pattern VAGUE =
      Pattern.compile(
          "(?i)\\b(several|a few|few|many|dozens|hundreds|thousands|millions|billions|tens|scores|numerous)\\b");

  private static final Pattern SUBSET_CUE =
      Pattern.compile(
          "(?i)^[\\s\\p{L}]{0,30}?,?\\s*(including|among them|of whom|of which|of them)\\b[^,;]{0,20}$");
  private static final Pattern BASE_BEFORE =
      Pattern.compile(
          "\\b(from|compared (with|to)|against|versus|vs\\.?|than)\\s+(about |around |nearly |just )?$");
  private static final Pattern ALL_OF = Pattern.compile("(?i)\\ball\\s+(of\\s+)?(the\\s+)?$");
  private static final Pattern CODE_WORD = Pattern.compile("(?i)(/|@|=|#|_|http|www\\.|\\.com)");

  private FactFinder() {}

  /**
   * The facts of one annotated article, in text order; a figure may give two ("fell 212.4 to
   * 9,412").
   */
  public static List<Fact> find(Annotated a) {
    if (a == null || a.quantities().isEmpty() || a.sentences().isEmpty()) return List.of();
    List<Quantity> qs = a.quantities();
    Map<Integer, Event> eventOf = new HashMap<>();
    for (Event e : a.events())
      if (e.quantityIndex() >= 0) eventOf.putIfAbsent(e.quantityIndex(), e);
    int[] perSentence = new int[a.sentences().size()];
    for (Quantity q : qs) {
      int si = a.sentenceAt(q.start());
      if (si >= 0) perSentence[si]++;
    }
    List<Fact> out = new ArrayList<>();
    // Each figure reads the names of its own sentence and the one before ("there"): a view of the
    // document with only those keeps the work per figure independent of the article's length.
    List<Mention> byStart = new ArrayList<>(a.entities());
    byStart.sort(java.util.Comparator.comparingInt(Mention::start));
    int[] starts = byStart.stream().mapToInt(Mention::start).toArray();
    Annotated local = null;
    int localSentence = -1;
    Topic topic = Topic.of(a);
    for (int qi = 0; qi < qs.size(); qi++) {
      Quantity q = qs.get(qi);
      int si = a.sentenceAt(q.start());
      if (si < 0 || perSentence[si] > MAX_FIGURES_PER_SENTENCE) continue;
      if (si != localSentence) {
        // the names of the sentence and the few before it: what its pronouns can point back to
        int from = a.sentences().get(Math.max(0, si - CONTEXT_SENTENCES)).start();
        int to = a.sentences().get(si).end();
        int lo = lowerBound(starts, from), hi = lowerBound(starts, to);
        local = a.withEntities(introduced(byStart, lo, byStart.subList(lo, hi)));
        localSentence = si;
      }
      if (!Figures.observation(local, q) || Restatements.any(a, qi)) continue;
      if (q.text().chars().noneMatch(Character::isDigit) && VAGUE.matcher(q.text()).find())
        continue;
      // each mention of a figure is a fact of its own, with its own sentence: an article that
      // repeats a figure ("6,000 masks stolen" in the headline, "a total of 6,000 masks" below)
      // says it twice; series count it once per article (StoredFacts)
      out.addAll(read(local, qi, si, eventOf.get(qi), out, topic));
    }
    return out;
  }

  /** How many names given before a figure's context are kept for it ({@link #introduced}). */
  static final int INTRODUCED_NAMES = 40;

  /**
   * The names of a figure's context, {@code near}, after the first mention of each place,
   * organisation or person the article named before it (the first {@link #INTRODUCED_NAMES}): a
   * name written shorter later ("Caeneus" after "Caeneus Minerals") or a description ("the island"
   * after "Hart Island") can point back to one introduced paragraphs before.
   */
  private static List<Mention> introduced(List<Mention> byStart, int before, List<Mention> near) {
    if (before == 0) return near;
    List<Mention> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < before && out.size() < INTRODUCED_NAMES; i++) {
      Mention m = byStart.get(i);
      if ("demonym".equals(m.kind())) continue;
      if (!("ORGANIZATION".equals(m.type())
          || "PERSON".equals(m.type())
          || "LOCATION".equals(m.type()))) continue;
      if (seen.add(m.type() + "|" + m.text())) out.add(m);
    }
    out.addAll(near);
    return out;
  }

  private static List<Fact> read(
      Annotated a, int qi, int si, Event ev, List<Fact> done, Topic topic) {
    Quantity q = a.quantities().get(qi);
    Span sent = a.sentences().get(si);
    Around ar = new Around(a, sent, q, a.quantities(), qi);
    Naming n = Naming.of(ar, q);
    if (n == null || !counts(a, ar, q, n)) return List.of();
    String body = a.body();
    Span clause = clauseAround(body, sent, q.start(), q.end());
    String clauseText = body.substring(clause.start(), clause.end());

    // Kind and sign
    String before = body.substring(Math.max(clause.start(), q.start() - 30), q.start());
    String after = body.substring(q.end(), Math.min(clause.end(), q.end() + 30));
    boolean total = totalCue(before.toLowerCase(Locale.ROOT), after.toLowerCase(Locale.ROOT));
    int dir = n.direction;
    if (dir == 0 && q.change() != null && !n.levelVerb)
      dir = q.change().equals("decrease") ? -1 : 1;
    // "with Renault at 11 percent": "at" gives a share to a name, it sets no level
    boolean toLevel =
        ("to".equals(ar.prep)
                || "at".equals(ar.prep)
                // "rose from 4.1% to 4.9%": the level it started from
                || ("from".equals(ar.prep) && dir != 0)
                // "fell to a record low of 0.9%": the extreme is a level
                || (ar.word(ar.first - 1).equals("of")
                    && Lexicon.get().is("extreme", ar.word(ar.first - 2))))
            && !(n.share && Subjects.nameAt(ar) != null);
    Fact.Kind kind;
    boolean split = false;
    // "has fallen 12 percent so far this year": a running move is still a change, with its sign
    if (total && dir != 0 && !toLevel && !n.total && !n.predicateInMeasure) total = false;
    if (total || (n.total && (toLevel || dir == 0))) kind = Fact.Kind.TOTAL;
    else if (toLevel) kind = Fact.Kind.LEVEL;
    else if (n.share) kind = Fact.Kind.SHARE;
    else if (dir != 0 && !n.predicateInMeasure) {
      kind = Fact.Kind.CHANGE;
      // "fell 212.4 to 9,412": a change and the level it led to
      // "30 to 50 percent more" is a range of changes
      split =
          q.bound() == Quantity.Bound.RANGE
              && q.valueMax() != null
              && q.text().contains(" to ")
              && Lexicon.get()
                      .value(
                          "comparative",
                          q.text()
                              .substring(q.text().lastIndexOf(' ') + 1)
                              .toLowerCase(Locale.ROOT))
                  == null
              && !unitOnlyAtEnd(q);
    } else kind = Fact.Kind.LEVEL;
    String change = kind == Fact.Kind.CHANGE ? (dir < 0 ? "decrease" : "increase") : null;
    if (kind != Fact.Kind.CHANGE && kind != Fact.Kind.TOTAL && toLevel && dir != 0)
      change = dir < 0 ? "decrease" : "increase";

    // Subject
    // "Lee, who was tied with Park at 41 percent": the figure is each one's
    List<Mention> tied = n.share ? Subjects.tiedParties(ar) : List.of();
    Subjects.Who who =
        tied.size() >= 2
            ? new Subjects.Who(Subjects.name(tied.get(0)), tied.get(0))
            : n.predicateInMeasure ? null : Subjects.fromWhom(a, sent, q);
    if (who == null) who = Subjects.groupOf(a, sent, q);
    if (who == null) who = Subjects.possessiveRightBefore(a, sent, q);
    // "all 32 NATO members": the organisation inside the figure's phrase
    if (who == null) who = Subjects.nameInPhrase(a, q);
    // "Spain has recorded 157,000 cases and Italy 143,600": the name of a clause with no verb
    if (who == null) who = Subjects.gapped(ar);
    // "68% of the deaths were African American": the group the share is of
    if (who == null && n.share) who = Subjects.groupNamed(ar);
    // "data from Poland shows that ...": the figures the named one's data give
    if (who == null) who = Subjects.dataFrom(ar);
    if (who == null) who = n.subject;
    if (who == null) who = Subjects.fromGrammar(ar, q, !casualty(n.measure), n.measure);
    if (who == null) who = Subjects.actor(a, sent, ev);
    if (who == null) who = Subjects.demonymIn(a, q);
    if (who == null) who = Subjects.ownerBefore(a, sent, q);
    boolean ownShare = "share of GDP".equals(n.measure);
    if (who == null && ownShare) who = Subjects.possessor(a, sent);
    if (who == null) who = Subjects.clauseSubject(a, sent, clause, q);
    // "36.9% of college students reported ...; 9.6% reported ...": the group a share is of
    if (who == null && n.share) who = Subjects.shareGroup(ar);
    if (who == null && n.share) who = groupBefore(a, ar, done, si);
    String subjectCode = who == null ? null : codeOf(who, ev);
    String placeCode = ownShare ? null : Subjects.placeOf(a, si, q, ev, subjectCode);
    if (who == null && "troops".equals(n.measure))
      who = Subjects.deployerTo(a, q.start(), placeCode);
    // "about 5,000 personnel and 2,000 vehicles": a figure listed right after another has its owner
    if (who == null) who = listedWith(a, q, done, sent);
    // "another private company is donating €1 million": the clause's subject as written
    if (who == null && ar.described != null && !casualty(n.measure))
      who = new Subjects.Who(ar.described, null);
    if (who != null && placeCode != null && Subjects.countryName(placeCode).equals(who.name()))
      placeCode = null;
    // "earned $45.2 million, or 65 cents a share, compared with $84.9 million": a figure that
    // continues the one before it in its sentence is about the same one
    if (who == null && Naming.money(q.unit())) who = continued(a, q, done, sent, n.measure);
    boolean casualty = casualty(n.measure);
    // the toll of an event with no one named: the place it happened, else the article's place
    if (who == null && casualty) who = Subjects.scene(a, sent, q);
    // "the global temperature rose 1.4°C ... October was 1.7°C warmer": a figure whose clause names
    // no owner continues the article's last figure of the same measure that had one
    if (who == null && casualty) who = sameMeasureBefore(a, done, n.measure, true);
    if (who == null && casualty) who = topic.place();
    // "6,000 masks have been lost at a hospital in Kobe": an organisation of the article its
    // sentence describes by its noun and a word of its name
    if (who == null && !casualty) {
      who = Subjects.describedIn(sent.of(body).toLowerCase(Locale.ROOT), topic.organizations());
    }
    // "total emissions fell 2 percent": a national statistic no name owns is the country's
    if (who == null && !casualty) who = Subjects.national(ar, n.measure, topic.country());
    // "Acme reported results on Monday. Sales rose 12%.": the subject the sentence before had
    if (who == null && !casualty && !n.needsSubject && !n.measure.equals("index level"))
      who = Subjects.previousSubject(a, si, sent, q);
    // "the global temperature rose 1.4°C ... October was 1.7°C warmer": a figure whose clause names
    // no owner continues the article's last figure of the same measure that had one
    if (who == null && !casualty && !n.needsSubject && !n.measure.equals("index level"))
      who = sameMeasureBefore(a, done, n.measure, false);
    // a figure whose clause names no one is about what the article is about
    if (who == null && !casualty && !n.needsSubject && !n.measure.equals("index level"))
      who = topic.entity();
    if (n.needsSubject && who == null) return List.of();

    Fact.Status status = n.forecast ? Fact.Status.HYPOTHETICAL : status(ev, clauseText);
    // "does not have the backing of all 32 NATO members": a whole group counted by "all" is
    // presupposed, whatever the clause denies of it
    if (status == Fact.Status.NEGATED && ALL_OF.matcher(before).find())
      status = Fact.Status.CURRENT;
    String[] dates = dates(a, sent, q, status);
    String asOf = dates[0], asOfHow = asOf == null ? null : "time", period = dates[2];
    if (period != null) {
      asOf = period;
      asOfHow = "period";
    }
    Published pub = a.document().published();
    if (asOf == null && pub != null && pub.value() != null) {
      asOf = pub.value();
      asOfHow = pub.how() == Published.How.INFERRED ? "inferred" : "published";
    }
    String by = attributedTo(a, sent, q);
    int partOf = -1;
    if (!done.isEmpty() && done.get(done.size() - 1).evidenceStart() == sent.start()) {
      int wi = done.size() - 1;
      Fact whole = done.get(wi);
      Quantity wq = a.quantities().get(whole.quantityIndex());
      boolean sameKey =
          java.util.Objects.equals(whole.subject(), who == null ? null : who.name())
              && whole.measure().equals(n.measure);
      if (!sameKey
          && wq.end() <= q.start()
          && SUBSET_CUE.matcher(body.substring(wq.end(), q.start())).find()) partOf = wi;
    }
    String subject = who == null ? null : who.name();
    Integer ss = who == null || who.mention() == null ? null : who.mention().start();
    Integer se = who == null || who.mention() == null ? null : who.mention().end();
    String place = placeCode == null ? null : Subjects.countryName(placeCode);
    // "77 cents", "65 pence a share": money in its currency, a hundredth of it
    String unit = q.unit() != null ? q.unit() : n.unit;
    double scale = 1;
    if (Naming.fraction(q)) {
      // "more than half of the voters": a share in percent
      unit = "percent";
      scale = 100;
    }
    String sub = subunit(unit);
    if (sub != null) {
      unit = currencyOf(a, si, q, sub) + unit.substring(sub.length());
      scale = 0.01;
    }
    double v = q.value() * scale;
    double value = kind == Fact.Kind.CHANGE ? dir * Math.abs(v) : v;
    Double max =
        q.valueMax() == null
            ? null
            : kind == Fact.Kind.CHANGE
                ? dir * Math.abs(q.valueMax() * scale)
                : q.valueMax() * scale;
    Fact fact =
        new Fact(
            qi,
            subject,
            ss,
            se,
            n.measure,
            place,
            value,
            max,
            unit,
            q.bound(),
            q.approximate(),
            change,
            kind,
            status,
            asOf,
            asOfHow,
            period,
            dates[1],
            by,
            sent.start(),
            sent.end(),
            partOf);
    if (!split) {
      // "Ford and Toyota at 5 percent each": the one figure is each one's
      List<Mention> each =
          tied.size() >= 2 ? tied : who == null ? List.of() : Subjects.sharedBy(ar);
      if (each.size() < 2) return List.of(fact);
      List<Fact> all = new ArrayList<>();
      for (Mention m : each) all.add(withSubject(fact, new Subjects.Who(Subjects.name(m), m)));
      return all;
    }
    // "fell 212.4 to 9,412": the change the figure's first end says, the level its second
    return List.of(
        fact.withValue(dir * Math.abs(v), null, Quantity.Bound.EXACT, change, Fact.Kind.CHANGE),
        fact.withValue(q.valueMax() * scale, null, Quantity.Bound.EXACT, null, Fact.Kind.LEVEL));
  }

  /**
   * "20 to 40 percent": a range whose unit is written after its second end only; its first end is
   * no change of its own ("fell 2% to 5%" and "fell 212.4 to 9,412" are).
   */
  private static boolean unitOnlyAtEnd(Quantity q) {
    if (q.unit() == null) return false;
    String t = q.text();
    int to = t.indexOf(" to ");
    int d = to;
    while (d > 0 && !Character.isDigit(t.charAt(d - 1))) d--;
    return d == to;
  }

  /** A measure of what an event did to people: deaths, injuries, "people arrested". */
  private static boolean casualty(String measure) {
    return measure.equals("deaths")
        || measure.equals("injuries")
        || measure.equals("casualties")
        // "14 people arrested", "3,000 residents evacuated": what an event did to people
        || Lexicon.get().is("toll", measure.substring(measure.lastIndexOf(' ') + 1));
  }

  /**
   * The subject of the last fact of the sentence whose measure is this one or the sum this one is
   * per unit of ("money earned" for "money earned per share"), or null.
   */
  private static Subjects.Who continued(
      Annotated a, Quantity q, List<Fact> done, Span sent, String measure) {
    int per = measure.indexOf(" per ");
    String base = per > 0 ? measure.substring(0, per) : measure;
    for (int i = done.size() - 1; i >= 0; i--) {
      Fact f = done.get(i);
      if (f.evidenceStart() != sent.start()) break;
      // "...; its rival earned $2 million": a figure past a semicolon continues nothing
      if (!Naming.sameClause(a, a.quantities().get(f.quantityIndex()), q)) break;
      if (f.subject() == null) continue;
      if (f.measure().equals(measure) || f.measure().equals(base))
        return new Subjects.Who(f.subject(), null);
    }
    return null;
  }

  /**
   * The owner of the figure right before {@code q} in its sentence when the two are listed ("about
   * 5,000 personnel and 2,000 vehicles", "12 tanks, 40 trucks"), or null.
   */
  private static Subjects.Who listedWith(Annotated a, Quantity q, List<Fact> done, Span sent) {
    if (done.isEmpty()) return null;
    Fact f = done.get(done.size() - 1);
    if (f.evidenceStart() != sent.start() || f.subject() == null) return null;
    Quantity p = a.quantities().get(f.quantityIndex());
    if (p.end() > q.start()) return null;
    String between = a.body().substring(p.end(), q.start()).strip();
    if (!(between.equals("and")
        || between.equals(",")
        || between.equals(", and")
        || between.equals("as well as"))) return null;
    return whoOf(a, f);
  }

  /**
   * "36.9% of college students reported binge drinking; 9.6% reported heavy alcohol use": a share
   * that is the subject of its own verb, with no whole named, is of the group the last share of
   * this sentence or the two before it was of; null when there is none.
   */
  private static Subjects.Who groupBefore(Annotated a, Around ar, List<Fact> done, int si) {
    int k = ar.last + 1;
    if (k < ar.sentEnd && ar.pos(k).startsWith("RB")) k++;
    if (k >= ar.sentEnd || !ar.verb(k)) return null;
    int from = a.sentences().get(Math.max(0, si - 2)).start();
    for (int i = done.size() - 1; i >= 0; i--) {
      Fact f = done.get(i);
      if (f.evidenceStart() < from) break;
      if (f.kind() != Fact.Kind.SHARE || f.subject() == null || f.subjectStart() != null) continue;
      String text = a.body().substring(f.evidenceStart(), f.evidenceEnd()).toLowerCase(Locale.ROOT);
      String group = f.subject().toLowerCase(Locale.ROOT);
      if (text.contains("of " + group) || text.contains("of the " + group))
        return new Subjects.Who(f.subject(), null);
    }
    return null;
  }

  /**
   * The subject of the article's last figure of {@code measure} that had one, or null; for a toll
   * only a country's or the world's (a toll at one site is not the toll of the whole event).
   */
  private static Subjects.Who sameMeasureBefore(
      Annotated a, List<Fact> done, String measure, boolean wholeOnly) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Fact f = done.get(i);
      if (f.subject() == null || !f.measure().equals(measure)) continue;
      if (wholeOnly && !whole(f.subject())) return null;
      return whoOf(a, f);
    }
    return null;
  }

  /** A country's name or the world. */
  private static boolean whole(String name) {
    if (name.equals("world")) return true;
    var p = org.sitrep.annotate.place.Gazetteer.get().place(name).orElse(null);
    return p != null && p.kind() == org.sitrep.annotate.place.Place.Kind.COUNTRY;
  }

  /** A fact's subject with the mention that named it, when it is still in view. */
  private static Subjects.Who whoOf(Annotated a, Fact f) {
    if (f.subjectStart() != null)
      for (Mention m : a.entities())
        if (m.start() == f.subjectStart() && m.end() == f.subjectEnd())
          return new Subjects.Who(f.subject(), m);
    return new Subjects.Who(f.subject(), null);
  }

  /** "cent" or "pence" when the unit is one of them (alone or per something), else null. */
  private static String subunit(String unit) {
    if (unit == null) return null;
    for (String s : new String[] {"cent", "pence"})
      if (unit.equals(s) || unit.startsWith(s + " per ")) return s;
    return null;
  }

  /**
   * The currency cents are a hundredth of: pence are of pounds; cents of the currency of the last
   * sum before them in their sentence or the one before, else of dollars.
   */
  private static String currencyOf(Annotated a, int si, Quantity q, String sub) {
    if (sub.equals("pence")) return "GBP";
    int from = a.sentences().get(Math.max(0, si - 1)).start();
    String cur = "USD";
    for (Quantity o : a.quantities()) {
      if (o.start() < from || o.start() >= q.start() || o.unit() == null) continue;
      if (o.unit().length() >= 3 && o.unit().substring(0, 3).matches("[A-Z]{3}"))
        cur = o.unit().substring(0, 3);
    }
    return cur;
  }

  /** {@code f} said of another subject. */
  private static Fact withSubject(Fact f, Subjects.Who who) {
    return f.withSubject(
        who.name(),
        who.mention() == null ? null : who.mention().start(),
        who.mention() == null ? null : who.mention().end());
  }

  private static int lowerBound(int[] a, int key) {
    int lo = 0, hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether a named figure counts something new: not a single thing ("one user"), not things the
   * text already counted ("the two men", "Two of the three bombers"), not a rate ("one in every
   * 200"), not words of a title ("Three Men Attacked the Concert Hall"), not an age after a name
   * ("Hamza Attou, 21,").
   */
  private static boolean counts(Annotated a, Around ar, Quantity q, Naming n) {
    boolean casualty = n.measure.equals("deaths") || n.measure.equals("injuries");
    if (q.unit() != null || Naming.fraction(q)) return true;
    if (q.value() == 1 && q.valueMax() == null && !casualty) return false;
    String body = a.body();
    if (ar.first > ar.sentFirst) {
      String prev = ar.word(ar.first - 1);
      if (Lexicon.get().is("every", prev)) return false;
      if (q.value() < 20
          && !casualty
          && Lexicon.get().is("reference", prev)
          && !Naming.wholeOfPart(ar)) return false;
    }
    if (q.value() < 20
        && !casualty
        && q.text().transform(MATCHES_1::test)
        && !Naming.countedWhole(a, q)) return false;
    // a capitalised counted noun inside a sentence: a title or a name
    if (q.counted() != null
        && ar.first > ar.sentFirst
        // "1.5 million Britons": a people's name is capitalised, yet counts
        && org.sitrep.annotate.place.Gazetteer.get().demonym(q.counted()).isEmpty()) {
      for (int i = ar.first; i <= ar.last; i++) {
        String w = ar.toks.get(i).word();
        if (w.equalsIgnoreCase(q.counted()) && Character.isUpperCase(w.charAt(0))) return false;
      }
    }
    // "Hamza Attou, 21,": a bare number between commas after a name
    if (q.text().transform(MATCHES_2::test)
        && q.start() >= 2
        && body.startsWith(", ", q.start() - 2)) {
      int e = q.end();
      char next = e < body.length() ? body.charAt(e) : '.';
      if ((next == ',' || next == '.' || next == ')') && ar.first >= 2 && ar.proper(ar.first - 2))
        return false;
    }
    return true;
  }

  private static String codeOf(Subjects.Who who, Event ev) {
    Mention m = who.mention();
    if (m != null && m.country() != null && !Subjects.isOrg(m)) return m.country();
    if (ev != null
        && ev.actor() != null
        && Subjects.isCode(ev.actor())
        && Subjects.countryName(ev.actor()).equals(who.name())) return ev.actor();
    return null;
  }

  private static boolean totalCue(String before, String after) {
    for (String w : Lexicon.get().words("total")) {
      if (before.endsWith(w + " ")
          || before.endsWith(w + " about ")
          || after.startsWith(" " + w)
          || (before.contains(w + " ")
              && (w.equals("so far")
                  || w.equals("thus far")
                  || w.equals("to date")
                  || w.equals("in total")))) return true;
    }
    for (String w :
        new String[] {"so far", "thus far", "to date", "in total", "in all", "altogether"})
      if (after.contains(w)) return true;
    return false;
  }

  /** The clause holding the figure: from the previous comma, semicolon or colon to the next. */
  static Span clauseAround(String body, Span sent, int qs, int qe) {
    int s = qs;
    while (s > sent.start() && !breaks(body, s - 1) && !contrast(body, s - 1)) s--;
    int e = qe;
    while (e < sent.end() && !breaks(body, e) && !contrast(body, e)) e++;
    return new Span(s, e);
  }

  /**
   * A contrasting conjunction that opens a clause of its own at {@code i}: " but ", " while ", "
   * whereas " ("48 are still being treated but are no longer in a critical condition").
   */
  private static boolean contrast(String body, int i) {
    if (body.charAt(i) != ' ') return false;
    for (String w : Lexicon.get().words("contrast"))
      if (body.regionMatches(true, i + 1, w, 0, w.length())
          && i + 1 + w.length() < body.length()
          && body.charAt(i + 1 + w.length()) == ' ') return true;
    return false;
  }

  /** A comma, semicolon, colon or dash that ends a clause; not the comma inside "5,000". */
  private static boolean breaks(String body, int i) {
    char c = body.charAt(i);
    if (",;:—".indexOf(c) < 0) return false;
    return !(i > 0
        && i + 1 < body.length()
        && Character.isDigit(body.charAt(i - 1))
        && Character.isDigit(body.charAt(i + 1)));
  }

  static Fact.Status status(Event ev, String clause) {
    if (ev != null) {
      switch (ev.status()) {
        case HYPOTHETICAL -> {
          return Fact.Status.HYPOTHETICAL;
        }
        case NEGATED -> {
          return Fact.Status.NEGATED;
        }
        case PLEDGED -> {
          // an offer ("willing to", "prepared to send") is a plan; a pledge needs its verb
          return PLEDGE.matcher(clause).find() ? Fact.Status.PLEDGED : Fact.Status.PLANNED;
        }
        case PLANNED -> {
          // "estimated that 8 million will have been sold": a forecast, not a plan
          return HYPOTHETICAL.matcher(clause).find()
              ? Fact.Status.HYPOTHETICAL
              : Fact.Status.PLANNED;
        }
        default -> {}
      }
    }
    if (NEGATED.matcher(clause).find()) return Fact.Status.NEGATED;
    if (HYPOTHETICAL.matcher(clause).find()) return Fact.Status.HYPOTHETICAL;
    if (PLEDGE.matcher(clause).find()) return Fact.Status.PLEDGED;
    if (FUTURE.matcher(clause).find()) return Fact.Status.PLANNED;
    return Fact.Status.CURRENT;
  }

  /**
   * {asOf, target, period}: a dated time expression of the sentence; one after "by" or "until" on a
   * plan is a target; a quarter, half or year the figure is about is its reporting period.
   */
  private static String[] dates(Annotated a, Span sent, Quantity q, Fact.Status status) {
    String asOf = null, target = null, period = null;
    int bestPeriod = Integer.MAX_VALUE;
    for (TimeExpr t : a.times()) {
      if (t.start() < sent.start() || t.end() > sent.end() || !"DATE".equals(t.type())) continue;
      String v = t.value();
      if (v == null || !v.transform(MATCHES_3::test)) continue;
      String pre =
          a.body()
              .substring(Math.max(sent.start(), t.start() - 12), t.start())
              .toLowerCase(Locale.ROOT);
      boolean by = pre.transform(MATCHES_4::test);
      String pub = a.document().published() == null ? null : a.document().published().value();
      boolean later =
          pub != null && pub.length() >= 4 && v.substring(0, 4).compareTo(pub.substring(0, 4)) > 0;
      if (status != Fact.Status.CURRENT && (by || later) && t.start() > q.start()) {
        target = v.length() >= 4 ? v : target;
        continue;
      }
      if (pre.transform(MATCHES_5::test)) continue;
      // a year after the base of a comparison is the base's ("up from 75% in 2015")
      if (v.length() == 4 && baseBetween(a, q, t)) continue;
      if (v.transform(MATCHES_6::test)) {
        // the gap between the two: "in 2019 from $11.4 billion in 2018" is 2018's
        int d = t.start() >= q.end() ? t.start() - q.end() : Math.abs(q.start() - t.end());
        if (d < bestPeriod) {
          bestPeriod = d;
          period = v;
        }
      } else if (asOf == null && v.length() >= 7) asOf = v;
    }
    return new String[] {asOf, target, period};
  }

  /**
   * "rose to 75% in 2019 from 80% in 2015": a period after a figure that a base of comparison
   * ("from", "compared with", "than") stands before is that base's, not the figure's.
   */
  private static boolean baseBetween(Annotated a, Quantity q, TimeExpr t) {
    if (t.start() < q.end()) return false;
    String body = a.body();
    for (Quantity o : a.quantities()) {
      if (o.start() < q.end() || o.end() > t.start()) continue;
      String pre =
          body.substring(Math.max(q.end(), o.start() - 16), o.start()).toLowerCase(Locale.ROOT);
      if (BASE_BEFORE.matcher(pre).find()) return true;
    }
    return false;
  }

  /**
   * The quote's speaker when the figure stands in a quotation; else the source the sentence itself
   * names ("dpa reported", "according to the ministry").
   */
  private static String attributedTo(Annotated a, Span sent, Quantity q) {
    for (Quote qu : a.quotes())
      if (q.start() >= qu.start() && q.start() < qu.end()) return qu.speaker();
    return Subjects.attribution(a, sent);
  }
}

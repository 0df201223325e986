package org.sitrep.annotate.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.NameKey;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * Facts in German text: each counted figure ("4.800 Soldaten", "bis zu 350 weitere Soldaten")
 * becomes a fact whose measure is the English one its noun is followed as ({@code
 * lexicon/de/measures.tsv}: Soldaten are troops), so that German and English articles feed one
 * series. The subject is a demonym on the counted noun ("deutsche Soldaten"), the force it is drawn
 * from ("Soldaten der Bundeswehr"), else the actor of the event the figure belongs to, else the
 * first country or organisation the clause names outside a prepositional phrase; the place is the
 * event's place or the country after "in"/"nach"; the status the event's or the clause's (German
 * modal and negating words, {@code lexicon/de/events.tsv}); a year after "bis" is the target. Sums
 * of money and percentages are measured by the noun they belong to, read by the head of a German
 * compound ("Quartalsverlust von 1,2 Milliarden Euro" is a loss, "Der Umsatz stieg um 23 Prozent" a
 * change of revenue, "Die Arbeitslosenquote stieg auf 5,2 Prozent" the unemployment rate's new
 * level), "zwei Prozent des BIP" is a share of GDP, a sum with no such noun is money (spent,
 * invested, paid or raised when the clause says so); a percentage with no noun gives no fact. The
 * value keeps its scale and the unit its currency, as in English. Nouns are found in their case
 * endings and as the last part of a compound ("der Toten", "Bundeswehrsoldaten"); a percentage a
 * noun of a share holds is a share of the group named after it ("der Anteil der Frauen"); the
 * source a sentence names ("laut X", "nach Angaben des Ministeriums", "…, so X") is the figure's
 * attribution and not its owner; a count or rate "in" a country with no other owner is that
 * country's (not for forces, which are only stationed there).
 *
 * <p>A compound whose last part names a count is a count of its first part ("Flüchtlingszahl":
 * refugees, "Truppenstärke": troops, past a linking -s-, -n-, -en-); a listed plural names its
 * singular and its umlaut form. A change noun before "von" ("ein Plus von 14 Prozent") changes what
 * the figure before measured; a percentage before "weniger"/"mehr" and a noun, or after "um" with a
 * verb of change, moves that noun (open: a noun nobody listed is its own measure). A sum with no
 * noun or verb of its own goes on with the sentence before (a clause that points back: "waren es",
 * "dabei") or with the last sum; said of a thing it is its price. A verb of action on counted
 * things stays in the measure in English ("500 Stellen streichen": jobs cut); an organisation after
 * the counted noun owns it ("Beschäftigte von Airbus"); an amount in a unit is measured by the noun
 * after it ("Tonnen Kohle"). "im dritten Quartal", "im Gesamtjahr 2023" are the reporting period. A
 * figure nothing near gives an owner is the article's topic's.
 */
final class GermanFacts {
  private static final WordTable MEASURES = WordTable.read("/org/sitrep/lexicon/de/measures.tsv");
  private static final WordTable CLAUSE = WordTable.read("/org/sitrep/lexicon/de/events.tsv");
  private static final WordTable SPEECH = WordTable.read("/org/sitrep/lexicon/de/quotes.tsv");

  /** Legal forms written after a company's name ("AG", "GmbH"), exact case. */
  private static final java.util.Set<String> LEGAL_FORMS =
      lines("/org/sitrep/lexicon/de/legal-forms.txt");

  private static java.util.Set<String> lines(String resource) {
    try (var in = GermanFacts.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing word list " + resource);
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
      }
      return java.util.Set.copyOf(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Nouns of a kind of party ("Konzern", "Land") and the type of name they stand for. */
  private static final java.util.Map<String, String[]> CLASS_NOUNS =
      table("/org/sitrep/lexicon/de/class-nouns.tsv");

  private static java.util.Map<String, String[]> table(String resource) {
    java.util.Map<String, String[]> out = new java.util.HashMap<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      if (f.length >= 2) out.put(f[0].strip(), java.util.Arrays.copyOfRange(f, 1, f.length));
    }
    return java.util.Map.copyOf(out);
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

  private GermanFacts() {}

  static List<Fact> find(Annotated a) {
    Annotated all = a;
    a = a.withEntities(a.entities().stream().filter(m -> !compoundPart(all, m)).toList());
    List<Fact> out = new ArrayList<>();
    List<Integer> sentenceOf = new ArrayList<>();
    List<Quantity> qs = a.quantities();
    for (int qi = 0; qi < qs.size(); qi++) {
      Quantity q = qs.get(qi);
      boolean measured = q.unit() != null && (isMoney(q.unit()) || isPercent(q.unit()));
      int si = a.sentenceAt(q.start());
      if (si < 0) continue;
      Span sent = a.sentences().get(si);
      Fact f;
      // "im Geschäftsjahr 2022/23": the second half of a span of years or a ratio is no figure
      if (q.start() >= 2
          && a.body().charAt(q.start() - 1) == '/'
          && Character.isDigit(a.body().charAt(q.start() - 2))) continue;
      if (measured) f = sumOrShare(a, qi, q, sent, out);
      else if (q.unit() != null) f = amountOf(a, qi, q, sent);
      // "seit 20 Jahren", "vor zwei Jahren": a count of units of time is a duration
      else if (q.counted() != null && MEASURES.has("time", q.counted().toLowerCase(Locale.ROOT)))
        f = timeLevel(a, qi, q, sent);
      else if (q.counted() == null) f = bareCount(a, qi, q, sent, out);
      // "zwei Drittel der Abgeordneten": a share of a group, not a count of it
      else if (Math.abs(q.value()) < 1 && q.value() != 0) continue;
      else if (notACount(a.body(), q) || storyCount(q)) continue;
      else f = fact(a, qi, q, sent);
      // "Bis 2042 würden weltweit 40.850 Flugzeuge ausgeliefert": a figure of the whole world
      if (f != null && f.subject() == null && worldwide(a.body(), sent, q))
        f = f.withSubject("world", null, null);
      if (f != null) {
        out.add(f);
        sentenceOf.add(si);
      }
    }
    return carryOver(a, out, sentenceOf);
  }

  /**
   * True when the mention is the second part of a coordination of compounds whose shared last part
   * is written once ("On- und Offshore-Windkraftanlagen", "Ein- und Ausfuhrzölle"): a part of a
   * word, no name, unless the first part is a name too ("Siemens- und Bosch-Mitarbeiter").
   */
  private static boolean compoundPart(Annotated a, Mention m) {
    String body = a.body();
    if (m.end() >= body.length() || "-\u2013".indexOf(body.charAt(m.end())) < 0) return false;
    int from = Math.max(0, m.start() - 40);
    java.util.regex.Matcher c = COORDINATED_COMPOUND.matcher(body.substring(from, m.start()));
    if (!c.find() || !MEASURES.has("coordinate", c.group(2).toLowerCase(Locale.ROOT))) return false;
    int first = from + c.start(1);
    for (Mention o : a.entities()) if (o.start() <= first && first < o.end()) return false;
    return true;
  }

  /**
   * "On- und ": the first part of a coordination of compounds and its conjunction, before a word.
   */
  private static final java.util.regex.Pattern COORDINATED_COMPOUND =
      java.util.regex.Pattern.compile("(\\p{L}+)[-\u2013] (\\p{L}+) $");

  /**
   * A small count written in words of a noun no measure names ("zwei Tarifzonen", "vier
   * PR-Mitarbeiter"): it tells the story, it is no figure to follow.
   */
  /** The figure's clause (between commas) says "weltweit" or "global". */
  private static boolean worldwide(String body, Span sent, Quantity q) {
    int from = Math.max(sent.start(), body.lastIndexOf(',', q.start()) + 1);
    int to = body.indexOf(',', q.end());
    if (to < 0 || to > sent.end()) to = sent.end();
    for (Word w : words(body, from, to)) if (MEASURES.has("world", w.lower())) return true;
    return false;
  }

  private static boolean storyCount(Quantity q) {
    if (q.text().chars().anyMatch(Character::isDigit) || Math.abs(q.value()) > 12) return false;
    return head("measure", q.counted().toLowerCase(Locale.ROOT)) == null;
  }

  /**
   * Counts that are no figure of their own: "zu den vier Kulturevents" (a number word after a
   * definite article names a known set), "einer von vier Angriffen" (one in four).
   */
  private static boolean notACount(String body, Quantity q) {
    if (Character.isDigit(body.charAt(q.start()))) return false;
    List<Word> before = words(body, Math.max(0, q.start() - 24), q.start());
    if (before.isEmpty()) return false;
    String prev = before.get(before.size() - 1).lower();
    if (MEASURES.has("definite", prev)) return true;
    return prev.equals("von")
        && before.size() >= 2
        && MEASURES.has("one", before.get(before.size() - 2).lower());
  }

  /**
   * A figure with no noun ("um 133.000 auf 2.462.000") is a count of what the clause counts: "die
   * Zahl der Arbeitslosen", or a noun of counted things before it ("Die Arbeitslosigkeit hat um
   * 48.000 abgenommen"), when it stands where a level or a change does (after "um", "auf", "bei",
   * "von", before "weniger"/"mehr"), or, for a sentence opening with a pronoun ("Das waren 452.000
   * weniger"), what the count of the sentence before counted; else no fact.
   */
  private static Fact bareCount(Annotated a, int qi, Quantity q, Span sent, List<Fact> before0) {
    String body = a.body();
    if (q.value() < 10 || q.valueMax() != null) return null;
    List<Word> before = words(body, sent.start(), q.start());
    List<Word> after = words(body, q.end(), sent.end());
    int k = before.size() - 1;
    while (k >= 0 && MEASURES.has("hedge", before.get(k).lower())) k--;
    String prev = k >= 0 ? before.get(k).lower() : "";
    String next = after.isEmpty() ? "" : after.get(0).lower();
    // "waren es 117,4 Millionen", "das sind 394.000": a count a pronoun and "sein" state
    String prev2 = k >= 1 ? before.get(k - 1).lower() : "";
    boolean stated =
        (MEASURES.has("pronoun", prev) && MEASURES.has("copula", prev2))
            || (MEASURES.has("copula", prev) && MEASURES.has("pronoun", prev2));
    // "3.300 Mitarbeiter …, davon rund 2.850 in Österreich", "Weitere 400 sollen dazukommen": a
    // count whose noun is left out is a part or more of what the count before it counted, and of
    // the same owner
    String right = before.isEmpty() ? "" : before.get(before.size() - 1).lower();
    String part = MEASURES.has("part", prev) ? prev : MEASURES.has("part", right) ? right : null;
    if (part != null) {
      Fact last = lastBefore(a, before0, q, sent, f -> f.unit() == null);
      if (last != null
          && a.sentenceAt(a.quantities().get(last.quantityIndex()).start())
              >= a.sentenceAt(q.start()) - 1) {
        Fact f = fact(a, qi, q, sent, last.measure());
        if (f != null) {
          f = f.withSubject(last.subject(), last.subjectStart(), last.subjectEnd());
          if (MEASURES.has("more", part)) f = f.withKind(Fact.Kind.CHANGE, "increase");
        }
        return f;
      }
    }
    // "17 Menschen getötet und 40 verletzt": a bare count right before a verb of harm
    String harmed = MEASURES.get("harm", next);
    if (harmed != null && body.substring(q.end(), after.get(0).start()).isBlank())
      return fact(a, qi, q, sent, harmed);
    // "die Zahl der Anträge (27.478)": a count in brackets right after the noun it counts
    boolean bracketed =
        body.substring(Math.max(sent.start(), q.start() - 2), q.start()).strip().endsWith("(")
            && body.substring(q.end(), Math.min(sent.end(), q.end() + 2)).strip().startsWith(")")
            && k >= 0
            && before.get(k).noun();
    boolean placed =
        stated
            || bracketed
            || MEASURES.has("slot", prev)
            || MEASURES.has("less", next)
            || next.equals("mehr");
    if (!placed) return null;
    String measure = null;
    for (int i = 0; i + 2 < before.size() && measure == null; i++)
      if (before.get(i).lower().equals("zahl")
          && (before.get(i + 1).lower().equals("der") || before.get(i + 1).lower().equals("an")))
        // "die Zahl der aktiven Fahrgäste": the first noun past the adjectives
        for (int j = i + 2; j < before.size() && j <= i + 4 && measure == null; j++)
          if (before.get(j).noun()) measure = countedMeasure(before.get(j).lower());
    for (int i = k; i >= 0 && measure == null; i--)
      if (before.get(i).noun()) measure = countNoun(before.get(i).lower());
    // "um 552.000 auf 34,45 Millionen Beschäftigte": the noun of the level it moves to
    if (measure == null && next.equals("auf"))
      for (Quantity o : a.quantities())
        if (o.start() > q.end() && o.start() <= after.get(0).end() + 2 && o.counted() != null)
          measure = countedMeasure(o.counted().toLowerCase(Locale.ROOT));
    // "ein Anstieg auf 1.903, im Oktober auf 5.285 Feststellungen": a figure in a list whose noun
    // is said once, with the last of its members standing in the same place
    if (measure == null && MEASURES.has("slot", prev)) measure = gapped(a, q, sent, prev);
    // "Das waren 452.000 weniger", "ist sie um 439.000 geringer": the count the sentence before
    // spoke of
    boolean pronoun = stated;
    for (int i = 0; i + 1 < before.size() && !pronoun; i++)
      pronoun = MEASURES.has("pronoun", before.get(i).lower()) && !before.get(i + 1).noun();
    if (measure == null && pronoun) {
      Fact last = lastBefore(a, before0, q, sent, f -> f.unit() == null);
      if (last != null) measure = last.measure();
    }
    if (measure == null) return null;
    int dir = direction(body, sent, true);
    if (MEASURES.has("less", next)) dir = -1;
    boolean change =
        dir != 0 && (prev.equals("um") || MEASURES.has("less", next) || next.equals("mehr"));
    double value = change ? dir * Math.abs(q.value()) : q.value();
    String clause = body.substring(sent.start(), sent.end());
    Fact.Status status = status(eventOf(a, qi, sent), clause);
    When when = when(a, sent);
    status = ahead(a, status, when);
    Mention subjectMention = antecedent(a, sent, q);
    if (subjectMention == null) subjectMention = clauseSubject(a, sent, q);
    if (subjectMention == null) subjectMention = orgAt(a, sent, q);
    if (subjectMention == null) subjectMention = afterVerb(a, sent, q);
    if (subjectMention == null) subjectMention = placeThere(a, sent, q);
    // "Die Zahl der Toten in Syrien stieg auf 30": a count in a country is that country's
    if (subjectMention == null) subjectMention = countryIn(a, sent);
    String subject = subjectMention == null ? null : name(subjectMention);
    if (subject == null) subject = countrywide(a, sent);
    return new Fact(
        qi,
        subject,
        subjectMention == null ? null : subjectMention.start(),
        subjectMention == null ? null : subjectMention.end(),
        measure,
        null,
        value,
        null,
        null,
        q.bound(),
        q.approximate(),
        change ? (dir > 0 ? "increase" : "decrease") : null,
        change ? Fact.Kind.CHANGE : Fact.Kind.LEVEL,
        status,
        when.asOf(),
        when.how(),
        when.period(),
        when.target(),
        speaker(a, q),
        sent.start(),
        sent.end(),
        -1);
  }

  /**
   * The measure of the next figure of the sentence when it stands after the same word as {@code q}
   * ("auf 1.903, im Oktober auf 5.285 Feststellungen"), with a comma or "und" between them and no
   * other figure, and counts a noun; else null.
   */
  private static String gapped(Annotated a, Quantity q, Span sent, String slot) {
    String body = a.body();
    for (Quantity o : a.quantities()) {
      if (o.start() < q.end()) continue;
      if (o.start() >= sent.end()) return null;
      if (o.counted() == null || o.unit() != null) return null;
      String between = body.substring(q.end(), o.start());
      List<Word> ws = words(body, q.end(), o.start());
      int k = ws.size() - 1;
      while (k >= 0 && MEASURES.has("hedge", ws.get(k).lower())) k--;
      boolean joined = between.contains(",") || ws.stream().anyMatch(w -> w.lower().equals("und"));
      if (!joined || k < 0 || !ws.get(k).lower().equals(slot)) return null;
      return countedMeasure(o.counted().toLowerCase(Locale.ROOT));
    }
    return null;
  }

  /** The English measure of a German counted noun, or the noun itself (lower case). */
  private static String countedMeasure(String noun) {
    String m = countNoun(noun);
    return m != null ? m : noun;
  }

  /**
   * The English measure of a German noun that names counted things or a count ("Soldaten",
   * "Bundeswehrsoldaten", "Arbeitslosigkeit", "Flüchtlingszahl"), or null.
   */
  private static String countNoun(String noun) {
    String m = head("measure", noun);
    if (m == null) m = head("count", noun);
    if (m == null) m = countOf(noun);
    return m;
  }

  /**
   * A figure whose clause names no owner belongs to the one the text is about: the owner of a
   * figure earlier in the same sentence, else of the nearest of the last three sentences (or of the
   * last 300 characters), that sentence's own figure's or the party it opens with ("Lyft gab seine
   * Quartalszahlen bekannt. Der Fahrdienst-Vermittler verbuchte Erlöse von 775 Millionen Dollar":
   * Lyft).
   */
  private static List<Fact> carryOver(Annotated a, List<Fact> facts, List<Integer> sentenceOf) {
    List<Fact> out = new ArrayList<>(facts.size());
    Topic topic = null;
    String[] known = new String[a.sentences().size()];
    Integer[] knownStart = new Integer[known.length], knownEnd = new Integer[known.length];
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      int si = sentenceOf.get(i);
      if (f.subject() == null) {
        String subject = null;
        Integer from = null, to = null;
        int reach = Math.max(0, a.sentences().get(si).start() - 300);
        for (int back = si;
            back >= 0
                && (back >= si - 3 || a.sentences().get(back).end() >= reach)
                && subject == null;
            back--) {
          if (known[back] != null) {
            subject = known[back];
            from = knownStart[back];
            to = knownEnd[back];
          } else if (back < si) {
            Mention m = opener(a, a.sentences().get(back));
            if (m != null) {
              subject = "ORGANIZATION".equals(m.type()) ? Subjects.name(m) : name(m);
              from = m.start();
              to = m.end();
            }
          }
        }
        // a figure nothing near names an owner for is about what the article is about (the
        // organisation or person its title names or it names clearly most often)
        if (subject == null) {
          if (topic == null) topic = Topic.of(a);
          if (topic.entity() != null) {
            subject = topic.entity().name();
            Mention m = topic.entity().mention();
            from = m == null ? null : m.start();
            to = m == null ? null : m.end();
          }
        }
        if (subject != null) f = withSubject(f, subject, from, to);
      }
      // a town or region owns the figures of its own clause, not those the text goes on with
      if (f.subject() != null && !town(a, f)) {
        known[si] = f.subject();
        knownStart[si] = f.subjectStart();
        knownEnd[si] = f.subjectEnd();
      }
      out.add(f);
    }
    return out;
  }

  /** True when the fact's subject is a place that is no country (a town, a region). */
  private static boolean town(Annotated a, Fact f) {
    if (f.subjectStart() == null) return false;
    for (Mention m : a.entities())
      if (m.start() == f.subjectStart() && m.end() == f.subjectEnd())
        return "LOCATION".equals(m.type()) && m.country() == null;
    return false;
  }

  /** The party a sentence opens with: its first organisation or country no preposition governs. */
  private static Mention opener(Annotated a, Span sent) {
    Mention person = null;
    Source src = source(a, sent);
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      if (src != null && src.holds(m)) continue;
      if (governed(a.body(), sent.start(), m.start())) continue;
      if ("ORGANIZATION".equals(m.type()) || ("LOCATION".equals(m.type()) && m.country() != null))
        return m;
      if (person == null && "PERSON".equals(m.type()) && !speaks(a, m)) person = m;
    }
    return person;
  }

  /** True when the mention is the speaker a quote names ("…“, erklärt Dr. Linda Kisabaka"). */
  private static boolean speaks(Annotated a, Mention m) {
    for (Quote x : a.quotes())
      if (x.speakerStart() >= 0 && x.speakerStart() < m.end() && m.start() < x.speakerEnd())
        return true;
    return false;
  }

  private static Fact withSubject(Fact f, String subject, Integer start, Integer end) {
    return f.withSubject(subject, start, end);
  }

  private static Fact fact(Annotated a, int qi, Quantity q, Span sent) {
    return fact(a, qi, q, sent, countedMeasure(q.counted().toLowerCase(Locale.ROOT)));
  }

  private static Fact fact(Annotated a, int qi, Quantity q, Span sent, String counted) {
    String body = a.body();
    String measure = counted;
    // "17 Menschen wurden getötet": people a verb of harm names are its dead or injured
    String harm = harm(body, sent, q);
    if (harm != null && MEASURES.has("victims", measure)) measure = harm;
    // "500 Stellen streichen", "236.000 Geräte verkauft": what the clause's verb did to the
    // counted things stays in the measure, in English ("jobs cut", as in English text)
    String done = action(body, sent, q);
    if (done != null && !measure.endsWith(" " + done)) measure = measure + " " + done;
    Event ev = eventOf(a, qi, sent);

    Mention who = demonymOn(a, q);
    if (who == null) who = forceAfter(a, q, sent);
    if (who == null) who = ownerAfter(a, q, sent);
    String subject = null;
    Mention subjectMention = who;
    if (who != null) subject = name(who);
    else if (ev != null && ev.actor() != null) {
      subject = Subjects.countryName(ev.actor());
      subjectMention = mentionNamed(a, sent, ev.actor());
    }
    if (subject == null) {
      subjectMention = antecedent(a, sent, q);
      if (subjectMention == null) subjectMention = clauseSubject(a, sent, q, false);
      if (subjectMention == null) subjectMention = orgAt(a, sent, q);
      if (subjectMention == null) subjectMention = afterVerb(a, sent, q);
      if (subjectMention == null) subjectMention = placeThere(a, sent, q);
      // "144 Millionen Variationen ... in Deutschland": a count in a country no event moves
      // there is that country's, before the source that tells it ("laut Statistischem
      // Bundesamt"); troops, tanks or ships "in Litauen" are stationed there: their place
      if (subjectMention == null && ev == null && !MEASURES.has("stationed", measure))
        subjectMention = countryIn(a, sent);
      // "bundesweit 2.000 Stationen": a figure of the whole country
      if (subjectMention == null) subject = countrywide(a, sent);
      if (subject == null && subjectMention == null)
        subjectMention = clauseSubject(a, sent, q, true);
      if (subjectMention != null) subject = name(subjectMention);
    }
    String placeCode = ev != null && ev.location() != null ? ev.location() : placeIn(a, sent, q);
    String place = placeCode == null ? null : Subjects.countryName(placeCode);
    if (place != null && place.equals(subject)) place = null;

    String clause = body.substring(sent.start(), sent.end());
    Fact.Status status = status(ev, clause);
    boolean change = q.change() != null;
    int dir = "decrease".equals(q.change()) ? -1 : 1;
    boolean total = false;
    for (String w : clause.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
      if (MEASURES.has("total", w)) total = true;
    Fact.Kind kind = change ? Fact.Kind.CHANGE : total ? Fact.Kind.TOTAL : Fact.Kind.LEVEL;

    When when = when(a, sent);
    String target = when.target(), asOf = when.asOf(), asOfHow = when.how();
    if (target != null && status == Fact.Status.CURRENT) status = Fact.Status.PLANNED;
    status = ahead(a, status, when);
    String by = speaker(a, q);
    double value = change ? dir * Math.abs(q.value()) : q.value();
    Double max = q.valueMax() == null ? null : change ? dir * Math.abs(q.valueMax()) : q.valueMax();
    return new Fact(
        qi,
        subject,
        subjectMention == null ? null : subjectMention.start(),
        subjectMention == null ? null : subjectMention.end(),
        measure,
        place,
        value,
        max,
        null,
        q.bound(),
        q.approximate(),
        change ? q.change() : null,
        kind,
        status,
        asOf,
        asOfHow,
        when.period(),
        target,
        by,
        sent.start(),
        sent.end(),
        -1);
  }

  /**
   * A figure's target date, its as-of date and how that was found, from its sentence or the
   * article.
   */
  private record When(String target, String asOf, String how, String period) {}

  /** A figure the text states as current whose clause's time lies after the article's: planned. */
  private static Fact.Status ahead(Annotated a, Fact.Status status, When when) {
    if (status != Fact.Status.CURRENT || !"time".equals(when.how()) || when.asOf() == null)
      return status;
    Published pub = a.document().published();
    if (pub == null || pub.value() == null) return status;
    String t = when.asOf(), p = pub.value();
    int n = Math.min(Math.min(t.length(), p.length()), 10);
    if (n < 4 || !t.substring(0, 4).chars().allMatch(Character::isDigit)) return status;
    return t.substring(0, n).compareTo(p.substring(0, n)) > 0 ? Fact.Status.PLANNED : status;
  }

  private static When when(Annotated a, Span sent) {
    String body = a.body();
    String target = null, asOf = null, how = null;
    for (TimeExpr t : a.times()) {
      if (t.start() < sent.start() || t.end() > sent.end() || t.value() == null) continue;
      if (targetCue(body, t.start()) && !spanEnd(a, t.start()))
        target = target == null ? t.value() : target;
      else if (asOf == null
          && !sinceCue(body, t.start())
          && !"DURATION".equals(t.type())
          && !"SET".equals(t.type())) {
        asOf = t.value();
        how = "time";
      }
    }
    Published pub = a.document().published();
    String period = period(a, sent, asOf != null ? asOf : pub == null ? null : pub.value());
    if (period != null) {
      asOf = period;
      how = "period";
    }
    if (asOf == null && pub != null && pub.value() != null) {
      asOf = pub.value();
      how = pub.how() == Published.How.INFERRED ? "inferred" : "published";
    }
    return new When(target, asOf, how, period);
  }

  /**
   * The reporting period a sentence names ({@code lexicon/de/measures.tsv}): "im dritten Quartal"
   * (2023-Q3, in the year the sentence or article gives), "im ersten Halbjahr 2022" (2022-H1), "im
   * Gesamtjahr 2023", "im Geschäftsjahr 2023" (2023); null when it names none.
   */
  private static String period(Annotated a, Span sent, String dated) {
    List<Word> ws = words(a.body(), sent.start(), sent.end());
    String year = dated != null && dated.matches("\\d{4}.*") ? dated.substring(0, 4) : null;
    for (int i = 0; i < ws.size(); i++) {
      String part = MEASURES.get("period", ws.get(i).lower());
      if (part == null) continue;
      String after = a.body().substring(ws.get(i).end(), Math.min(sent.end(), ws.get(i).end() + 6));
      java.util.regex.Matcher y =
          java.util.regex.Pattern.compile("^\\s+(\\d{4})\\b").matcher(after);
      String own = y.find() ? y.group(1) : null;
      if (part.equals("year")) {
        if (own != null) return own;
        continue;
      }
      String nth = i > 0 ? MEASURES.get("ordinal", ws.get(i - 1).lower()) : null;
      if (nth == null && i > 0) {
        // "im 3. Quartal"
        String before =
            a.body().substring(Math.max(sent.start(), ws.get(i).start() - 4), ws.get(i).start());
        java.util.regex.Matcher d =
            java.util.regex.Pattern.compile("(\\d)\\.\\s*$").matcher(before);
        if (d.find()) nth = d.group(1);
      }
      String y4 = own != null ? own : year;
      if (nth == null || y4 == null) continue;
      int n = Integer.parseInt(nth);
      if (part.equals("Q") && n >= 1 && n <= 4) return y4 + "-Q" + n;
      if (part.equals("H") && n >= 1 && n <= 2) return y4 + "-H" + n;
    }
    return null;
  }

  /**
   * The speaker of the quote the figure stands in (the last one that holds it), else the source its
   * sentence names ("laut der Polizei", "nach Angaben des Ministeriums"), else null.
   */
  private static String speaker(Annotated a, Quantity q) {
    String by = null;
    for (Quote x : a.quotes()) if (x.start() <= q.start() && q.end() <= x.end()) by = x.speaker();
    if (by != null) return by;
    int si = a.sentenceAt(q.start());
    if (si < 0) return null;
    Source src = source(a, a.sentences().get(si));
    return src == null ? null : src.name();
  }

  /** A source a sentence names for what it says, and the words that name it. */
  private record Source(String name, int start, int end, Mention mention) {
    boolean holds(Mention m) {
      return m.start() >= start && m.end() <= end;
    }
  }

  /**
   * The source a sentence names in its own words ({@code lexicon/de/quotes.tsv}): after a phrase of
   * sourcing ("laut X", "nach Angaben des Ministeriums", "gemäß X"), before "zufolge" ("dem
   * Ministerium zufolge"), after ", so" ("…, so Finanzminister Lindner") or after a verb of saying
   * ("teilte das Innenministerium mit", "sagte Pistorius"): the name there, else the noun; null.
   */
  private static Source source(Annotated a, Span sent) {
    String body = a.body();
    List<Word> ws = words(body, sent.start(), sent.end());
    for (int i = 0; i < ws.size(); i++) {
      Word w = ws.get(i);
      int after = -1;
      for (int n = Math.min(SPEECH.longestPhrase(), ws.size() - i); n >= 1 && after < 0; n--) {
        StringBuilder p = new StringBuilder();
        for (int k = i; k < i + n; k++) p.append(k > i ? " " : "").append(ws.get(k).lower());
        if (SPEECH.has("source", p.toString())) after = i + n;
      }
      boolean inverted =
          SPEECH.has("inverted", w.lower())
              && body.substring(sent.start(), w.start()).stripTrailing().endsWith(",");
      if (after < 0 && (inverted || SPEECH.has("cue", w.lower()))) after = i + 1;
      if (after >= 0) {
        Source s = nameAfter(a, sent, ws, w.start(), after);
        if (s != null) return s;
        continue;
      }
      if (SPEECH.has("source-after", w.lower())) {
        for (Mention m : a.entities())
          if (m.end() <= w.start()
              && m.start() >= sent.start()
              && body.substring(m.end(), w.start()).isBlank()
              && isSource(m)) return new Source(name(m), m.start(), w.end(), m);
        if (i > 0 && ws.get(i - 1).noun())
          return new Source(ws.get(i - 1).text(), ws.get(i - 1).start(), w.end(), null);
      }
    }
    return null;
  }

  /**
   * The name a sourcing word at {@code from} introduces, from word {@code k} on: a person or
   * organisation past articles and titles ("so Finanzminister Christian Lindner"), else, after a
   * phrase of sourcing only, the first noun ("laut Polizei"); null.
   */
  private static Source nameAfter(Annotated a, Span sent, List<Word> ws, int from, int k) {
    if (k >= ws.size()) return null;
    String body = a.body();
    int limit = Math.min(sent.end(), ws.get(Math.min(ws.size() - 1, k + 3)).end());
    for (Mention m : a.entities()) {
      if (m.start() < ws.get(k).start() || m.start() > limit || !isSource(m)) continue;
      String gap = body.substring(ws.get(k).start(), m.start());
      if (gap.contains(",") || gap.contains("\u201e") || gap.contains("\"")) continue;
      return new Source(name(m), from, m.end(), m);
    }
    int j = k;
    while (j < ws.size() && SPEECH.has("article", ws.get(j).lower())) j++;
    // after a verb of saying or "so" only a noun with its article: "teilte das Ministerium mit"
    boolean phrase =
        j > k || (!SPEECH.has("cue", ws.get(k - 1).lower()) && !ws.get(k - 1).lower().equals("so"));
    if (phrase
        && j < ws.size()
        && ws.get(j).noun()
        && !body.substring(ws.get(k - 1).end(), ws.get(j).start()).contains(","))
      return new Source(ws.get(j).text(), from, ws.get(j).end(), null);
    return null;
  }

  private static boolean isSource(Mention m) {
    return "PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type());
  }

  /** The display name of a subject: its country for a place, demonym or national force. */
  private static String name(Mention m) {
    // a country, its demonym or capital is the country; a region or city is itself
    if ("LOCATION".equals(m.type()) && m.country() != null) return Subjects.name(m);
    if (m.country() != null && !"PERSON".equals(m.type()) && (!org(m) || stateBody(m)))
      return Subjects.countryName(m.country());
    String n = m.canonical() != null ? m.canonical() : m.text();
    return org(m) ? shortForm(n) : n;
  }

  /**
   * "EnBW Energie Baden-Württemberg", "BASF Badische Anilin- und Soda-Fabrik": an organisation
   * named by its acronym followed by what the acronym stands for is the acronym, the form the text
   * goes on with. The acronym's capitals must be the initials of the capitalised words (and
   * hyphenated parts) after it, with or without a legal form at the end ("HHLA Hamburger Hafen und
   * Logistik AG").
   */
  static String shortForm(String name) {
    String[] w = name.strip().split("\\s+");
    if (w.length < 2) return name;
    String acronym = w[0];
    if (!acronym.chars().allMatch(Character::isLetter)) return name;
    StringBuilder caps = new StringBuilder();
    acronym.chars().filter(Character::isUpperCase).forEach(caps::appendCodePoint);
    if (caps.length() < 2 || !Character.isUpperCase(acronym.charAt(acronym.length() - 1)))
      return name;
    String c = caps.toString();
    if (initials(w, w.length).equals(c)) return acronym;
    if (LEGAL_FORMS.contains(w[w.length - 1]) && initials(w, w.length - 1).equals(c))
      return acronym;
    return name;
  }

  /** The initials of the capitalised words and hyphenated parts of {@code w[1..last)}. */
  private static String initials(String[] w, int last) {
    return NameKey.initials(String.join(" ", java.util.Arrays.asList(w).subList(1, last)));
  }

  private static boolean org(Mention m) {
    return "ORGANIZATION".equals(m.type());
  }

  /**
   * An organisation of a state ("Bundeswehr", "Bundesagentur für Arbeit", "Auswärtiges Amt"), whose
   * figures are its country's; a company with a home country ("Siemens") is itself. Read by the
   * parts of its name ({@code lexicon/de/measures.tsv} {@code state}).
   */
  private static boolean stateBody(Mention m) {
    String n = (m.canonical() != null ? m.canonical() : m.text()).toLowerCase(Locale.ROOT);
    for (String w : n.split("[^\\p{L}]+")) {
      if (w.isEmpty()) continue;
      if (MEASURES.has("state", w)) return true;
      for (String part : MEASURES.words("state"))
        if (part.length() >= 4 && (w.startsWith(part) || w.endsWith(part))) return true;
    }
    return false;
  }

  /** "4.800 deutsche Soldaten": a demonym inside the figure, on its noun. */
  private static Mention demonymOn(Annotated a, Quantity q) {
    for (Mention m : a.entities())
      if (m.start() >= q.start() && m.end() <= q.end() && m.country() != null) return m;
    return null;
  }

  /** "4.800 Soldaten der Bundeswehr": the force the figure is drawn from, right after it. */
  private static Mention forceAfter(Annotated a, Quantity q, Span sent) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < q.end() || m.start() > q.end() + 12 || m.end() > sent.end()) continue;
      String between = body.substring(q.end(), m.start()).strip().toLowerCase(Locale.ROOT);
      if ((between.equals("der") || between.equals("des") || between.equals("aus"))
          && m.country() != null) return m;
    }
    return null;
  }

  /**
   * "2.000 Beschäftigte von Airbus Helicopters", "350 Mitarbeiter der Bahn", "500 Stellen bei
   * Siemens": the organisation the counted things belong to, right after them.
   */
  private static Mention ownerAfter(Annotated a, Quantity q, Span sent) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < q.end() || m.start() > q.end() + 12 || m.end() > sent.end()) continue;
      if (!"ORGANIZATION".equals(m.type())) continue;
      String between = body.substring(q.end(), m.start()).strip().toLowerCase(Locale.ROOT);
      if (MEASURES.has("of", between)) return m;
    }
    return null;
  }

  /**
   * The English participle of a verb of action on counted things ({@code action} in {@code
   * lexicon/de/measures.tsv}) in the figure's clause (between the commas around it), or null.
   */
  private static String action(String body, Span sent, Quantity q) {
    int from = body.lastIndexOf(',', q.start());
    from = Math.max(sent.start(), from < 0 ? sent.start() : from);
    int to = body.indexOf(',', q.end());
    to = to < 0 || to > sent.end() ? sent.end() : to;
    for (Word w : words(body, from, to)) {
      if (w.start() >= q.start() && w.end() <= q.end()) continue;
      String p = MEASURES.get("action", w.lower());
      if (p != null) return p;
    }
    return null;
  }

  /**
   * An amount in a unit of measure with the noun of what it measures right after it ("60 Millionen
   * Tonnen Kohle", "11,6 Liter reinen Alkohol"): a fact measured by that noun; null for an amount
   * with no such noun or one that describes a thing ("eine 200 Kilometer lange Strecke").
   */
  private static Fact amountOf(Annotated a, int qi, Quantity q, Span sent) {
    String body = a.body();
    List<Word> after = words(body, q.end(), Math.min(sent.end(), q.end() + 60));
    String own = MEASURES.get("unitmeasure", q.unit());
    // "eine Reichweite von bis zu 100 Kilometern", "eine Nabenhöhe von 166 Metern": an amount a
    // preposition ties to a noun measures that noun
    List<Word> before = words(body, sent.start(), q.start());
    int k0 = attached(before, body, q);
    if (k0 >= 0 && before.get(k0).noun() && open(a, before.get(k0))) {
      String lower = before.get(k0).lower();
      String m = countNoun(lower);
      own = m != null ? m : lower;
    }
    if (after.isEmpty()) return byUnit(a, qi, q, sent, own);
    String gap = body.substring(q.end(), after.get(0).start());
    // "ein 700-Megawatt-Kraftwerk", "der 1,5-Grad-Pfad": an amount in a compound describes a thing
    if (gap.indexOf('-') >= 0 || gap.indexOf('\u2013') >= 0) return null;
    if (!gap.isBlank()) return byUnit(a, qi, q, sent, own);
    int k = 0;
    if (!after.get(0).noun()) {
      // "100 Liter pro Quadratmeter": a rate; the noun after "pro" is what it is counted per
      if (MEASURES.has("per", after.get(0).lower())) return null;
      if (MEASURES.has("dimension", after.get(0).lower())) return null;
      if (after.size() < 2) return byUnit(a, qi, q, sent, own);
      // one adjective before the noun ("reinen Alkohol")
      if (!body.substring(after.get(0).end(), after.get(1).start()).isBlank())
        return byUnit(a, qi, q, sent, own);
      k = 1;
    }
    Word noun = after.get(k);
    if (!noun.noun()) return byUnit(a, qi, q, sent, own);
    String lower = noun.lower();
    String m = countNoun(lower);
    Fact base = fact(a, qi, q, sent, m != null ? m : lower);
    return base == null ? null : withUnit(base, q.unit());
  }

  /**
   * An amount no noun after it names the measure of, in a unit that says what it measures ("mit
   * mehr als 16 Mbit": bandwidth, "11,9 Grad": temperature); null for other units.
   */
  private static Fact byUnit(Annotated a, int qi, Quantity q, Span sent, String measure) {
    if (measure == null) return null;
    Fact base = fact(a, qi, q, sent, measure);
    return base == null ? null : withUnit(base, q.unit());
  }

  private static Fact withUnit(Fact base, String unit) {
    return new Fact(
        base.quantityIndex(),
        base.subject(),
        base.subjectStart(),
        base.subjectEnd(),
        base.measure(),
        base.place(),
        base.value(),
        base.valueMax(),
        unit,
        base.bound(),
        base.approximate(),
        base.change(),
        base.kind(),
        base.status(),
        base.asOf(),
        base.asOfHow(),
        base.period(),
        base.target(),
        base.attributedTo(),
        base.evidenceStart(),
        base.evidenceEnd(),
        base.partOf());
  }

  /** The measure a verb of harm in the figure's clause gives ("getötet": deaths), or null. */
  private static String harm(String body, Span sent, Quantity q) {
    int from = body.lastIndexOf(',', q.start());
    from = Math.max(sent.start(), from < 0 ? sent.start() : from);
    int to = body.indexOf(',', q.end());
    to = to < 0 || to > sent.end() ? sent.end() : to;
    // "17 Menschen getötet und 40 verletzt": the first verb after the figure, else before it
    String before = null;
    for (Word w : words(body, from, to)) {
      String m = MEASURES.get("harm", w.lower());
      if (m == null) continue;
      if (w.start() >= q.end()) return m;
      before = m;
    }
    return before;
  }

  /**
   * A length of time that is the level of what the sentence opens with ("Die Lebenserwartung liegt
   * bei 81,7 Jahren", "Die Wartezeit stieg auf sechs Monate"): a fact measured by that noun in the
   * unit of time; any other count of units of time is a duration ("seit 20 Jahren"), null.
   */
  private static Fact timeLevel(Annotated a, int qi, Quantity q, Span sent) {
    String body = a.body();
    List<Word> before = words(body, sent.start(), q.start());
    int k = before.size() - 1;
    while (k >= 0 && MEASURES.has("hedge", before.get(k).lower())) k--;
    if (k < 2) return null;
    String prev = before.get(k).lower();
    if (!prev.equals("bei") && !prev.equals("auf")) return null;
    if (!MEASURES.has("determiner", before.get(0).lower()) || !before.get(1).noun()) return null;
    String noun = before.get(1).lower();
    String m = countNoun(noun);
    Fact base = fact(a, qi, q, sent, m != null ? m : noun);
    String unit = MEASURES.get("time", q.counted().toLowerCase(Locale.ROOT));
    return base == null ? null : withUnit(base, unit.isEmpty() ? null : unit);
  }

  /** The event whose quantity the figure is, or one in its sentence with a quantity-less frame. */
  private static Event eventOf(Annotated a, int qi, Span sent) {
    Event best = null;
    for (Event e : a.events()) {
      if (e.start() < sent.start() || e.end() > sent.end()) continue;
      if (e.quantityIndex() == qi) return e;
      if (best == null && e.quantityIndex() < 0) best = e;
    }
    return best;
  }

  private static Mention mentionNamed(Annotated a, Span sent, String code) {
    for (Mention m : a.entities())
      if (m.start() >= sent.start() && m.end() <= sent.end() && code.equals(m.country())) return m;
    return null;
  }

  /**
   * The first country or organisation of the sentence before the figure that no preposition governs
   * ("Deutschland hat 4.800 Soldaten in Litauen").
   */
  private static Mention clauseSubject(Annotated a, Span sent, Quantity q) {
    return clauseSubject(a, sent, q, true);
  }

  /** As above; the source the sentence names only when {@code toldToo} (else null for it). */
  private static Mention clauseSubject(Annotated a, Span sent, Quantity q, boolean toldToo) {
    String body = a.body();
    Mention person = null, owner = null, host = null, told = null, town = null;
    Source src = source(a, sent);
    Word kind = classNoun(a, sent, q);
    Mention named = kind == null ? null : classReferent(a, kind);
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > q.start()) continue;
      // "Der Konzern verkaufte in China …": the kind of party the clause names before any name
      if (named != null && m.start() > kind.start()) break;
      boolean org = "ORGANIZATION".equals(m.type());
      // "Dornum meldete 50,7 l/m²", "Davon ausgespart blieb Oberbayern mit 40 l/m²": a town or
      // region no preposition governs is the clause's subject, when it names no other party
      if (town == null
          && "LOCATION".equals(m.type())
          && m.country() == null
          && !(src != null && src.holds(m))
          && !governed(body, sent.start(), m.start())
          && !dateline(body, m)) town = m;
      // "laut Polizei", "so Finanzminister Lindner": the source is no owner, unless an
      // organisation that tells its own figures and the clause names no other
      if (src != null && src.holds(m)) {
        if (org && told == null) told = m;
        continue;
      }
      boolean party = org || ("LOCATION".equals(m.type()) && m.country() != null);
      boolean human = "PERSON".equals(m.type());
      if (!party && !human) continue;
      // "Herr Vilanek, in Deutschland gibt es …": the person spoken to owns nothing
      if (human && addressed(body, sent, m)) continue;
      if (!governed(body, sent.start(), m.start())) {
        if (party) return m;
        if (person == null && !speaks(a, m)) person = m;
        continue;
      }
      List<Word> before = words(body, Math.max(sent.start(), m.start() - 40), m.start());
      int n = before.size();
      String prep = n > 0 ? before.get(n - 1).lower() : "";
      // "Festspiel-Reisen von Van der Bellen": the owner of the noun the clause opens with
      if (owner == null
          && (prep.equals("von") || prep.equals("vom"))
          && n >= 2
          && before.get(n - 2).noun()
          && (org || human)) owner = m;
      // "kostet im AVV 1,90 Euro": the organisation a price or figure holds in
      if (host == null && org && MEASURES.has("host", prep)) host = m;
    }
    if (named != null) return named;
    if (person != null) return person;
    if (owner != null) return owner;
    if (host != null) return host;
    if (town != null) return town;
    return toldToo ? told : null;
  }

  /**
   * A noun of a kind of party ({@code lexicon/de/class-nouns.tsv}: "der Konzern", "das Land", "des
   * Unternehmens", or a compound ending in one, "der Energiekonzern") that the clause names before
   * the figure with a definite article or at its head, no preposition governing it and no name
   * after it ("das Unternehmen Siemens" is named by its name); null when there is none.
   */
  private static Word classNoun(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    List<Word> ws = words(body, sent.start(), q.start());
    for (int i = 0; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (!w.noun() || classType(w.lower()) == null) continue;
      boolean head = i == 0;
      boolean definite = i > 0 && MEASURES.has("definite-article", ws.get(i - 1).lower());
      if (!head && !definite) continue;
      if (definite && i >= 2 && CLAUSE.has("preposition", ws.get(i - 2).lower())) continue;
      boolean name = false;
      for (Mention m : a.entities())
        if (m.start() >= w.end() && body.substring(w.end(), m.start()).isBlank()) name = true;
      if (name) continue;
      return w;
    }
    return null;
  }

  /** The type of party a noun of a kind names ("konzern": ORGANIZATION), or null. */
  private static String classType(String lower) {
    String[] row = CLASS_NOUNS.get(lower);
    if (row == null)
      for (var e : CLASS_NOUNS.entrySet())
        if (e.getKey().length() >= 5
            && lower.endsWith(e.getKey())
            && lower.length() > e.getKey().length()) row = e.getValue();
    // a person is named by a title, a plural ("die Konzerne") stands for many
    if (row == null || "PERSON".equals(row[0]) || (row.length > 1 && row[1].strip().equals("many")))
      return null;
    return row[0];
  }

  /**
   * The party a noun of a kind stands for: the nearest party of its type the text names with that
   * noun before it ("das Land Brandenburg"), else the one of its type named most often before it
   * (the nearest of those), else the first named after it (a headline: "Land zahlte 1,4 Millionen
   * Euro"); null.
   */
  private static Mention classReferent(Annotated a, Word kind) {
    String type = classType(kind.lower());
    String body = a.body();
    Mention titledBefore = null, titledAfter = null, before = null, after = null;
    java.util.Map<String, Integer> named = new java.util.HashMap<>();
    for (Mention m : a.entities()) {
      if (!type.equals(m.type())) continue;
      if (m.start() >= kind.start() && m.end() <= kind.end()) continue;
      // "wie Bloomberg berichtet": a source the text cites is not what it reports on
      int si = a.sentenceAt(m.start());
      Source src = si < 0 ? null : source(a, a.sentences().get(si));
      if (src != null && src.holds(m)) continue;
      int from = Math.max(0, m.start() - kind.text().length() - 2);
      boolean titled =
          body.substring(from, m.start()).strip().toLowerCase(Locale.ROOT).endsWith(kind.lower());
      if (m.end() <= kind.start()) {
        // the party the text has named most often so far, the nearest of those
        String key = m.canonical() != null ? m.canonical() : m.text();
        int times = named.merge(key, 1, Integer::sum);
        String best =
            before == null ? null : before.canonical() != null ? before.canonical() : before.text();
        if (before == null || times >= named.getOrDefault(best, 0)) before = m;
        if (titled) titledBefore = m;
      } else {
        if (after == null) after = m;
        if (titled && titledAfter == null) titledAfter = m;
      }
    }
    if (titledBefore != null) return titledBefore;
    if (titledAfter != null && before == null) return titledAfter;
    return before != null ? before : after;
  }

  /**
   * The country a word of the whole country in the sentence names ({@code countrywide} in {@code
   * lexicon/de/measures.tsv}: "deutschlandweit", "österreichweit", in any ending), or for
   * "bundesweit" the federal country the outlet publishes in, by its web domain ({@code federal});
   * null.
   */
  private static String countrywide(Annotated a, Span sent) {
    for (Word w : words(a.body(), sent.start(), sent.end())) {
      String stem = w.lower();
      int weit = stem.indexOf("weit");
      if (weit < 4) continue;
      stem = stem.substring(0, weit + 4);
      String code = MEASURES.get("countrywide", stem);
      if (code == null && MEASURES.has("federal", stem)) code = federalCountry(a);
      if (code != null) return Subjects.countryName(code);
    }
    return null;
  }

  /**
   * The federal country of the web domain the text comes from ("tagesschau.de": Germany), by its
   * address or its outlet's, or null.
   */
  private static String federalCountry(Annotated a) {
    List<String> where = new ArrayList<>();
    for (var src : a.document().sources()) if (src.url() != null) where.add(src.url());
    if (a.document().outlet() != null) where.add(a.document().outlet());
    for (String w : where) {
      String host = w.toLowerCase(Locale.ROOT).strip().replaceFirst("^[a-z]+://", "");
      int slash = host.indexOf('/');
      if (slash >= 0) host = host.substring(0, slash);
      int dot = host.lastIndexOf('.');
      if (dot < 0 || host.contains(" ")) continue;
      String code = MEASURES.get("domain", host.substring(dot + 1));
      if (code != null) return code;
    }
    return null;
  }

  /** "Berlin (dpa) -", "Hamburg –": a place that heads the text as its dateline, no subject. */
  private static boolean dateline(String body, Mention m) {
    String after = body.substring(m.end(), Math.min(body.length(), m.end() + 3)).strip();
    return after.startsWith("(") || after.startsWith("-") || after.startsWith("\u2013");
  }

  /** The first country the sentence names after "in" ({@code lexicon/de/measures.tsv}), or null. */
  /**
   * "3.300 Mitarbeiter bei FACC", "Bei Siemens arbeiten …": an organisation after "bei" in the
   * figure's clause (no comma between them) is where the figure is, and its owner.
   */
  /**
   * "… Exaring, das 23 Millionen Haushalte erreicht": a figure in a relative clause is of the name
   * the relative pronoun stands for, right before the comma (no other name between the pronoun and
   * the figure, which could be the clause's own subject).
   */
  private static Mention antecedent(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    int comma = body.lastIndexOf(',', q.start());
    if (comma <= sent.start()) return null;
    List<Word> after = words(body, comma + 1, q.start());
    if (after.isEmpty() || !MEASURES.has("relative", after.get(0).lower())) return null;
    // ", die Zahl der …": an article before its noun opens no relative clause
    if (after.size() > 1 && after.get(1).noun()) return null;
    Mention named = null;
    for (Mention m : a.entities()) {
      if (m.start() > comma && m.end() <= q.start()) return null;
      if (m.end() > comma || m.start() < sent.start()) continue;
      if (!body.substring(m.end(), comma).isBlank()) continue;
      boolean party = org(m) || "PERSON".equals(m.type()) || m.country() != null;
      if (party) named = m;
    }
    return named;
  }

  /**
   * "Dort wurden 4.338 Anträge eingereicht": a figure "there" is of the place the sentence before
   * names last, when its own clause names no owner.
   */
  /**
   * "Etwa 600.000 neue Aktiensparer verzeichnete das Deutsche Aktieninstitut": when the figure
   * opens the sentence, the subject stands after the verb; the first organisation, country or
   * person of the clause after the figure that no preposition governs.
   */
  private static Mention afterVerb(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    for (Word w : words(body, sent.start(), q.start()))
      if (!MEASURES.has("hedge", w.lower())) return null;
    int to = body.indexOf(',', q.end());
    if (to < 0 || to > sent.end()) to = sent.end();
    for (Mention m : a.entities()) {
      if (m.start() < q.end() || m.end() > to) continue;
      boolean party = org(m) || "PERSON".equals(m.type()) || m.country() != null;
      if (!party || governed(body, q.end(), m.start())) continue;
      return m;
    }
    return null;
  }

  private static Mention placeThere(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    boolean there = false;
    for (Word w : words(body, sent.start(), q.start())) there |= MEASURES.has("there", w.lower());
    int si = a.sentenceAt(sent.start());
    if (!there || si <= 0) return null;
    Span prev = a.sentences().get(si - 1);
    Mention last = null;
    for (Mention m : a.entities())
      if (m.start() >= prev.start() && m.end() <= prev.end() && "LOCATION".equals(m.type()))
        last = m;
    return last;
  }

  /** "Herr Vilanek, …": a person addressed at the head of the sentence. */
  private static boolean addressed(String body, Span sent, Mention m) {
    String after = body.substring(m.end(), Math.min(sent.end(), m.end() + 2)).strip();
    if (!after.startsWith(",")) return false;
    List<Word> before = words(body, sent.start(), m.start());
    return !before.isEmpty()
        && before.size() <= 2
        && MEASURES.has("address", before.get(0).lower());
  }

  private static Mention orgAt(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || !org(m)) continue;
      int from = Math.min(m.start(), q.start()), to = Math.max(m.end(), q.end());
      if (body.substring(from, to).indexOf(',') >= 0 || to - from > 120) continue;
      String before = lastWord(body.substring(Math.max(sent.start(), m.start() - 8), m.start()));
      if (MEASURES.has("at", before)) return m;
    }
    return null;
  }

  private static Mention countryIn(Annotated a, Span sent) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || m.country() == null) continue;
      if (!"LOCATION".equals(m.type()) || !"name".equals(m.kind())) continue;
      String before = lastWord(body.substring(Math.max(sent.start(), m.start() - 12), m.start()));
      if (MEASURES.has("within", before)) return m;
    }
    return null;
  }

  /** The country after "in" or "nach" in the sentence, not before the figure's own subject. */
  private static String placeIn(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || m.country() == null) continue;
      if (!"LOCATION".equals(m.type())) continue;
      String before = lastWord(body.substring(Math.max(sent.start(), m.start() - 12), m.start()));
      if (CLAUSE.has("location", before)) return m.country();
    }
    return null;
  }

  private static boolean governed(String body, int from, int at) {
    String before = body.substring(Math.max(from, at - 20), at).strip();
    String[] ws = before.split("\\s+");
    for (int k = ws.length - 1, n = 0; k >= 0 && n < 2; k--, n++) {
      String w = ws[k].toLowerCase(Locale.ROOT);
      if (CLAUSE.has("preposition", w)) return true;
      if (!CLAUSE.has("article", w) && !w.matches("(der|die|das|den|dem|des)")) return false;
    }
    return false;
  }

  /**
   * The way the sentence's first verb of change moves (1 up, -1 down, 0 none); with {@code
   * comparative} also "mehr" and the words of "less". A separable verb ("nahm … zu", "ging …
   * zurück") moves by its particle at the end of its clause, and not at all without one ("nahm …
   * ein").
   */
  private static int direction(String body, Span sent, boolean comparative) {
    List<Word> ws = words(body, sent.start(), sent.end());
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i).lower();
      if (MEASURES.has("up", w) || (comparative && w.equals("mehr"))) return 1;
      if (MEASURES.has("down", w) || (comparative && MEASURES.has("less", w))) return -1;
      String particles = MEASURES.get("separable", w);
      if (particles == null) continue;
      for (int k = i + 1; k < ws.size(); k++) {
        Word p = ws.get(k);
        int way = 0;
        for (String pw : particles.split("\\s+"))
          if (pw.length() > 1 && pw.substring(0, pw.length() - 1).equals(p.lower()))
            way = pw.endsWith("+") ? 1 : -1;
        if (way == 0) continue;
        String rest = body.substring(p.end(), Math.min(sent.end(), p.end() + 2)).strip();
        if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) continue;
        return way;
      }
    }
    return 0;
  }

  /** True when the time at {@code at} follows a word that starts a period ("seit 2010"). */
  private static boolean sinceCue(String body, int at) {
    String before = body.substring(Math.max(0, at - 12), at).strip().toLowerCase(Locale.ROOT);
    String[] ws = before.split("\\s+");
    if (ws.length > 0 && MEASURES.has("since", ws[ws.length - 1])) return true;
    // a time expression that holds its own "seit"
    java.util.regex.Matcher first = WORD.matcher(body).region(at, Math.min(body.length(), at + 12));
    return first.lookingAt() && MEASURES.has("since", first.group().toLowerCase(Locale.ROOT));
  }

  /**
   * True when the "bis" before the time at {@code at} closes a span that a time right before it
   * opens ("1961 bis 1990", "Januar bis Juli 2021", "vom 8. April bis 15. Mai"): a period, no
   * deadline.
   */
  private static boolean spanEnd(Annotated a, int at) {
    String body = a.body();
    int bis = body.toLowerCase(Locale.ROOT).lastIndexOf("bis", at);
    if (bis < 0) return false;
    for (TimeExpr t : a.times())
      if (t.end() <= bis && body.substring(t.end(), bis).isBlank()) return true;
    // a day or year written as a number the time stage leaves alone ("vom 8. bis 15. Mai")
    String before = body.substring(Math.max(0, bis - 8), bis).strip();
    return before.matches(".*\\b\\d{1,4}\\.?");
  }

  private static boolean targetCue(String body, int at) {
    String before = body.substring(Math.max(0, at - 12), at).strip().toLowerCase(Locale.ROOT);
    return before.endsWith(" bis")
        || before.equals("bis")
        || before.endsWith("bis zum")
        || before.endsWith("bis ende");
  }

  private static String lastWord(String s) {
    String[] ws = s.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return ws.length == 0 ? "" : ws[ws.length - 1];
  }

  /** The event's status as a fact's, else the clause's modal and negating words. */
  private static Fact.Status status(Event ev, String clause) {
    if (ev != null) {
      return switch (ev.status()) {
        case PLANNED -> Fact.Status.PLANNED;
        case PLEDGED -> Fact.Status.PLEDGED;
        case HYPOTHETICAL -> Fact.Status.HYPOTHETICAL;
        case NEGATED -> Fact.Status.NEGATED;
        case REPORTED -> Fact.Status.CURRENT;
      };
    }
    Fact.Status st = Fact.Status.CURRENT;
    for (String w : clause.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (CLAUSE.has("negated", w)) return Fact.Status.NEGATED;
      if (CLAUSE.has("hypothetical", w)) st = Fact.Status.HYPOTHETICAL;
      else if (CLAUSE.has("planned", w) && st == Fact.Status.CURRENT) st = Fact.Status.PLANNED;
    }
    return st;
  }

  private static boolean isMoney(String unit) {
    return unit.matches("[A-Z]{3}");
  }

  private static boolean isPercent(String unit) {
    return unit.equals("percent") || unit.equals("percentage point");
  }

  /** A word of the text and where it stands. */
  private record Word(int start, int end, String text, String lower) {
    boolean noun() {
      return Character.isUpperCase(text.charAt(0)) && text.length() > 2;
    }
  }

  private static List<Word> words(String body, int from, int to) {
    List<Word> out = new ArrayList<>();
    // a figure may run past its sentence's end ("692 Mio. Euro" split after "Mio."): no words
    if (Math.max(0, from) >= Math.min(body.length(), to)) return out;
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[\\p{L}][\\p{L}\\p{N}\\-]*").matcher(body);
    m.region(Math.max(0, from), Math.min(body.length(), to));
    while (m.find())
      out.add(new Word(m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * The measure of a German noun of {@code kind} ("money", "rate", "whole") by the noun itself or
   * the longest listed last part of the compound it is ("Quartalsverlust": Verlust, loss); null.
   */
  static String head(String kind, String lower) {
    String m = inflected(kind, lower);
    if (m != null) return m;
    for (int k = 3; k < lower.length() - 3; k++) {
      String part = lower.substring(k);
      if (MEASURES.has("nohead", part)) continue;
      // "CO2-Fußabdruck", "Verteidigungs-Ausgaben": a hyphen joins the parts as well
      if (part.startsWith("-")) part = part.substring(1);
      m = inflected(kind, part);
      if (m != null) return m;
    }
    return null;
  }

  /**
   * The value of a German noun of {@code kind} as written or in the form a case ending leaves ("der
   * Toten": Tote, "des Umsatzes": Umsatz); null when neither is listed.
   */
  static String inflected(String kind, String lower) {
    String m = MEASURES.get(kind, lower);
    if (m != null) return m;
    for (int n = 1; n <= 2 && n < lower.length() - 3; n++) {
      if (!MEASURES.has("ending", lower.substring(lower.length() - n))) continue;
      String stem = lower.substring(0, lower.length() - n);
      m = MEASURES.get(kind, stem);
      // "Männer", "Kräfte", "Flüge": a plural with an umlaut is listed by its singular
      if (m == null && !stem.equals(plainVowel(stem))) m = MEASURES.get(kind, plainVowel(stem));
      if (m != null) return m;
    }
    // "Flüchtling" (the first part of "Flüchtlingszahl"): a singular whose plural is listed
    for (String plural : MEASURES.words("plural")) {
      m = MEASURES.get(kind, lower + plural);
      if (m != null) return m;
    }
    return null;
  }

  /** The word with its last umlaut made the plain vowel ("männ": mann, "häus": haus). */
  static String plainVowel(String w) {
    for (int i = w.length() - 1; i >= 0; i--) {
      char c = w.charAt(i);
      char p = c == 'ä' ? 'a' : c == 'ö' ? 'o' : c == 'ü' ? 'u' : 0;
      if (p != 0) return w.substring(0, i) + p + w.substring(i + 1);
    }
    return w;
  }

  /**
   * The measure of a compound that names the count of its first part ("Flüchtlingszahl",
   * "Truppenstärke", "Mitgliederzahl"): the measure of that part, past a linking element
   * ("Flüchtling-s-zahl"); null when the noun ends in no such head or its first part names no
   * measure.
   */
  static String countOf(String lower) {
    for (int k = 3; k < lower.length() - 3; k++) {
      if (!MEASURES.has("counthead", lower.substring(k))) continue;
      String first = lower.substring(0, k);
      if (first.endsWith("-")) first = first.substring(0, first.length() - 1);
      List<String> parts = new ArrayList<>();
      parts.add(first);
      for (String link : MEASURES.words("link"))
        if (first.endsWith(link)) parts.add(first.substring(0, first.length() - link.length()));
      for (String part : parts) {
        if (part.length() < 3) continue;
        String m = head("measure", part);
        if (m == null) m = head("count", part);
        if (m != null) return m;
      }
      return null;
    }
    return null;
  }

  /**
   * A sum of money or a percentage as a fact: measured by the noun it belongs to, a share of the
   * whole after "des"/"der", a change after "um" and a new level after "auf" a verb of moving; null
   * for a percentage whose noun is not known.
   */
  private static Fact sumOrShare(Annotated a, int qi, Quantity q, Span sent, List<Fact> done) {
    String body = a.body();
    boolean percent = isPercent(q.unit());
    List<Word> before = words(body, sent.start(), q.start());
    List<Word> after = words(body, q.end(), sent.end());
    int pk = before.size() - 1;
    // "um durchschnittlich knapp 30 Prozent": past the hedges to the preposition
    while (pk >= 0 && MEASURES.has("hedge", before.get(pk).lower())) pk--;
    String prev = pk < 0 ? "" : before.get(pk).lower();
    int dir = direction(body, sent, false);
    Fact.Kind kind = Fact.Kind.LEVEL;
    String change = null, measure = null;
    Fact carried = null;
    Mention owner = null;
    String group = null;
    double value = q.value();
    if (percent
        && after.size() >= 2
        && (after.get(0).lower().equals("des") || after.get(0).lower().equals("der"))
        && body.substring(q.end(), after.get(0).start()).isBlank()) {
      for (int k = 1; k < after.size() && k < 4 && measure == null; k++) {
        Word w = after.get(k);
        if (!w.noun()) continue;
        measure = "share of " + ofMeasure(w.lower());
        kind = Fact.Kind.SHARE;
        // "98 Prozent der Firmen": a share of a group that no one owns is about the group
        if (after.get(0).lower().equals("der") && inflected("whole", w.lower()) == null)
          group = w.text();
      }
    }
    // "Der Anteil der Frauen liegt bei 35 Prozent", "einen Anteil von 40 Prozent am Markt"
    if (percent && measure == null) {
      String share = shareOf(before, after, body, q);
      if (share != null) {
        measure = share;
        kind = Fact.Kind.SHARE;
        if (dir != 0 && prev.equals("um")) {
          kind = Fact.Kind.CHANGE;
          change = dir > 0 ? "increase" : "decrease";
          value = dir * Math.abs(value);
        }
      }
    }
    // "um 5,7 Cents niedriger": a comparative after the figure makes it a fall
    if (!after.isEmpty() && MEASURES.has("less", after.get(0).lower()) && prev.equals("um"))
      dir = -1;
    if (measure == null) {
      if (dir != 0 && (prev.equals("um") || MEASURES.has(dir > 0 ? "up" : "down", prev))) {
        kind = Fact.Kind.CHANGE;
        change = dir > 0 ? "increase" : "decrease";
        value = dir * Math.abs(value);
      } else if (dir != 0 && prev.equals("auf")) change = dir > 0 ? "increase" : "decrease";
      // "ein Plus von 14 Prozent", "was einer Zunahme von 22 Prozent entspricht": a change of
      // what the figure before measured (a percentage of any figure, a sum of a sum)
      String way =
          prev.equals("von") && pk >= 1
              ? MEASURES.get("changenoun", before.get(pk - 1).lower())
              : null;
      if (way != null) {
        kind = Fact.Kind.CHANGE;
        change = way.equals("up") ? "increase" : "decrease";
        value = (way.equals("up") ? 1 : -1) * Math.abs(value);
        Fact last =
            lastBefore(
                a,
                done,
                q,
                sent,
                f -> f.kind() != Fact.Kind.CHANGE && (percent || q.unit().equals(f.unit())));
        if (last != null) {
          measure = last.measure();
          carried = last;
        }
      }
      if (measure == null) measure = nounMeasure(a, before, after, body, q, percent);
      // "eine stoffliche Wiederverwertung von 96 Prozent": the noun the percentage is of
      if (measure == null && percent && prev.equals("von") && pk >= 1) {
        Word of = before.get(pk - 1);
        if (of.noun() && way == null) measure = of.lower();
      }
      // "70 Prozent weniger Energie": a change of the noun after the comparative
      if (measure == null
          && percent
          && after.size() >= 2
          && (MEASURES.has("less", after.get(0).lower()) || after.get(0).lower().equals("mehr"))
          && after.get(1).noun()
          && body.substring(q.end(), after.get(1).start()).split("\\s+").length <= 3) {
        String w = after.get(1).lower();
        String m = measureOf(w, true);
        measure = m != null ? m : w;
        kind = Fact.Kind.CHANGE;
        boolean less = MEASURES.has("less", after.get(0).lower());
        change = less ? "decrease" : "increase";
        value = (less ? -1 : 1) * Math.abs(value);
      }
      // "reduzieren den CO2-Fußabdruck der Batterie um 40 Prozent": a change of what the verb
      // moves, the noun its article opens before "um" (not a genitive after another noun)
      if (measure == null && percent && kind == Fact.Kind.CHANGE && prev.equals("um")) {
        Word moved = movedNoun(before, pk, body);
        if (moved != null) measure = moved.lower();
        // "Die Zahl der aktiven Nutzer stieg um 10 Prozent": a change of what is counted
        if (moved != null && MEASURES.has("counthead", moved.lower())) {
          int at = before.indexOf(moved);
          for (int j = at + 2; j < pk && j <= at + 4; j++)
            if (before.get(j).noun()) {
              measure = countedMeasure(before.get(j).lower());
              break;
            }
        }
      }
      // "38 Prozent mehr als im Vorjahr": a change of what the figure before measured
      if (measure == null
          && percent
          && !after.isEmpty()
          && (MEASURES.has("less", after.get(0).lower()) || after.get(0).lower().equals("mehr"))
          && (after.size() < 2 || !after.get(1).noun())) {
        Fact last = lastBefore(a, done, q, sent, f -> f.kind() != Fact.Kind.CHANGE);
        if (last != null) {
          measure = last.measure();
          carried = last;
          boolean less = MEASURES.has("less", after.get(0).lower());
          kind = Fact.Kind.CHANGE;
          change = less ? "decrease" : "increase";
          value = (less ? -1 : 1) * Math.abs(value);
        }
      }
      if (measure == null && percent) return null;
      if (measure == null) {
        measure = "money";
        for (Word w : words(body, sent.start(), sent.end()))
          if (MEASURES.has("spend", w.lower())) measure = MEASURES.get("spend", w.lower());
        // "Konkret fragte die FPÖ ab, wie viel Van der Bellens Dienstreisen gekostet haben.
        // Laut Anfragebeantwortung waren es genau 56.923,48 Euro": a sum in a sentence that
        // speaks of the one before ("es", "sie", "das") is what that sentence named
        int si = a.sentenceAt(q.start());
        if (measure.equals("money") && si > 0 && pointsBack(before)) {
          Span last = a.sentences().get(si - 1);
          for (Word w : words(body, last.start(), last.end())) {
            String m = MEASURES.get("spend", w.lower());
            if (m == null && w.noun()) m = head("money", w.lower());
            if (m != null) {
              measure = m;
              owner = saxonGenitive(a, last);
            }
          }
          // "Die Anleihe erlitt einen Rekordeinbruch. Sie wurde um 5,7 Cents niedriger bei 59,3
          // Cents indiziert": a sum said of a thing is its price
          if (measure.equals("money") && thingOpens(a, last)) measure = "price";
        }
        // "Laut Anfragebeantwortung waren es genau 56.923,48 Euro": a sum with no noun or verb
        // of its own goes on with the sum the text spoke of last (its measure and owner)
        if (measure.equals("money")) {
          Fact last =
              lastBefore(
                  a,
                  done,
                  q,
                  sent,
                  f -> f.unit() != null && isMoney(f.unit()) && !f.measure().equals("money"));
          if (last != null) {
            measure = last.measure();
            carried = last;
          }
        }
      }
    }
    Mention subjectMention = antecedent(a, sent, q);
    if (subjectMention == null) subjectMention = clauseSubject(a, sent, q);
    if (subjectMention == null) subjectMention = owner;
    if (subjectMention == null) subjectMention = orgAt(a, sent, q);
    if (subjectMention == null) subjectMention = afterVerb(a, sent, q);
    if (subjectMention == null) subjectMention = placeThere(a, sent, q);
    // "Die Arbeitslosenquote in Deutschland": a rate in a country is that country's
    if (subjectMention == null && percent && kind != Fact.Kind.SHARE)
      subjectMention = countryIn(a, sent);
    // a sum or a share belongs to the organisation itself, not to its country (as in English)
    String subject = subjectMention == null ? null : Subjects.name(subjectMention);
    if (subject != null && org(subjectMention)) subject = shortForm(subject);
    Integer subjectStart = subjectMention == null ? null : subjectMention.start();
    Integer subjectEnd = subjectMention == null ? null : subjectMention.end();
    if (subject == null && carried != null) {
      subject = carried.subject();
      subjectStart = carried.subjectStart();
      subjectEnd = carried.subjectEnd();
    }
    if (subject == null && group != null) subject = group;
    if (subject == null) subject = countrywide(a, sent);
    String placeCode = placeIn(a, sent, q);
    String place = placeCode == null ? null : Subjects.countryName(placeCode);
    if (place != null && place.equals(subject)) place = null;
    String clause = body.substring(sent.start(), sent.end());
    Fact.Status status = status(eventOf(a, qi, sent), clause);
    When when = when(a, sent);
    String target = when.target(), asOf = when.asOf(), asOfHow = when.how();
    if (target != null && status == Fact.Status.CURRENT) status = Fact.Status.PLANNED;
    status = ahead(a, status, when);
    String by = speaker(a, q);
    Double max = q.valueMax();
    if (max != null && kind == Fact.Kind.CHANGE) max = dir * Math.abs(max);
    return new Fact(
        qi,
        subject,
        subjectStart,
        subjectEnd,
        measure,
        place,
        value,
        max,
        q.unit(),
        q.bound(),
        q.approximate(),
        change,
        kind,
        status,
        asOf,
        asOfHow,
        when.period(),
        target,
        by,
        sent.start(),
        sent.end(),
        -1);
  }

  /**
   * What a sum or percentage is of: the noun the sum is attached to by a preposition right before
   * it ("ein Verlust von 1,2 Milliarden Euro", "in Höhe von", "eine Geldanlage ab 500 Euro", "ein
   * Darlehen über 560 Millionen Euro"), the noun right after it ("30 Millionen Euro Umsatz"), else
   * the nearest noun before it in the sentence that names money or a rate ("Der Umsatz stieg um 23
   * Prozent"). A sum's own noun (before its preposition or right after it) that no list names is
   * its measure as written (open measures: "Erlegungsprämie"), unless it is a name, a time or a
   * word that names only an amount ("Betrag", "Summe").
   */
  private static String nounMeasure(
      Annotated a, List<Word> before, List<Word> after, String body, Quantity q, boolean percent) {
    int n = before.size();
    int k = attached(before, body, q);
    if (k >= 0 && before.get(k).noun()) {
      String m = measureOf(before.get(k).lower(), percent);
      if (m != null) return m;
      if (!percent && open(a, before.get(k))) return countedMeasure(before.get(k).lower());
    }
    if (!after.isEmpty()
        && after.get(0).noun()
        && body.substring(q.end(), after.get(0).start()).isBlank()) {
      String m = measureOf(after.get(0).lower(), percent);
      if (m != null) return m;
      if (!percent && open(a, after.get(0))) return countedMeasure(after.get(0).lower());
    }
    for (int j = n - 1; j >= 0; j--) {
      if (!before.get(j).noun()) continue;
      String m = measureOf(before.get(j).lower(), percent);
      if (m != null) return m;
    }
    return null;
  }

  /**
   * The index in {@code before} of the word a preposition ties the figure to ("Verlust von",
   * "Geldanlage ab", "Prämie in Höhe von", "Reichweite von bis zu"), or -1.
   */
  private static int attached(List<Word> before, String body, Quantity q) {
    int n = before.size();
    int p = n - 1;
    while (p >= 0 && MEASURES.has("hedge", before.get(p).lower())) p--;
    int k = -1;
    if (p >= 1 && MEASURES.has("attach", before.get(p).lower())) k = p - 1;
    // "eine Geldanlage ab 500 Euro": the preposition of a bound is part of the figure
    else if (p == n - 1
        && p >= 0
        && MEASURES.has("attach", q.text().split("\\s+")[0].toLowerCase(Locale.ROOT))
        && body.substring(before.get(p).end(), q.start()).isBlank()) k = p;
    // "in Höhe von", "im Wert von": a phrase of amount between the noun and "von"
    if (k >= 2
        && before.get(p).lower().equals("von")
        && MEASURES.has("amountphrase", before.get(k - 1).lower() + " " + before.get(k).lower()))
      k -= 2;
    return k;
  }

  /**
   * True when a noun may stand as a measure of its own: no name, no part of a time expression, no
   * word that names only an amount ({@code empty} in {@code lexicon/de/measures.tsv}).
   */
  private static boolean open(Annotated a, Word w) {
    if (MEASURES.has("empty", w.lower())) return false;
    for (Mention m : a.entities()) if (m.start() < w.end() && w.start() < m.end()) return false;
    for (TimeExpr t : a.times()) if (t.start() < w.end() && w.start() < t.end()) return false;
    return !MEASURES.has("time", w.lower()) && !MEASURES.has("period", w.lower());
  }

  /**
   * The last fact before the figure that {@code wanted} accepts: earlier in its sentence or in one
   * of the three sentences before it (within 400 characters); null when there is none.
   */
  private static Fact lastBefore(
      Annotated a,
      List<Fact> done,
      Quantity q,
      Span sent,
      java.util.function.Predicate<Fact> wanted) {
    int si = a.sentenceAt(q.start());
    int reach = Math.max(0, sent.start() - 400);
    for (int i = done.size() - 1; i >= 0; i--) {
      Fact f = done.get(i);
      Quantity fq = a.quantities().get(f.quantityIndex());
      if (fq.start() >= q.start()) continue;
      int fs = a.sentenceAt(fq.start());
      if (fs < si - 3 || fq.start() < reach) return null;
      if (wanted.test(f)) return f;
    }
    return null;
  }

  /**
   * True when the words before a figure speak of the sentence before: a pronoun that opens the
   * clause or stands as its subject ("Sie wurde um 5,7 Cents niedriger", "waren es genau"), or a
   * word that points back ("dabei", "davon").
   */
  private static boolean pointsBack(List<Word> before) {
    for (int i = 0; i < before.size(); i++) {
      Word w = before.get(i);
      if (MEASURES.has("back", w.lower())) return true;
      boolean pronoun =
          MEASURES.has("pronoun", w.lower())
              && (i + 1 >= before.size() || !before.get(i + 1).noun());
      if (pronoun && (i == 0 || MEASURES.has("copula", before.get(i - 1).lower()))) return true;
    }
    return false;
  }

  /**
   * True when a sentence opens with a thing: an article and a noun that names no party ("Die
   * 300-Millionen-Euro-Anleihe von Signa Development erlitt ...").
   */
  private static boolean thingOpens(Annotated a, Span sent) {
    List<Word> ws = words(a.body(), sent.start(), sent.end());
    if (ws.size() < 2 || !MEASURES.has("determiner", ws.get(0).lower())) return false;
    Word noun = ws.get(1);
    if (!noun.noun()) return false;
    for (Mention m : a.entities())
      if (m.start() < noun.end() && noun.start() < m.end() && !"MISC".equals(m.type()))
        return false;
    return true;
  }

  /**
   * The person or organisation a sentence names in the genitive before a noun ("Van der Bellens
   * Dienstreisen", "Siemens' Umsatz"), or null.
   */
  private static Mention saxonGenitive(Annotated a, Span sent) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || !isSource(m)) continue;
      String t = m.text();
      boolean genitive = t.endsWith("s") || body.startsWith("'", m.end());
      List<Word> next = words(body, m.end(), Math.min(sent.end(), m.end() + 40));
      if (!genitive
          || next.isEmpty()
          || !next.get(0).noun()
          || !body.substring(m.end(), next.get(0).start()).strip().replace("'", "").isEmpty())
        continue;
      // "Van der Bellens": the name as the text gives it elsewhere, without the ending
      String bare = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
      for (Mention o : a.entities())
        if (o.text().equals(bare) && o.type().equals(m.type())) return o;
      return m;
    }
    return null;
  }

  /**
   * The noun a verb of change moves, before "um" at {@code pk}: the nearest noun its own article or
   * pronoun opens, passing over a genitive that follows another noun ("den CO2-Fußabdruck der
   * Batterie") and nouns after a preposition; null when none stands in the clause.
   */
  private static Word movedNoun(List<Word> before, int pk, String body) {
    for (int k = pk - 1; k >= 0; k--) {
      Word w = before.get(k);
      if (!w.noun()) continue;
      // "Ölheizungen legten um 8 Prozent zu": a plural with no article opens the sentence
      if (k == 0) return w;
      String art = before.get(k - 1).lower();
      if (!MEASURES.has("determiner", art)) continue;
      if (body.substring(before.get(k - 1).end(), w.start()).contains(",")) continue;
      boolean genitive =
          (art.equals("der") || art.equals("des"))
              && k >= 2
              && before.get(k - 2).noun()
              && body.substring(before.get(k - 2).end(), before.get(k - 1).start()).isBlank();
      if (genitive) continue;
      if (k >= 2 && CLAUSE.has("preposition", before.get(k - 2).lower())) continue;
      return w;
    }
    return null;
  }

  /** The measure of the group or whole a share is of ("der Frauen": women, "des BIP": GDP). */
  private static String ofMeasure(String lower) {
    String whole = inflected("whole", lower);
    return whole != null ? whole : countedMeasure(lower);
  }

  /**
   * The share a percentage is: the noun of a share before it in the sentence or right after it
   * ("Anteil", "Marktanteil"), of the group or whole named after that noun in the genitive or after
   * "am"/"an" ("der Anteil der Frauen": share of women); null when no such noun stands there.
   */
  private static String shareOf(List<Word> before, List<Word> after, String body, Quantity q) {
    List<Word> ws = new ArrayList<>(before);
    int at = -1;
    for (int k = before.size() - 1; k >= 0 && at < 0; k--)
      if (before.get(k).noun() && head("share", before.get(k).lower()) != null) at = k;
    if (at < 0
        && !after.isEmpty()
        && after.get(0).noun()
        && body.substring(q.end(), after.get(0).start()).isBlank()
        && head("share", after.get(0).lower()) != null) {
      ws = after;
      at = 0;
    }
    if (at < 0) return null;
    String share = head("share", ws.get(at).lower());
    if (!share.equals("share")) return share;
    for (int k = at + 1; k < ws.size() && k <= at + 3; k++) {
      String w = ws.get(k).lower();
      if (k == at + 1 && !MEASURES.has("shareof", w)) break;
      if (ws.get(k).noun()) return "share of " + ofMeasure(w);
    }
    return share;
  }

  private static String measureOf(String lower, boolean percent) {
    String m = percent ? head("rate", lower) : null;
    if (m == null) m = head("money", lower);
    // "Der Absatz stieg um 4 Prozent": a percentage of a count is a change of it
    if (m == null && percent) m = head("count", lower);
    return m;
  }
}

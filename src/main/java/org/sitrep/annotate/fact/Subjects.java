package org.sitrep.annotate.fact;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Who a figure is about, where it is, and who says so, read from the words around it: the group a
 * figure counts the members of ("a NATO battlegroup with 1,600 soldiers"), the force it is drawn
 * from ("780 from the Bundeswehr"), the event's actor, a demonym ("4,800 German troops"), a
 * possessive ("Germany's defence budget"), or the clause's subject ("Germany has", "Ryanair
 * ordered"). The clause's grammar is read from the tokens: a possessive right before the figure
 * ("to Sanders' 844"), the object of "A leads B 44% to 37%", the place of a relative clause ("at
 * the Bataclan, where 82 were killed"), "X with N", and the subject of the verb governing the
 * figure, past parentheticals, participial phrases and coordinated verbs, with "the company", "the
 * St. Louis company" or "the country" and the pronouns of {@code anaphors.tsv} ("its", "she")
 * pointing back to the last one named. A toll no one is named for is the place's; a figure whose
 * sentence names no one is the subject's of the sentence before, else the article's topic ({@link
 * Topic}). Never the nearest country by default: when the text ties no one to the figure the
 * subject is unknown.
 */
final class Subjects {
  private static final java.util.function.Predicate<String> MATCHES_1 =
      Pattern.compile("(?s).*\\b(with|of|numbering|totalling|totaling|comprising)\\b.*")
          .asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_2 =
      Pattern.compile("(?s)['’]s?(\\s+[\\p{Ll}-]+){0,2}\\s+|\\s+with\\s+(about\\s+|some\\s+)?")
          .asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_3 =
      Pattern.compile("(?is).*\\b(there|the country|that country)\\b.*").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_4 =
      Pattern.compile("(?is).*\\b(to|in|into|at|arrived|reached|inside|within)\\s+(the\\s+)?$")
          .asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_5 =
      Pattern.compile("(?s)\\s*(the\\s+|a\\s+)?(\\p{Lu}[\\p{L}.-]*\\s+){0,3}").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_6 =
      Pattern.compile("(?s).*\\bthat\\b.*").asMatchPredicate();
  private static final Pattern OWNER_WORD = Pattern.compile("(?i)\\b(its|their|his|her|our)\\s+$");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** A subject: its display name and the mention that names it (null when none does). */
  record Who(String name, Mention mention) {}

  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "(?i)\\b(to|in|into|from|of|near|with|on|at|against|toward|towards|across|along|by|for|over|through|and|than)\\s+"
              + "(the\\s+)?$");
  private static final Pattern FROM_AFTER =
      Pattern.compile("^\\s*(?:of them\\s+)?from\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(said|says|told|reported|reports|announced|announces|stated|according to|confirmed|added|estimated"
              + "|estimates|claimed|claims)\\b",
          Pattern.CASE_INSENSITIVE);

  private Subjects() {}

  /** The display name of a mention: a country's name for places and demonyms, else its name. */
  static String name(Mention m) {
    if (m.country() != null && !"ORGANIZATION".equals(m.type()) && !"PERSON".equals(m.type())) {
      // a country, its demonym or its capital standing for its government is the country; a
      // city or region is itself
      if ("demonym".equals(m.kind()) || "capital-for-government".equals(m.kind()))
        return countryName(m.country());
      Place p = Gazetteer.get().place(m.text()).orElse(null);
      if (p == null || p.kind() == Place.Kind.COUNTRY || p.standsForGovernment())
        return countryName(m.country());
      return p.name();
    }
    if (m.canonical() != null) return m.canonical();
    return m.text();
  }

  /** The display name of an ISO 3166 alpha-3 code, or the value itself when it is no code. */
  static String countryName(String code) {
    if (code == null) return null;
    if (code.length() == 3 && code.chars().allMatch(Character::isUpperCase))
      return Gazetteer.get().country(code).map(Place::name).orElse(code);
    return code;
  }

  private static final Pattern PAREN_AFTER = Pattern.compile("\\s*\\([^()]{1,30}\\)");

  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s?\\b|['’](?=\\s)");

  /** "about 780 from the Bundeswehr": the force the figure is drawn from. */
  static Who fromWhom(Annotated a, Span sent, Quantity q) {
    // "15 million euros ($16 million) from Acme": past a parenthesis that restates the sum
    int at = q.end();
    Matcher paren = PAREN_AFTER.matcher(a.body()).region(at, Math.min(sent.end(), at + 40));
    if (paren.lookingAt()) at = paren.end();
    String after = a.body().substring(at, Math.min(sent.end(), at + 40));
    Matcher from = FROM_AFTER.matcher(after);
    if (from.find()) {
      for (Mention m : a.entities()) {
        // "up 0.3 points from the OECD's last estimate": what the figure is measured from is the
        // thing the possessive names, not its owner
        if (m.start() == at + from.end()
            && (m.country() != null || isOrg(m))
            && !POSSESSIVE_AFTER.matcher(a.body()).region(m.end(), sent.end()).lookingAt())
          return new Who(m.country() != null ? countryName(m.country()) : name(m), m);
      }
    }
    return null;
  }

  /**
   * A group the figure counts the members of: "a NATO battlegroup with currently 1,600 soldiers".
   */
  static Who groupOf(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    Mention owner = null;
    for (Mention m : a.entities()) {
      if (m.end() <= q.start() && m.start() >= sent.start()) owner = m;
    }
    if (owner == null) return null;
    String between = body.substring(owner.end(), q.start()).toLowerCase(Locale.ROOT);
    if (between.length() > 60 || !between.transform(MATCHES_1::test)) return null;
    boolean group = false;
    for (String w : NON_LETTERS.split(between)) group |= Lexicon.get().is("group", w);
    if (!group) return null;
    if (isOrg(owner)) return new Who(name(owner), owner);
    return owner.country() == null ? null : new Who(countryName(owner.country()), owner);
  }

  /**
   * "Data from Poland shows that test positivity rose to 5.8%": the place or body whose data,
   * figures or statistics a verb like "show" reports, named before the figure in its sentence; null
   * when the sentence has no such source.
   */
  static Who dataFrom(Around ar) {
    Lexicon lx = Lexicon.get();
    for (int k = ar.sentFirst; k + 2 < ar.first; k++) {
      if (!ar.noun(k) || ar.proper(k) || !lx.is("datanoun", ar.lemma(k))) continue;
      String p = ar.word(k + 1);
      if (!(p.equals("from") || p.equals("for") || p.equals("in") || p.equals("on"))) continue;
      int n = ar.word(k + 2).equals("the") ? k + 3 : k + 2;
      Mention m = mentionAt(ar, n);
      if (m == null || "PERSON".equals(m.type())) continue;
      int after = Token.firstAtOrAfter(ar.toks, m.end());
      for (int v = after; v < after + 3 && v < ar.first; v++) {
        if (ar.verb(v) && lx.is("showverb", ar.lemma(v))) return new Who(ownerName(m), m);
        if (!(ar.pos(v).equals("RB") || ar.pos(v).equals("MD") || ar.lemma(v).equals("have")))
          break;
      }
    }
    return null;
  }

  /** A country as its name, anything else as {@link #name(Mention)} gives it. */
  private static String ownerName(Mention m) {
    return m.country() != null && !isOrg(m) && !"PERSON".equals(m.type())
        ? countryName(m.country())
        : name(m);
  }

  /**
   * "13% of the population is Hispanic", "68% of the deaths were African American": a share of a
   * whole whose copula names the group it is, with a capitalised name or demonym; the group as
   * written. Null when the figure is not "N of ... be" followed by such a name.
   */
  static Who groupNamed(Around ar) {
    // the figure's text may hold its noun ("68% of deaths"): its first "of"
    int k = ar.first + 1;
    while (k <= ar.last && !ar.word(k).equals("of")) k++;
    if (!ar.word(k).equals("of")) return null;
    int be = -1;
    for (int i = k + 1; i < ar.sentEnd && i < k + 10; i++) {
      if (ar.verb(i) && ar.lemma(i).equals("be")) {
        be = i;
        break;
      }
      // "33% of those hospitalised are": a participle describing "those" is no verb of its own
      boolean described = i == k + 2 && ar.pos(i).equals("VBN") && ar.pos(k + 1).equals("DT");
      if ((ar.verb(i) && !described)
          || ar.pos(i).equals(",")
          || ar.pos(i).equals(":")
          || ar.pos(i).equals("CD")) return null;
    }
    if (be < 0 || be == k + 1) return null;
    int from = be + 1, to = from;
    while (to < ar.sentEnd && to < from + 4) {
      String w = ar.toks.get(to).word();
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
      if (!(capital && (ar.proper(to) || ar.pos(to).startsWith("JJ") || demonymAt(ar, to) != null)))
        break;
      to++;
    }
    if (to == from) return null;
    // the group ends its clause: "were African American.", not "were Hispanic women who ..."
    if (to < ar.sentEnd && !ar.pos(to).matches("[.,:;]|``|''")) return null;
    return new Who(ar.a.body().substring(ar.charStart(from), ar.charEnd(to - 1)), null);
  }

  /**
   * "more than 36.9% of college students reported binge drinking", "Of the students profiled ...,
   * 82.7% of them engaged in": a share of a group of people ({@code peoplegroup}, or a proper
   * plural such as "Democrats") is the group's, as written with the words that modify its noun
   * ("college students"); a people named by their demonym is their country. "of them" is the group
   * an "Of the ..." opening names. Null when the whole after "of" is no such group (a population,
   * the vote, its deaths).
   */
  static Who shareGroup(Around ar) {
    int k = ar.first + 1;
    while (k <= ar.last && !ar.word(k).equals("of")) k++;
    if (!ar.word(k).equals("of") || k + 1 >= ar.sentEnd) return null;
    int from = k + 1;
    String w = ar.word(from).toLowerCase(Locale.ROOT);
    if (w.equals("them") || w.equals("those")) {
      // "Of the students profiled in this new study, a staggering 82.7% of them"
      if (!ar.word(ar.sentFirst).equalsIgnoreCase("of")) return null;
      from = ar.sentFirst + 1;
      if (from >= ar.first) return null;
    }
    return groupFrom(ar, from);
  }

  /** The group of people a noun phrase starting at token {@code from} names, or null. */
  private static Who groupFrom(Around ar, int from) {
    Lexicon lx = Lexicon.get();
    if (ar.word(from).equalsIgnoreCase("the") || ar.word(from).equalsIgnoreCase("all")) from++;
    for (int i = from; i < ar.sentEnd && i < from + 5; i++) {
      String p = ar.pos(i);
      Mention dem = demonymAt(ar, i);
      if (p.equals("NNS") || p.equals("NNPS")) {
        Mention named = mentionAt(ar, i);
        if (named != null) return null; // "of the United States"
        if (dem != null && i == from) return new Who(countryName(dem.country()), dem);
        boolean people = lx.is("peoplegroup", ar.lemma(i).toLowerCase(Locale.ROOT));
        if (!people && !(p.equals("NNPS") && i == from)) return null;
        return new Who(ar.a.body().substring(ar.charStart(from), ar.charEnd(i)), null);
      }
      boolean modifier =
          p.startsWith("JJ")
              || (p.equals("NN") && !ar.proper(i))
              || p.equals("HYPH")
              || p.equals("VBN")
              || dem != null;
      if (!modifier) return null;
    }
    return null;
  }

  /**
   * A national statistic no name owns ("the Greek economy", "total emissions fell 2 percent",
   * "unemployment claims topped 6 million"): a figure whose measure or clause subject is a word of
   * the {@code national} class. Its owner is the country whose name or demonym the sentence puts on
   * such a word ("the Greek economy", "U.S. emissions", "inflation in Spain"), else the country the
   * article is about ({@code articleCountry}, from its title or clearly most named place); null
   * when the figure is no national statistic or neither names a country.
   */
  static Who national(Around ar, String measure, Who articleCountry) {
    Lexicon lx = Lexicon.get();
    boolean national = false;
    for (String w : measure.toLowerCase(Locale.ROOT).split("\\s+"))
      national |= lx.is("national", w);
    if (ar.npStart >= 0)
      for (int i = ar.npStart; i < ar.npEnd && i < ar.first; i++)
        national |= lx.is("national", ar.lemma(i)) || lx.is("national", ar.word(i));
    // "unemployment claims had topped 6 million": the words before the figure's verb
    for (int i = ar.verbBefore - 1; !national && i >= ar.sentFirst && i >= ar.verbBefore - 6; i--) {
      String p = ar.pos(i);
      if (p.equals(",") || p.equals(":") || p.equals("IN") || p.startsWith("W")) break;
      if (p.startsWith("NN") || p.startsWith("JJ"))
        national = lx.is("national", ar.lemma(i)) || lx.is("national", ar.word(i));
    }
    if (!national) return null;
    for (Mention m : ar.a.entities()) {
      int s = Token.firstAtOrAfter(ar.toks, m.start());
      if (s < ar.sentFirst || s >= ar.sentEnd || m.country() == null || isOrg(m)) continue;
      if ("PERSON".equals(m.type())) continue;
      Place p = "demonym".equals(m.kind()) ? null : Gazetteer.get().place(m.text()).orElse(null);
      if (!"demonym".equals(m.kind()) && (p == null || p.kind() != Place.Kind.COUNTRY)) continue;
      int after = Token.firstAtOrAfter(ar.toks, m.end());
      if (ar.pos(after).equals("POS")) after++;
      if (ar.pos(after).startsWith("JJ") && !lx.is("national", ar.word(after))) after++;
      boolean on = lx.is("national", ar.word(after)) || lx.is("national", ar.lemma(after));
      // "inflation in Spain"
      boolean in =
          s - 2 >= ar.sentFirst
              && ar.word(s - 1).equals("in")
              && lx.is("national", ar.lemma(s - 2));
      if (on || in) return new Who(countryName(m.country()), m);
    }
    return articleCountry;
  }

  /** "4,800 German troops": a demonym inside the figure's phrase. */
  static Who demonymIn(Annotated a, Quantity q) {
    for (Mention m : a.entities()) {
      if (m.country() != null
          && "demonym".equals(m.kind())
          && m.start() >= q.start()
          && m.end() <= q.end() + 2) return new Who(countryName(m.country()), m);
    }
    return null;
  }

  /** The event's actor, with the sentence's mention of it when there is one. */
  static Who actor(Annotated a, Span sent, Event ev) {
    if (ev == null || ev.actor() == null) return null;
    String name = countryName(ev.actor());
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      if ((ev.actor().equals(m.country()) && !"demonym".equals(m.kind()))
          || ev.actor().equals(m.canonical())
          || ev.actor().equals(m.text())) return new Who(name, m);
    }
    return new Who(name, null);
  }

  /** A mention inside [from, to) written as an owner ("Volkswagen's", "Germany's"). */
  static Who possessiveIn(Annotated a, int from, int to) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < from || m.end() > to || "demonym".equals(m.kind())) continue;
      if (body.startsWith("'s", m.end())
          || body.startsWith("’s", m.end())
          || (body.startsWith("'", m.end()) && m.text().endsWith("s"))) return new Who(name(m), m);
    }
    return null;
  }

  /** "NATO's 2% target", "the company's 2,500 jobs": an owner written right before the figure. */
  static Who ownerBefore(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.end() > q.start() || m.start() < sent.start() || q.start() - m.end() > 30) continue;
      String gap = body.substring(m.end(), q.start());
      // "Johns Hopkins University's count shows 97,000": the account's keeper is its source
      if ((isOrg(m) || "PERSON".equals(m.type())) && m.country() == null && sourceNoun(gap))
        continue;
      if (gap.transform(MATCHES_2::test) && !(gap.contains("with") && placeAfterPreposition(a, m)))
        return new Who(name(m), m); // "NATO's 2% target", "Sanders with 44%"
    }
    return null;
  }

  /**
   * "into the Indian Ocean", "off the coast of Sulawesi": a place that ends a prepositional phrase.
   */
  private static boolean placeAfterPreposition(Annotated a, Mention m) {
    if (!"LOCATION".equals(m.type())) return false;
    String before = a.body().substring(Math.max(0, m.start() - 20), m.start());
    return PREPOSITION_BEFORE.matcher(before).find()
        || before.matches("(?s).*\\b(into|off|onto|toward|towards|past)\\s+(the\\s+)?$");
  }

  /** The first named entity inside [from, to): the owner a noun phrase names. */
  static Who mentionIn(Annotated a, int from, int to) {
    for (Mention m : a.entities()) {
      if (m.start() >= from
          && m.end() <= to
          && !"PERSON".equals(m.type())
          && !"demonym".equals(m.kind())) return new Who(name(m), m);
    }
    for (Mention m : a.entities()) {
      if (m.start() >= from && m.end() <= to && "demonym".equals(m.kind()) && m.country() != null)
        return new Who(countryName(m.country()), m);
    }
    return null;
  }

  /**
   * The clause's subject: a demonym with a group noun ("the German contingent"), else a name that
   * is not after a preposition and is followed by its verb ("Germany has", "Ryanair ordered"),
   * before the figure rather than after.
   */
  static Who clauseSubject(Annotated a, Span sent, Span clause, Quantity q) {
    String body = a.body();
    Mention best = null;
    int bestRank = 0;
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      if (m.start() >= q.start() && m.end() <= q.end()) continue;
      boolean org = isOrg(m);
      if (m.country() == null && !org && !"PERSON".equals(m.type())) continue;
      String before = body.substring(Math.max(sent.start(), m.start() - 20), m.start());
      String next = body.substring(m.end(), Math.min(sent.end(), m.end() + 40));
      int rank = 0;
      if (m.start() >= q.end() && body.substring(q.end(), m.start()).contains(",")) continue;
      if ("demonym".equals(m.kind())) {
        String pre = before.transform(s -> OWNER_WORD.matcher(s).replaceAll(""));
        if (PREPOSITION_BEFORE.matcher(pre).find()) continue; // "at its German unit"
        String[] w = next.strip().toLowerCase(Locale.ROOT).transform(x -> NON_LETTERS.split(x, 3));
        if (m.country() != null
            && ((w.length > 0 && Lexicon.get().is("group", w[0]))
                || (w.length > 1 && Lexicon.get().is("group", w[1])))) rank = 3;
      } else if (m.start() >= clause.start()
          && m.end() <= clause.end()
          && !PREPOSITION_BEFORE.matcher(before).find()
          && followedByVerb(a, m)) {
        if (speechNext(a, m) || sourceOf(a, m, q)) continue;
        rank = m.end() <= q.start() ? 2 : 1;
        if ("PERSON".equals(m.type()))
          rank -= 1; // a person is the subject only of their own figure
      }
      if (rank > bestRank) {
        bestRank = rank;
        best = m;
      }
    }
    if (best == null) return null;
    return new Who(
        best.country() != null && !isOrg(best) && !"PERSON".equals(best.type())
            ? countryName(best.country())
            : name(best),
        best);
  }

  private static final Pattern SCENE_BEFORE =
      Pattern.compile(
          "(?i)\\b(in|at|near|outside|across|inside|on)\\s+(the\\s+)?(\\p{L}+\\s+of\\s+)?$");

  /**
   * Where the people a toll counts were killed or hurt: the place named in the figure's sentence
   * after "in", "at", "near" ... nearest to the figure ("17 people were killed near Lyon"); null
   * when the sentence names none.
   */
  static Who scene(Annotated a, Span sent, Quantity q) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      if (!"LOCATION".equals(m.type()) || "demonym".equals(m.kind())) continue;
      String before = a.body().substring(Math.max(sent.start(), m.start() - 30), m.start());
      if (!SCENE_BEFORE.matcher(before).find()) continue;
      int d = Math.abs(m.start() - q.start());
      if (d < bestDist) {
        bestDist = d;
        best = m;
      }
    }
    return best == null ? null : new Who(name(best), best);
  }

  /**
   * The organisation or person the sentence before names as its subject (the first name there,
   * followed by its verb and after no preposition), when the figure's own sentence names no
   * organisation or person before it; null otherwise.
   */
  static Who previousSubject(Annotated a, int si, Span sent, Quantity q) {
    if (si == 0) return null;
    for (Mention m : a.entities()) {
      if (m.start() >= sent.start() && m.end() <= q.start() && isActor(m)) return null;
    }
    Span prev = a.sentences().get(si - 1);
    for (Mention m : a.entities()) {
      if (m.start() < prev.start() || m.end() > prev.end() || !isActor(m)) continue;
      String before = a.body().substring(Math.max(prev.start(), m.start() - 20), m.start());
      if (PREPOSITION_BEFORE.matcher(before).find() || !followedByVerb(a, m)) continue;
      // "Reuters said", "Dr Lee warned that ...": a source, not a subject
      if (speechNext(a, m) || sourceVerbAfter(a, m) >= 0) return null;
      return new Who(name(m), m);
    }
    return null;
  }

  private static boolean isActor(Mention m) {
    return (isOrg(m) || "PERSON".equals(m.type())) && !"demonym".equals(m.kind());
  }

  /** The first name in the sentence written as an owner, else the only country it names. */
  static Who possessor(Annotated a, Span sent) {
    String body = a.body();
    java.util.Map<String, Mention> named = new java.util.LinkedHashMap<>();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end() || m.country() == null) continue;
      if (!"demonym".equals(m.kind())
          && (body.startsWith("'s", m.end()) || body.startsWith("’s", m.end()))) {
        return new Who(countryName(m.country()), m);
      }
      named.putIfAbsent(m.country(), m);
    }
    if (named.size() != 1) return null;
    Mention m = named.values().iterator().next();
    return new Who(countryName(m.country()), m);
  }

  /**
   * A force the text places where a deployment went: "the brigade in Lithuania" is the brigade an
   * earlier sentence had someone deploy or station in Lithuania.
   */
  static Who deployerTo(Annotated a, int before, String placeCode) {
    if (placeCode == null) return null;
    String actor = null;
    for (Event e : a.events()) {
      if (e.start() >= before || e.actor() == null) continue;
      if (!("deploy".equals(e.type()) || "station".equals(e.type()))) continue;
      if (placeCode.equals(e.target()) || placeCode.equals(e.location())) actor = e.actor();
    }
    return actor == null ? null : new Who(countryName(actor), null);
  }

  private static final Pattern POSSESSIVE_GAP = Pattern.compile("['’]s?\\s+");

  /**
   * "to Sanders' 844", "Volkswagen's 2,500 jobs": a name written as the owner right before the
   * figure, which no verb's subject overrides.
   */
  static Who possessiveRightBefore(Annotated a, Span sent, Quantity q) {
    String body = a.body();
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > q.start() || q.start() - m.end() > 4) continue;
      if ("demonym".equals(m.kind())) continue;
      if (POSSESSIVE_GAP.matcher(body.substring(m.end(), q.start())).matches())
        return new Who(name(m), m);
    }
    // a capitalised name the entity layer missed ("Sanders’ 844"): the document's mention that
    // ends with it, else the name as written
    Matcher w = NAME_BEFORE_POSSESSIVE.matcher(body.substring(sent.start(), q.start()));
    if (!w.find()) return null;
    String word = w.group(1);
    int ti = Token.firstAtOrAfter(a.tokens(), sent.start() + w.start(1));
    if (ti >= a.tokens().size()) return null;
    Token t = a.tokens().get(ti);
    // a proper noun, not a day or month ("Friday's 9.0 quake")
    if (t.pos() == null || !t.pos().startsWith("NNP") || Around.inTime(a, t)) return null;
    for (Mention m : a.entities()) {
      if (("PERSON".equals(m.type()) || isOrg(m))
          && (m.text().equals(word) || m.text().endsWith(" " + word))) return new Who(name(m), m);
    }
    return new Who(word, null);
  }

  private static final Pattern NAME_BEFORE_POSSESSIVE =
      Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+)['’]s?\\s+$");

  /**
   * The figure's owner read from the clause's grammar, in this order: the second figure of "A leads
   * B 44% to 37%" is the object's; a figure in a relative clause of a place ("at the Bataclan,
   * where at least 82 people were killed") is the place's; "X with N" (and "in A, B and C, with N")
   * is X's; else the subject of the verb that governs the figure ("Bloomberg snagged 13%", "Islamic
   * State militants killed 130", "the attacks in Paris that killed 127"), passing over a
   * participial phrase to its main clause ("Clinton won 31%, picking up four delegates").
   */
  static Who fromGrammar(Around ar, Quantity q, boolean agentOwns) {
    return fromGrammar(ar, q, agentOwns, null);
  }

  /** As {@link #fromGrammar(Around, Quantity, boolean)}, for a figure of {@code measure}. */
  static Who fromGrammar(Around ar, Quantity q, boolean agentOwns, String measure) {
    if (ar.toks.isEmpty() || ar.first >= ar.sentEnd) return null;
    Who paired = pairedObject(ar, q);
    if (paired == null) paired = pairedWithPossessive(ar, q);
    if (paired != null) return paired;
    Mention m = venue(ar);
    if (m == null) m = nameAt(ar);
    if (m == null) m = withOwner(ar);
    if (m == null) m = frontedWith(ar);
    if (m == null) m = objectBeforeLevel(ar);
    if (m == null) m = forecastFor(ar);
    if (m == null) {
      int v = governingVerb(ar);
      // "Wall Street expected 77 cents": who forecasts a figure is its source, not its subject
      if (v >= 0 && Lexicon.get().is("forecast", ar.lemma(v))) return null;
      if (v >= 0) m = subjectOf(ar, v, 0);
      // "a government with New Democracy, which gained 129 seats": a name the entity layer missed
      String written = m == null && v >= 0 ? relativeAntecedent(ar, v) : null;
      if (written != null) return new Who(written, null);
    }
    // where the order of the words names no owner, the sentence's dependency parse does; it is
    // parsed only then, so its cost follows the figures the word order cannot place
    if (m == null) {
      Owners.Result r = Owners.of(ar, q, agentOwns, measure);
      m = r.owner();
      // "The Louvre ... is seeking", "the global temperature": an owner named only as written
      if (m == null && r.written() != null) return new Who(r.written(), null);
      if (m == null) ar.described = r.description();
    }
    if (m != null) m = respective(ar, q, m);
    return m == null ? null : new Who(name(m), m);
  }

  /**
   * "Acme and Globex raised $23 million and $20 million, respectively": with "respectively", the
   * n-th of coordinated figures belongs to the n-th of the coordinated names its subject lists;
   * {@code m} (the first of them) when the two lists do not line up.
   */
  static Mention respective(Around ar, Quantity q, Mention m) {
    boolean respectively = false;
    for (int i = ar.sentFirst; i < ar.sentEnd; i++)
      if (ar.word(i).startsWith("respective")) respectively = true;
    if (!respectively) return m;
    List<Mention> names = conjuncts(ar, m);
    List<Quantity> all = ar.a.quantities();
    int qi = all.indexOf(q), from = qi, to = qi;
    String body = ar.a.body();
    while (from > 0 && joined(body, all.get(from - 1), all.get(from))) from--;
    while (to + 1 < all.size() && joined(body, all.get(to), all.get(to + 1))) to++;
    if (names.size() < 2 || names.size() != to - from + 1) return m;
    return names.get(qi - from);
  }

  /**
   * "Ford and Toyota at 5 percent each": every name of the list the figure is given for, when
   * "each" shares it among them; empty otherwise.
   */
  static List<Mention> sharedBy(Around ar) {
    if (!ar.word(ar.last + 1).equals("each")) return List.of();
    Mention first = nameAt(ar);
    return first == null ? List.of() : conjuncts(ar, first);
  }

  /** The names coordinated with {@code m} after it ("A, B and C"), {@code m} first. */
  private static List<Mention> conjuncts(Around ar, Mention m) {
    List<Mention> names = new java.util.ArrayList<>();
    names.add(m);
    for (int n = 0; n < 8; n++) {
      Mention last = names.get(names.size() - 1);
      int k0 = Token.firstAtOrAfter(ar.toks, last.end()), k = k0;
      if (k < ar.sentEnd && ar.word(k).equals(",")) k++;
      if (k < ar.sentEnd && ar.word(k).equals("and")) k++;
      if (k >= ar.sentEnd || k == k0) break;
      Mention next = mentionAt(ar, k);
      if (next == null || next == last || !java.util.Objects.equals(next.type(), m.type())) break;
      names.add(next);
    }
    return names;
  }

  /** Two figures of one list: only "and", "or" or a comma between them. */
  private static boolean joined(String body, Quantity a, Quantity b) {
    if (a.end() > b.start()) return false;
    String between = body.substring(a.end(), b.start()).strip();
    return between.equals(",")
        || between.equals("and")
        || between.equals("or")
        || between.equals(", and")
        || between.equals(", or");
  }

  /**
   * The second figure of "leads B 44% to 37%", "beats B by 46% to 42%": the object's, named by the
   * entity layer or, when it missed the name, by the proper nouns as written.
   */
  private static Who pairedObject(Around ar, Quantity q) {
    Annotated a = ar.a;
    List<Quantity> all = a.quantities();
    int qi = all.indexOf(q);
    int sentStart = ar.toks.get(ar.sentFirst).start();
    // "leads B 43% to 41% in Ohio and 42% to 39% in Iowa": a later pair follows the first one
    for (int i = qi; i >= 1 && all.get(i - 1).start() >= sentStart; i -= 2) {
      Quantity prev = all.get(i - 1), second = all.get(i);
      if (prev.end() > second.start()) return null; // one figure read inside another
      if (!a.body().substring(prev.end(), second.start()).strip().equalsIgnoreCase("to"))
        return null;
      int k = Token.firstAtOrAfter(ar.toks, prev.start()) - 1;
      if (k >= ar.sentFirst && ar.word(k).equals("by")) k--;
      Mention obj = mentionAt(ar, k);
      if (obj != null) {
        int before = Token.firstAtOrAfter(ar.toks, obj.start()) - 1;
        return before >= ar.sentFirst && ar.verb(before) ? new Who(name(obj), obj) : null;
      }
      // "ahead of the GOP challenger 46 percent to 39 percent": the person the description is
      Mention described = describedRival(ar, k);
      if (described != null) return new Who(name(described), described);
      int s = k;
      while (s - 1 >= ar.sentFirst && s > k - 3 && ar.proper(s - 1)) s--;
      if (k >= ar.sentFirst && ar.proper(k) && s - 1 >= ar.sentFirst && ar.verb(s - 1))
        return new Who(a.body().substring(ar.charStart(s), ar.charEnd(k)), null);
      boolean coordinated =
          i >= 2 && a.body().substring(all.get(i - 2).end(), prev.start()).contains(" and ");
      if (!coordinated) return null;
    }
    return null;
  }

  /**
   * "leads the incumbent 45% to 36%", "well ahead of the GOP challenger": a description of a person
   * ending at token k, after a verb or "ahead of", "over", "against", "behind"; the last person
   * named before it other than the one the sentence's clause is about (its first person); null when
   * k ends no such description.
   */
  private static Mention describedRival(Around ar, int k) {
    if (k < ar.sentFirst || ar.proper(k)) return null;
    // (a tagger may read "the incumbent" as an adjective)
    String lemma = ar.noun(k) ? ar.lemma(k) : ar.word(k).toLowerCase(Locale.ROOT);
    if (!"person".equals(ANAPHORS.get(lemma))) return null;
    int d = k - 1;
    for (int n = 0; n < 4 && d > ar.sentFirst && !ar.word(d).equals("the"); n++, d--) {
      String p = ar.pos(d);
      if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH"))) return null;
    }
    if (!ar.word(d).equals("the") || d - 1 < ar.sentFirst) return null;
    int b = d - 1;
    boolean lead =
        ar.verb(b)
            || Lexicon.get().is("rivalcue", ar.word(b).toLowerCase(Locale.ROOT))
            || (ar.word(b).equals("of")
                && b - 1 >= ar.sentFirst
                && Lexicon.get().is("rivalcue", ar.word(b - 1).toLowerCase(Locale.ROOT)));
    if (!lead) return null;
    int at = ar.charStart(d), sentStart = ar.charStart(ar.sentFirst);
    Mention self = null, best = null;
    for (Mention m : ar.a.entities()) {
      if (!"PERSON".equals(m.type()) || m.end() > at) continue;
      if (self == null && m.start() >= sentStart) self = m;
    }
    for (Mention m : ar.a.entities()) {
      if (!"PERSON".equals(m.type()) || m.end() > at) continue;
      if (self != null && name(m).equals(name(self))) continue;
      if (best == null || m.start() > best.start()) best = m;
    }
    return best;
  }

  /**
   * "with 46 percent to Lee's 42 percent": the first figure of a pair whose second is written with
   * its owner's possessive belongs to the other one named before it in the sentence (the nearest
   * name of the same kind that is not the possessor); null when the figure opens no such pair.
   */
  private static Who pairedWithPossessive(Around ar, Quantity q) {
    List<Quantity> all = ar.a.quantities();
    int qi = all.indexOf(q);
    if (qi < 0 || qi + 1 >= all.size()) return null;
    Quantity next = all.get(qi + 1);
    if (next.start() < q.end()) return null;
    String body = ar.a.body();
    int sentEnd = ar.charEnd(ar.sentEnd - 1);
    if (next.end() > sentEnd) return null;
    Matcher to = PAIR_TO.matcher(body).region(q.end(), next.start());
    if (!to.lookingAt()) return null;
    Mention owner = null;
    for (Mention m : ar.a.entities()) if (m.start() == to.end()) owner = m;
    if (owner == null || "demonym".equals(owner.kind())) return null;
    if (!POSSESSIVE_GAP.matcher(body.substring(owner.end(), next.start())).matches()) return null;
    int sentStart = ar.charStart(ar.sentFirst);
    Mention other = null;
    for (Mention m : ar.a.entities()) {
      if (m.start() < sentStart || m.end() > q.start() || "demonym".equals(m.kind())) continue;
      if (!java.util.Objects.equals(m.type(), owner.type()) || name(m).equals(name(owner)))
        continue;
      other = m;
    }
    return other == null ? null : new Who(name(other), other);
  }

  private static final Pattern PAIR_TO = Pattern.compile("\\s*to\\s+(the\\s+)?");

  /**
   * "Lee, who was tied with Park at 41 percent", "Lee and Park were tied at 41 percent", "the
   * candidates were tied at 41 percent" (after a sentence naming two of them): the names that share
   * a figure given "at" after a word of the {@code tie} class; empty when the figure is no tie or
   * fewer than two names share it.
   */
  static List<Mention> tiedParties(Around ar) {
    int k = ar.first - 1;
    for (int n = 0; k >= ar.sentFirst && n < 2 && modifierPos(ar.pos(k)); n++) k--;
    if (k <= ar.sentFirst || !ar.word(k).equals("at")) return List.of();
    int tie = -1;
    for (int i = k - 1; i >= ar.sentFirst && i >= k - 5; i--) {
      if (Lexicon.get().is("tie", ar.word(i).toLowerCase(Locale.ROOT))) {
        tie = i;
        break;
      }
      if (ar.word(i).equals(",") || ar.pos(i).equals("CD")) break;
    }
    if (tie < 0) return List.of();
    // "tied with Park": the one before the tie and the one after "with"
    if (ar.word(tie + 1).equals("with")) {
      Mention with = mentionAt(ar, tie + 2);
      if (with == null || "demonym".equals(with.kind())) return List.of();
      Mention self = null;
      for (int i = tie - 1; i >= ar.sentFirst && self == null; i--) {
        Mention m = mentionAt(ar, i);
        if (m != null && java.util.Objects.equals(m.type(), with.type())) self = m;
      }
      return self == null || name(self).equals(name(with)) ? List.of() : List.of(self, with);
    }
    // "Lee and Park were tied": the coordinated names before the tie
    for (int i = tie - 1; i >= ar.sentFirst && i >= tie - 4; i--) {
      Mention m = mentionAt(ar, i);
      if (m == null) continue;
      List<Mention> names = conjuncts(ar, firstConjunct(ar, m));
      return names.size() >= 2 ? names : List.of();
    }
    // "the candidates were tied": the two people (else organisations) the sentence before names
    int si = ar.a.sentenceAt(ar.charStart(ar.sentFirst));
    if (si <= 0) return List.of();
    Span prev = ar.a.sentences().get(si - 1);
    for (String type : new String[] {"PERSON", "ORGANIZATION"}) {
      java.util.Map<String, Mention> names = new java.util.LinkedHashMap<>();
      for (Mention m : ar.a.entities())
        if (m.start() >= prev.start() && m.end() <= prev.end() && type.equals(m.type()))
          names.putIfAbsent(name(m), m);
      if (names.size() == 2) return List.copyOf(names.values());
      if (!names.isEmpty()) return List.of();
    }
    return List.of();
  }

  /** "put the Japan quake at 8.9", "raised the Siemens stake to 5%": a name in the object. */
  private static Mention objectBeforeLevel(Around ar) {
    if (ar.verbBefore < 0 || ar.nounBefore < 0 || !("to".equals(ar.prep) || "at".equals(ar.prep)))
      return null;
    for (int k = ar.verbBefore + 1; k <= ar.nounBefore; k++) {
      Mention m = mentionAt(ar, k);
      if (m != null) return m;
    }
    return null;
  }

  /**
   * The name written right before ", which" or ", who" when verb {@code v} opens that relative
   * clause ("a coalition with New Democracy, which gained 129 seats"): a relative clause set off by
   * a comma says something of the noun phrase just before it. The capitalised proper nouns (at most
   * five) that end there, as written, when the entity layer named none of them and none is a date;
   * null otherwise.
   */
  static String relativeAntecedent(Around ar, int v) {
    int j = v - 1;
    while (j > ar.sentFirst
        && (ar.pos(j).equals("MD")
            || ar.pos(j).equals("RB")
            || (ar.verb(j) && List.of("be", "have", "do").contains(ar.lemma(j))))) j--;
    String rel = ar.word(j);
    if (!(rel.equals("which") || rel.equals("who")) || !ar.word(j - 1).equals(",")) return null;
    int end = j - 2, from = end;
    while (from >= ar.sentFirst && from > end - 5 && ar.proper(from)) from--;
    from++;
    if (from > end) return null;
    // "the vote in March, which ..." : a date is no one
    for (int k = from; k <= end; k++) {
      String w = ar.toks.get(k).word();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || mentionAt(ar, k) != null)
        return null;
      for (var t : ar.a.times())
        if (ar.charStart(k) < t.end() && ar.charEnd(k) > t.start()) return null;
    }
    // (not the first word of a sentence alone: a capital that may only open it)
    if (from == ar.sentFirst && from == end) return null;
    return ar.a.body().substring(ar.charStart(from), ar.charEnd(end));
  }

  /**
   * "raised its forecast for Germany to 1.9%", "cut its outlook for Brazil by 0.4 points": the name
   * a forecast moved to or by the figure is for; whose forecast it is (the verb's subject, "its")
   * is only the figure's source. Null when the figure follows no "forecast for NAME".
   */
  static Mention forecastFor(Around ar) {
    int p = ar.first - 1;
    if (!(ar.word(p).equals("to") || ar.word(p).equals("by"))) return null;
    Mention m = mentionAt(ar, p - 1);
    if (m == null || "demonym".equals(m.kind())) return null;
    int k = Token.firstAtOrAfter(ar.toks, m.start()) - 1;
    if (k > ar.sentFirst && ar.pos(k).equals("DT")) k--;
    if (k <= ar.sentFirst || !ar.word(k).equals("for")) return null;
    return ar.noun(k - 1) && Lexicon.get().is("forecast", ar.lemma(k - 1)) ? m : null;
  }

  /**
   * "with Renault at 11 percent", "followed by Fiat at 7 percent", "were Ford and Toyota at 5
   * percent": a name that the figure is given for with "at", in a phrase with no verb of its own
   * between them (not "arrived at 9 a.m.", not "the plant at Ohio").
   */
  static Mention nameAt(Around ar) {
    int k = ar.first - 1;
    for (int n = 0; k >= ar.sentFirst && n < 2 && modifierPos(ar.pos(k)); n++) k--;
    if (k <= ar.sentFirst || !ar.word(k).equals("at")) return null;
    Mention m = mentionAt(ar, k - 1);
    if (m == null || "demonym".equals(m.kind())) return null;
    int b = Token.firstAtOrAfter(ar.toks, m.start()) - 1;
    if (b >= ar.sentFirst && ar.word(b).equals("the")) b--;
    if (b < ar.sentFirst) return m;
    String w = ar.word(b), p = ar.pos(b);
    boolean listed =
        w.equals("with")
            || w.equals(",")
            || w.equals("by")
            || w.equals("and")
            || (p.startsWith("VB") && ar.lemma(b).equals("be"));
    return listed ? firstConjunctIfEach(ar, m) : null;
  }

  /** "Ford and Toyota at 5 percent each": the list's first name; else the name itself. */
  private static Mention firstConjunctIfEach(Around ar, Mention m) {
    return ar.word(ar.last + 1).equals("each") ? firstConjunct(ar, m) : m;
  }

  /** "at the Bataclan concert hall, where at least 89 were killed": the place. */
  private static Mention venue(Around ar) {
    int k = ar.first - 1;
    for (int n = 0; k >= ar.sentFirst && n < 4 && !ar.word(k).equals("where"); n++, k--) {
      if (ar.verb(k) || ar.word(k).equals(",")) return null;
    }
    if (k < ar.sentFirst || !ar.word(k).equals("where")) return null;
    k--;
    if (ar.word(k).equals(",")) k--;
    for (int n = 0; k >= ar.sentFirst && n < 3 && mentionAt(ar, k) == null; n++, k--) {
      if (!ar.noun(k) || ar.proper(k)) return null; // "the Bataclan concert hall"
    }
    Mention m = mentionAt(ar, k);
    return m == null || "PERSON".equals(m.type()) ? null : m;
  }

  /**
   * "Spain has recorded 157,000 cases and Italy 143,600": a clause whose verb is left out, a name
   * and its figure after "and", "but", "while" or a comma, repeating a figure of the sentence
   * before it; the name's.
   */
  static Who gapped(Around ar) {
    Mention m = gappedName(ar);
    return m == null ? null : new Who(name(m), m);
  }

  private static Mention gappedName(Around ar) {
    int k = ar.first - 1;
    for (int n = 0; k >= ar.sentFirst && n < 2 && modifierPos(ar.pos(k)); n++) k--;
    Mention m = mentionAt(ar, k);
    if (m == null || "demonym".equals(m.kind()) || "MISC".equals(m.type())) return null;
    int b = Token.firstAtOrAfter(ar.toks, m.start()) - 1;
    if (b >= ar.sentFirst && ar.word(b).equals("the")) b--;
    if (b <= ar.sentFirst) return null;
    String w = ar.word(b);
    if (!(w.equals("and")
        || w.equals("but")
        || w.equals("while")
        || w.equals("whereas")
        || w.equals(",")
        || w.equals(";"))) return null;
    int sentStart = ar.charStart(ar.sentFirst);
    for (Quantity o : ar.a.quantities())
      if (o.start() >= sentStart && o.end() <= m.start()) return m;
    return null;
  }

  /**
   * "With $2 million in the tin, targeting underway ..., Caeneus is looking to": a figure in a
   * "with" phrase that opens the sentence is had by the subject of the clause the phrase leads to,
   * the first subject after one of its commas that is followed by its verb (a name, a name the
   * entity layer wrote shorter, a description or a pronoun pointing back); null when the sentence
   * does not open so.
   */
  static Mention frontedWith(Around ar) {
    int k = ar.first - 1;
    for (int n = 0; k >= ar.sentFirst && n < 3 && !ar.word(k).equalsIgnoreCase("with"); n++)
      if (modifierPos(ar.pos(k)) || ar.pos(k).equals("IN")) k--;
      else return null;
    if (k != ar.sentFirst || !ar.word(k).equalsIgnoreCase("with")) return null;
    // "With 95% of precincts reporting, ...": a clause of its own, not what the subject has
    for (int i = ar.last + 1; i < ar.sentEnd && !ar.word(i).equals(","); i++)
      if (ar.pos(i).equals("VBG") || ar.pos(i).equals("VBN")) return null;
    for (int i = ar.last + 1; i + 2 < ar.sentEnd; i++) {
      if (!ar.word(i).equals(",")) continue;
      int s = i + 1, e = s;
      Mention m = mentionAt(ar, s);
      if (m != null) {
        if ("demonym".equals(m.kind())) continue;
        e = Token.firstAtOrAfter(ar.toks, m.end());
      } else if (ar.pos(s).equals("PRP")) {
        e = s + 1;
        if (!finiteAt(ar, e)) continue;
        m = pronounAntecedent(ar, s);
      } else if (ar.proper(s)) {
        e = s + 1;
        if (!finiteAt(ar, e)) continue;
        m = writtenShorter(ar, s);
      } else if (ar.word(s).equalsIgnoreCase("the")) {
        e = s + 1;
        while (e < ar.sentEnd && e < s + 5 && (ar.pos(e).startsWith("JJ") || ar.noun(e))) e++;
        if (e == s + 1 || !finiteAt(ar, e)) continue;
        m = antecedent(ar, e - 1);
      }
      if (m != null && finiteAt(ar, e)) return m;
    }
    return null;
  }

  /** A finite verb or modal at token k, past an adverb. */
  private static boolean finiteAt(Around ar, int k) {
    if (k < ar.sentEnd && ar.pos(k).startsWith("RB")) k++;
    if (k >= ar.sentEnd) return false;
    String p = ar.pos(k);
    return p.equals("VBZ") || p.equals("VBD") || p.equals("VBP") || p.equals("MD");
  }

  /**
   * A proper noun at token k that the entity layer did not mark ("Caeneus" after "Caeneus
   * Minerals"): the last organisation or person named before it whose name begins or ends with it.
   */
  static Mention writtenShorter(Around ar, int k) {
    String w = ar.toks.get(k).word();
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) return null;
    int at = ar.charStart(k);
    Mention best = null;
    for (Mention m : ar.a.entities()) {
      if (m.end() > at || !(isOrg(m) || "PERSON".equals(m.type()))) continue;
      String t = m.text();
      if (t.startsWith(w + " ") || t.endsWith(" " + w)) best = m;
    }
    return best;
  }

  /** "Sanders with 44%", "vote in Arizona, Idaho and Utah, with 131 delegates": the first named. */
  private static Mention withOwner(Around ar) {
    int k = ar.first - 1;
    while (k >= ar.sentFirst && k > ar.first - 3 && modifierPos(ar.pos(k))) k--;
    if (k < ar.sentFirst || !ar.word(k).equals("with")) return null;
    k--;
    if (ar.word(k).equals(",")) k--;
    // "Lee, even further behind with 9 percent": past the adverbs of a verbless clause
    for (int n = 0; n < 4 && k > ar.sentFirst && mentionAt(ar, k) == null; n++) {
      String p = ar.pos(k);
      boolean adverbial =
          p.startsWith("RB") || p.equals("JJR") || (p.equals("IN") && n == 0 && !ar.noun(k - 1));
      if (!adverbial) break;
      k--;
    }
    Mention m = mentionAt(ar, k);
    if (m == null) return null;
    // "sending the jet into the Indian Ocean with 239 people on board": a place a verb sends
    // something to does not have what the "with" phrase counts
    int b = Token.firstAtOrAfter(ar.toks, m.start()) - 1;
    if (b >= ar.sentFirst && ar.word(b).equals("the")) b--;
    if ("LOCATION".equals(m.type()) && b >= ar.sentFirst && ar.pos(b).equals("IN")) return null;
    return firstConjunct(ar, m);
  }

  private static boolean modifierPos(String p) {
    return p.equals("RB") || p.equals("RBR") || p.equals("JJ") || p.equals("JJS") || p.equals("DT");
  }

  /**
   * The verb whose object the figure is: "received 37%", "picking up four delegates", "leading
   * Clinton 44% to 37%" (the first figure), or -1.
   */
  private static int governingVerb(Around ar) {
    if (ar.verbBefore >= 0) return ar.verbBefore;
    int k = ar.first - 1;
    for (int n = 0; k >= ar.sentFirst && n < 3 && modifierPos(ar.pos(k)); n++) k--;
    if (k >= ar.sentFirst && ar.word(k).equals("by")) k--;
    Mention obj = mentionAt(ar, k);
    if (obj != null) k = Token.firstAtOrAfter(ar.toks, obj.start()) - 1;
    if (k >= ar.sentFirst && ar.pos(k).equals("RP")) k--;
    if (k >= ar.sentFirst && ar.verb(k)) return k;
    // "rose from 40 percent on July 14 to 42 percent": the nearest verb of the same clause
    boolean adjacent = true; // only modifiers so far between the figure and the token
    for (k = ar.first - 1; k >= ar.sentFirst && k > ar.first - 12; k--) {
      String p = ar.pos(k), w = ar.word(k);
      // "a deployment in Lithuania of some 1,000 troops": the figure completes a noun
      if (adjacent && w.equals("of")) return -1;
      // "spent the most in the search: over $43 million": the figure elaborates its clause
      if (adjacent && p.equals(":") && w.equals(":")) {
        adjacent = false;
        continue;
      }
      adjacent &= modifierPos(p);
      // a reporting verb's figure sits in what is reported ("estimated that over eight million")
      if (ar.verb(k)) return SPEECH.matcher(w).matches() ? -1 : k;
      if (p.equals("CC")
          || p.startsWith("W")
          || p.equals(":")
          || w.equals(",")
          || w.equals(";")
          || w.equals("that")) return -1;
    }
    return -1;
  }

  /** The named subject of the verb at {@code v}, or null when the clause names none. */
  private static Mention subjectOf(Around ar, int v, int depth) {
    int j = v - 1;
    for (int n = 0; j >= ar.sentFirst && n < 4; n++, j--) {
      String p = ar.pos(j), l = ar.lemma(j);
      boolean aux =
          p.equals("MD")
              || p.equals("RB")
              || p.equals("TO")
              || (p.startsWith("VB") && (l.equals("be") || l.equals("have") || l.equals("do")))
              // "is estimated to have spent", "wants to sell": the subject of the verb before "to"
              || (p.startsWith("VB") && ar.word(j + 1).equals("to"));
      if (!aux) break;
    }
    if (j < ar.sentFirst) return null;
    // "The Nikkei lost 2 percent on Friday, to end at 21,300 points": an infinitive set
    // off by a comma or right after a figure has no subject of its own; it is the governing
    // clause's ("forced Cyprus to increase" is Cyprus's: a name right before "to" is its subject)
    if (depth == 0
        && v - 1 > ar.sentFirst
        && ar.word(v - 1).equals("to")
        && ar.pos(v).equals("VB")) {
      if (ar.word(v - 2).equals(",") || ar.pos(v - 2).equals("CD")) {
        for (int k = v - 2; k >= ar.sentFirst && k > v - 25; k--) {
          String pk = ar.pos(k);
          if (pk.equals("VBD") || pk.equals("VBZ") || pk.equals("VBP")) return subjectOf(ar, k, 1);
        }
      }
    }
    // "Trump, on the other hand, rose": past a parenthetical between the subject and its verb
    if (ar.word(j).equals(",") && !ar.pos(v).equals("VBG")) {
      for (int c = j - 1; c >= ar.sentFirst && c > j - 15; c--) {
        if (ar.word(c).equals(",")) {
          j = c - 1;
          break;
        }
      }
    }
    // "Clinton's fell by three points": the owner of an elided noun
    if (j > ar.sentFirst && ar.pos(j).equals("POS")) j--;
    if (j < ar.sentFirst) return null;
    String p = ar.pos(j);
    // "the attacks in Paris that killed 127": the relative pronoun's antecedent
    boolean relative = p.equals("WDT") || (p.equals("WP") && ar.word(j).equals("who"));
    if (relative) {
      j--;
      if (ar.word(j).equals(",")) j--;
    }
    Mention m = mentionAt(ar, j);
    // "auction house Artcurial sold it": a proper noun the entity layer missed heads the subject;
    // the names that modify it are not its owner (the parse names it as written)
    if (m == null && !relative && ar.proper(j)) return null;
    // "It is slated for release", "She won 40 percent": a pronoun subject points back; in a
    // reported clause ("the authority told the council that it had reached") the parse decides
    if (m == null && !relative && ar.pos(j).equals("PRP")) {
      if (ar.word(j - 1).equals("that")) return null;
      m = pronounAntecedent(ar, j);
    }
    int head = j;
    // "The St. Louis company earned", "the Atlanta-based airline said": a description of a company
    // named before, not the place that modifies it
    if (m == null && !relative && ANAPHORS.containsKey(ar.lemma(j))) {
      Mention d = antecedent(ar, j);
      if (d != null) return d;
    }
    // "Islamic State militants killed", "Apple shares rose": a name modifying the subject's head
    // ("the Vermont senator" is a person: the place that modifies them owns no figure of theirs)
    boolean person = "person".equals(ANAPHORS.get(ar.lemma(j)));
    for (int n = 0;
        m == null && !relative && !person && n < 3 && j > ar.sentFirst && ar.noun(j);
        n++) {
      // "Trump's standing improved": the subject's owner
      if (ar.pos(j - 1).equals("POS")) j--;
      m = mentionAt(ar, --j);
      // "Its net profit has made up": a possessive pronoun owns the subject
      int k = j;
      while (m == null && k > ar.sentFirst && ar.pos(k).startsWith("JJ")) k--;
      if (m == null && ar.pos(k).equals("PRP$")) m = pronounAntecedent(ar, k);
    }
    if (m != null && !relative) {
      // "The brigade in Lithuania will consist of": the name is in a modifier of the subject's head
      int b = Token.firstAtOrAfter(ar.toks, m.start()) - 1;
      if (b > ar.sentFirst && ar.pos(b).equals("IN") && ar.noun(b - 1)) m = null;
    }
    if (m != null && !"demonym".equals(m.kind())) return firstConjunct(ar, m);
    if (m == null && !relative) m = antecedent(ar, head);
    if (m != null) return m;
    // "Clinton won 31 percent, picking up four delegates": the main clause's subject
    if (depth == 0
        && ar.pos(v).equals("VBG")
        && v - 1 > ar.sentFirst
        && (ar.word(v - 1).equals(",") || ar.pos(v - 1).equals("IN"))) {
      // "..., picking up four delegates", "before slipping back to 39 percent"
      for (int k = v - 2; k >= ar.sentFirst && k > v - 20; k--) {
        String pk = ar.pos(k);
        if (pk.equals("VBD") || pk.equals("VBZ") || pk.equals("VBP")) return subjectOf(ar, k, 1);
      }
    }
    return null;
  }

  private static final java.util.Map<String, String> ANAPHORS = loadAnaphors();

  private static java.util.Map<String, String> loadAnaphors() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (java.io.InputStream in = Subjects.class.getResourceAsStream("anaphors.tsv")) {
      if (in == null) return out;
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] c = line.strip().split("\t");
        if (c.length == 2 && !line.startsWith("#")) out.put(c[0], c[1]);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** A noun for a person's office or role, listed in {@code anaphors.tsv} ("senator"). */
  static boolean personNoun(String lemma) {
    return "person".equals(ANAPHORS.get(lemma));
  }

  /** A noun for an organisation, listed in {@code anaphors.tsv} ("company", "carmaker"). */
  static boolean entityNoun(String lemma) {
    return "organization".equals(ANAPHORS.get(lemma));
  }

  /**
   * "the company", "the country", "the American computer company" as a subject: the last
   * organisation or country the text named before it (a demonym names its country: "Malaysian
   * officials said the country has spent").
   */
  static Mention antecedent(Around ar, int j) {
    if (j <= ar.sentFirst || !ar.noun(j) || ar.proper(j)) return null;
    String kind = ANAPHORS.get(ar.lemma(j));
    // "the company", "the German carmaker", "the American computer company"
    int d = j - 1;
    for (int n = 0; n < 5 && d > ar.sentFirst && !ar.word(d).equals("the"); n++, d--) {
      String p = ar.pos(d);
      if (!(p.startsWith("JJ")
          || (p.startsWith("NN") && !ar.proper(d))
          || p.equals("HYPH")
          || isPlaceAt(ar, d))) return null;
    }
    if (!ar.word(d).equals("the")) return null;
    int at = ar.charStart(d);
    // "Hart Island ... on the island", "the Japanese Red Cross Kobe Hospital ... the hospital": a
    // definite description whose noun ends a name the text gave before is that name
    Mention named = namedWithHead(ar, d + 1, j, at);
    if (named != null) return named;
    if (kind == null) return null;
    // "Renault, the French carmaker, ...": the name the text tied to this noun
    Mention tied = tiedTo(ar, ar.lemma(j), kind, at);
    if (tied != null) return tied;
    Mention last = lastOfKind(ar, kind, at);
    if (last == null || last.start() < ar.charStart(ar.sentFirst)) return last;
    // in its own sentence only the subject of a clause ("Nokia said the company will"), not a
    // name in a phrase ("announced at the New York Stock Exchange, the company's shares")
    Mention subject = null;
    for (Mention m : ar.a.entities()) {
      if (m.end() > at || m.start() < ar.charStart(ar.sentFirst) || !fits(ar.a, m, kind)) continue;
      String before = ar.a.body().substring(Math.max(0, m.start() - 20), m.start());
      boolean owner =
          ar.a.body().startsWith("'s", m.end()) || ar.a.body().startsWith("’s", m.end());
      if (owner || (followedByVerb(ar.a, m) && !PREPOSITION_BEFORE.matcher(before).find()))
        subject = m;
    }
    if (subject != null) return subject;
    Mention earlier = lastOfKind(ar, kind, ar.charStart(ar.sentFirst));
    return earlier != null ? earlier : last;
  }

  /**
   * The last place or organisation named before {@code at} whose name ends with the noun at token
   * {@code j} ("Hart Island" for "the island", "Kobe Hospital" for "the hospital") and holds the
   * capitalised words that modify it from token {@code from} on; null when none does.
   */
  static Mention namedWithHead(Around ar, int from, int j, int at) {
    String w = ar.word(j), l = ar.lemma(j).toLowerCase(Locale.ROOT);
    if (w.length() < 3) return null;
    // "the Illinois city" is no city named without "Illinois": its capitalised modifiers are in
    // the name
    List<String> named = new java.util.ArrayList<>();
    for (int k = from; k < j; k++) {
      String raw = ar.toks.get(k).word();
      if (!raw.isEmpty() && Character.isUpperCase(raw.codePointAt(0))) named.add(ar.word(k));
    }
    Mention best = null;
    for (Mention m : ar.a.entities()) {
      if (m.end() > at || "demonym".equals(m.kind())) continue;
      if (!("LOCATION".equals(m.type()) || isOrg(m))) continue;
      String t = m.text().toLowerCase(Locale.ROOT);
      int sp = t.lastIndexOf(' ');
      if (sp < 0) continue; // "Island" alone names nothing more than the noun
      String last = t.substring(sp + 1);
      if (!(last.equals(w) || last.equals(l))) continue;
      boolean all = true;
      for (String n : named) all &= (" " + t + " ").contains(" " + n + " ");
      if (!all) continue;
      if (best == null || m.start() > best.start()) best = m;
    }
    return best;
  }

  /**
   * The organisation of the article that {@code text} (lower case) describes by the noun that ends
   * its name and another word of its name: "Kobe hospital" or "a hospital in Kobe" for the Japanese
   * Red Cross Kobe Hospital; null when no organisation, or more than one, is so described.
   */
  static Who describedIn(String text, List<Who> organizations) {
    if (text == null || text.isEmpty()) return null;
    Who found = null;
    for (Who o : organizations) {
      Mention m = o.mention();
      String[] w = m.text().toLowerCase(Locale.ROOT).split("\\s+");
      String noun = w[w.length - 1];
      if (w.length < 2 || !"organization".equals(ANAPHORS.get(noun))) continue;
      boolean described = false;
      for (int i = 0; i < w.length - 1 && !described; i++) {
        String x = w[i];
        if (x.length() < 3 || !Character.isLetter(x.charAt(0))) continue;
        described = containsWords(text, x + " " + noun) || containsWords(text, noun + " in " + x);
      }
      if (!described) continue;
      if (found != null && !found.name().equals(o.name())) return null;
      if (found == null) found = o;
    }
    return found;
  }

  /**
   * An organisation's name as the text writes it: "the Japanese Red Cross Kobe Hospital" is one
   * name even when its first word, a people's name, was read apart from the rest.
   */
  static Who fullName(Annotated a, Mention m) {
    for (Mention d : a.entities()) {
      if (!"demonym".equals(d.kind()) || d.end() + 1 != m.start()) continue;
      if (!Character.isWhitespace(a.body().charAt(d.end()))) continue;
      String before = a.body().substring(Math.max(0, d.start() - 4), d.start());
      if (before.equalsIgnoreCase("the "))
        return new Who(a.body().substring(d.start(), m.end()), m);
    }
    return new Who(name(m), m);
  }

  private static boolean containsWords(String text, String words) {
    int i = text.indexOf(words);
    while (i >= 0) {
      int e = i + words.length();
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))) return true;
      i = text.indexOf(words, i + 1);
    }
    return false;
  }

  /**
   * The last name of the kind before {@code at} that the text tied to the noun {@code head} by
   * apposition: "Renault, the French carmaker", "LVMH (LVMHF), the luxury conglomerate", "the
   * carmaker Renault"; null when none is.
   */
  static Mention tiedTo(Around ar, String head, String kind, int at) {
    Mention best = null;
    for (Mention m : ar.a.entities()) {
      if (m.end() > at || !fits(ar.a, m, kind) || (best != null && m.start() <= best.start()))
        continue;
      if (describedAfter(ar, m, head, at) || describedBefore(ar, m, head)) best = m;
    }
    return best;
  }

  /** "Renault, the French carmaker", "LVMH (LVMHF), a luxury conglomerate". */
  private static boolean describedAfter(Around ar, Mention m, String head, int at) {
    int k = Token.firstAtOrAfter(ar.toks, m.end());
    if (ar.word(k).equals("(") || ar.word(k).equals("-lrb-")) {
      int close = k + 1;
      while (close < k + 6 && !(ar.word(close).equals(")") || ar.word(close).equals("-rrb-")))
        close++;
      if (close >= k + 6) return false;
      k = close + 1;
    }
    if (!ar.word(k).equals(",")) return false;
    k++;
    String det = ar.word(k);
    if (!(det.equals("the") || det.equals("a") || det.equals("an"))) return false;
    for (int n = 0, i = k + 1; n < 5 && i < ar.toks.size() && ar.charStart(i) < at; n++, i++) {
      String p = ar.pos(i);
      if (p.startsWith("NN") && ar.lemma(i).equals(head))
        return !ar.pos(i + 1).startsWith("NN"); // the head of the phrase, not its modifier
      if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH") || p.equals("VBN")))
        return false;
    }
    return false;
  }

  /** "the carmaker Renault", "the French carmaker Renault". */
  private static boolean describedBefore(Around ar, Mention m, String head) {
    int k = Token.firstAtOrAfter(ar.toks, m.start()) - 1;
    if (k < 1 || !ar.lemma(k).equals(head) || !ar.pos(k).startsWith("NN") || ar.proper(k))
      return false;
    for (int n = 0, i = k - 1; n < 5 && i >= 0; n++, i--) {
      if (ar.word(i).equals("the")) return true;
      String p = ar.pos(i);
      if (!(p.startsWith("JJ") || (p.startsWith("NN") && !ar.proper(i)) || p.equals("HYPH")))
        return false;
    }
    return false;
  }

  /** Token {@code k} is part of a demonym or a place ("the American", "the St. Louis company"). */
  private static boolean isPlaceAt(Around ar, int k) {
    Token t = ar.toks.get(k);
    for (Mention m : ar.a.entities())
      if (m.start() <= t.start()
          && t.end() <= m.end()
          && ("demonym".equals(m.kind()) || "LOCATION".equals(m.type()))) return true;
    return false;
  }

  /**
   * A personal or possessive pronoun ("she", "its", "their", as listed in {@code anaphors.tsv})
   * read as the last person, or organisation or country, named before it: in its own sentence
   * first, else the subject of an earlier sentence, else the last one named.
   */
  static Mention pronounAntecedent(Around ar, int j) {
    if (j < ar.sentFirst || j >= ar.sentEnd) return null;
    String kind = ANAPHORS.get(ar.word(j));
    if (kind == null) return null;
    int at = ar.charStart(j);
    int sentStart = ar.charStart(ar.sentFirst);
    Mention inSentence = lastOfKind(ar, kind, at);
    // "The company said it would hire", "the nation is allocating 2% of its GDP": a description
    // in the sentence after the last name is what the pronoun points to
    int from =
        inSentence != null && inSentence.start() >= sentStart
            ? Token.firstAtOrAfter(ar.toks, inSentence.end())
            : ar.sentFirst;
    for (int k = j - 1; k >= from; k--) {
      String d = ANAPHORS.get(ar.lemma(k));
      if (d == null || !ar.noun(k) || ar.proper(k) || d.equals("person")) continue;
      if (!kind.equals(d) && !kind.startsWith(d) && !kind.endsWith(d)) continue;
      return antecedent(ar, k);
    }
    if (inSentence != null && inSentence.start() >= sentStart) return inSentence;
    if (inSentence == null) return null;
    // the sentence before: its subject (a name followed by its verb) before any other name
    int prevSentence = ar.a.sentenceAt(inSentence.start());
    for (Mention m : ar.a.entities()) {
      if (m.end() > sentStart || ar.a.sentenceAt(m.start()) != prevSentence) continue;
      if (fits(m, kind) && followedByVerb(ar.a, m)) return m;
    }
    return inSentence;
  }

  /**
   * A reference inside the tokens [from, to) that names an owner without naming it: a possessive
   * pronoun ("its profits", "his campaign's"), a description written as an owner ("the company's
   * sales") or heading the range ("shares of the American computer company"); null when none.
   */
  static Who referenceIn(Around ar, int from, int to) {
    for (int k = Math.max(from, ar.sentFirst); k < to && k < ar.sentEnd; k++) {
      Mention m = null;
      if (ar.pos(k).equals("PRP$")) m = pronounAntecedent(ar, k);
      else if (ar.pos(k + 1).equals("POS") || k == to - 1) m = antecedent(ar, k);
      if (m != null) return new Who(name(m), m);
    }
    return null;
  }

  /**
   * The last mention of the kind ("organization", "country", "person") ending before {@code at}.
   */
  private static Mention lastOfKind(Around ar, String kind, int at) {
    Mention best = null;
    for (Mention m : ar.a.entities()) {
      if (m.end() > at) continue;
      if (fits(ar.a, m, kind) && (best == null || m.start() > best.start())) best = m;
    }
    return best;
  }

  /**
   * As {@link #fits(Mention, String)}; a place the text names with the noun of the kind after it
   * ("New York state", "Kings county") fits it whatever else its name is.
   */
  private static boolean fits(Annotated a, Mention m, String kind) {
    if (fits(m, kind)) return true;
    if (!"LOCATION".equals(m.type()) || "demonym".equals(m.kind())) return false;
    if (!(kind.equals("region") || kind.equals("city") || kind.equals("place"))) return false;
    Matcher w =
        NEXT_WORD.matcher(a.body()).region(m.end(), Math.min(a.body().length(), m.end() + 20));
    return w.lookingAt() && kind.equals(ANAPHORS.get(w.group(1).toLowerCase(Locale.ROOT)));
  }

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)\\b");

  private static boolean fits(Mention m, String kind) {
    return switch (kind) {
      case "country" ->
          m.country() != null
              && !isOrg(m)
              && !"PERSON".equals(m.type())
              && name(m).equals(countryName(m.country()));
      case "person" -> "PERSON".equals(m.type());
      case "region", "city", "place" -> placeOfKind(m, kind);
      case "organization-or-country" -> fits(m, "organization") || fits(m, "country");
      default -> isOrg(m) && !"demonym".equals(m.kind());
    };
  }

  /**
   * A place below a country of the kind: "region" a state, province or area, "city" a city, any
   * place for "place"; a place the gazetteer does not know fits every kind.
   */
  private static boolean placeOfKind(Mention m, String kind) {
    if (!"LOCATION".equals(m.type()) || "demonym".equals(m.kind())) return false;
    Place p = Gazetteer.get().place(m.text()).orElse(null);
    if (p == null) {
      // "Hart Island" is no state, "Kings County" no city: a place its own name gives a kind
      String[] w = m.text().toLowerCase(Locale.ROOT).split("\\s+");
      String own = ANAPHORS.get(w[w.length - 1]);
      if (w.length > 1 && own != null && !own.equals(kind) && !"place".equals(kind)) return false;
      return m.country() == null || !name(m).equals(countryName(m.country()));
    }
    if (p.kind() == Place.Kind.COUNTRY || p.standsForGovernment()) return false;
    return switch (kind) {
      case "region" -> p.kind() == Place.Kind.REGION || p.kind() == Place.Kind.AREA;
      case "city" ->
          p.kind() == Place.Kind.CITY
              || p.kind() == Place.Kind.CAPITAL
              || p.kind() == Place.Kind.SEAT;
      default -> true;
    };
  }

  /** "Alaska, Hawaii and Washington hold caucuses": the list is named by its first member. */
  private static Mention firstConjunct(Around ar, Mention m) {
    Mention first = m;
    for (int n = 0; n < 6; n++) {
      int k = Token.firstAtOrAfter(ar.toks, first.start()) - 1;
      if (k - 1 < ar.sentFirst || !(ar.word(k).equals(",") || ar.word(k).equals("and"))) break;
      Mention prev = mentionAt(ar, k - 1);
      if (prev == null || !java.util.Objects.equals(prev.type(), m.type())) break;
      first = prev;
    }
    return first;
  }

  /**
   * The name a noun phrase starting at token {@code k} stands for: its last name, so that "former
   * Maryland Gov. Ann Lee" and "Democratic front-runner Ann Lee" are Ann Lee; null when the phrase
   * holds none.
   */
  static Mention nameOfPhrase(Around ar, int k) {
    Mention last = null;
    for (int i = k; i < ar.sentEnd && i < k + 8; i++) {
      String p = ar.pos(i);
      if (!(p.startsWith("NN")
          || p.startsWith("JJ")
          || p.equals("DT")
          || p.equals("HYPH")
          || ar.word(i).equals("."))) break;
      Mention m = mentionAt(ar, i);
      if (m != null) last = m;
    }
    return last;
  }

  /** The demonym with a country that token {@code k} is part of ("German"), or null. */
  static Mention demonymAt(Around ar, int k) {
    if (k < ar.sentFirst || k >= ar.sentEnd) return null;
    Token t = ar.toks.get(k);
    for (Mention m : ar.a.entities()) {
      if (m.start() <= t.start()
          && t.end() <= m.end()
          && "demonym".equals(m.kind())
          && m.country() != null) return m;
    }
    return null;
  }

  /** The named entity (not a demonym) that token {@code k} is part of, or null. */
  static Mention mentionAt(Around ar, int k) {
    if (k < ar.sentFirst || k >= ar.sentEnd) return null;
    Token t = ar.toks.get(k);
    for (Mention m : ar.a.entities()) {
      if (m.start() <= t.start() && t.end() <= m.end() && !"demonym".equals(m.kind())) return m;
    }
    return null;
  }

  static boolean isOrg(Mention m) {
    return "ORGANIZATION".equals(m.type());
  }

  private static boolean speechNext(Annotated a, Mention m) {
    List<Token> toks = a.tokens();
    int i = Token.firstAtOrAfter(toks, m.end());
    if (i >= toks.size()) return false;
    String l = toks.get(i).lemma();
    return l != null && (l.equalsIgnoreCase("say") || l.equalsIgnoreCase("tell"));
  }

  /**
   * The token index of a verb of saying or estimating ({@code sourceverb}: "estimated", "confirms",
   * "warned") that follows mention m as its verb, past adverbs; -1 when none does.
   */
  static int sourceVerbAfter(Annotated a, Mention m) {
    List<Token> toks = a.tokens();
    int i = Token.firstAtOrAfter(toks, m.end());
    for (int n = 0; n < 3 && i < toks.size(); n++, i++) {
      Token t = toks.get(i);
      String p = t.pos(), l = t.lemma();
      if (p == null || l == null) return -1;
      if (p.startsWith("VB")) {
        return Lexicon.get().is("sourceverb", l.toLowerCase(Locale.ROOT)) ? i : -1;
      }
      if (!p.equals("RB") && !p.equals("MD")) return -1;
    }
    return -1;
  }

  /**
   * "Dr Lee estimated that 5,000 could die", "the agency warned 40% would lose power": the name is
   * the source of a figure its verb reports, not what the figure is about. True when a verb of
   * saying or estimating follows m and the figure sits in the clause it reports (after "that", a
   * quotation mark or another verb, or as the subject of a verb of its own).
   */
  static boolean sourceOf(Annotated a, Mention m, Quantity q) {
    if (m.end() > q.start()) return false;
    int v = sourceVerbAfter(a, m);
    if (v < 0) return false;
    List<Token> toks = a.tokens();
    int first = Token.firstAtOrAfter(toks, q.start());
    for (int k = v + 1; k < first && k < toks.size(); k++) {
      Token t = toks.get(k);
      String w = t.word(), p = t.pos() == null ? "" : t.pos();
      if (w.equals("that")
          || w.equals("\"")
          || w.equals("“")
          || w.equals("``")
          || w.equals(":")
          || p.startsWith("VB")) return true;
    }
    int after = Token.firstAtOrAfter(toks, q.end());
    if (after >= toks.size()) return false;
    String p = toks.get(after).pos();
    if (p != null && (p.equals("''") || toks.get(after).word().matches("[\"”]")))
      p = after + 1 < toks.size() ? toks.get(after + 1).pos() : null;
    return p != null && (p.equals("MD") || p.startsWith("VB"));
  }

  static boolean followedByVerb(Annotated a, Mention m) {
    List<Token> toks = a.tokens();
    int i = Token.firstAtOrAfter(toks, m.end());
    for (int k = i; k < Math.min(toks.size(), i + 3); k++) {
      String pos = toks.get(k).pos();
      if (pos == null) return false;
      if (pos.startsWith("VB") || pos.equals("MD")) return true;
      if (!pos.equals("RB") && !pos.equals("POS") && !pos.equals(",")) return false;
    }
    return false;
  }

  /**
   * The place the figure is in or bound for, at country level, as an ISO code; "there" points back
   * to the previous sentence.
   */
  static String placeOf(Annotated a, int si, Quantity q, Event ev, String subjectCode) {
    if (ev != null) {
      if (isCode(ev.target()) && !ev.target().equals(subjectCode)) return ev.target();
      if (isCode(ev.location()) && !ev.location().equals(subjectCode)) return ev.location();
    }
    Span sent = a.sentences().get(si);
    String p = placeIn(a, sent, subjectCode, q, true);
    if (p != null) return p;
    String text = sent.of(a.body());
    if (si > 0 && text.transform(MATCHES_3::test)) {
      p = placeIn(a, a.sentences().get(si - 1), subjectCode, null, true);
      if (p != null) return p;
    }
    return placeIn(a, sent, subjectCode, q, false);
  }

  private static String placeIn(
      Annotated a, Span sent, String subject, Quantity q, boolean prepositionOnly) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : a.entities()) {
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      if (!"LOCATION".equals(m.type()) || m.country() == null || "demonym".equals(m.kind()))
        continue;
      if (m.country().equals(subject)) continue;
      if (q != null && m.start() >= q.end() && anotherPredicate(a, q.end(), m.start())) continue;
      String before = a.body().substring(Math.max(sent.start(), m.start() - 12), m.start());
      boolean prep = before.transform(MATCHES_4::test);
      if (prepositionOnly && !prep) continue;
      if (!prep && followedByVerb(a, m)) continue; // "Germany leads a NATO battlegroup": an actor
      int dist = q == null ? m.start() - sent.start() : Math.abs(m.start() - q.start());
      if (dist < bestDist) {
        bestDist = dist;
        best = m.country();
      }
    }
    return best;
  }

  /**
   * "to meet NATO's 2% target ... and confirmed the stationing of a brigade in Lithuania": an "and"
   * opening a verb of its own between the figure and a place puts the place in another predicate.
   */
  private static boolean anotherPredicate(Annotated a, int from, int to) {
    List<Token> toks = a.tokens();
    for (int i = Token.firstAtOrAfter(toks, from); i + 1 < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.end() > to) break;
      if (!t.word().equalsIgnoreCase("and")) continue;
      int v = i + 1;
      while (v < toks.size() && toks.get(v).pos() != null && toks.get(v).pos().startsWith("RB"))
        v++;
      String pos = v < toks.size() ? toks.get(v).pos() : null;
      if (pos != null && toks.get(v).end() <= to && pos.matches("VB[DZP]")) return true;
    }
    return false;
  }

  /**
   * "all 32 NATO members", "1,200 Siemens engineers": an organisation, or a country named as one,
   * between the figure and the noun it counts owns what is counted.
   */
  static Who nameInPhrase(Annotated a, Quantity q) {
    for (Mention m : a.entities()) {
      if (m.start() <= q.start() || m.end() > q.end() || "demonym".equals(m.kind())) continue;
      // "13% of the US population": the whole a share is of, not an owner
      if (a.body().substring(q.start(), m.start()).matches("(?s).*\\bof\\b.*")) continue;
      if (isOrg(m)) return new Who(name(m), m);
      if ("LOCATION".equals(m.type()) && m.country() != null)
        return new Who(countryName(m.country()), m);
    }
    return null;
  }

  static boolean isCode(String s) {
    return s != null && s.length() == 3 && s.chars().allMatch(Character::isUpperCase);
  }

  /**
   * Who the sentence attributes the figure to in its own voice: a person or organisation next to a
   * speech verb ("dpa reported", "according to the ministry").
   */
  static String attribution(Annotated a, Span sent) {
    String body = a.body();
    Matcher m = SPEECH.matcher(body.substring(sent.start(), sent.end()));
    while (m.find()) {
      int cue = sent.start() + m.start(), cueEnd = sent.start() + m.end();
      Mention best = null;
      int bestDist = 40;
      for (Mention e : a.entities()) {
        if (!"PERSON".equals(e.type()) && !"ORGANIZATION".equals(e.type())) continue;
        if (e.start() < sent.start() || e.end() > sent.end()) continue;
        int d = e.end() <= cue ? cue - e.end() : e.start() - cueEnd;
        // after the cue only the name it touches: "said the minister", "according to Reuters"
        if (e.start() >= cueEnd && !body.substring(cueEnd, e.start()).transform(MATCHES_5::test))
          continue;
        if (e.start() >= cueEnd && body.substring(cueEnd, e.start()).transform(MATCHES_6::test))
          continue;
        String gap =
            d >= 0 ? body.substring(Math.min(e.end(), cueEnd), Math.max(e.start(), cue)) : "";
        if (gap.contains(",") && d > 1) d += 30; // "…, dpa reported": the name the cue touches
        if (d >= 0 && d < bestDist) {
          bestDist = d;
          best = e;
        }
      }
      if (best != null) return best.canonical() != null ? best.canonical() : best.text();
    }
    String text = body.substring(sent.start(), sent.end());
    // "Reuters' tally", "Johns Hopkins University's count shows": a name whose account it is
    for (Mention e : a.entities()) {
      if (!"PERSON".equals(e.type()) && !"ORGANIZATION".equals(e.type())) continue;
      if (e.start() < sent.start() || e.end() > sent.end()) continue;
      Matcher g =
          GENITIVE_NOUN.matcher(body).region(e.end(), sent.end()).useTransparentBounds(true);
      if (g.lookingAt() && sourceNoun(g.group(1)))
        return e.canonical() != null ? e.canonical() : e.text();
    }
    Matcher by = UNNAMED_SOURCE.matcher(text);
    if (by.find()) return by.group(1) != null ? by.group(1) : by.group(2);
    // "according to the health ministry's latest figures": the body whose figures they are
    Matcher owner = UNNAMED_GENITIVE.matcher(text);
    while (owner.find()) if (sourceNoun(owner.group(2))) return owner.group(1);
    return null;
  }

  /** Whether one of the words is a noun of the {@code sourcenoun} class (or its plural). */
  private static boolean sourceNoun(String words) {
    Lexicon lx = Lexicon.get();
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (lx.is("sourcenoun", w)) return true;
      if (w.endsWith("s") && lx.is("sourcenoun", w.substring(0, w.length() - 1))) return true;
    }
    return false;
  }

  /** "'s latest tally": a genitive ending and the (up to three) words after it. */
  private static final Pattern GENITIVE_NOUN =
      Pattern.compile("(?:['’]s|(?<=s)['’])\\s+((?:[\\p{Ll}-]+\\s+){0,2}\\p{Ll}+)\\b");

  private static final Pattern UNNAMED_GENITIVE =
      Pattern.compile(
          "according to ((?:the |a )?\\p{L}[\\p{L} -]{1,40}?)['’]s?\\s+((?:[\\p{Ll}-]+\\s+){0,2}\\p{Ll}+)\\b");

  /**
   * A source the text names without a name: "according to the health ministry", ", police said".
   */
  private static final Pattern UNNAMED_SOURCE =
      Pattern.compile(
          "according to ((?:the |a )?\\p{L}[\\p{L} -]{1,40}?)\\s*(?:[,.;]|$)"
              + "|,\\s*((?:the |a )?\\p{L}[\\p{L} -]{1,30}?)\\s+(?:said|says|told|reported|reports|confirmed|estimated)\\b");
}

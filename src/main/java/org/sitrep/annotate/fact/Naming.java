package org.sitrep.annotate.fact;

import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Quantity;
import org.sitrep.model.Token;

/**
 * The measure of one figure, named from the language: what it counts (the counted noun as a plural,
 * folded by {@code measures.tsv}), what its unit makes it (money of a noun, a share or rate in
 * percent, an index level in points) and what the predicate does to the things ("jobs cut",
 * "aircraft ordered", deaths for killing and dying). Null when the figure measures nothing the text
 * names.
 */
final class Naming {
  private static final java.util.function.Predicate<String> MATCHES_1 =
      Pattern.compile("[A-Z]{3}").asMatchPredicate();
  private static final java.util.function.Predicate<String> MATCHES_2 =
      Pattern.compile(".*[^aeiou]y").asMatchPredicate();
  String measure;

  /** +1 or -1 when the predicate moves a level ("rose", "fell"), else 0. */
  int direction;

  /** The verb before the figure gives a level ("topped", "stands at"): the figure moves nothing. */
  boolean levelVerb;

  /** The figure is what a forecast says ("raised its growth forecast to 1.8%"). */
  boolean forecast;

  /** The figure is a share of something ("2% of GDP", "a 5% stake"). */
  boolean share;

  /** The predicate is part of the measure ("jobs cut"): the figure is a count, not a change. */
  boolean predicateInMeasure;

  /**
   * The figure counts a running total: a casualty toll, or what an action has added up to so far
   * ("has spent $8.6 million", "have sold 2 million copies").
   */
  boolean total;

  /** The unit of a figure written bare that has the unit of the figure it continues, or null. */
  String unit;

  /** The token the figure starts at. */
  int at = -1;

  /** The measure is so generic ("share", "index level" without a name) that a subject is needed. */
  boolean needsSubject;

  /**
   * A subject the noun phrase itself names ("Volkswagen's sales", "the FTSE 100 index"), or null.
   */
  Subjects.Who subject;

  private static final Lexicon LEX = Lexicon.get();

  private static final java.util.Set<String> TIME_UNITS =
      java.util.Set.of("second", "minute", "hour", "day", "week", "month", "year");
  private static final Pattern MONEY_PER = Pattern.compile("(?:[A-Z]{3}|cent|pence) per (\\w+)");
  private static final Pattern ERROR_MARGIN_AFTER =
      Pattern.compile("\\s*(\\(?(plus or minus|\\+/-|±)\\)?\\s*)?margin of (sampling )?error");
  private static final Pattern ERROR_MARGIN =
      Pattern.compile("(plus or minus|\\+/-|±|margin of error( of)?( is)?( about)?)$");

  private Naming() {}

  static Naming of(Around ar, Quantity q) {
    return of(ar, q, 0);
  }

  /** {@code depth} counts figures named from an earlier one, so a chain stops at one step. */
  private static Naming of(Around ar, Quantity q, int depth) {
    Naming n = named(ar, q, depth);
    if (n == null || n.measure == null) return null;
    n.measure = canonical(n.measure);
    n.at = ar.first;
    boolean casualty =
        n.measure.equals("deaths")
            || n.measure.equals("injuries")
            || n.measure.equals("casualties");
    if (casualty || (n.predicateInMeasure && perfect(ar))) n.total = true;
    if (q.counted() != null && (q.unit() == null || n.share)) n.qualify(ar, q);
    return n;
  }

  /**
   * The words after a counted noun that change what it counts: an age group ("people over 65",
   * "residents aged 65 and over") and a rate ("deaths per 100,000 people", "cases a day", "births
   * for every 1,000 women"). The rate is its own measure, no running total of the count.
   */
  private void qualify(Around ar, Quantity q) {
    String written = q.counted().toLowerCase(Locale.ROOT).strip();
    written = written.substring(written.lastIndexOf(' ') + 1);
    int k = ar.last + 1;
    if (k >= ar.sentEnd || !ar.word(ar.last).equals(written)) return;
    int noun = measure.lastIndexOf(written);
    String age = ageGroup(ar, k);
    if (age != null && noun >= 0) {
      int e = noun + written.length();
      measure = measure.substring(0, e) + " " + age + measure.substring(e);
      return;
    }
    if (share) return;
    String rate = rate(ar, k);
    if (rate == null) return;
    measure = measure + " per " + rate;
    total = false;
  }

  /**
   * "over 65", "under 18", "aged 65 and over", "aged 18 to 24": an age group written at {@code k}
   * after a counted noun, or null.
   */
  private static String ageGroup(Around ar, int k) {
    if (!LEX.is("agegroup", ar.word(k)) || !age(ar.word(k + 1))) return null;
    // "over 10 days", "under 5 percent": a number with a noun or unit of its own is no age
    if (ar.noun(k + 2) || ar.pos(k + 2).equals("CD")) return null;
    int e = k + 1;
    // "aged 65 and over", "aged 18 to 24", "under 16 or older"
    if ((ar.word(e + 1).equals("and") || ar.word(e + 1).equals("or"))
        && LEX.is("agebound", ar.word(e + 2))) e += 2;
    else if ((ar.word(e + 1).equals("to") || ar.word(e + 1).equals("-")) && age(ar.word(e + 2)))
      e += 2;
    return ar.a.body().substring(ar.charStart(k), ar.charEnd(e)).toLowerCase(Locale.ROOT);
  }

  /** A whole number a person's age can be. */
  private static boolean age(String w) {
    if (!w.matches("\\d{1,3}")) return false;
    int v = Integer.parseInt(w);
    return v > 0 && v <= 120;
  }

  /**
   * The denominator of a rate written at {@code k} after a counted noun ("100,000 people" of "per
   * 100,000 people", "day" of "a day", "1,000 births" of "for every 1,000 births"), or null.
   */
  private static String rate(Around ar, int k) {
    String w = ar.word(k);
    boolean per = w.equals("per");
    boolean each = w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every");
    if (w.equals("for") && (ar.word(k + 1).equals("every") || ar.word(k + 1).equals("each"))) {
      per = true;
      k++;
    }
    if (!per && !each) return null;
    int d = k + 1;
    String number = null;
    if (per && ar.pos(d).equals("CD")) {
      number = ar.toks.get(d).word();
      d++;
    }
    if (d >= ar.sentEnd) return null;
    boolean time = TIME_UNITS.contains(ar.lemma(d));
    if (number == null && !time && !(per && plainNoun(ar, d))) return null;
    if (!ar.noun(d) && number == null) return null;
    // "a day later", "each week before the vote": a time, not a rate
    if (time && LEX.is("timeafter", ar.word(d + 1))) return null;
    String what = ar.noun(d) ? ar.toks.get(d).word().toLowerCase(Locale.ROOT) : null;
    return number == null ? what : what == null ? number : number + " " + what;
  }

  /** "has spent", "have sold", "had raised": a perfect tense on the verb before the figure. */
  private static boolean perfect(Around ar) {
    int v = ar.verbBefore;
    if (v < 0 || !ar.pos(v).equals("VBN")) return false;
    for (int i = v - 1; i >= ar.sentFirst && i >= v - 3; i--) {
      if (ar.lemma(i).equals("have")) return true;
      if (!ar.pos(i).startsWith("RB")) return false;
    }
    return false;
  }

  /**
   * The role of the verb before the figure, or null. A verb of two readings acts on the sum or
   * count it takes as object ("raised $8 million": money raised; "cut 2,500 jobs": jobs cut) but
   * moves a level when it brings an object to or by the figure ("raised the rate to 5%", "cut its
   * workforce by 2,500"): then it is a verb of that direction.
   */
  static Lexicon.Role verbRole(Around ar) {
    if (ar.verbBefore < 0) return null;
    String l = ar.lemma(ar.verbBefore);
    String way = LEX.value("raiselower", l);
    if (way != null
        && ar.nounBefore > ar.verbBefore
        && ("to".equals(ar.prep) || "by".equals(ar.prep)))
      return way.equals("down") ? Lexicon.Role.DOWN : Lexicon.Role.UP;
    // "edged up 0.4 percent", "inched higher to $1.12", "ticked down": a verb of slight or plain
    // movement takes its direction from the particle after it
    if (LEX.is("particleverb", l)) {
      String dir = LEX.value("particle", ar.word(ar.verbBefore + 1).toLowerCase(Locale.ROOT));
      if (dir != null) return dir.equals("down") ? Lexicon.Role.DOWN : Lexicon.Role.UP;
    }
    return LEX.role(l);
  }

  private static Naming named(Around ar, Quantity q, int depth) {
    Naming n = new Naming();
    String unit = q.unit();
    String counted = q.counted() == null ? null : q.counted().toLowerCase(Locale.ROOT).strip();
    if (counted != null && borrowedWrongly(ar, q, counted)) counted = null;
    boolean money =
        unit != null
            && (unit.transform(MATCHES_1::test) || unit.equals("cent") || unit.equals("pence"));
    boolean percent = percentLike(unit) || fraction(q);
    Lexicon.Role vb = verbRole(ar);
    n.levelVerb = vb == Lexicon.Role.LEVEL;
    if (vb == Lexicon.Role.UP) n.direction = 1;
    if (vb == Lexicon.Role.DOWN) n.direction = -1;
    boolean moves =
        vb == Lexicon.Role.UP
            || vb == Lexicon.Role.DOWN
            || vb == Lexicon.Role.LEVEL
            || vb == Lexicon.Role.SWITCH
            || isBe(ar);

    boolean points = "point".equals(unit) || "points".equals(counted) || "point".equals(counted);
    if (points) {
      n.measure = "index level";
      n.subject = n.indexName(ar);
      if (n.subject != null) return n;
      // "Smith's standing improved by two percentage points while Jones's fell by three points":
      // points after a figure in percent are more of what that figure measured
      Naming prev = depth < CHAIN ? earlierPercent(ar, q, depth) : null;
      if (prev != null && prev.measure != null) {
        n.measure = prev.measure;
        return n;
      }
      // "unemployment rose 2 points to 7.5 percent": points are a move of the level in percent
      // they lead to
      Naming to = depth < CHAIN ? percentAfterTo(ar, q, depth) : null;
      if (to != null && to.measure != null && !to.measure.equals("index level")) {
        n.measure = to.measure;
        n.subject = to.subject;
        return n;
      }
      // "the benchmark index fell 35 points": an index the text does not name is still an index
      if (ar.head >= 0 && !ar.proper(ar.head) && indexWord(ar.word(ar.head))) return n;
      // "support for the governor fell three points": a move in points of what the clause's
      // subject names, when that is a share or rate ("support", "turnout", "unemployment")
      if (moves && n.direction != 0 && ar.head >= 0 && !ar.proper(ar.head)) {
        String m = n.subjectNoun(ar);
        if (m != null && (LEX.is("rate", m) || LEX.is("standing", m))) {
          n.measure = LEX.is("rate", m) ? m + " rate" : m;
          n.subject = nounPhraseOwner(ar);
          return n;
        }
      }
      // a move or level of something unnamed in points: nothing to tell what it measures
      if (moves || ar.verbBefore < 0) return null;
      // "scored 31 points", "won by 12 points": points counted, not an index's move
      n.measure = "points";
      return n;
    }
    if (money) return n.money(ar, q, moves, vb, depth);
    var per = unit == null ? null : MONEY_PER.matcher(unit);
    if (per != null && per.matches()) {
      // "$2.05 per share": the money noun of the clause per unit ("profit per share"), else a price
      String about =
          ar.head >= 0 && !ar.proper(ar.head) ? LEX.moneyMeasure(ar.lemma(ar.head)) : null;
      if (about == null) about = moneyNounBefore(ar);
      String each = singular(per.group(1));
      String verb = vb == null ? null : LEX.value("moneyverb", ar.lemma(ar.verbBefore));
      if (about == null && verb != null && !verb.equals("price")) about = verb;
      // "$100,000 per day": money per stretch of time is a running cost, not a price
      if (about == null && TIME_UNITS.contains(each)) about = "cost";
      // "net income of $340 million, or 52 cents a share": the sum just before, per unit
      Naming prev = about == null && depth < CHAIN ? earlier(ar, q, true, depth) : null;
      if (prev != null && !prev.measure.equals("money") && !prev.measure.contains(" per "))
        about = prev.measure;
      n.measure = about == null || about.equals("price") ? "price" : about + " per " + each;
      if (about != null) n.subject = nounPhraseOwner(ar);
      return n;
    }
    if (percent) return n.percent(ar, q, counted, moves, depth);
    // "down from 640", "increasing from 15.6 in the week before": the level before the figure
    // earlier in the sentence, of what that one measures
    if (counted == null
        && depth < CHAIN
        && (ar.word(ar.first - 1).equals("from") || fromExtreme(ar))) {
      // "to 12.5 percent from 10": a bare level right after the one it moved to has its unit
      String[] inherited = new String[1];
      Naming prev = unit == null ? rightBefore(ar, q, depth, inherited) : null;
      if (prev == null) prev = earlierSameUnit(ar, q, depth);
      if (prev != null && prev.measure != null) {
        n.measure = prev.measure;
        n.subject = prev.subject;
        n.unit = inherited[0];
        return n;
      }
    }
    if (counted != null) return n.counted(ar, q, counted, vb);
    String listed = Listed.listNoun(ar);
    if (listed == null) listed = Listed.listHead(ar);
    if (listed != null) { // "had rates of 80.4 and 25.9": each is a rate
      n.measure = listed;
      return n;
    }
    // a figure with no noun of its own: the level of what the verb puts at it ("put the quake at
    // 8.9"), or of the clause's subject ("the index closed at 9,412", "the death toll rose to
    // 130"), or nothing
    // "where at least 89 were killed": a bare count of the dead or wounded
    Lexicon.Role after = ar.verbAfter >= 0 ? LEX.role(ar.lemma(ar.verbAfter)) : null;
    boolean dies = ar.verbAfter >= 0 && LEX.is("dieverb", ar.lemma(ar.verbAfter));
    if ((ar.passive || dies) && (after == Lexicon.Role.DEATH || after == Lexicon.Role.INJURY)) {
      n.measure = after == Lexicon.Role.DEATH ? "deaths" : "injuries";
      return n;
    }
    // "Another 48 are still being treated", "23 were arrested": the people a passive verb of what
    // befalls people acts on
    if (ar.passive && unit == null && LEX.is("toll", ar.word(ar.verbAfter))) {
      n.measure = "people " + ar.word(ar.verbAfter);
      return n;
    }
    // "earn nine of the 13 delegates": a part counts what its whole counts
    Naming whole = depth == 0 ? wholeAfter(ar) : null;
    if (whole != null) {
      n.measure = whole.measure;
      return n;
    }
    String gauged = n.gauged(ar);
    if (gauged != null) {
      n.measure = gauged;
      return n;
    }
    String dimension = dimensionMeasure(unit);
    // "Apt. 1C", "Block 4B": one letter glued to the number is a code, not a unit
    String unitText = q.text().replaceAll("[\\d.,\\s]", "");
    // "a 16 GB model": a size that names a variant of a product is a designation
    boolean variant = false;
    for (int i = ar.last + 1; i < ar.sentEnd && i <= ar.last + 4 && !variant; i++) {
      if (ar.verb(i) || ar.word(i).equals(",") || ar.word(i).equals(".")) break;
      variant = LEX.is("variant", ar.lemma(i));
    }
    if (dimension != null && unitText.length() > 1 && !variant) {
      // "emissions fell by 2 million tonnes": what the clause's subject names, else what the
      // unit measures ("warmed by 1.2°C" a temperature, "covers 475 square kilometres" an area)
      String m = moves && ar.head >= 0 && !ar.proper(ar.head) ? n.subjectNoun(ar) : null;
      n.measure = m != null && !m.equals(unit) ? m : dimension;
      return n;
    }
    if (!moves || ar.head < 0) return null;
    // "the Nasdaq composite increased 7.15 points ... to 5,162.13": a phrase that holds an index's
    // name is the index, whatever its head noun
    if (ar.proper(ar.head) || ar.word(ar.head).equals("index") || indexPhrase(ar)) {
      n.subject = n.indexName(ar);
      // "Iceland and Slovakia had rates of 80.4 and 25.9, while Curacao was on 66.7": a bare level
      // a name is on or at is more of what the figure before it measured
      if (n.subject == null
          && unit == null
          && depth < CHAIN
          && isBe(ar)
          && ("on".equals(ar.prep) || "at".equals(ar.prep))) {
        Naming prev = earlierSameUnit(ar, q, depth);
        if (prev != null && prev.measure != null && !prev.measure.equals("index level")) {
          n.measure = prev.measure;
          return n;
        }
      }
      // "the benchmark index closed at 6,120": an index the text does not name
      if (n.subject == null && !(ar.word(ar.head).equals("index") && ar.prep != null)) return null;
      n.measure = "index level";
      return n;
    }
    String m = n.subjectNoun(ar);
    if (m == null || (unit != null && m.equals(unit))) return null;
    n.measure = m;
    return n;
  }

  /**
   * A counted noun the figure does not write but borrows from another figure of its sentence, where
   * its own clause says what it counts: "The toll rose to 130; 350 people were injured" (130 is the
   * toll's, not people), or where the noun comes from a later clause past a semicolon. "Its rival
   * added 300" after "cut 500 jobs" still counts jobs.
   */
  private static boolean borrowedWrongly(Around ar, Quantity q, String counted) {
    String word = counted.substring(counted.lastIndexOf(' ') + 1);
    if (q.text().toLowerCase(Locale.ROOT).contains(word)) return false;
    String body = ar.a.body();
    int s = ar.charStart(ar.sentFirst), e = ar.charEnd(ar.sentEnd - 1);
    String before = body.substring(s, q.start()).toLowerCase(Locale.ROOT);
    String after = body.substring(q.end(), e).toLowerCase(Locale.ROOT);
    int semi = after.indexOf(';');
    if (!before.contains(word) && semi >= 0 && after.indexOf(word, semi) >= 0) return true;
    if (ar.head < 0 || ar.proper(ar.head)) return false;
    String h = ar.lemma(ar.head);
    return LEX.measure(h) != null && !LEX.measure(h).equals(fold(counted, singular(word)));
  }

  /**
   * "down slightly from the record high of 799": the level a figure came from, written as the
   * extreme it was.
   */
  private static boolean fromExtreme(Around ar) {
    if (!ar.word(ar.first - 1).equals("of") || !LEX.is("extreme", ar.lemma(ar.first - 2)))
      return false;
    for (int i = ar.first - 3; i >= ar.sentFirst && i >= ar.first - 6; i--) {
      if (ar.word(i).equals("from")) return true;
      String p = ar.pos(i);
      if (!(p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN"))) return false;
    }
    return false;
  }

  /** No semicolon stands between two figures: they are in one clause of their sentence. */
  static boolean sameClause(org.sitrep.model.Annotated a, Quantity p, Quantity q) {
    int s = Math.min(p.end(), q.start()), e = Math.max(p.end(), q.start());
    return a.body().substring(s, e).indexOf(';') < 0;
  }

  private static final Pattern FRACTION =
      Pattern.compile("(?i)\\b(half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\\b");

  /**
   * "more than half of the voters", "two-thirds of the cost", "a quarter": a fraction written in
   * words, a share read in percent.
   */
  static boolean fraction(Quantity q) {
    if (q.unit() != null || q.value() <= 0 || q.value() >= 1 || q.valueMax() != null) return false;
    var m = FRACTION.matcher(q.text());
    if (!m.find()) return false;
    // "a fifth individual" is an ordinal: a singular fraction word needs its "of" ("a third of")
    String w = m.group(1).toLowerCase(Locale.ROOT);
    return w.startsWith("half")
        || w.endsWith("s")
        || q.text().toLowerCase(Locale.ROOT).contains(" of ");
  }

  /** The measure a unit of measure gives a figure with no noun ("temperature", "area"), or null. */
  static String dimensionMeasure(String unit) {
    if (unit == null) return null;
    String d = org.sitrep.lexicon.UnitTable.get().dimension(unit);
    return d == null ? null : LEX.value("dimension", d);
  }

  /**
   * The naming of the nearest earlier figure of the sentence in the same unit (both bare counts,
   * both in percent, or one currency), or null.
   */
  private static Naming earlierSameUnit(Around ar, Quantity q, int depth) {
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 0 || si < 0) return null;
    var sent = ar.a.sentences().get(si);
    for (int k = qi - 1; k >= Math.max(0, qi - 3); k--) {
      Quantity p = qs.get(k);
      if (p.start() < sent.start() || !sameClause(ar.a, p, q)) break;
      if (!java.util.Objects.equals(p.unit(), q.unit())) continue;
      // "65.2 cases per 100,000 people": the denominator of a rate is not what it measures
      int pf = Token.firstAtOrAfter(ar.toks, p.start());
      if (ar.word(pf - 1).equals("per")) continue;
      return of(new Around(ar.a, sent, p, qs, k), p, depth + 1);
    }
    return null;
  }

  /**
   * The naming of the figure that ends right before q's "from" ("to 12.5 percent from 10"), with
   * its unit in {@code unit[0]}; null when no figure stands there or it measures nothing.
   */
  private static Naming rightBefore(Around ar, Quantity q, int depth, String[] unit) {
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 1 || si < 0 || ar.first - 2 < ar.sentFirst) return null;
    Quantity p = qs.get(qi - 1);
    var sent = ar.a.sentences().get(si);
    if (p.start() < sent.start() || p.end() != ar.charEnd(ar.first - 2) || p.unit() == null)
      return null;
    Naming pn = of(new Around(ar.a, sent, p, qs, qi - 1), p, depth + 1);
    if (pn == null || pn.measure == null) return null;
    unit[0] = pn.unit != null ? pn.unit : p.unit();
    return pn;
  }

  private Naming money(Around ar, Quantity q, boolean moves, Lexicon.Role vb, int depth) {
    int next = ar.last + 1;
    // "the €130 billion ($170 billion) rescue package": past the sum converted in brackets
    if (ar.word(next).equals("(")) {
      int close = next + 1;
      while (close < ar.sentEnd && close < next + 8 && !ar.word(close).equals(")")) close++;
      if (ar.word(close).equals(")")) next = close + 1;
    }
    String w = ar.word(next);
    // "a $1.2 billion loss", "a €3 billion budget": a money noun the figure's own words close is
    // what the sum is, a level of it, whatever change the noun's own sense reads into it
    if (ar.last > ar.first && ar.noun(ar.last) && !ar.proper(ar.last)) {
      String own = LEX.moneyMeasure(ar.lemma(ar.last));
      if (own != null) {
        measure = own;
        levelVerb = true;
        ownerFrom(ar, ar.last);
        return this;
      }
    }
    // "the masks, worth ¥40,000": what something is worth is its value
    if (ar.word(ar.first - 1).equals("worth") && ar.nounBefore < 0) {
      measure = "value";
      return this;
    }
    // the money noun the clause is about: "the company's net profit was $1.14 per share", "their
    // coffers had dwindled to $1.2 million each"
    String about =
        ar.head >= 0 && !ar.proper(ar.head)
            ? LEX.moneyMeasure(ar.lemma(ar.head))
            : moneyNounBefore(ar);
    if (about != null && w.equals("per") && plainNoun(ar, next + 1)) {
      measure = about + " per " + Naming.singular(ar.word(next + 1)); // "profit per share"
      subject = nounPhraseOwner(ar);
      return this;
    }
    // "the $37 million raised by Mary Jones", "the nearly $73 million raised": a participle after
    // the sum says what was done with it, and its "by" phrase by whom
    if (ar.pos(next).equals("VBN") && !hyphenated(ar, next)) {
      Lexicon.Role r = LEX.role(ar.lemma(next));
      if (r == Lexicon.Role.ACTION || r == Lexicon.Role.SWITCH || r == Lexicon.Role.UP) {
        measure = "money " + LEX.participle(ar.lemma(next));
        predicateInMeasure = true;
        subject = agent(ar, next);
        return this;
      }
    }
    if (w.equals("per")
        || (w.equals("each") && about == null)
        || ((w.equals("a") || w.equals("an")) && plainNoun(ar, next + 1))) {
      measure = "price"; // "£0.79 per song", "$100 a barrel"
      return this;
    }
    if (vb != null && LEX.value("moneyverb", ar.lemma(ar.verbBefore)) != null) {
      if (ar.verbBefore < ar.first - 4) vb = null;
    }
    if (vb != null && LEX.value("moneyverb", ar.lemma(ar.verbBefore)) != null) {
      measure = LEX.value("moneyverb", ar.lemma(ar.verbBefore)); // "costs $99", "priced at $199"
      // "sold for $2.2 million" is a price; "sold $30.4 billion in goods" what was sold, sales
      if (measure.equals("price")
          && ar.lemma(ar.verbBefore).equals("sell")
          && ar.prep == null
          && ar.verbBefore == ar.first - 1) measure = "sales";
      return this;
    }
    int noun = -1;
    int after = ar.pos(next).startsWith("JJ") ? next + 1 : next;
    if (plainNoun(ar, after) && ar.pos(after).equals("NN"))
      noun = after; // "a $1.2 billion loss", "a $50 million contract", "$1bn quarterly profit"
    // "a $5 billion rescue package", "a $2 million bond sale": the last of the nouns is the head
    int compound = noun;
    while (noun >= 0
        && noun + 1 < next + 4
        && plainNoun(ar, noun + 1)
        && ar.pos(noun + 1).equals("NN")) noun++;
    // "a $100 million capital raising": a gerund with no object of its own closes the compound
    boolean gerund = false;
    if (noun >= 0
        && noun + 1 < next + 4
        && ar.pos(noun + 1).equals("VBG")
        && !objectAt(ar, noun + 2)) {
      noun++;
      gerund = true;
    }
    if (noun < 0
        && ar.nounBefore >= 0
        && !LEX.is("period", ar.lemma(ar.nounBefore))
        && !LEX.is("manner", ar.lemma(ar.nounBefore))) {
      noun = ar.nounBefore; // "a loss of $1.2 billion"
      // "the stimulus package of Rs 1.75 lakh crore": the noun before it names its kind
      if (noun - 1 > ar.sentFirst && plainNoun(ar, noun - 1) && ar.pos(noun - 1).equals("NN"))
        compound = noun - 1;
    }
    if (noun < 0 && w.equals("in") && plainNoun(ar, next + 1) && !ar.noun(next + 2))
      noun = next + 1; // "$500 million in revenue", "10 billion euros in aid"
    boolean extreme = noun >= 0 && LEX.is("extreme", ar.lemma(noun));
    for (int j = ar.first - 1; j > ar.sentFirst && j >= ar.first - 3 && noun < 0; j--)
      if (ar.word(j).equals("of")) extreme = LEX.is("extreme", ar.word(j - 1));
    if (extreme) {
      measure = "price"; // "an intraday high of $1.20", "a record of $1,920"
      subject = nounPhraseOwner(ar);
      return this;
    }
    if (noun >= 0) {
      String l = gerund ? ar.word(noun) : ar.lemma(noun);
      String m = LEX.moneyMeasure(l);
      if (m == null
          && compound >= 0
          && compound < noun
          && LEX.moneyMeasure(ar.lemma(compound)) == null)
        m = ar.lemma(compound) + " " + l; // "rescue package"
      measure = m != null ? m : l;
      ownerFrom(ar, noun);
      return this;
    }
    boolean level = ar.verbBefore >= 0 && ("to".equals(ar.prep) || "at".equals(ar.prep));
    if ((moves || level) && ar.head >= 0 && ar.proper(ar.head)) {
      // "Allstate lost 2.5 percent to $29.48": a company's price is its share price
      Subjects.Who co =
          Subjects.mentionIn(ar.a, ar.charStart(ar.npStart), ar.charEnd(ar.npEnd - 1));
      if (co != null && co.mention() != null && Subjects.isOrg(co.mention())) {
        measure = "share price";
        subject = co;
        return this;
      }
    }
    if ((moves || level) && ar.head >= 0 && !ar.proper(ar.head)) {
      String m = LEX.moneyMeasure(ar.lemma(ar.head));
      // "Silver rose 15 cents, to $20.07", "benchmark crude settled at $41.60", "the dollar
      // dropped to 102.02 yen": a sum a market moves a thing by or sets it at is its price, and
      // the thing, named by no entity, is the clause's subject as written
      if (m == null && marketMove(ar) && !LEX.is("amount", ar.lemma(ar.head))) {
        measure = "price";
        subject = nounPhraseOwner(ar);
        // ("the British pound": a demonym in a thing's name does not make its country the owner)
        if (subject == null
            || (subject.mention() != null && "demonym".equals(subject.mention().kind()))) {
          Subjects.Who written = writtenPhrase(ar, ar.npStart, ar.npEnd);
          if (written != null) subject = written;
        }
        return this;
      }
      measure = m != null ? m : subjectNoun(ar);
      if (measure == null) measure = "money";
      subject = nounPhraseOwner(ar);
      // "the price of gold closed up $16.70": the thing a price is of, as written
      if (subject == null && "price".equals(measure) && marketMove(ar) && ar.ownerStart >= 0)
        subject = writtenPhrase(ar, ar.ownerStart, ar.ownerEnd);
      return this;
    }
    if (about != null) {
      // "the annual revenue of the company made up $7.1 billion": a money noun as the subject
      measure = about;
      subject = nounPhraseOwner(ar);
      return this;
    }
    measure = "money";
    // "raised $2 million", "lost at least 3m euros": what was done to the money
    boolean moved = (vb == Lexicon.Role.UP || vb == Lexicon.Role.DOWN) && ar.head < 0;
    // "Alphabet, the parent company of Google, jumped $25.50": a verb that only moves a level
    // moves no money it acts on; the sum is how far its subject's price moved
    if (moved && marketMove(ar) && !acting(ar)) {
      measure = "price";
      return this;
    }
    boolean acts =
        (vb == Lexicon.Role.ACTION || vb == Lexicon.Role.SWITCH || moved)
            && ar.prep == null
            && !hyphenated(ar, ar.verbBefore); // not "record-breaking"
    if (acts) {
      measure = "money " + LEX.participle(ar.lemma(ar.verbBefore));
      predicateInMeasure = true;
      direction = 0;
      return this;
    }
    // "$7.1 billion in 2006, up from $5.8 billion", "$199 and $299 respectively": a sum with no
    // noun of its own continues the sum just before it
    Naming prev = depth < CHAIN ? earlier(ar, q, true, depth) : null;
    if (prev != null && !prev.measure.equals("money")) {
      measure = prev.measure;
      subject = prev.subject;
      predicateInMeasure = prev.predicateInMeasure;
    }
    return this;
  }

  /**
   * "It takes 2,383 delegates to win the nomination", "needs 60 votes to pass the bill": the figure
   * is the threshold of what the purpose clause names.
   */
  private static Subjects.Who thresholdOf(Around ar, int k) {
    if (!ar.word(k).equals("to") || !ar.verb(k + 1)) return null;
    int s = k + 2, e = s;
    while (e < ar.sentEnd
        && e < s + 6
        && (ar.noun(e)
            || ar.pos(e).startsWith("JJ")
            || ar.pos(e).equals("DT")
            || ar.pos(e).equals("PRP$"))) e++;
    if (e == s || !ar.noun(e - 1)) return null;
    if (ar.proper(e - 1)) {
      Subjects.Who w = Subjects.mentionIn(ar.a, ar.charStart(s), ar.charEnd(e - 1));
      if (w != null) return w;
    }
    // "the Democratic nomination", "the bill": the noun phrase the goal is, without its article
    while (s < e - 1 && (ar.pos(s).equals("DT") || ar.pos(s).equals("PRP$"))) s++;
    return new Subjects.Who(ar.a.body().substring(ar.charStart(s), ar.charEnd(e - 1)), null);
  }

  /**
   * Whether the threshold verb at {@code v} has no subject of its own: the expletive "it" ("It
   * takes 60 votes to pass"), or none ("the 400 votes needed to pass"). "Acme needs 400 workers to
   * restart" is about Acme, not the goal.
   */
  private static boolean impersonal(Around ar, int v) {
    if (ar.pos(v).equals("VBN") || ar.pos(v).equals("VBG")) return true;
    int j = v - 1;
    while (j >= ar.sentFirst && (ar.pos(j).equals("MD") || ar.pos(j).startsWith("RB"))) j--;
    return j >= ar.sentFirst && ar.word(j).equals("it");
  }

  /**
   * "the annual revenue of the company made up $7.1 billion": the nearest money noun earlier in the
   * figure's clause, or null.
   */
  private static String moneyNounBefore(Around ar) {
    for (int i = ar.first - 1; i >= ar.sentFirst && i >= ar.first - 12; i--) {
      String w = ar.word(i);
      if (w.equals(",") || w.equals(";") || w.equals(":")) break;
      // "reversed early losses and was up 38 cents": a coordinated verb starts a predicate of its
      // own
      if ((w.equals("and") || w.equals("but")) && ar.verb(i + 1)) break;
      String m = ar.noun(i) && !ar.proper(i) ? LEX.moneyMeasure(ar.lemma(i)) : null;
      if (m != null) return m;
    }
    return null;
  }

  /** An object of a verb starts at {@code i}: a determiner, pronoun, number, adjective or noun. */
  private static boolean objectAt(Around ar, int i) {
    if (i >= ar.sentEnd) return false;
    if (Around.inTime(ar.a, ar.toks.get(i))) return false;
    if (ar.pos(i).equals("DT") && LEX.is("period", ar.lemma(i + 1))) return false; // "this week"
    String p = ar.pos(i);
    return p.equals("DT")
        || p.startsWith("PRP")
        || p.equals("CD")
        || p.startsWith("JJ")
        || p.startsWith("NN");
  }

  /** "record-breaking": a verb glued by a hyphen to the word before is part of an adjective. */
  private static boolean hyphenated(Around ar, int v) {
    if (ar.word(v).indexOf('-') >= 0) return true;
    int c = ar.charStart(v);
    return c > 0 && ar.a.body().charAt(c - 1) == '-';
  }

  /**
   * "nine of the 13 delegates": a part of a whole the text counts is a count of its own (unlike
   * "two of the men").
   */
  static boolean countedWhole(org.sitrep.model.Annotated a, Quantity q) {
    for (Quantity o : a.quantities())
      if (o != q && o.start() > q.start() && o.end() <= q.end() && o.counted() != null) return true;
    return false;
  }

  /** "nine of the 13 delegates": the figure after "of the" is the whole a part is taken from. */
  static boolean wholeOfPart(Around ar) {
    // "one of the seven wonders" points at one thing, it counts no part
    return ar.word(ar.first - 1).equals("the")
        && ar.word(ar.first - 2).equals("of")
        && ar.pos(ar.first - 3).equals("CD")
        && !ar.word(ar.first - 3).equals("one");
  }

  /** The naming of the whole after a part ("nine of the 13 delegates"), or null. */
  private static Naming wholeAfter(Around ar) {
    if (!ar.word(ar.last + 1).equals("of") || !ar.word(ar.last + 2).equals("the")) return null;
    var qs = ar.a.quantities();
    int at = ar.last + 3;
    // "three of the planned 40 schools": past the whole's modifiers
    while (at < ar.sentEnd
        && at < ar.last + 6
        && (ar.pos(at).startsWith("JJ") || ar.pos(at).equals("VBN"))) at++;
    if (at >= ar.sentEnd) return null;
    for (int k = 0; k < qs.size(); k++) {
      Quantity w = qs.get(k);
      if (w.start() != ar.charStart(at) || w.counted() == null) continue;
      int si = ar.a.sentenceAt(w.start());
      Naming n = of(new Around(ar.a, ar.a.sentences().get(si), w, qs, k), w, 1);
      return n == null || n.measure == null ? null : n;
    }
    return null;
  }

  /**
   * The change noun a percentage is "of" ("a growth of 28%"), stepping back over the figures joined
   * to it ("a growth of 28% and 50%"); -1 if none.
   */
  private static int changeNounBefore(Around ar) {
    int j = ar.first - 1;
    var qs = ar.a.quantities();
    for (int hop = 0; hop < 4 && j - 1 > ar.sentFirst; hop++) {
      if (ar.word(j).equals("of")) {
        int n = j - 1;
        return ar.noun(n) && LEX.value("changenoun", ar.lemma(n)) != null ? n : -1;
      }
      String w = ar.word(j);
      if (!(w.equals("and") || w.equals(",") || w.equals("or"))) return -1;
      int k = j - 1, from = -1;
      for (Quantity o : qs)
        if (o.start() <= ar.charStart(k) && o.end() >= ar.charEnd(k))
          from = org.sitrep.model.Token.firstAtOrAfter(ar.toks, o.start());
      if (from < 0) return -1;
      j = from - 1;
    }
    return -1;
  }

  /**
   * The naming of the nearest earlier figure of the sentence, a few words back: of the same
   * currency when {@code sameUnit}, else of a counted noun. Null if there is none.
   */
  private static Naming earlier(Around ar, Quantity q, boolean sameUnit, int depth) {
    java.util.List<Naming> all = earlierAll(ar, q, sameUnit, 12, depth);
    // a sum continues the last sum, a sum per unit when there is none ("$1.14 per share, while
    // analysts expected 77 cents")
    for (int i = all.size() - 1; i >= 0; i--) if (!all.get(i).perUnitSum) return all.get(i);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /** The naming of the figure that ends right before q's ", or", or null. */
  private static Naming restated(Around ar, Quantity q, int depth) {
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 1 || si < 0 || ar.first - 3 < ar.sentFirst) return null;
    var sent = ar.a.sentences().get(si);
    Quantity p = qs.get(qi - 1);
    if (p.start() < sent.start() || p.end() != ar.charEnd(ar.first - 3)) return null;
    Naming pn = of(new Around(ar.a, sent, p, qs, qi - 1), p, depth + 1);
    if (pn != null && pn.direction == 0 && p.change() != null)
      pn.direction = p.change().equals("decrease") ? -1 : 1;
    return pn;
  }

  /**
   * Percent and the points a rate moves by: "percentage points", and "basis points" (hundredths of
   * one) in which rates and yields move ("cut its rate by 25 basis points").
   */
  static boolean percentLike(String unit) {
    return "percent".equals(unit) || "percentage point".equals(unit) || "basis point".equals(unit);
  }

  /**
   * The naming of the figure in percent right after q's "to" ("rose 2 points to 7.5 percent"), or
   * null.
   */
  private static Naming percentAfterTo(Around ar, Quantity q, int depth) {
    return figureAfterTo(ar, q, depth, true);
  }

  /** The naming of the figure not in percent right after q's "to" ("fell 2 percent to $40"). */
  private static Naming levelAfterTo(Around ar, Quantity q, int depth) {
    return figureAfterTo(ar, q, depth, false);
  }

  /**
   * The naming of the figure right after q's "to" in the same sentence, in percent or not as {@code
   * percent} asks; null when there is none.
   */
  private static Naming figureAfterTo(Around ar, Quantity q, int depth, boolean percent) {
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 0 || si < 0 || qi + 1 >= qs.size() || !ar.word(ar.last + 1).equals("to")) return null;
    Quantity p = qs.get(qi + 1);
    if (percentLike(p.unit()) != percent || p.start() != ar.charStart(ar.last + 2)) return null;
    var sent = ar.a.sentences().get(si);
    if (p.start() >= sent.end()) return null;
    return of(new Around(ar.a, sent, p, qs, qi + 1), p, depth + 1);
  }

  /**
   * The naming of the nearest figure of the sentence before q's or the one before it whose measure
   * is what the verb of q's clause does ("money spent" for "has spent 7% more"), or null.
   */
  private static Naming sameVerbBefore(Around ar, Quantity q) {
    int v = ar.verbBefore;
    if (v < 0 || ar.prep != null || LEX.role(ar.lemma(v)) != Lexicon.Role.ACTION) return null;
    String done = " " + LEX.participle(ar.lemma(v));
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 0 || si < 0) return null;
    int from = ar.a.sentences().get(Math.max(0, si - 2)).start();
    for (int k = qi - 1; k >= 0 && k >= qi - 6; k--) {
      Quantity p = qs.get(k);
      if (p.start() < from) break;
      int ps = ar.a.sentenceAt(p.start());
      if (ps < 0) continue;
      Naming pn = of(new Around(ar.a, ar.a.sentences().get(ps), p, qs, k), p, CHAIN);
      if (pn != null && pn.measure != null && pn.measure.endsWith(done)) return pn;
    }
    return null;
  }

  /** The naming of the last figure in percent or percentage points before q in its sentence. */
  private static Naming earlierPercent(Around ar, Quantity q, int depth) {
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 0 || si < 0) return null;
    var sent = ar.a.sentences().get(si);
    for (int k = qi - 1; k >= Math.max(0, qi - 3); k--) {
      Quantity p = qs.get(k);
      if (p.start() < sent.start() || !sameClause(ar.a, p, q)) break;
      if (!percentLike(p.unit())) continue;
      return of(new Around(ar.a, sent, p, qs, k), p, depth + 1);
    }
    return null;
  }

  /** The figure named was a sum of money per unit ("$1.24 a share"). */
  boolean perUnitSum;

  /**
   * How many sums back a sum with no noun of its own may borrow its measure ("earned $45.2 million,
   * or 65 cents a share, compared with $84.9 million, or $1.24 a share").
   */
  private static final int CHAIN = 2;

  /** The namings of the earlier figures of the sentence within {@code window} tokens, in order. */
  private static java.util.List<Naming> earlierAll(
      Around ar, Quantity q, boolean sameUnit, int window, int depth) {
    java.util.List<Naming> out = new java.util.ArrayList<>();
    var qs = ar.a.quantities();
    int qi = qs.indexOf(q);
    int si = ar.a.sentenceAt(q.start());
    if (qi < 0 || si < 0) return out;
    var sent = ar.a.sentences().get(si);
    for (int k = Math.max(0, qi - 4); k < qi; k++) {
      Quantity p = qs.get(k);
      if (p.start() < sent.start() || !sameClause(ar.a, p, q)) continue;
      if (sameUnit ? !money(p.unit()) : p.counted() == null) continue;
      Around pa = new Around(ar.a, sent, p, qs, k);
      if (ar.first - pa.last > window) continue;
      Naming pn = of(pa, p, depth + 1);
      if (pn != null) pn.perUnitSum = perUnit(p.unit());
      if (pn != null) out.add(pn);
    }
    return out;
  }

  /**
   * The measure of a bare figure a verb puts "at" or "to" ("put the quake at 8.9", "upgraded the
   * magnitude of the earthquake to 9.0"): a noun between them that names a gauge, or null.
   */
  private String gauged(Around ar) {
    if (!("to".equals(ar.prep) || "at".equals(ar.prep))) return null;
    int to = ar.first - 1;
    while (to > ar.sentFirst && !ar.word(to).equals(ar.prep)) to--;
    for (int i = to - 1; i >= ar.sentFirst && i >= to - 10; i--) {
      if (ar.verb(i) || ar.word(i).equals(",") || ar.word(i).equals(";")) break;
      String g = ar.noun(i) ? LEX.value("gauge", ar.lemma(i)) : null;
      if (g == null) continue;
      // the thing gauged: a name in the words up to the figure ("the Japan quake"), the gauge's
      // own modifiers included ("upgrades deadly Japan earthquake to 9.0")
      int np = i;
      while (np - 1 > ar.sentFirst
          && np > i - 4
          && (ar.pos(np - 1).startsWith("JJ") || ar.proper(np - 1) || ar.pos(np - 1).equals("DT")))
        np--;
      subject = Subjects.mentionIn(ar.a, ar.charStart(np), ar.charEnd(to - 1));
      if (subject == null) subject = Subjects.mentionIn(ar.a, ar.charStart(i), ar.charEnd(to));
      return g;
    }
    return null;
  }

  private Naming percent(Around ar, Quantity q, String counted, boolean moves, int depth) {
    int next = ar.last + 1;
    String pre =
        ar.a
            .body()
            .substring(Math.max(0, q.start() - 40), q.start())
            .toLowerCase(Locale.ROOT)
            .stripTrailing();
    String post =
        ar.a
            .body()
            .substring(q.end(), Math.min(ar.a.body().length(), q.end() + 40))
            .toLowerCase(Locale.ROOT);
    if (ERROR_MARGIN.matcher(pre).find() || ERROR_MARGIN_AFTER.matcher(post).lookingAt()) {
      measure = "margin of error"; // "plus or minus 3 percent", "a margin of error of 2.5%"
      subject = survey(ar);
      if (subject == null) subject = new Subjects.Who("poll", null); // only surveys have one
      return this;
    }
    String adv = ar.word(ar.first - 1);
    // "fell to 75% in 2019 from 80% in 2015", "80% of its power, up from 75%": the level a change
    // started from is of what the percent before it in the sentence measured
    if (depth < CHAIN && counted == null && adv.equals("from")) {
      Naming prev = earlierSameUnit(ar, q, depth);
      if (prev != null && prev.measure != null && !prev.needsSubject) {
        measure = prev.measure;
        subject = prev.subject;
        direction = prev.direction;
        share = prev.share;
        return this;
      }
    }
    // "fell 35.2 points, or 0.6 percent,": the figure before restated in percent, of the same
    // measure and in the same direction
    if (depth == 0
        && adv.equals("or")
        && ar.word(ar.first - 2).equals(",")
        && counted == null
        && !ar.word(next).equals("of")) {
      Naming prev = restated(ar, q, depth);
      if (prev != null && prev.measure != null && prev.direction != 0) {
        measure = prev.measure;
        subject = prev.subject;
        direction = prev.direction;
        return this;
      }
    }
    // the comparative may close the figure's own text ("3 percent more") or follow it
    int c = LEX.value("comparative", ar.word(ar.last)) != null ? ar.last : ar.last + 1;
    String cmp = LEX.value("comparative", ar.word(c));
    int turn = 0;
    if ((adv.equals("up") || adv.equals("down")) && ar.word(ar.first - 2).equals(","))
      turn = adv.equals("up") ? 1 : -1;
    else if (cmp != null
        && (ar.word(c + 1).equals("than")
            // "in some cases 100 percent more": a comparative closing the figure, with no "than"
            || (c == ar.last && !ar.pos(c + 1).startsWith("JJ") && !ar.noun(c + 1))))
      turn = cmp.equals("up") ? 1 : -1;
    // "sold 30 percent fewer phones than expected", "15 percent more of the new sets than a year
    // ago": the comparative's own noun phrase, compared by a "than" further on, is what changed
    int inside = ar.first;
    while (inside <= ar.last && LEX.value("comparative", ar.word(inside)) == null) inside++;
    if (inside > ar.last) inside = c;
    String cmpInside = LEX.value("comparative", ar.word(inside));
    int compared = cmpInside != null ? comparedNoun(ar, inside) : -1;
    if (compared >= 0 && depth == 0) {
      direction = cmpInside.equals("up") ? 1 : -1;
      measure = ar.word(compared).toLowerCase(Locale.ROOT);
      Lexicon.Role r = ar.verbBefore >= 0 ? LEX.role(ar.lemma(ar.verbBefore)) : null;
      if (r == Lexicon.Role.ACTION || r == Lexicon.Role.SWITCH) {
        String v = ar.lemma(ar.verbBefore);
        measure +=
            " "
                + (ar.pos(ar.verbBefore).equals("VBN")
                    ? ar.word(ar.verbBefore)
                    : LEX.participle(v));
      }
      return this;
    }
    if (turn != 0 && depth == 0) {
      // "carried 4.5 million passengers in May, up 6 percent", "sold 9 million cars, 3 percent
      // more than a year earlier": a change of the figure before
      direction = turn;
      Naming prev = earlier(ar, q, false, depth);
      if (prev == null) prev = earlier(ar, q, true, depth);
      // "30 to 50 percent more ... and in some cases 100 percent more": more of the same
      if (prev == null) prev = earlierPercent(ar, q, depth);
      if (prev != null && prev.measure != null && !prev.measure.equals("money")) {
        measure = prev.measure;
        subject = prev.subject;
        return this;
      }
      if (ar.head >= 0 && !ar.proper(ar.head)) {
        measure = subjectNoun(ar);
        if (measure != null) return this;
      }
      // "Vietnam had spent $8 million. Malaysia has spent 7% more": more of what the same verb
      // did in the sentences before
      Naming same = sameVerbBefore(ar, q);
      if (same != null) {
        measure = same.measure;
        return this;
      }
    }
    // "At 7.4 percent, the jobless rate is the lowest in years": a level set before the clause
    // is of the clause's subject
    if (ar.first - 1 == ar.sentFirst && adv.equals("at") && ar.word(next).equals(",")) {
      String fronted = frontedSubject(ar, next + 1);
      if (fronted != null) {
        measure = fronted;
        return this;
      }
    }
    // "growth will slow to a low of 2.1 per cent", "above the national average of 5 percent": the
    // level of the clause's subject
    if (ar.word(ar.first - 1).equals("of")
        && (LEX.is("extreme", ar.lemma(ar.first - 2)) || LEX.is("average", ar.lemma(ar.first - 2)))
        && ar.head >= 0
        && !ar.proper(ar.head)) {
      String noun = subjectNoun(ar);
      if (noun != null) {
        measure = noun;
        subject = nounPhraseOwner(ar);
        return this;
      }
    }
    // "the rate is 6 percent but remains above the national average of 7 percent": with no
    // subject of its own, an average is of what the percent before it measured
    if (ar.word(ar.first - 1).equals("of")
        && LEX.is("average", ar.lemma(ar.first - 2))
        && ar.head < 0
        && depth < CHAIN) {
      Naming prev = earlierPercent(ar, q, depth);
      if (prev != null && prev.measure != null && !prev.measure.equals("share")) {
        measure = prev.measure;
        return this;
      }
    }
    // "exports fell 20 per cent and imports down by 15 per cent": a noun right before "up" or
    // "down" is what moved
    int ud = ar.word(ar.first - 1).equals("by") ? ar.first - 2 : ar.first - 1;
    if ((ar.word(ud).equals("up") || ar.word(ud).equals("down"))
        && ud - 1 > ar.sentFirst
        && plainNoun(ar, ud - 1)) {
      direction = ar.word(ud).equals("up") ? 1 : -1;
      measure = ar.word(ud - 1);
      return this;
    }
    int cn = changeNounBefore(ar);
    String grows = cn >= 0 ? LEX.value("changenoun", ar.lemma(cn)) : null;
    if (grows != null && depth == 0) {
      // "sold 21 million iPods and 1.6 million computers, a respective growth of 28% and 50%": a
      // change of the things counted just before, in order when they are "respective"
      direction = grows.equals("up") ? 1 : -1;
      java.util.List<Naming> before = earlierAll(ar, q, false, 40, depth);
      before.removeIf(p -> p.measure == null);
      int own = 0, after = 0;
      int sentEndChar = ar.charEnd(ar.sentEnd - 1);
      for (Quantity o : ar.a.quantities()) {
        if (o.start() <= ar.charEnd(cn) || o.start() > sentEndChar) continue;
        after++;
        if (o.start() < q.start()) own++;
      }
      boolean respective = false;
      for (int i = ar.sentFirst; i < ar.sentEnd; i++)
        if (ar.word(i).startsWith("respective")) respective = true;
      // the figures counted before the change noun, not those after it
      before.removeIf(p -> p.at >= cn);
      if (!before.isEmpty()) {
        int pick = before.size() - 1;
        if (respective)
          pick =
              before.size() >= after
                  ? before.size() - after + own
                  : Math.min(own, before.size() - 1);
        Naming p = before.get(pick);
        measure = p.measure;
        subject = p.subject;
        return this;
      }
      if (ar.head >= 0 && !ar.proper(ar.head)) {
        measure = subjectNoun(ar);
        return measure == null ? null : this;
      }
    }
    // "a 60 percent year-on-year drop in profit", "a 19 percent greater fall in jobs": adjectives
    // between the figure and its change noun modify the change
    int reach = next;
    while (reach < ar.sentEnd
        && reach < next + 6
        && LEX.value("changenoun", ar.lemma(reach)) == null
        && (ar.pos(reach).startsWith("JJ")
            || ar.pos(reach).equals("HYPH")
            || ar.pos(reach + 1).equals("HYPH")
            || ar.pos(reach - 1).equals("HYPH"))) reach++;
    if (reach == next || !ar.noun(reach) || LEX.value("changenoun", ar.lemma(reach)) == null)
      reach = next;
    for (int i = ar.first; i <= reach && i < ar.sentEnd; i++) {
      if (i > next && i < reach) continue;
      // inside the figure's own words ("a 0.5 per cent rate cut") the tag may call it a verb
      String sign = ar.noun(i) || i <= ar.last ? LEX.value("changenoun", ar.lemma(i)) : null;
      if (sign == null) continue;
      // "a 12% rise in sales", "a 12 percent drop in output": a change of what it is "in", else of
      // the clause's subject
      direction = sign.equals("up") ? 1 : -1;
      // "an increase in its profits", "a drop in the company's sales", "a 47% decline in
      // fourth-quarter earnings": the head of the noun phrase after "in"
      int of = -1;
      for (int k = i + 2; k < ar.sentEnd && k < i + 9; k++) {
        String p = ar.pos(k);
        if (!(p.equals("PRP$")
            || p.equals("DT")
            || p.equals("POS")
            || p.equals("HYPH")
            || p.equals("CD")
            || p.startsWith("JJ")
            || p.startsWith("NN"))) break;
        if (plainNoun(ar, k)) of = k;
      }
      if (ar.word(i + 1).equals("in") && of > 0) {
        measure = ar.word(of);
        subject = Subjects.possessiveIn(ar.a, ar.charStart(i + 2), ar.charEnd(of));
        if (subject == null) subject = Subjects.referenceIn(ar, i + 2, of);
      } else if (i <= ar.last
          && i - 1 >= ar.first
          && plainNoun(ar, i - 1)
          // "the 1.6 per cent growth": the unit's own word is no noun of the figure
          && org.sitrep.lexicon.UnitTable.get().lookup(ar.word(i - 1)) == null) {
        measure = ar.word(i - 1); // "a 0.5 per cent rate cut": the noun the change noun closes
      } else if (ar.head >= 0
          && !ar.proper(ar.head)
          // "the brokerage said the 1.6 per cent growth": the speaker's is no growth
          && !(ar.verbBefore >= 0 && LEX.role(ar.lemma(ar.verbBefore)) == Lexicon.Role.SPEECH))
        measure = subjectNoun(ar);
      // "the 4.5 per cent growth was the fastest": growth measures itself
      if (measure == null && i <= ar.last && LEX.is("ownmeasure", ar.lemma(i)))
        measure = ar.lemma(i);
      // "sold 1.2 million vehicles last year, a 7% increase": a change set beside the figure
      // before it is that figure's
      if (measure == null && depth == 0 && ar.word(ar.first - 1).matches("an?")) {
        Naming prev = earlier(ar, q, false, depth);
        if (prev == null) prev = earlier(ar, q, true, depth);
        if (prev != null && prev.measure != null && !prev.measure.equals("money")) {
          measure = prev.measure;
          subject = prev.subject;
        }
      }
      return measure == null ? null : this;
    }
    // "52 percent chose Smith", "33 percent would vote for Jones": the figure is itself the
    // subject of a verb of backing
    boolean backs = ar.verbAfter >= 0 && !ar.passive && LEX.is("back", ar.lemma(ar.verbAfter));
    Subjects.Who backed =
        counted != null || ar.word(next).equals("of") || backs ? backed(ar) : null;
    if (backed != null) {
      // "73 percent of Democrats now support Clinton", "50% of respondents chose Smith": the
      // share of a group that backs someone is that one's support
      share = true;
      measure = "support";
      subject = backed;
      return this;
    }
    // "33% of those hospitalised are African Americans": the share of the people a participle
    // describes
    if (ar.word(next).equals("of")
        && ar.pos(next + 1).equals("DT")
        && ar.pos(next + 2).equals("VBN")
        && (ar.lemma(next + 3).equals("be") || ar.pos(next + 3).equals("IN"))) {
      share = true;
      measure = "share of " + ar.word(next + 1) + " " + ar.word(next + 2);
      return this;
    }
    String whole = wholeOfShare(ar);
    if (whole != null) {
      share = true;
      measure = whole;
      return this;
    }
    if (counted != null && lastLemma(ar, counted).length() > 2) {
      share = true;
      String l = lastLemma(ar, counted);
      String m = counted.contains(" ") ? LEX.measure(counted) : null;
      if (m == null
          && LEX.measure(l) != null
          && LEX.measure(l).equals(LEX.measure(l).toUpperCase(Locale.ROOT)))
        m = LEX.measure(l); // "GDP"
      String written = counted.substring(counted.lastIndexOf(' ') + 1);
      measure = "share of " + (m != null ? m : written);
      return this;
    }
    if (plainNoun(ar, next)) {
      share = true; // "a 5% stake", "45% support"
      measure = ar.lemma(next);
      // "a 90 percent tax break", "a 3% sales tax": a compound's last noun is its head
      if (plainNoun(ar, next + 1)
          && ar.pos(next + 1).equals("NN")
          && LEX.value("changenoun", ar.lemma(next + 1)) == null
          && !ar.word(next).equals("share")) measure = ar.word(next) + " " + ar.lemma(next + 1);
      // "a 20% share of the smartphone market": a market share
      if (measure.equals("share") && ar.word(next + 1).equals("of")) {
        for (int k = next + 2; k < ar.sentEnd && k < next + 6; k++)
          if (ar.lemma(k).equals("market")) measure = "market share";
      }
      return this;
    }
    // "cut its benchmark rate by 25 basis points", "raised prices by 5%": what the verb moved is
    // its object, with the noun that names its kind ("interest rates")
    String moved = movedObject(ar, q);
    if (moved != null) {
      measure = moved;
      // "raised its rate by 0.25 points", "lowered its forecast to 1.6%": a verb that acts on
      // money as it is ("raised $8 million") moves the object it puts by or to a figure
      String way = LEX.value("raiselower", ar.lemma(ar.verbBefore));
      if (direction == 0 && way != null) direction = way.equals("up") ? 1 : -1;
      forecastOf(ar, movedNoun(ar));
      return this;
    }
    // "the rate was raised to 1.75%", "the levy was set at 20 percent": a participle that puts
    // the clause's subject at a level
    boolean putAt =
        ar.verbBefore >= 0
            && ar.pos(ar.verbBefore).equals("VBN")
            && !LEX.is("tie", ar.word(ar.verbBefore)) // "the candidates were tied at 41 percent"
            && ("to".equals(ar.prep) || "at".equals(ar.prep));
    if (ar.head >= 0 && !ar.proper(ar.head) && (moves || direction != 0 || putAt)) {
      String noun = subjectNoun(ar);
      if (noun == null) return null;
      String m = LEX.moneyMeasure(ar.lemma(ar.head));
      measure = m != null ? m : LEX.is("rate", noun) ? noun + " rate" : noun;
      // "the economy grew 2.1 percent", "output shrank 0.4 percent": an economy that grows or
      // shrinks by a percent has that growth
      if (m == null && direction != 0 && LEX.is("economy", ar.lemma(ar.head))) measure = "growth";
      subject = subject == null ? nounPhraseOwner(ar) : subject;
      return this;
    }
    // "turnout of 61%", "a stake of 3%": the noun the percent is "of"
    if (ar.nounBefore >= 0
        && "of".equals(ar.prep)
        && ar.nounBefore == ar.first - 2
        && plainNoun(ar, ar.nounBefore)
        && LEX.value("changenoun", ar.lemma(ar.nounBefore)) == null
        && !LEX.is("extreme", ar.lemma(ar.nounBefore))
        && !LEX.is("amount", ar.lemma(ar.nounBefore))) {
      String l = ar.lemma(ar.nounBefore);
      measure = LEX.is("rate", l) ? l + " rate" : l;
      share = direction == 0 && q.change() == null && LEX.is("sharenoun", l);
      ownerFrom(ar, ar.nounBefore);
      return this;
    }
    String doing = doing(ar);
    if (doing != null && direction == 0 && q.change() == null) {
      // "28% skipped meals", "12% of them reported chronic pain": the share of a group that does
      // something
      share = true;
      measure = doing;
      return this;
    }
    // "The Nasdaq Composite rose 1.2%", "Tesla shares... Tesla fell 5 percent": a move in percent
    // of an index the clause names is the index's; of a company, its share price
    if (ar.head >= 0
        && ar.proper(ar.head)
        && direction != 0
        && counted == null
        && ar.verbBefore >= 0
        && ar.prep == null) {
      Subjects.Who ix = indexName(ar);
      if (ix != null) {
        measure = "index level";
        subject = ix;
        return this;
      }
      Subjects.Who co =
          Subjects.mentionIn(ar.a, ar.charStart(ar.npStart), ar.charEnd(ar.npEnd - 1));
      if (co != null
          && co.mention() != null
          && Subjects.isOrg(co.mention())
          && LEX.is("pricemove", ar.lemma(ar.verbBefore))) {
        measure = "share price";
        subject = co;
        return this;
      }
    }
    // "Brent crude slipped 1.2 percent to $82.40 a barrel": a move in percent with no noun of its
    // own is a move of the level it led to
    if (depth < CHAIN && (direction != 0 || q.change() != null)) {
      Naming to = levelAfterTo(ar, q, depth);
      if (to != null
          && to.measure != null
          && !to.measure.equals("money")
          && !to.measure.equals("share")) {
        measure = to.measure;
        subject = to.subject;
        return this;
      }
    }
    share = direction == 0 && q.change() == null;
    measure = "share";
    needsSubject = true;
    // "held 24 percent of the market, with Renault at 11 percent": a share with no noun of its own
    // after a name is more of what the percent before it in the sentence measured
    if (depth < CHAIN && Subjects.nameAt(ar) != null) {
      Naming prev = earlierPercent(ar, q, depth);
      if (prev != null && prev.measure != null && prev.share && !prev.measure.equals("support"))
        measure = prev.measure;
    }
    return this;
  }

  /**
   * The common noun phrase that opens the clause from token {@code k} up to its verb ("the regional
   * jobless rate is"): its head with the noun before it, or null.
   */
  private static String frontedSubject(Around ar, int k) {
    int head = -1;
    for (; k < ar.sentEnd && !ar.verb(k); k++) {
      String p = ar.pos(k);
      if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.startsWith("NN")))
        return null;
      if (ar.proper(k)) return null;
      if (ar.noun(k)) head = k;
    }
    if (head < 0 || k >= ar.sentEnd) return null;
    String m = ar.word(head);
    // "the unemployment rate", "the jobless rate": the noun or rate word before the head
    if (head - 1 >= 0 && (plainNoun(ar, head - 1) || LEX.is("rate", ar.word(head - 1))))
      m = ar.word(head - 1) + " " + m;
    return m;
  }

  /**
   * The head of the noun phrase right after the comparative at {@code c} ("fewer Galaxy phones",
   * "more of the big-screen sets") when a "than" later in the sentence compares it; -1 otherwise.
   */
  private static int comparedNoun(Around ar, int c) {
    int k = c + 1, head = -1;
    if (ar.word(k).equals("of")) k++;
    for (; k < ar.sentEnd && k < c + 9; k++) {
      String p = ar.pos(k);
      if (p.equals("DT") || p.equals("PRP$") || p.equals("HYPH") || p.equals("CD")) continue;
      if (p.startsWith("JJ") || p.startsWith("NN")) {
        if (ar.noun(k) && !ar.proper(k)) head = k;
        continue;
      }
      break;
    }
    if (head < 0 || !ar.pos(head).equals("NNS")) return -1;
    for (int t = k; t < ar.sentEnd; t++) if (ar.word(t).equals("than")) return head;
    return -1;
  }

  /**
   * "28% regularly skipped meals", "12% of them reported chronic pain": a percent that is the
   * subject of a finite verb with an object names the share doing it ("share skipping meals"); null
   * otherwise, or for a verb of saying or backing.
   */
  private static String doing(Around ar) {
    // "expects 95 per cent hit to tourism": the object of a verb does nothing itself
    if (ar.verbBefore >= 0 && ar.prep == null) return null;
    int k = ar.last + 1;
    // "of them", "of those": the group is named before
    if (ar.word(k).equals("of") && (ar.pos(k + 1).equals("PRP") || ar.pos(k + 1).equals("DT")))
      k += 2;
    while (k < ar.sentEnd && k < ar.last + 6 && ar.pos(k).startsWith("RB")) k++;
    if (k >= ar.sentEnd) return null;
    String p = ar.pos(k);
    if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP"))) return null;
    String l = ar.lemma(k);
    if (l.equals("be")
        || l.equals("have")
        || LEX.is("back", l)
        || LEX.role(l) == Lexicon.Role.UP
        || LEX.role(l) == Lexicon.Role.DOWN) return null;
    // the object: a noun phrase right after the verb, or after its particle ("engaged in")
    int o = k + 1;
    if (ar.pos(o).equals("IN") || ar.pos(o).equals("RP")) o++;
    int head = -1;
    for (int i = o; i < ar.sentEnd && i < o + 5; i++) {
      String pi = ar.pos(i);
      if (!(pi.startsWith("NN") || pi.startsWith("JJ") || pi.equals("HYPH"))) break;
      if (ar.noun(i)) head = i;
    }
    if (head < 0) return null;
    StringBuilder b = new StringBuilder("share ").append(gerund(l));
    for (int i = k + 1; i <= head; i++) b.append(' ').append(ar.word(i));
    return b.toString();
  }

  /** The -ing form of a verb lemma: "skip" skipping, "use" using, "report" reporting. */
  static String gerund(String lemma) {
    if (lemma.endsWith("ie")) return lemma.substring(0, lemma.length() - 2) + "ying";
    if (lemma.endsWith("e") && !lemma.endsWith("ee") && lemma.length() > 2)
      return lemma.substring(0, lemma.length() - 1) + "ing";
    if (lemma.matches("[^aeiou]*[aeiou][bdgklmnprt]") && lemma.length() <= 4)
      return lemma + lemma.charAt(lemma.length() - 1) + "ing";
    return lemma + "ing";
  }

  /**
   * "24 percent of the U.S. car market": the share a percent "of" a whole makes when the head of
   * that whole is listed in {@code words.tsv} ("market share"), read from the tokens; else null.
   */
  private static String wholeOfShare(Around ar) {
    int o = -1;
    for (int i = ar.first; i < ar.sentEnd && i <= ar.last + 1; i++)
      if (ar.word(i).equals("of")) {
        o = i;
        break;
      }
    if (o < 0) return null;
    int head = -1;
    for (int i = o + 1; i < ar.sentEnd && i < o + 8; i++) {
      String p = ar.pos(i);
      if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("HYPH"))) break;
      if (ar.noun(i)) head = i;
    }
    return head < 0 || ar.proper(head) ? null : LEX.value("shareof", ar.lemma(head));
  }

  /**
   * The one a share of a group backs: the named object of the first finite verb of backing after
   * the figure ("73 percent of Democrats who had supported Sanders now support Clinton"), before
   * the next figure; null when none.
   */
  private static Subjects.Who backed(Around ar) {
    int stop = ar.sentEnd;
    for (Quantity o : ar.a.quantities())
      if (o.start() > ar.charEnd(ar.last) && o.start() < ar.charEnd(stop - 1)) {
        stop = Math.min(stop, Token.firstAtOrAfter(ar.toks, o.start()));
      }
    for (int k = ar.last + 1; k < stop && k < ar.last + 30; k++) {
      String p = ar.pos(k);
      if (!(p.equals("VBP") || p.equals("VBD") || p.equals("VBZ") || p.equals("VB"))) continue;
      if (!LEX.is("back", ar.lemma(k))) continue;
      int o = k + 1;
      while (o < stop
          && (ar.pos(o).equals("IN") || ar.pos(o).equals("DT") || ar.pos(o).equals("RB"))) o++;
      // "chose him": a pronoun points back to the one named before
      if (o < stop && ar.pos(o).equals("PRP")) {
        org.sitrep.model.Mention m = Subjects.pronounAntecedent(ar, o);
        if (m != null && "PERSON".equals(m.type())) return new Subjects.Who(Subjects.name(m), m);
      }
      org.sitrep.model.Mention m = o < stop ? Subjects.nameOfPhrase(ar, o) : null;
      if (m != null) return new Subjects.Who(Subjects.name(m), m);
    }
    return null;
  }

  /** The survey the sentence names ("the poll of 1,000 adults"), or null. */
  private static Subjects.Who survey(Around ar) {
    for (int i = ar.sentFirst; i < ar.sentEnd; i++)
      if (LEX.is("survey", ar.lemma(i))) return new Subjects.Who(ar.lemma(i), null);
    return null;
  }

  /** A common noun that is not a time word ("yesterday") or a reporting period. */
  /**
   * The object of a verb of change the figure says the size of with "by" ("cut its rate by 0.25
   * percent": rate; "raised interest rates by 50 basis points": interest rate), or null.
   */
  private static String movedObject(Around ar, Quantity q) {
    // "raised its corporate tax to 12.5 percent": the object moved is what the level is of
    boolean to = "to".equals(ar.prep) && ar.nounBefore > ar.verbBefore;
    if (!("by".equals(ar.prep) || to) || ar.nounBefore < 0 || ar.verbBefore < 0) return null;
    Lexicon.Role r = verbRole(ar);
    if (r != Lexicon.Role.UP && r != Lexicon.Role.DOWN && q.change() == null) return null;
    int o = movedNoun(ar);
    if (!plainNoun(ar, o)) return null;
    String l = ar.lemma(o);
    if (LEX.is("amount", l) || LEX.value("changenoun", l) != null) return null;
    String m = LEX.is("rate", l) ? l + " rate" : l;
    if (o - 1 > ar.verbBefore && plainNoun(ar, o - 1) && !ar.pos(o - 1).equals("NNS"))
      m = ar.word(o - 1) + " " + m;
    return m;
  }

  /**
   * The object a verb moves: the noun before the figure, or the forecast whose "for" or "of" phrase
   * that noun closes ("cut its forecast for German growth to 1.2%": the forecast is cut).
   */
  private static int movedNoun(Around ar) {
    int o = ar.nounBefore;
    for (int k = ar.verbBefore + 1; k + 1 < o; k++)
      if (LEX.is("forecast", ar.lemma(k))
          && ar.noun(k)
          && (ar.word(k + 1).equals("for") || ar.word(k + 1).equals("of"))) return k;
    return o;
  }

  /**
   * "raised its British growth forecast by 0.1 points", "cut its forecast for German growth to 1%":
   * when the object moved at {@code o} is a forecast, the figure measures what is forecast (the
   * noun before the forecast's, or after its "for"), of the place or body the phrase names (the
   * forecaster is only its source).
   */
  private void forecastOf(Around ar, int o) {
    if (o < 0 || !LEX.is("forecast", ar.lemma(o))) return;
    int from = ar.verbBefore + 1, to = o;
    if (ar.word(o + 1).equals("for") || ar.word(o + 1).equals("of")) {
      int k = o + 2;
      while (k < ar.first && k < o + 6 && !ar.word(k).equals("by") && !ar.word(k).equals("to")) k++;
      if (plainNoun(ar, k - 1) && !LEX.is("forecast", ar.lemma(k - 1))) measure = ar.lemma(k - 1);
      to = k;
    }
    if (plainNoun(ar, o - 1) && o - 1 >= from) measure = ar.lemma(o - 1);
    if (from < to) {
      Subjects.Who w = Subjects.mentionIn(ar.a, ar.charStart(from), ar.charEnd(to - 1));
      if (w != null) subject = w;
    }
    forecast = true;
  }

  private static boolean plainNoun(Around ar, int i) {
    if (i >= ar.sentEnd || !ar.noun(i) || ar.proper(i)) return false;
    return !Around.inTime(ar.a, ar.toks.get(i)) && !LEX.is("period", ar.lemma(i));
  }

  private Naming counted(Around ar, Quantity q, String counted, Lexicon.Role vb) {
    String lemma = lastLemma(ar, counted);
    String base = fold(counted, lemma);
    if (base == null) return null;
    // "the final number of Americans who would die ... looks more like 60,000": a noun the figure
    // borrows from before it, where what befell them is said
    String word = counted.substring(counted.lastIndexOf(' ') + 1);
    if (!q.text().toLowerCase(Locale.ROOT).contains(word)) {
      for (int i = ar.first - 1; i >= ar.sentFirst && i >= ar.first - 25; i--) {
        if (!ar.word(i).equals(word)) continue;
        String fate = fateAfter(ar, i);
        if (fate != null) {
          measure = fate;
          return this;
        }
        break;
      }
    }
    // "1.5 million ounces of gold", "450 MW of power": after a unit of measure the noun is a
    // substance, measured as written, not made plural
    String written = counted.substring(counted.lastIndexOf(' ') + 1);
    if (q.unit() != null
        && !money(q.unit())
        && written.equals(lemma)
        && LEX.measure(counted) == null
        && LEX.measure(lemma) == null
        && base.equals(plural(lemma, written))) base = counted;
    // "2.2 million Americans could die": the counted ones' own verb of dying
    if (ar.verbAfter >= 0
        && ar.verbAfter <= ar.last + 3
        && LEX.is("dieverb", ar.lemma(ar.verbAfter))) {
      measure = "deaths";
      return this;
    }
    if (base.equals("index level")) {
      subject = indexName(ar);
      measure = base;
      return subject == null ? null : this;
    }
    predicateInMeasure =
        base.contains(" ") && !base.startsWith("share") && LEX.measure(lemma) != null;
    if (base.equals("deaths") || base.equals("injuries")) {
      measure = base;
      return this;
    }
    // the predicate: the verb the figure is the object of, or a passive one after it
    int v = -1;
    boolean object = false;
    // "said 4 billion songs had been downloaded": a figure that opens what is reported is the
    // subject of the reported clause's verb, not the object of the verb of saying
    boolean reported =
        ar.verbBefore >= 0
            && ar.verbAfter >= 0
            && LEX.role(ar.lemma(ar.verbBefore)) == Lexicon.Role.SPEECH;
    if (ar.verbBefore >= 0 && ar.prep == null && !reported) {
      v = ar.verbBefore;
      object = true;
    } else if (ar.verbAfter >= 0) v = ar.verbAfter;
    // "17 dead", "17 people dead", "three wounded": an adjective that names the measure
    int adj = ar.last + 1;
    String m = adj < ar.sentEnd ? LEX.measure(ar.lemma(adj)) : null;
    if (m == null && adj < ar.sentEnd) m = LEX.measure(ar.word(adj));
    if (m == null
        && adj < ar.sentEnd
        && (ar.pos(adj).startsWith("JJ") || ar.pos(adj).equals("VBN"))) {
      // "left 60 people injured"
      Lexicon.Role r = LEX.role(ar.lemma(adj));
      if (r == Lexicon.Role.DEATH) m = "deaths";
      if (r == Lexicon.Role.INJURY) m = "injuries";
    }
    // "350 people are dead": the adjective past the copula
    boolean reportedDone = false;
    int pred = predicateAfter(ar);
    if (m == null && pred > adj && pred < ar.sentEnd) {
      m = LEX.measure(ar.lemma(pred));
      if (m == null) m = LEX.measure(ar.word(pred));
      // "1,800 homes are reported to have been destroyed": the passive verb the report is of
      if (!object
          && ar.pos(pred).equals("VBN")
          && reportedBefore(ar, pred)
          && ar.verbAfter >= 0
          && ar.verbAfter < pred) {
        v = pred;
        reportedDone = true;
      }
    }
    if ("deaths".equals(m) || "injuries".equals(m)) {
      measure = m;
      return this;
    }
    // "Four trains are missing", "2,000 people remain stranded": a state past the copula that
    // befalls the things counted names what they are counted as
    if (m == null
        && pred > adj
        && pred < ar.sentEnd
        && !object
        && !predicateInMeasure
        && (ar.pos(pred).startsWith("JJ") || ar.pos(pred).equals("VBG"))
        && LEX.is("toll", ar.word(pred))) {
      measure = base + " " + ar.word(pred);
      predicateInMeasure = true;
      return this;
    }
    if (v >= 0) {
      Lexicon.Role r = LEX.role(ar.lemma(v));
      if (r == Lexicon.Role.DEATH) {
        measure = "deaths";
        return this;
      }
      if (r == Lexicon.Role.INJURY) {
        measure = "injuries";
        return this;
      }
      boolean acts = object || ar.passive || reportedDone;
      if (acts && !predicateInMeasure) {
        if (r == Lexicon.Role.ACTION
            || r == Lexicon.Role.SWITCH
            || (object && (r == Lexicon.Role.UP || r == Lexicon.Role.DOWN) && q.change() == null)
            // "250,000 jobs were added": things a passive verb adds are counted with it
            || (ar.passive && r == Lexicon.Role.UP && q.change() == null)) {
          // the participle as the text writes it ("split", "shut"), else made from the lemma
          String done = ar.pos(v).equals("VBN") ? ar.word(v) : LEX.participle(ar.lemma(v));
          measure = base + " " + done;
          predicateInMeasure = true;
          direction = 0;
          if (!object) subject = agent(ar, v); // "were sold by the retailer"
          return this;
        }
      }
    }
    measure = base;
    // "with 239 people on board", "souls aboard": the people a plane or ship carries
    if (base.equals("people")
        && (ar.word(ar.last + 1).equals("aboard")
            || (ar.word(ar.last + 1).equals("on") && ar.word(ar.last + 2).equals("board"))))
      measure = "people on board";
    // "a poll of 1,000 adults", "the survey questioned 2,000 voters": the survey's sample
    if (LEX.is("respondent", lemma) && (surveyed(ar, v) || "of".equals(ar.prep)))
      subject = survey(ar);
    if (object && (vb == Lexicon.Role.UP || vb == Lexicon.Role.DOWN)) direction = 0;
    if (object && LEX.is("threshold", ar.lemma(ar.verbBefore)) && impersonal(ar, ar.verbBefore))
      subject = thresholdOf(ar, ar.last + 1);
    // "the 1,237 delegates needed to clinch the nomination": a threshold named after the figure
    int pn = ar.last + 1;
    if (subject == null
        && ar.pos(pn).equals("VBN")
        && LEX.is("threshold", ar.lemma(pn))
        && ar.word(pn + 1).equals("to")) subject = thresholdOf(ar, pn + 1);
    return this;
  }

  /**
   * "deaths" or "injuries" when the words right after the noun at {@code h} say its people died or
   * were hurt ("people killed", "Americans who would die", "those who were injured"), else null.
   */
  /**
   * The token that says what befell the counted things after the figure, past the copula, modals,
   * adverbs and a verb of saying with its "to have been" ("are dead", "are reported to have been
   * destroyed"); the token right after the figure when there is none to pass.
   */
  private static int predicateAfter(Around ar) {
    int k = ar.last + 1;
    for (int n = 0; k < ar.sentEnd && n < 8; n++) {
      String l = ar.lemma(k);
      if (l.equals("be")
          || l.equals("have")
          || ar.pos(k).equals("MD")
          || ar.pos(k).startsWith("RB")) k++;
      else if (ar.pos(k).equals("VBN")
          && LEX.role(l) == Lexicon.Role.SPEECH
          && ar.word(k + 1).equals("to")) k += 2;
      else break;
    }
    return k;
  }

  /** A verb of saying with "to" stands before token k ("reported to have been destroyed"). */
  private static boolean reportedBefore(Around ar, int k) {
    for (int i = k - 1; i > ar.last && i >= k - 5; i--)
      if (ar.word(i).equals("to") && LEX.role(ar.lemma(i - 1)) == Lexicon.Role.SPEECH) return true;
    return false;
  }

  private static String fateAfter(Around ar, int h) {
    int k = h + 1;
    if (ar.pos(k).equals("WP") || ar.pos(k).equals("WDT")) k++;
    while (k < ar.sentEnd
        && k <= h + 5
        && (ar.pos(k).equals("MD")
            || ar.pos(k).startsWith("RB")
            || ar.lemma(k).equals("be")
            || ar.lemma(k).equals("have"))) k++;
    if (k >= ar.sentEnd || !ar.verb(k)) return null;
    String l = ar.lemma(k);
    Lexicon.Role r = LEX.role(l);
    if (r == Lexicon.Role.DEATH || LEX.is("dieverb", l)) return "deaths";
    if (r == Lexicon.Role.INJURY) return "injuries";
    return null;
  }

  /**
   * The agent of a passive participle: the name after its "by" ("raised by Senator Mary Jones",
   * "were sold by the retailer"), or null.
   */
  private static Subjects.Who agent(Around ar, int v) {
    int k = v + 1;
    if (!ar.word(k).equals("by")) return null;
    k++;
    org.sitrep.model.Mention m = Subjects.nameOfPhrase(ar, k);
    if (m != null) return new Subjects.Who(Subjects.name(m), m);
    while (k < ar.sentEnd && ar.pos(k).equals("DT")) k++;
    // "by the company": a description that points back to a name
    int e = k;
    while (e < ar.sentEnd && e < k + 4 && (ar.noun(e) || ar.pos(e).startsWith("JJ"))) e++;
    return e > k ? Subjects.referenceIn(ar, k, e) : null;
  }

  /** The verb at {@code v} (or the one after the figure) questions people: "surveyed", "polled". */
  private static boolean surveyed(Around ar, int v) {
    return (v >= 0 && LEX.is("surveyverb", ar.lemma(v)))
        || (ar.verbAfter >= 0 && LEX.is("surveyverb", ar.lemma(ar.verbAfter)))
        || LEX.is("surveyverb", ar.lemma(ar.last + 1));
  }

  private static boolean perUnit(String unit) {
    return unit != null && MONEY_PER.matcher(unit).matches();
  }

  static boolean money(String unit) {
    return unit != null
        && (unit.transform(MATCHES_1::test)
            || unit.equals("cent")
            || unit.equals("pence")
            || MONEY_PER.matcher(unit).matches());
  }

  private static boolean isBe(Around ar) {
    return ar.verbBefore >= 0 && ar.lemma(ar.verbBefore).equals("be");
  }

  /** The measure a counted noun phrase is folded to: the table's entry, else the plural. */
  static String fold(String counted, String lemma) {
    String m = LEX.measure(counted);
    if (m != null) return m;
    String[] words = counted.split(" ");
    if (words.length > 1) {
      String two = words[words.length - 2] + " " + lemma;
      m = LEX.measure(two);
      if (m != null) return m;
      m = LEX.measure(Naming.singular(words[words.length - 2]) + " " + lemma);
      if (m != null) return m;
    }
    m = LEX.measure(lemma);
    if (m != null) return m;
    if (LEX.is("nomeasure", lemma)) return null;
    String head = words[words.length - 1];
    if (Gazetteer.get().demonym(head).isPresent()) return "people"; // "20 million Americans"
    if (words.length > 1 && !head.endsWith("s")) return counted; // "gross domestic product"
    return plural(lemma, head);
  }

  /**
   * One name for one measure however the text inflects its last word: "prices" and "price",
   * "profits" and "profit", "rates" and "rate" are one series. A plural becomes the name the money
   * table gives its singular, or the singular of a noun of the class {@code singular} in {@code
   * words.tsv}; other measures are kept as named.
   */
  static String canonical(String m) {
    int sp = m.lastIndexOf(' ');
    String last = m.substring(sp + 1);
    if (last.length() < 4
        || !last.endsWith("s")
        || last.endsWith("ss")
        || !last.equals(last.toLowerCase(Locale.ROOT))) return m;
    String one = singular(last);
    String to = LEX.moneyMeasure(one);
    if (to == null && LEX.is("singular", one)) to = one;
    if (to == null || to.contains(" ")) return m;
    return m.substring(0, sp + 1) + to;
  }

  /** The lemma of the counted noun's head, from the tokens where they give it. */
  private static String lastLemma(Around ar, String counted) {
    String head = counted.substring(counted.lastIndexOf(' ') + 1);
    for (int i = ar.first; i < Math.min(ar.sentEnd, ar.last + 8); i++)
      if (ar.word(i).equals(head)) return ar.lemma(i);
    return singular(head);
  }

  static String plural(String lemma, String written) {
    if (!written.equals(lemma)) return written; // the text's own plural
    if (LEX.is("invariant", written) || written.endsWith("men")) return written;
    String m = LEX.measure(lemma);
    if (m != null) return m;
    if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("ch") || lemma.endsWith("sh"))
      return lemma.endsWith("ss") || !lemma.endsWith("s") ? lemma + "es" : lemma;
    if (lemma.transform(MATCHES_2::test)) return lemma.substring(0, lemma.length() - 1) + "ies";
    return lemma + "s";
  }

  static String singular(String w) {
    if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("men")) return w;
    if (w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
    return w;
  }

  /**
   * The verb before the figure moves a price on a market ("rose", "fell", "closed", "settled"): one
   * of the {@code pricemove} verbs, or a verb that sets a level.
   */
  private static boolean marketMove(Around ar) {
    if (ar.verbBefore < 0) return false;
    String l = ar.lemma(ar.verbBefore);
    return LEX.is("pricemove", l) || LEX.role(l) == Lexicon.Role.LEVEL;
  }

  /**
   * A verb that also acts on money it takes ("lost 3m euros", "gained $2 billion in deposits",
   * "added $5 million"): not one that only moves a level.
   */
  private static boolean acting(Around ar) {
    String l = ar.lemma(ar.verbBefore);
    return l.equals("lose") || l.equals("gain") || l.equals("add") || l.equals("shed");
  }

  /**
   * The common noun phrase in tokens [from, to) as written, without its determiners and possessive
   * pronouns ("the euro": euro, "Wholesale gasoline futures"), or null when it holds a pronoun, a
   * figure or no noun.
   */
  private static Subjects.Who writtenPhrase(Around ar, int from, int to) {
    if (from < 0 || to <= from) return null;
    while (from < to
        && (ar.pos(from).equals("DT") || ar.pos(from).equals("PRP$") || ar.pos(from).equals("PDT")))
      from++;
    if (from >= to || to - from > 5) return null;
    for (int i = from; i < to; i++) {
      String p = ar.pos(i);
      if (p.equals("PRP") || p.equals("CD") || p.equals("WDT") || p.equals("WP")) return null;
      if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("HYPH"))) return null;
    }
    if (!ar.noun(to - 1)) return null;
    String text = ar.a.body().substring(ar.charStart(from), ar.charEnd(to - 1));
    return new Subjects.Who(text, null);
  }

  /**
   * The clause subject's noun as a measure: "sales", "unemployment", "the death toll" (folded to
   * deaths); "the number of dead" is the noun it is the number of.
   */
  private String subjectNoun(Around ar) {
    int h = ar.head;
    String l = ar.lemma(h);
    // "the number of dead", "the daily rise in deaths": what it is the amount or the rise of
    if (LEX.value("changenoun", l) != null
        && (ar.word(h + 1).equals("in") || ar.word(h + 1).equals("of"))) {
      int k = -1;
      for (int i = h + 2; i < ar.sentEnd && i < h + 7; i++) {
        String p = ar.pos(i);
        if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("HYPH")))
          break;
        if (ar.noun(i)) k = i;
      }
      if (k < 0 || ar.proper(k)) return null;
      h = k;
      l = ar.lemma(h);
    } else if (LEX.is("amount", l) && ar.ownerEnd > 0) {
      h = ar.ownerEnd - 1;
      if (!ar.noun(h)) return null;
      l = ar.lemma(h);
      // "the number of people killed", "the number of Americans who would die"
      String fate = fateAfter(ar, h);
      if (fate != null) return fate;
    }
    if (LEX.is("period", l)) return null;
    String two = h - 1 >= ar.npStart && ar.noun(h - 1) ? ar.lemma(h - 1) + " " + l : null;
    if (two != null && LEX.measure(two) != null) return LEX.measure(two);
    if (LEX.measure(l) != null) return LEX.measure(l);
    if (ar.pos(h).equals("PRP")) return null;
    // "the jobless rate", "the debt ratio": a generic head is named with the word before it
    if (LEX.is("generichead", l)
        && h - 1 >= ar.npStart
        && (ar.noun(h - 1) || ar.pos(h - 1).startsWith("JJ"))
        && !ar.proper(h - 1)) return ar.word(h - 1) + " " + ar.word(h);
    return ar.word(h);
  }

  /** The owner named in the subject's phrase: "Volkswagen's sales", "shares of Siemens". */
  private static Subjects.Who nounPhraseOwner(Around ar) {
    if (ar.npStart < 0) return null;
    Subjects.Who w =
        Subjects.possessiveIn(ar.a, ar.charStart(ar.npStart), ar.charEnd(ar.npEnd - 1));
    if (w == null && ar.ownerStart >= 0)
      w = namedOrReferred(ar, ar.ownerStart, ar.ownerEnd); // "shares of the company"
    if (w == null) w = namedOrReferred(ar, ar.npStart, ar.npEnd); // "its sales"
    return w;
  }

  /**
   * The name in the tokens [from, to), else a pronoun or description that points back to one, else
   * a demonym's country.
   */
  private static Subjects.Who namedOrReferred(Around ar, int from, int to) {
    Subjects.Who w = Subjects.mentionIn(ar.a, ar.charStart(from), ar.charEnd(to - 1));
    if (w != null && !"demonym".equals(w.mention().kind())) return w;
    Subjects.Who r = Subjects.referenceIn(ar, from, to);
    return r != null ? r : w;
  }

  /**
   * "the company's quarterly loss of", "Germany's defence budget of": the owner before the noun.
   */
  private void ownerFrom(Around ar, int noun) {
    int s = noun;
    int n = 0;
    while (s - 1 >= ar.sentFirst && n < 5 && !ar.verb(s - 1) && !ar.pos(s - 1).equals("IN")) {
      s--;
      n++;
    }
    subject = Subjects.possessiveIn(ar.a, ar.charStart(s), ar.charEnd(noun));
    if (subject == null) subject = Subjects.referenceIn(ar, s, noun); // "its quarterly loss"
    if (subject == null && ar.head >= 0 && isBe(ar)) subject = nounPhraseOwner(ar);
  }

  /** "index", "average" or the name of a stock index: the head of an index's noun phrase. */
  private static boolean indexWord(String w) {
    if (w.equals("index") || w.equals("average")) return true;
    for (String ix : LEX.words("index")) if (w.startsWith(ix)) return true;
    return false;
  }

  /** A proper noun that is no day or month: not inside a time expression. */
  private static boolean nameWord(Around ar, int i) {
    return ar.proper(i) && !Around.inTime(ar.a, ar.toks.get(i));
  }

  /** The clause subject's phrase holds the name of a stock index ("the Nasdaq composite"). */
  private static boolean indexPhrase(Around ar) {
    if (ar.npStart < 0) return false;
    for (int i = ar.npStart; i < ar.npEnd; i++) {
      if (!ar.proper(i)) continue;
      String w = ar.toks.get(i).word().toLowerCase(Locale.ROOT);
      for (String ix : LEX.words("index")) if (w.startsWith(ix)) return true;
    }
    return false;
  }

  /** The name of an index: the entity or the capitalised words of the clause's subject. */
  private Subjects.Who indexName(Around ar) {
    if (ar.npStart < 0) return null;
    int from = ar.npStart, to = ar.npEnd;
    if (ar.ownerStart >= 0 && !ar.proper(ar.head)) {
      from = ar.ownerStart;
      to = ar.ownerEnd;
    }
    // "the Standard & Poor's 500-stock index": a name the phrase continues after a possessive
    int lo = from;
    if (lo - 1 > ar.sentFirst && ar.pos(lo - 1).equals("POS") && nameWord(ar, lo - 2)) lo -= 2;
    while (lo - 1 >= ar.sentFirst
        && (nameWord(ar, lo - 1)
            || (ar.word(lo - 1).equals("&") && lo - 2 >= ar.sentFirst && nameWord(ar, lo - 2))))
      lo--;
    Subjects.Who w = Subjects.mentionIn(ar.a, ar.charStart(from), ar.charEnd(to - 1));
    // the name's words as written: proper nouns, joined by "&" or a possessive, then its number
    int first = -1, last = -1;
    boolean known = false;
    for (int i = lo; i < to; i++) {
      String p = ar.pos(i);
      String word = ar.toks.get(i).word();
      boolean joiner =
          first >= 0
              && (word.equals("&") || p.equals("POS"))
              && i + 1 < to
              && (ar.proper(i + 1) || ar.pos(i + 1).equals("CD"));
      if (p.startsWith("NNP") || (p.equals("CD") && first >= 0) || joiner) {
        if (first < 0) first = i;
        last = i;
        for (String ix : LEX.words("index"))
          if (word.toLowerCase(Locale.ROOT).startsWith(ix)) known = true;
      } else if (first >= 0) break;
      if (word.equalsIgnoreCase("index") || word.equalsIgnoreCase("average")) known = true;
    }
    for (int i = Math.max(last + 1, from); i < to; i++) {
      String word = ar.toks.get(i).word();
      if (word.equalsIgnoreCase("index") || word.equalsIgnoreCase("average")) known = true;
    }
    if (first < 0 || !known) return w != null && known ? w : null;
    String name = ar.a.body().substring(ar.charStart(first), ar.charEnd(last));
    if (w != null && w.name().length() >= name.length()) return w;
    return new Subjects.Who(name, null);
  }
}

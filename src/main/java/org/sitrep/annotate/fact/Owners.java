package org.sitrep.annotate.fact;

import java.util.Set;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;

/**
 * The entity a figure is about, read from its sentence's dependency parse ({@link Dependencies}):
 * from the figure (or the noun its number counts) up through the phrases it sits in to the verb or
 * predicate that governs it, and that verb's subject, through coordinated verbs, "xcomp" and
 * participial clauses to the clause that has one ("Acme bought a rival and now employs 9,000
 * people"). On the way an owner of a noun wins: a possessive ("Germany's defense budget", "its
 * German unit"), a name compounded with it ("Apple shares"), a prepositional owner ("the revenue of
 * the company", "sales at its German unit"), a name the figure is attached to ("Sanders with 44%"),
 * an apposition. A subject that is a pronoun or a description ("it", "the carmaker") points back to
 * the name it stands for; a possessive pronoun inside a clause is its clause subject's. A passive
 * verb's agent ("2,000 jobs will be cut by Acme") owns the figure when the caller says agents do.
 * Null when the parse names no owner: the caller's word-order rules then decide; never the nearest
 * name by default.
 */
final class Owners {
  private Owners() {}

  /**
   * Cases that make a noun's prepositional dependent its owner: "of the company", "at its unit".
   */
  private static final Set<String> OWNER_CASES = Set.of("of", "at", "by", "for");

  /** Relations through which a figure climbs to the word it belongs to. */
  private static final Set<String> CLIMB =
      Set.of(
          "obj",
          "iobj",
          "obl",
          "nmod",
          "appos",
          "conj",
          "xcomp",
          "advmod",
          "compound",
          "nummod",
          "amod");

  /**
   * The outcome of reading the parse: the owner, if any, and whether the parse was read at all;
   * when no entity owns the figure, {@code written} is an owner named as written that the entity
   * layer did not mark ("The Louvre ... is seeking", "the global temperature": the world), and
   * {@code description} the common noun phrase that is the clause's subject ("another private
   * company is donating", "black Chicagoans account for"), for a caller that takes such subjects
   * (the fact finder takes it when nothing else names the owner). A definite description ("the
   * carmaker") is never a description here: it names the entity it points back to, or nothing.
   */
  record Result(Mention owner, boolean parsed, String written, String description) {
    static final Result NONE = new Result(null, false, null, null);
  }

  /**
   * The owner of figure {@code q} per the parse of its sentence; {@code agentOwns}: a passive
   * verb's "by" agent is the owner of its subject's figure (not for casualties, whose agent is who
   * killed them).
   */
  static Result of(Around ar, Quantity q, boolean agentOwns) {
    return of(ar, q, agentOwns, null);
  }

  /**
   * As {@link #of(Around, Quantity, boolean)}; {@code measure} (may be null) is the figure's
   * measure, whose own words never describe its owner ("sales rose 12%" is not owned by "sales").
   */
  static Result of(Around ar, Quantity q, boolean agentOwns, String measure) {
    if (ar.toks.isEmpty() || ar.first >= ar.sentEnd) return Result.NONE;
    Dependencies d = Dependencies.of(ar.toks, ar.sentFirst, ar.sentEnd);
    if (d == null) return Result.NONE;
    Reader r =
        new Reader(ar, d, ar.first - ar.sentFirst, ar.last - ar.sentFirst, agentOwns, measure);
    Mention owner = r.owner();
    if (owner != null) return new Result(owner, true, null, null);
    return new Result(null, true, r.written, r.description);
  }

  private static final class Reader {
    final Around ar;
    final Dependencies d;
    final int f, l; // the figure's tokens, sentence-relative
    final boolean agentOwns;
    final String measure;

    /** The first owner met that is named as written, not by the entity layer. */
    String written;

    /** The first subject met that is a common noun phrase naming no entity. */
    String description;

    Reader(Around ar, Dependencies d, int f, int l, boolean agentOwns, String measure) {
      this.ar = ar;
      this.d = d;
      this.f = f;
      this.l = l;
      this.agentOwns = agentOwns;
      this.measure = measure == null ? "" : measure.toLowerCase(java.util.Locale.ROOT);
    }

    String pos(int i) {
      return ar.pos(ar.sentFirst + i);
    }

    String word(int i) {
      return ar.word(ar.sentFirst + i);
    }

    boolean inFigure(int i) {
      return i >= f && i <= l;
    }

    Mention mention(int i) {
      Mention m = Subjects.mentionAt(ar, ar.sentFirst + i);
      if (m == null || "MISC".equals(m.type())) return null;
      // a name that is part of the figure's own text is not its owner
      int t = ar.sentFirst + i;
      for (Quantity q : ar.a.quantities())
        if (ar.charStart(t) >= q.start() && ar.charEnd(t) <= q.end()) return null;
      return m;
    }

    Mention owner() {
      int x = -1;
      for (int i = f; i <= l; i++) {
        int h = d.head(i);
        if (h < f || h > l) {
          x = i;
          break;
        }
      }
      if (x < 0) return null;
      // "2,500 jobs": the noun the number counts
      int figure = x;
      if ((d.is(x, "nummod") || d.is(x, "compound")) && d.head(x) >= 0) x = d.head(x);
      // the noun's other dependents may name its owner ("the €130 billion package for Greece")
      return climb(x, figure, 0);
    }

    /** From token x (in the phrase headed by {@code from}) up to the word that owns it. */
    Mention climb(int x, int from, int depth) {
      for (int step = 0; x >= 0 && step < 8; step++) {
        Mention own = ownerOfNoun(x, from);
        if (own != null) return own;
        // "growth was 5 percent": the figure is the predicate; its subject owns it
        int s = d.dependent(x, "nsubj");
        if (s >= 0 && !inFigure(s)) return subject(s, x, depth);
        int h = d.head(x);
        if (h < 0) return null;
        if (d.is(x, "nsubj") || d.is(x, "csubj")) {
          // the figure is the subject: "2,000 jobs will be cut by Acme"
          if (agentOwns && d.rel(x).equals("nsubj:pass")) {
            // "about 25 bodies a week are interred on the island": with no agent, the place or
            // body where it is done
            Mention by = agent(h);
            return by != null ? by : where(h);
          }
          // "Globally there are 1.6 million cases"
          if (worldwide(h) || worldwide(x)) note("world");
          return null;
        }
        if (!climbs(x)) return null;
        if (verbal(h)) {
          // "the Herald reported": a source's verb owns only its object ("reported a loss of")
          if (speech(h) && !d.is(x, "obj")) return null;
          // "bringing the number of Americans out of work to 16.8 million": a level the verb
          // sets is its object's
          if (d.is(x, "obl") && caseIs(x, "to", "at")) {
            int o = d.dependent(h, "obj");
            // (not an object that is itself a figure: "leads Clinton 43 percent to 41 percent")
            boolean common =
                o >= 0
                    && pos(o).startsWith("NN")
                    && !pos(o).startsWith("NNP")
                    && d.dependent(o, "nummod") < 0;
            Mention set = common && !inFigure(o) ? ownerOfNoun(o, -1) : null;
            if (set != null) return set;
          }
          Mention vs = verbSubject(h, depth);
          // "ministers gave the green light to the €130 billion package for Greece": with no
          // one named as the verb's subject, the one the verb's figure is for
          if (vs == null && (d.is(x, "obj") || d.is(x, "obl"))) vs = beneficiary(h);
          return vs;
        }
        // "Sanders with 44%", "Volkswagen's 2,500 jobs at its plant": a name the figure belongs to
        if (d.rel(x).equals("nmod") && caseIs(x, "with", "at", "of", "for")) {
          Mention m = mention(h);
          if (m != null && !"demonym".equals(m.kind())) return m;
        }
        x = h;
      }
      return null;
    }

    /** The name a "for" phrase of verb v names: "gave ... to the package for Greece". */
    Mention beneficiary(int v) {
      for (int c : d.dependents(v)) {
        if (!d.is(c, "obl") || inFigure(c) || !caseIs(c, "for")) continue;
        Mention m = mention(c);
        if (m != null && !"demonym".equals(m.kind())) return m;
      }
      return null;
    }

    boolean speech(int v) {
      return Lexicon.get().role(ar.lemma(ar.sentFirst + v)) == Lexicon.Role.SPEECH;
    }

    boolean climbs(int x) {
      String r = d.rel(x);
      int colon = r.indexOf(':');
      String base = colon > 0 ? r.substring(0, colon) : r;
      if (r.equals("nmod:poss")) return false;
      return CLIMB.contains(base);
    }

    /** A verb, or a word the parse gives a subject or copula (a predicate). */
    boolean verbal(int h) {
      return pos(h).startsWith("VB")
          || d.dependent(h, "nsubj") >= 0
          || d.dependent(h, "cop") >= 0
          || d.dependent(h, "csubj") >= 0;
    }

    boolean caseIs(int x, String... cases) {
      int c = d.dependent(x, "case");
      if (c < 0) return false;
      String w = word(c);
      for (String s : cases) if (s.equals(w)) return true;
      return false;
    }

    /** The owner of a verb's clause: its subject, else the subject of the clause it extends. */
    Mention verbSubject(int v, int depth) {
      // "Wall Street expected 77 cents": who forecasts a figure is its source, not its owner
      if (Lexicon.get().is("forecast", ar.lemma(ar.sentFirst + v))) return null;
      int s = d.dependent(v, "nsubj");
      if (s >= 0 && !inFigure(s)) return subject(s, v, depth);
      if (s >= 0) return null;
      if (depth >= 4) return null;
      int h = d.head(v);
      if (h < 0) return null;
      // "bought a rival and now employs 9,000", "wants to sell 400", "..., picking up four"
      if (d.is(v, "conj") || d.is(v, "xcomp") || (d.is(v, "advcl") && pos(v).equals("VBG")))
        return verbal(h) ? verbSubject(h, depth + 1) : null;
      // "the company, employing 2,000 people": the noun a participle describes
      if (d.rel(v).equals("acl")) {
        Mention m = nounOwner(h, depth + 1);
        // "won 31 percent, picking up four delegates": an object's participle, the clause's owner
        return m != null ? m : climb(h, h, depth + 1);
      }
      return null;
    }

    /** The owner a subject names. */
    Mention subject(int s, int v, int depth) {
      // "the attacks in Paris that killed 127": the relative pronoun's antecedent
      String p = pos(s);
      int n = s;
      if ((p.equals("WDT") || p.equals("WP")) && d.rel(v).startsWith("acl") && d.head(v) >= 0)
        n = d.head(v);
      Mention m = nounOwner(n, n == s ? depth : depth + 1);
      // "Johns Hopkins University's count shows 97,000 deaths": who keeps the account is its
      // source, not the owner of what it counts ("Poland's data shows" is Poland's)
      if (m != null
          && (Subjects.isOrg(m) || "PERSON".equals(m.type()))
          && m.country() == null
          && pos(n).startsWith("NN")
          && Lexicon.get()
              .is("sourcenoun", ar.lemma(ar.sentFirst + n).toLowerCase(java.util.Locale.ROOT)))
        return null;
      if (m == null && written == null && description == null && !inFigure(n)) describe(n);
      return m;
    }

    /** Records a name as written, the first one met. */
    void note(String name) {
      if (written == null) written = name;
    }

    /**
     * Names the subject headed by token n as written when no entity does: a proper noun the entity
     * layer missed with the proper nouns compounded before it ("the Louvre", "Preservation Trust");
     * else a common noun with the adjectives and nouns that modify it ("another private company":
     * private company), when it is neither the figure's own measure nor a word for an amount.
     */
    void describe(int n) {
      String p = pos(n);
      if (!p.startsWith("NN")) return;
      int from = n;
      boolean proper = p.startsWith("NNP");
      for (int k = n - 1; k >= 0 && d.head(k) == n; k--) {
        String pk = pos(k);
        boolean joins =
            proper
                ? (pk.startsWith("NNP") && (d.is(k, "compound") || d.is(k, "flat")))
                    || (d.is(k, "amod") && pk.startsWith("JJ"))
                : (d.is(k, "amod") && pk.startsWith("JJ"))
                    || (d.is(k, "compound") && pk.startsWith("NN"));
        if (!joins) break;
        from = k;
      }
      for (int k = from; k <= n; k++) {
        int t = ar.sentFirst + k;
        if (Subjects.demonymAt(ar, t) != null && !proper) return;
        for (var x : ar.a.times())
          if (ar.charStart(t) < x.end() && ar.charEnd(t) > x.start()) return;
        for (Quantity q : ar.a.quantities())
          if (ar.charStart(t) < q.end() && ar.charEnd(t) > q.start()) return;
      }
      String head = ar.lemma(ar.sentFirst + n);
      if (head.length() < 3 || Lexicon.get().is("amount", head)) return;
      if (!proper) {
        // "another private company", "a rival carmaker": an organisation the text does not name.
        // A definite description ("the carmaker", "its unit") names what the text named before it
        // (nounOwner looked for it) and with nothing named stays unknown, never its words; a bare
        // plural ("museums", "wealthy doctors"), a thing ("a pact") or a mass noun is seldom who
        // owns the figure, and is left unknown too
        // "the Mallina project", "the Hemi discovery": a thing named by the proper noun
        // that modifies its noun is a description that names it
        int name = -1;
        // ("the Ohio governor" is a person the text names, or no one)
        if (!Subjects.personNoun(head))
          for (int k = from; k < n && name < 0; k++) if (pos(k).startsWith("NNP")) name = k;
        // "Brent crude ... fell 24 cents", "natural gas was little changed at $2.86": a price is
        // a thing's, whatever noun names it
        boolean priced = measure.equals("price");
        if (name < 0 && !priced && (!indefinite(n) || !Subjects.entityNoun(head))) return;
        if (name >= 0 && !(indefinite(n) && Subjects.entityNoun(head))) from = name;
      }
      for (String w : measure.split("[^\\p{L}]+"))
        if (!w.isEmpty() && (w.startsWith(head) || head.startsWith(w))) return;
      String text =
          ar.a.body().substring(ar.charStart(ar.sentFirst + from), ar.charEnd(ar.sentFirst + n));
      if (proper) note(text);
      else description = text;
    }

    /** A noun phrase headed by token n that begins with "a", "an", "another" or "one". */
    boolean indefinite(int n) {
      for (int c : d.dependents(n)) {
        if (!d.is(c, "det") && !d.is(c, "nummod")) continue;
        String w = word(c);
        if (w.equals("a") || w.equals("an") || w.equals("another") || w.equals("one")) return true;
      }
      return false;
    }

    /** "the global temperature", "globally": a word of the world class modifies token x. */
    boolean worldwide(int x) {
      for (int c : d.dependents(x))
        if ((d.is(c, "amod") || d.is(c, "advmod"))
            && Lexicon.get().is("world", ar.lemma(ar.sentFirst + c))) return true;
      return false;
    }

    /** The entity a noun phrase headed by token n is, or is owned by. */
    Mention nounOwner(int n, int depth) {
      Mention m = mention(n);
      if (m != null && !"demonym".equals(m.kind())) return m;
      String p = pos(n);
      if (p.equals("PRP")) return pronoun(n, depth);
      if (p.startsWith("NNP")) return shortName(n);
      if (!p.startsWith("NN")) return null;
      Mention own = ownerOfNoun(n, -1);
      if (own != null) return own;
      Mention dem = demonym(n);
      if (dem != null) return dem;
      // "the carmaker", "the company": the name the description stands for
      Mention a = Subjects.antecedent(ar, ar.sentFirst + n);
      // "the global temperature": the world's
      if (a == null && worldwide(n)) note("world");
      return a;
    }

    /**
     * The owner among the dependents of noun x, skipping the subtree of {@code skip} (the figure's
     * own phrase): its possessive, a name compounded with it, an owner after "of", "at" or "by", a
     * name in apposition.
     */
    Mention ownerOfNoun(int x, int skip) {
      if (!pos(x).startsWith("NN") && !pos(x).equals("CD") && !pos(x).equals("$")) return null;
      for (int c : d.dependents(x)) {
        if (skip >= 0 && d.under(c, skip) && c != x) continue;
        if (inFigure(c)) continue;
        if (d.rel(c).equals("nmod:poss")) {
          Mention m = possessor(c);
          if (m != null) return m;
        } else if (d.is(c, "compound") && pos(c).startsWith("NNP")) {
          Mention m = mention(c);
          if (m != null && !"demonym".equals(m.kind()) && !"LOCATION".equals(m.type())) return m;
          // "Caeneus' Mallina project" after "Caeneus Minerals": a name written shorter
          if (m == null && shortName(c) != null) return shortName(c);
        } else if (d.rel(c).equals("nmod") && caseIs(c, OWNER_CASES.toArray(String[]::new))) {
          Mention m = mention(c);
          if (m != null && !"demonym".equals(m.kind())) return m;
          // "the number of Americans": a people named by their demonym is their country
          if (m == null && caseIs(c, "of") && pos(c).startsWith("NN") && pos(c).endsWith("S")) {
            Mention dem = Subjects.demonymAt(ar, ar.sentFirst + c);
            if (dem != null) return dem;
          }
          int poss = d.dependent(c, "nmod:poss");
          if (poss >= 0) {
            Mention pm = possessor(poss);
            if (pm != null) return pm;
          }
          if (pos(c).startsWith("NN") && !pos(c).startsWith("NNP")) {
            Mention a = Subjects.antecedent(ar, ar.sentFirst + c);
            if (a != null) return a;
          }
        } else if (d.is(c, "appos")) {
          Mention m = mention(c);
          if (m != null && !"demonym".equals(m.kind())) return m;
        }
      }
      return null;
    }

    /**
     * A proper noun the entity layer did not mark ("Caeneus" after "Caeneus Minerals"): the
     * organisation or person named before whose name begins or ends with it, or null.
     */
    Mention shortName(int n) {
      String w = ar.toks.get(ar.sentFirst + n).word();
      if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) return null;
      int at = ar.charStart(ar.sentFirst + n);
      Mention best = null;
      for (Mention m : ar.a.entities()) {
        if (m.end() > at || !(Subjects.isOrg(m) || "PERSON".equals(m.type()))) continue;
        String t = m.text();
        if (t.startsWith(w + " ") || t.endsWith(" " + w)) best = m;
      }
      return best;
    }

    /** "the Greek economy", "German exports": the country a demonym modifying the noun names. */
    Mention demonym(int n) {
      for (int c : d.dependents(n)) {
        if (!d.is(c, "amod")) continue;
        Mention m = Subjects.demonymAt(ar, ar.sentFirst + c);
        if (m != null) return m;
      }
      return null;
    }

    /** "Germany's", "its", "the company's": the owner a possessive names. */
    Mention possessor(int c) {
      Mention m = mention(c);
      if (m != null && !"demonym".equals(m.kind())) return m;
      String p = pos(c);
      if (p.equals("PRP$") || p.equals("PRP")) return pronoun(c, 0);
      if (p.startsWith("NN") && !p.startsWith("NNP")) {
        Mention own = ownerOfNoun(c, -1);
        if (own != null) return own;
        return Subjects.antecedent(ar, ar.sentFirst + c);
      }
      return null;
    }

    /**
     * A pronoun: the subject of its own clause when that is a name and the pronoun is not inside it
     * ("Acme cut 400 jobs at its German unit"), else the name it points back to.
     */
    Mention pronoun(int k, int depth) {
      if (depth < 3) {
        int v = k;
        for (int n = 0; n < 8 && v >= 0 && !verbal(v); n++) v = d.head(v);
        if (v >= 0) {
          int s = d.dependent(v, "nsubj");
          if (s >= 0 && !d.under(k, s) && s != k && !pos(s).startsWith("PRP")) {
            Mention m = subject(s, v, depth + 1);
            if (m != null) return m;
          }
          // "the authority told the council that it had reached 67 percent": the subject of a
          // reported clause is the reporting clause's subject, not the last name before it
          int w = d.head(v);
          int ws = w >= 0 && d.is(v, "ccomp") ? d.dependent(w, "nsubj") : -1;
          if ((s == k || d.under(k, s)) && ws >= 0 && !pos(ws).startsWith("PRP")) {
            Mention m = nounOwner(ws, depth + 1);
            if (m != null && samePerson(k, m)) return m;
          }
        }
      }
      return Subjects.pronounAntecedent(ar, ar.sentFirst + k);
    }

    /**
     * Whether pronoun k can stand for m: "he", "she" for people, "it", "its", "they" for others.
     */
    boolean samePerson(int k, Mention m) {
      String w = word(k).toLowerCase(java.util.Locale.ROOT);
      boolean personal = w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her");
      return personal == "PERSON".equals(m.type());
    }

    /**
     * The place or organisation where verb v is done ("interred on the island", "cut at its German
     * unit"): an "in", "on" or "at" phrase of the verb that is, or points back to, a named place or
     * organisation; null when none does.
     */
    Mention where(int v) {
      for (int c : d.dependents(v)) {
        if (!d.is(c, "obl") || inFigure(c) || !caseIs(c, "in", "on", "at")) continue;
        if (!pos(c).startsWith("NN")) continue;
        Mention m = nounOwner(c, 1);
        if (m != null
            && !"demonym".equals(m.kind())
            && ("LOCATION".equals(m.type()) || Subjects.isOrg(m))) return m;
      }
      return null;
    }

    /** The "by" agent of a passive verb. */
    Mention agent(int v) {
      for (int c : d.dependents(v)) {
        if (d.is(c, "obl") && caseIs(c, "by")) return nounOwner(c, 1);
      }
      return null;
    }
  }
}

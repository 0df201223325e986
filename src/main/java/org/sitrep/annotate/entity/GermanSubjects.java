package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * A lone proper noun that is the subject of a verb only persons do ("lebte Olympias", "Arcadelt
 * lebte", "schoss Kaká", or at the end of a subordinate clause the name opens: "dass Arcadelt in
 * Florenz lebte") names a person: untagged, or tagged otherwise by a model that doubted it (its
 * probability below {@link #DOUBT}) and no known place or organisation. The verbs are {@code
 * lexicon/de/person-verbs.txt}, the conjunctions {@code lexicon/de/subordinators.txt}.
 */
final class GermanSubjects {
  private static final Set<String> VERBS =
      SpanMending.words("/org/sitrep/lexicon/de/person-verbs.txt");
  private static final Set<String> SUBORDINATORS =
      SpanMending.words("/org/sitrep/lexicon/de/subordinators.txt");
  static final double DOUBT = 0.95;

  private final Gazetteer gazetteer;
  private final KnownOrganisations organisations = KnownOrganisations.german();

  GermanSubjects(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> repair(List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (!"NNP".equals(t.pos()) || !lone(t.word()) || !subject(toks, k)) continue;
      Mention m = covering(out, t);
      if (m != null) {
        if (m.start() != t.start() || m.end() != t.end() || m.type().equals("PERSON")) continue;
        if (t.nerProbability() >= DOUBT || !m.type().equals(t.ner())) continue;
      }
      if (gazetteer.place(t.word()).isPresent()
          || gazetteer.demonym(t.word()).isPresent()
          || organisations.find(t.word()).isPresent()) continue;
      Mention p = Mention.of(t.start(), t.end(), t.word(), "PERSON");
      if (m != null) out.set(out.indexOf(m), p);
      else out.add(p);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A capitalised word of letters, with a lower-case letter after its first. */
  private static boolean lone(String w) {
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) return false;
    for (int i = 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return false;
    return true;
  }

  /** Token k stands right after a person verb (over "sich"), or right before one. */
  private static boolean subject(List<Token> toks, int k) {
    int s = toks.get(k).sentence();
    int p = k - 1;
    if (p >= 0 && toks.get(p).word().equals("sich")) p--;
    if (p >= 0 && toks.get(p).sentence() == s && VERBS.contains(toks.get(p).word())) return true;
    if (p == k - 1 && p >= 0 && SUBORDINATORS.contains(toks.get(p).word()) && clauseEnd(toks, k))
      return true;
    int n = k + 1;
    if (n >= toks.size() || toks.get(n).sentence() != s || !VERBS.contains(toks.get(n).word()))
      return false;
    // "Der Kaiser lebte": a noun with its article is no name; "in Bonn lebte" no subject.
    if (k == 0 || toks.get(k - 1).sentence() != s) return true;
    String pos = toks.get(k - 1).pos();
    return pos == null
        || !(pos.equals("DT") || pos.equals("JJ") || pos.equals("IN") || pos.startsWith("PRP"));
  }

  /**
   * "dass Arcadelt in Florenz lebte": the first verb after token k, within its clause, is a person
   * verb that ends the clause.
   */
  private static boolean clauseEnd(List<Token> toks, int k) {
    int s = toks.get(k).sentence();
    for (int j = k + 1; j < toks.size() && j <= k + 8 && toks.get(j).sentence() == s; j++) {
      Token t = toks.get(j);
      if (t.word().equals(",")) return false;
      if (!"VB".equals(t.pos())) continue;
      if (!VERBS.contains(t.word()) || j + 1 >= toks.size()) return false;
      Token after = toks.get(j + 1);
      return after.sentence() != s || after.word().equals(",") || ".".equals(after.pos());
    }
    return false;
  }

  private static Mention covering(List<Mention> ms, Token t) {
    for (Mention m : ms) if (m.start() <= t.start() && m.end() >= t.end()) return m;
    return null;
  }
}

package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * A lone proper noun that is the subject of a verb only persons do ("lebte Olympias", "Arcadelt
 * lebte", "schoss Kaká") names a person: untagged, or tagged otherwise by a model that doubted it
 * (its probability below {@link #DOUBT}) and no known place or organisation.
 */
final class GermanSubjects {
  private static final Set<String> VERBS =
      SpanMending.words("/org/sitrep/lexicon/de/person-verbs.txt");
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
    int n = k + 1;
    if (n >= toks.size() || toks.get(n).sentence() != s || !VERBS.contains(toks.get(n).word()))
      return false;
    // "Der Kaiser lebte": a noun with its article is no name; "in Bonn lebte" no subject.
    if (k == 0 || toks.get(k - 1).sentence() != s) return true;
    String pos = toks.get(k - 1).pos();
    return pos == null
        || !(pos.equals("DT") || pos.equals("JJ") || pos.equals("IN") || pos.startsWith("PRP"));
  }

  private static Mention covering(List<Mention> ms, Token t) {
    for (Mention m : ms) if (m.start() <= t.start() && m.end() >= t.end()) return m;
    return null;
  }
}

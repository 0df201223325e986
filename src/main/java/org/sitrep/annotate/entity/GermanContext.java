package org.sitrep.annotate.entity;

import static org.sitrep.annotate.entity.GermanNames.LIST_WORDS;
import static org.sitrep.annotate.entity.GermanNames.at;
import static org.sitrep.annotate.entity.GermanNames.capitalised;
import static org.sitrep.annotate.entity.GermanNames.covered;
import static org.sitrep.annotate.entity.GermanNames.first;
import static org.sitrep.annotate.entity.GermanNames.last;
import static org.sitrep.annotate.entity.GermanNames.next;
import static org.sitrep.annotate.entity.GermanNames.retype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.lexicon.WordTable;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * Repairs to German entities from the words around a name rather than its own form:
 *
 * <ul>
 *   <li>a one-word person that is a listed organisation ("Nokia") is the organisation;
 *   <li>names joined in a list ("A, B und C") are of one kind: the type most of them have is given
 *       to the others, and an untagged proper noun in the list is named too;
 *   <li>a route ("von A nach B", "über A nach B", "zwischen A und B") runs between places: where
 *       one end is a place, so is the other;
 *   <li>a title held of a place after an ordinal ("der 3. Earl of Kent", "erster Herr von
 *       Falkenau") names the place, not a person;
 *   <li>a given name before an untagged proper noun, or before a one-word name the model took for a
 *       place or organisation, opens a person's name ("Anders Nilsson");
 *   <li>two names the model ran together are two: "von Ford zu Fiat" (one for each end of a
 *       change), "Thomas Meier für Eintracht Frankfurt" (a person playing for a club), "Anna Wien"
 *       (a given name and a country or capital);
 *   <li>an adjective opening the name of a mountain, water or quarter ("der Große Arber") belongs
 *       to the place;
 *   <li>an acronym in brackets after an ordinary noun it abbreviates ("Kampfflugzeugen (KF)",
 *       "Treibhausgase (THG)") is no name;
 *   <li>a lone surname of a person the document names in full is that person;
 *   <li>a number after a name: a place and a club's two-digit year ("Mainz 05") is a club, a firm
 *       and a model number ("Boeing 747") a product.
 * </ul>
 *
 * <p>The words are data files in {@code lexicon/de}.
 */
final class GermanContext {
  private static final String DIR = "/org/sitrep/lexicon/de/";
  private static final Set<String> GIVEN_NAMES = SpanMending.words(DIR + "given-names.txt");
  private static final Set<String> PLACE_TITLES = SpanMending.words(DIR + "place-titles.txt");
  private static final Set<String> NAME_ADJECTIVES = SpanMending.words(DIR + "name-adjectives.txt");
  private static final WordTable NUMBERS = WordTable.read(DIR + "numbers.tsv");
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private final Gazetteer gazetteer;
  private final KnownOrganisations organisations;

  GermanContext(Gazetteer gazetteer, KnownOrganisations organisations) {
    this.gazetteer = gazetteer;
    this.organisations = organisations;
  }

  /** The mentions repaired, in no particular order. */
  List<Mention> repair(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    out = acronymsOfNouns(toks, out);
    out = listedOrganisations(out);
    out = joinedNames(body, toks, out);
    out = nameAdjectives(body, toks, out);
    out = titledPlaces(body, toks, out);
    out = givenNames(body, toks, out);
    out = lists(body, toks, out);
    out = routes(toks, out);
    out = surnames(toks, out);
    out = numberedNames(body, toks, out);
    return out;
  }

  /**
   * A name followed by a number: a place and a club's two-digit year ("Mainz 05", "Hannover 96") is
   * a sports club, an organisation; a firm and a model number ("Mercedes 208", "Boeing 747") is a
   * product, no organisation. Only where the number, untagged, ends the phrase: no noun or unit it
   * counts follows ("in Mainz 12 Verletzte", "Siemens 400 Stellen").
   */
  private List<Mention> numberedNames(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int j = last(toks, m), n = j + 1;
      String type = m.type();
      boolean one = j >= 0 && j == first(toks, m);
      boolean numbered =
          one
              && (type.equals("LOCATION") || type.equals("ORGANIZATION"))
              && next(toks, n)
              && toks.get(n).ner().equals("O")
              && at(toks, ms, n) == null
              && toks.get(n).start() == toks.get(j).end() + 1
              && !counts(toks, n + 1);
      String w = numbered ? toks.get(n).word() : "";
      String to = null;
      if (type.equals("LOCATION") && w.matches("\\d{2}")) to = "ORGANIZATION";
      else if (type.equals("ORGANIZATION") && modelNumber(w)) to = "MISC";
      // "Boeing 747" the model tagged as one organisation is the product.
      boolean model =
          type.equals("ORGANIZATION")
              && j == first(toks, m) + 1
              && capitalised(toks.get(j - 1).word())
              && modelNumber(toks.get(j).word())
              && !counts(toks, n);
      if (model) {
        out.add(retype(m, "MISC"));
        continue;
      }
      if (to == null) {
        out.add(m);
        continue;
      }
      out.add(retype(GermanNames.cut(body, m, m.start(), toks.get(n).end()), to));
    }
    return out;
  }

  /** Three or four digits that read as no year ("208", "747"; not "1998", "2024"). */
  private static boolean modelNumber(String w) {
    return w.matches("\\d{3,4}") && !w.matches("1[0-9]\\d\\d|20\\d\\d");
  }

  /** Token {@code k} goes on the phrase before it: a capitalised noun, a number or a unit. */
  private static boolean counts(List<Token> toks, int k) {
    if (!next(toks, k)) return false;
    Token t = toks.get(k);
    String w = t.word();
    boolean ordinal = w.equals(".") && next(toks, k + 1) && !capitalised(toks.get(k + 1).word());
    return capitalised(w) || Character.isDigit(w.charAt(0)) || "CD".equals(t.pos()) || ordinal;
  }

  /**
   * "Angela Merkel ... sagte Merkel": a person named in full makes a later (or earlier) lone
   * mention of the surname the same person, whatever type the model gave the one word or when it
   * left it untagged (a proper noun), unless the word is a known place or organisation.
   */
  private List<Mention> surnames(List<Token> toks, List<Mention> ms) {
    Set<String> names = new HashSet<>();
    for (Mention m : ms) {
      if (!m.type().equals("PERSON")) continue;
      String[] w = m.text().split("\\s+");
      String s = w[w.length - 1];
      if (w.length >= 2
          && s.length() >= 3
          && capitalised(s)
          && s.chars().allMatch(Character::isLetter)) names.add(s);
    }
    if (names.isEmpty()) return ms;
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      boolean person =
          (m.type().equals("ORGANIZATION") || m.type().equals("LOCATION"))
              && names.contains(m.text())
              && unknownName(m.text());
      out.add(person ? retype(m, "PERSON") : m);
    }
    boolean[] cov = covered(toks, out);
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (cov[k]
          || !t.ner().equals("O")
          || !"NNP".equals(t.pos())
          || !names.contains(t.word())
          || !unknownName(t.word())) continue;
      // Not glued to a hyphen: "Merkel-Regierung" is a compound.
      if ((k > 0 && toks.get(k - 1).end() == t.start() && toks.get(k - 1).word().equals("-"))
          || (k + 1 < toks.size()
              && toks.get(k + 1).start() == t.end()
              && toks.get(k + 1).word().equals("-"))) continue;
      out.add(Mention.of(t.start(), t.end(), t.word(), "PERSON").withCanonical(t.word()));
    }
    return out;
  }

  /**
   * "Nokia", "Toyota": a one-word person that is a listed organisation is the organisation, unless
   * the document names a person with that surname ("Ferdinand Porsche").
   */
  private List<Mention> listedOrganisations(List<Mention> ms) {
    Set<String> surnames = new HashSet<>();
    for (Mention m : ms) {
      String[] w = m.text().split("\\s+");
      if (m.type().equals("PERSON") && w.length > 1) surnames.add(w[w.length - 1]);
    }
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      boolean org =
          m.type().equals("PERSON")
              && m.text().indexOf(' ') < 0
              && !surnames.contains(m.text())
              && organisations.find(m.text()).isPresent();
      out.add(org ? retype(m, "ORGANIZATION") : m);
    }
    return out;
  }

  /** The mentions the model ran together, split (see the class comment). */
  private List<Mention> joinedNames(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m), j = last(toks, m);
      int at = -1;
      String left = m.type(), right = m.type();
      if (TYPES.contains(m.type())
          && i > 0
          && next(toks, i)
          && toks.get(i - 1).word().equals("von"))
        for (int k = i + 1; k < j && at < 0; k++)
          if (toks.get(k).word().equals("zu") || toks.get(k).word().equals("nach")) at = k;
      if (at < 0 && m.type().equals("ORGANIZATION")) {
        for (int k = i + 2; k <= i + 3 && k < j && at < 0; k++)
          if (toks.get(k).word().equals("für")
              && GIVEN_NAMES.contains(toks.get(i).word())
              && allNames(toks, i + 1, k)) at = k;
        if (at >= 0) left = "PERSON";
      }
      if (at < 0 && m.type().equals("PERSON") && j == i + 1) {
        var place = gazetteer.place(toks.get(j).word());
        boolean country =
            place.isPresent()
                && (place.get().kind() == org.sitrep.annotate.place.Place.Kind.COUNTRY
                    || place.get().kind() == org.sitrep.annotate.place.Place.Kind.CAPITAL);
        if (country && GIVEN_NAMES.contains(toks.get(i).word())) {
          out.add(GermanNames.cut(body, m, m.start(), toks.get(i).end()));
          Token p = toks.get(j);
          out.add(Mention.of(p.start(), p.end(), p.word(), "LOCATION").withCanonical(p.word()));
          continue;
        }
      }
      if (at < 0
          || !capitalised(toks.get(at + 1).word())
          || !capitalised(toks.get(at - 1).word())) {
        out.add(m);
        continue;
      }
      Mention a = GermanNames.cut(body, m, m.start(), toks.get(at - 1).end());
      Mention b = GermanNames.cut(body, m, toks.get(at + 1).start(), m.end());
      out.add(a.type().equals(left) ? a : retype(a, left));
      out.add(b.type().equals(right) ? b : retype(b, right));
    }
    return out;
  }

  /** Tokens [from, to) are capitalised words of letters. */
  private static boolean allNames(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = toks.get(k).word();
      if (!capitalised(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-'))
        return false;
    }
    return true;
  }

  /** "der Große Arber": an untagged name adjective right before a place joins it. */
  private List<Mention> nameAdjectives(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m);
      boolean join =
          m.type().equals("LOCATION")
              && i >= 2
              && next(toks, i)
              && next(toks, i - 1)
              && NAME_ADJECTIVES.contains(toks.get(i - 1).word())
              && toks.get(i - 1).ner().equals("O")
              && at(toks, ms, i - 1) == null;
      out.add(join ? GermanNames.cut(body, m, toks.get(i - 1).start(), m.end()) : m);
    }
    return out;
  }

  /**
   * "den Kampfflugzeugen (KF)", "Treibhausgase (THG)": an acronym in brackets right after an
   * untagged common noun whose letters it takes in order is that noun's short form, and no name.
   */
  private List<Mention> acronymsOfNouns(List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m);
      boolean drop =
          i >= 2
              && i + 1 < toks.size()
              && last(toks, m) == i
              && m.text().length() >= 2
              && m.text().chars().allMatch(Character::isUpperCase)
              && toks.get(i - 1).word().equals("(")
              && toks.get(i + 1).word().equals(")")
              && abbreviatedNoun(toks, ms, i - 2, m.text())
              && organisations.find(m.text()).isEmpty();
      if (!drop) out.add(m);
    }
    return out;
  }

  /**
   * Token {@code k} is an untagged common noun, not part of a name, that {@code acronym} shortens.
   */
  private boolean abbreviatedNoun(List<Token> toks, List<Mention> ms, int k, String acronym) {
    Token t = toks.get(k);
    String w = t.word();
    if (at(toks, ms, k) != null || !t.ner().equals("O") || !capitalised(w)) return false;
    if (w.length() < acronym.length() + 3 || !w.chars().allMatch(Character::isLetter)) return false;
    if (w.charAt(0) != acronym.charAt(0)) return false;
    if (!GermanNames.lettersInOrder(acronym.substring(1), w.substring(1))) return false;
    // "Europäische Zentralbank (EZB)": a capitalised word before the noun makes it part of a name.
    return k == 0 || toks.get(k - 1).sentence() != t.sentence() || !nameWordBefore(toks, k);
  }

  /** A capitalised adjective or proper noun (not the sentence's first word) before token k. */
  private static boolean nameWordBefore(List<Token> toks, int k) {
    Token p = toks.get(k - 1);
    boolean opens = k - 1 == 0 || toks.get(k - 2).sentence() != p.sentence();
    return capitalised(p.word()) && !opens && ("JJ".equals(p.pos()) || "NNP".equals(p.pos()));
  }

  /**
   * "der spätere 3. Earl of Kent", "Konrad, erster Herr von Falkenau": after an ordinal, a title
   * held of a place and "von" or "of", the name is that place.
   */
  private List<Mention> titledPlaces(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 1; k + 2 < toks.size(); k++) {
      Token title = toks.get(k);
      if (!PLACE_TITLES.contains(title.word()) || !next(toks, k + 1) || !next(toks, k + 2))
        continue;
      String of = toks.get(k + 1).word();
      if (!of.equals("von") && !of.equals("of")) continue;
      if (!ordinalBefore(toks, k)) continue;
      int n = k + 2;
      Token name = toks.get(n);
      if (!capitalised(name.word()) || !name.word().chars().allMatch(Character::isLetter)) continue;
      // The place's name: the capitalised words the mention over it holds, else the one word.
      Mention over = at(toks, out, n);
      int end = n;
      if (over != null) {
        if (over.start() < title.start()) continue;
        int j = last(toks, over);
        while (end < j && capitalised(toks.get(end + 1).word())) end++;
      }
      int s = name.start(), e = toks.get(end).end();
      out.removeIf(m -> m.start() < e && m.end() > title.start());
      String text = body.substring(s, e);
      out.add(Mention.of(s, e, text, "LOCATION").withCanonical(text));
      k = end;
    }
    return out;
  }

  /** "1.", "1 .", "erster", "ersten" right before token {@code k}. */
  private static boolean ordinalBefore(List<Token> toks, int k) {
    Token p = toks.get(k - 1);
    if (p.sentence() != toks.get(k).sentence()) return false;
    if (p.word().matches("\\d{1,2}\\.") || NUMBERS.has("ordinal", p.word())) return true;
    return p.word().equals(".")
        && k >= 2
        && toks.get(k - 2).word().matches("\\d{1,2}")
        && toks.get(k - 2).end() == p.start();
  }

  /**
   * "Anders Nilsson", "Helga Brandt": an untagged given name followed by untagged proper nouns, or
   * by a one-word name the model typed a place or organisation that is none of the known ones, is a
   * person; an untagged given name right before a person's name joins it.
   */
  private List<Mention> givenNames(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    boolean[] cov = covered(toks, ms);
    for (int k = 0; k + 1 < toks.size(); k++) {
      Token g = toks.get(k);
      if (cov[k] || !g.ner().equals("O") || !GIVEN_NAMES.contains(g.word())) continue;
      if (!next(toks, k + 1)) continue;
      Mention after = at(toks, out, k + 1);
      int end;
      if (after != null) {
        if (after.start() != toks.get(k + 1).start()) continue;
        boolean person = after.type().equals("PERSON");
        boolean oneWord = last(toks, after) == k + 1;
        if (!person && !(oneWord && !after.type().equals("MISC") && unknownName(after.text())))
          continue;
        end = after.end();
        out.remove(after);
      } else {
        int j = k + 1;
        while (j < toks.size()
            && next(toks, j)
            && !cov[j]
            && toks.get(j).ner().equals("O")
            && "NNP".equals(toks.get(j).pos())
            && capitalised(toks.get(j).word())
            && toks.get(j).word().chars().allMatch(c -> Character.isLetter(c) || c == '-')
            && unknownName(toks.get(j).word())
            && j - k <= 2) j++;
        if (j == k + 1) continue;
        end = toks.get(j - 1).end();
      }
      String text = body.substring(g.start(), end);
      out.add(Mention.of(g.start(), end, text, "PERSON").withCanonical(text));
      for (int x = k; x < toks.size() && toks.get(x).start() < end; x++) cov[x] = true;
    }
    return out;
  }

  /** A word that is no known place, demonym or organisation and no given name. */
  private boolean unknownName(String w) {
    return gazetteer.place(w).isEmpty()
        && gazetteer.demonym(w).isEmpty()
        && organisations.find(w).isEmpty()
        && !GIVEN_NAMES.contains(w);
  }

  /**
   * "die Felder bei Rheine, Lingen, Meppen und Haren", "die Brüder Paul, Emil und Anna Maria":
   * three or more names in a list, of which at least two share a type that outnumbers the others,
   * are all of that type; an untagged proper noun among them is one too.
   */
  private List<Mention> lists(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    Map<Mention, Mention> changed = new HashMap<>();
    List<Mention> added = new ArrayList<>();
    int k = 0;
    while (k < toks.size()) {
      List<Object> items = new ArrayList<>();
      int at = k;
      while (true) {
        Object item = item(toks, out, at);
        if (item == null) break;
        items.add(item);
        int end = item instanceof Mention m ? last(toks, m) : (Integer) item;
        int sep = end + 1;
        // ", und" and ", sowie" separate as one.
        if (next(toks, sep)
            && toks.get(sep).word().equals(",")
            && next(toks, sep + 1)
            && (toks.get(sep + 1).word().equals("und") || toks.get(sep + 1).word().equals("sowie")))
          sep++;
        if (!next(toks, sep) || !LIST_WORDS.contains(toks.get(sep).word()) || !next(toks, sep + 1))
          break;
        at = sep + 1;
      }
      if (items.size() >= 3) {
        Map<String, Integer> votes = new HashMap<>();
        for (Object o : items) if (o instanceof Mention m) votes.merge(m.type(), 1, Integer::sum);
        String best = null;
        int typed = 0;
        for (var e : votes.entrySet()) {
          typed += e.getValue();
          if (best == null || e.getValue() > votes.get(best)) best = e.getKey();
        }
        int top = best == null ? 0 : votes.get(best);
        if (best != null && top >= 2 && top > typed - top) {
          for (Object o : items) {
            if (o instanceof Mention m) {
              // "Paul Haupt, Bern und Stuttgart": a full name opened by a given name stays a
              // person's.
              String opening = m.text().split("\\s+")[0];
              boolean person = GIVEN_NAMES.contains(opening) && m.type().equals("PERSON");
              // "Verlag Paul Haupt, Bern und Stuttgart": so does a firm named after its founder.
              boolean firm =
                  GermanNames.FOUNDER_FIRMS.contains(opening) && m.type().equals("ORGANIZATION");
              if (!m.type().equals(best) && !person && !firm) changed.put(m, retype(m, best));
            } else {
              Token t = toks.get((Integer) o);
              added.add(Mention.of(t.start(), t.end(), t.word(), best).withCanonical(t.word()));
            }
          }
        }
      }
      k = Math.max(k + 1, items.isEmpty() ? k + 1 : at + 1);
    }
    if (changed.isEmpty() && added.isEmpty()) return ms;
    List<Mention> res = new ArrayList<>(out.size() + added.size());
    for (Mention m : out) res.add(changed.getOrDefault(m, m));
    res.addAll(added);
    return res;
  }

  /**
   * The list item opening at token {@code k}: a person, organisation or place mention that starts
   * there, or the index of an untagged proper noun (not the sentence's first word) standing alone
   * between list words; null when neither.
   */
  private Object item(List<Token> toks, List<Mention> ms, int k) {
    if (k >= toks.size()) return null;
    Mention m = at(toks, ms, k);
    if (m != null) return TYPES.contains(m.type()) && m.start() == toks.get(k).start() ? m : null;
    Token t = toks.get(k);
    if (!t.ner().equals("O")
        || !"NNP".equals(t.pos())
        || !capitalised(t.word())
        || t.word().length() < 3
        || !t.word().chars().allMatch(Character::isLetter)) return null;
    // Not the sentence's first word.
    if (k == 0 || toks.get(k - 1).sentence() != t.sentence()) return null;
    int n = k + 1;
    if (!next(toks, n) || (LIST_WORDS.contains(toks.get(n).word()) || isEnd(toks.get(n)))) return k;
    return null;
  }

  private static boolean isEnd(Token t) {
    return t.word().equals(".") || t.word().equals(";");
  }

  /**
   * "von Bergen nach Oslo", "über Metz nach Paris", "zwischen Kiel und Husum": where one end of a
   * route is a place and the other a one-word name of another type, or a proper noun the model left
   * untagged, both are places. The opening word may open the sentence ("Zwischen Kiel und …").
   */
  private List<Mention> routes(List<Token> toks, List<Mention> ms) {
    Map<Mention, Mention> changed = new HashMap<>();
    List<Mention> added = new ArrayList<>();
    for (int k = 0; k + 3 < toks.size(); k++) {
      String w = toks.get(k).word();
      if (!next(toks, k)) w = w.toLowerCase(java.util.Locale.ROOT);
      String link =
          switch (w) {
            case "von", "über" -> "nach";
            case "zwischen" -> "und";
            default -> null;
          };
      if (link == null || !next(toks, k + 1)) continue;
      Mention a = end(toks, ms, k + 1);
      if (a == null) continue;
      int l = last(toks, a) + 1;
      if (!next(toks, l) || !toks.get(l).word().equals(link) || !next(toks, l + 1)) continue;
      Mention b = end(toks, ms, l + 1);
      if (b == null) continue;
      Mention place = a.type().equals("LOCATION") ? a : b.type().equals("LOCATION") ? b : null;
      Mention other = place == a ? b : a;
      if (place == null || other.type().equals("LOCATION")) continue;
      if (other.type().equals("O")) {
        added.add(retype(other, "LOCATION"));
        continue;
      }
      if (!TYPES.contains(other.type())) continue;
      if (last(toks, other) != first(toks, other) || !unknownName(other.text())) continue;
      changed.put(other, retype(other, "LOCATION"));
    }
    if (changed.isEmpty() && added.isEmpty()) return ms;
    List<Mention> out = new ArrayList<>(ms.size() + added.size());
    for (Mention m : ms) out.add(changed.getOrDefault(m, m));
    out.addAll(added);
    return out;
  }

  /**
   * The end of a route at token {@code k}: the mention opening there, or an untagged proper noun
   * standing alone, no known name, as a mention of type "O"; else null.
   */
  private Mention end(List<Token> toks, List<Mention> ms, int k) {
    Mention m = at(toks, ms, k);
    Token t = toks.get(k);
    if (m != null) return m.start() == t.start() ? m : null;
    String w = t.word();
    if (!t.ner().equals("O")
        || !"NNP".equals(t.pos())
        || !capitalised(w)
        || w.length() < 3
        || !w.chars().allMatch(Character::isLetter)
        || !unknownName(w)) return null;
    if (next(toks, k + 1) && toks.get(k + 1).start() == t.end()) return null;
    return Mention.of(t.start(), t.end(), w, "O").withCanonical(w);
  }
}

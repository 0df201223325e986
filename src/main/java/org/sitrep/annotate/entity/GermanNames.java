package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * Repairs to the German model's entities that follow from how German writes names, each measured on
 * German news and encyclopaedia text:
 *
 * <ul>
 *   <li>a name joined by a hyphen to a common noun is a compound naming something else ("SPD-Chef",
 *       "US-Dollar"): the model tags the name part and leaves the noun untagged; the compound is no
 *       person, organisation or place, so it becomes MISC;
 *   <li>a capitalised preposition opening a sentence is no part of the name after it ("Beim
 *       Mitteldeutschen Verlag");
 *   <li>"St." before a name ("St. Nikolauskapelle", a church or town, not the saint), the period of
 *       an abbreviation that ends a name ("Google Inc.") and a club's number ("1. FC Nürnberg")
 *       belong to it;
 *   <li>a legal form after a name ("… GmbH") joins it; a name ending or opening with an
 *       organisation word or compound ("… Verlag", "Stiftung …", "…verein") or opened by a club
 *       prefix ("TSV …") is an organisation; one opened by a place word ("Via …", "Lido di …") a
 *       place; one ending in a competition, festival or prize ("… Cup") an event (MISC); initials
 *       and a surname ("P. Müller") a person;
 *   <li>a place's adjective before an organisation or station noun names one ("Hamburger
 *       Mieterverein", "Frankfurter Hauptbahnhof"), and an untagged proper noun ending like a
 *       street, square or lake is a place ("Gendarmenmarkt");
 *   <li>one name in one document has one type: the type most of its mentions have.
 * </ul>
 *
 * <p>The words are data files in {@code lexicon/de}; German organisations come from {@code
 * gazetteer/organisations-de.tsv} through {@link KnownOrganisations#german()}.
 */
final class GermanNames {
  private static final String DIR = "/org/sitrep/lexicon/de/";
  private static final Set<String> ORG_WORDS = SpanMending.words(DIR + "organisation-words.txt");
  private static final Set<String> ORG_SUFFIXES =
      SpanMending.words(DIR + "organisation-suffixes.txt");
  private static final Set<String> LEGAL_FORMS = SpanMending.words(DIR + "legal-forms.txt");
  private static final Set<String> PLACE_SUFFIXES = SpanMending.words(DIR + "place-suffixes.txt");
  private static final Set<String> PLACE_WORDS = SpanMending.words(DIR + "place-words.txt");
  private static final Set<String> EVENT_WORDS = SpanMending.words(DIR + "event-words.txt");
  private static final Set<String> CLUB_PREFIXES = SpanMending.words(DIR + "club-prefixes.txt");
  private static final Set<String> ABBREVIATIONS =
      SpanMending.words(DIR + "name-abbreviations.txt");
  private static final Set<String> UNITS = units(DIR + "quantities.tsv");
  private static final Set<String> PARTICLES = SpanMending.words(DIR + "name-particles.txt");
  private static final Set<String> PARTICLE_ARTICLES =
      SpanMending.words(DIR + "name-particle-articles.txt");
  private static final Set<String> ACRONYM_ARTICLES =
      SpanMending.words(DIR + "acronym-articles.txt");
  private static final Set<String> STREET_SUFFIXES = SpanMending.words(DIR + "street-suffixes.txt");
  private static final Map<String, String[]> CLASS_NOUNS = table(DIR + "class-nouns.tsv");
  static final Set<String> FOUNDER_FIRMS = SpanMending.words(DIR + "founder-firms.txt");
  private static final Map<String, String[]> FIRM_PARTNERS = table(DIR + "firm-partners.tsv");

  private final Gazetteer gazetteer;
  private final KnownOrganisations organisations = KnownOrganisations.german();
  private final GermanContext context;

  GermanNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.context = new GermanContext(gazetteer, organisations);
  }

  /** The mentions repaired, in text order. */
  List<Mention> repair(String body, List<Token> toks, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Mention x = m;
      x = leadingFunctionWord(body, toks, x);
      if (x == null) continue;
      x = abbreviations(body, toks, x);
      x = compound(toks, x);
      x = gluedCompound(body, toks, x);
      x = listedOrganisationAhead(body, toks, x);
      x = knownOrganisation(x);
      x = organisationWords(body, toks, x);
      x = placeWords(x);
      x = genitivePlace(x);
      x = events(x);
      x = initialAndSurname(x);
      out.add(x);
    }
    out = derivedPlaceCompounds(body, toks, out);
    out = classNouns(body, toks, out);
    out = nameParticles(body, toks, out);
    out = coordinatedOrganisations(body, toks, out);
    out = founderFirms(body, toks, out);
    out = partnerFirms(body, toks, out);
    out = acronymAfterName(body, toks, out);
    out = houseNumbers(body, toks, out);
    out = acronyms(toks, out);
    out = brokenHyphen(body, toks, out);
    out = singleWordNames(body, toks, out);
    out = context.repair(body, toks, out);
    out = prenominalGenitives(body, toks, out);
    out = genitivePersons(out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // Spans widened over a neighbour's "St." or a club's number may now overlap ("des
    // Bundesligisten 1." and "1. FC Nürnberg"): the earlier one gives way, cut back to its words
    // before the later one where a proper noun is left among them, else dropped.
    List<Mention> clean = new ArrayList<>(out.size());
    for (Mention m : out) {
      if (!clean.isEmpty() && clean.get(clean.size() - 1).end() > m.start()) {
        Mention prev = clean.get(clean.size() - 1);
        boolean partial = prev.start() < m.start() && prev.end() < m.end();
        Mention kept = partial ? before(body, toks, prev, m.start()) : null;
        if (!partial && prev.end() - prev.start() >= m.end() - m.start()) continue;
        clean.remove(clean.size() - 1);
        if (kept != null) clean.add(kept);
      }
      clean.add(m);
    }
    return clean;
  }

  /** The part of {@code m} before {@code at}, when it holds a proper noun; else null. */
  private static Mention before(String body, List<Token> toks, Mention m, int at) {
    int end = -1;
    boolean proper = false;
    for (int k = first(toks, m); k < toks.size() && toks.get(k).end() <= at; k++) {
      end = toks.get(k).end();
      proper |= "NNP".equals(toks.get(k).pos()) && capitalised(toks.get(k).word());
    }
    return proper ? cut(body, m, m.start(), end) : null;
  }

  /**
   * "Merkels", "Schirachs": a one-word name ending in the genitive "s" whose stem the document
   * names as a person ("Angela Merkel", "Schirach") is that person, whatever type the model gave
   * it; its canonical name is the stem.
   */
  private static List<Mention> genitivePersons(List<Mention> ms) {
    Set<String> surnames = new java.util.HashSet<>();
    for (Mention m : ms) {
      if (!m.type().equals("PERSON")) continue;
      String[] w = m.text().split("\\s+");
      surnames.add(w[w.length - 1]);
    }
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      String t = m.text();
      boolean one = t.length() >= 5 && t.indexOf(' ') < 0 && t.endsWith("s");
      String stem = one ? t.substring(0, t.length() - 1) : null;
      if (stem != null && surnames.contains(stem) && !surnames.contains(t)) {
        Mention p = m.type().equals("PERSON") ? m : retype(m, "PERSON");
        out.add(p.withCanonical(stem));
      } else out.add(m);
    }
    return out;
  }

  /**
   * "nach Buurmanns Ausscheiden", "für Kádárs Werke": a one-word name in the genitive "s" right
   * before the noun it owns, with no article or adjective before it, is a person's; German puts
   * only names there, persons' most of all. An untagged such name, or one the model took for an
   * organisation that is no known one, becomes a person; a place's ("Chinas Regierung", "Erfurts
   * Trainer") the model tags as one stays a place.
   */
  private List<Mention> prenominalGenitives(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 0; k + 1 < toks.size(); k++) {
      Token t = toks.get(k), n = toks.get(k + 1);
      String w = t.word();
      if (!"NNP".equals(t.pos())
          || w.length() < 4
          || !w.endsWith("s")
          || !capitalised(w)
          || !w.chars().allMatch(Character::isLetter)
          || !Character.isLowerCase(w.charAt(w.length() - 2))
          || !next(toks, k + 1)
          || !"NN".equals(n.pos())
          || !capitalised(n.word())
          || at(toks, out, k + 1) != null) continue;
      if (next(toks, k)) {
        Token p = toks.get(k - 1);
        String pos = p.pos() == null ? "" : p.pos();
        if (pos.equals("DT") || pos.equals("JJ") || pos.equals("CD") || pos.equals("NNP")) continue;
      }
      Mention m = at(toks, out, k);
      if (m != null && (m.start() != t.start() || m.end() != t.end())) continue;
      if (m != null && !m.type().equals("ORGANIZATION")) continue;
      if (!unknown(w) || genitiveOfPlace(w) != null || !unknown(w.substring(0, w.length() - 1)))
        continue;
      String stem = w.substring(0, w.length() - 1);
      if (m != null) out.set(out.indexOf(m), retype(m, "PERSON").withCanonical(stem));
      else out.add(Mention.of(t.start(), t.end(), w, "PERSON").withCanonical(stem));
    }
    return out;
  }

  /** No known place, demonym or organisation. */
  private boolean unknown(String w) {
    return gazetteer.place(w).isEmpty()
        && gazetteer.demonym(w).isEmpty()
        && organisations.find(w).isEmpty();
  }

  /** One type per name and document, the one most of its mentions have (ties keep each own). */
  static List<Mention> oneTypePerName(List<Mention> mentions) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Mention m : mentions)
      if (!m.type().equals("MISC"))
        votes.computeIfAbsent(m.text(), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Map<String, Integer> v = votes.get(m.text());
      String best = m.type();
      if (v != null && v.size() > 1) {
        int mine = v.getOrDefault(m.type(), 0);
        for (var e : v.entrySet()) if (e.getValue() > mine) best = e.getKey();
      }
      out.add(best.equals(m.type()) ? m : retype(m, best));
    }
    return out;
  }

  static boolean[] covered(List<Token> toks, List<Mention> ms) {
    boolean[] c = new boolean[toks.size()];
    for (Mention m : ms)
      for (int k = Tokens.firstAtOrAfter(toks, m.start());
          k < toks.size() && toks.get(k).start() < m.end();
          k++) c[k] = true;
    return c;
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static String suffixOf(String w, Set<String> suffixes) {
    String lw = w.toLowerCase(Locale.ROOT);
    for (String s : suffixes) if (lw.endsWith(s) && lw.length() >= s.length()) return s;
    return null;
  }

  /**
   * "Hamburger Mieterverein", "Frankfurter Hauptbahnhof": a place's adjective ("Hamburger", which
   * the model tags MISC) before an untagged noun that ends like an organisation is an organisation,
   * one that ends like a street, station or square is a place.
   */
  private List<Mention> derivedPlaceCompounds(String body, List<Token> toks, List<Mention> ms) {
    boolean[] cov = covered(toks, ms);
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m), j = last(toks, m);
      if (!m.type().equals("MISC") || i != j || !m.text().endsWith("er") || j + 1 >= toks.size()) {
        out.add(m);
        continue;
      }
      Token n = toks.get(j + 1);
      String type = null;
      if (!cov[j + 1] && n.sentence() == toks.get(j).sentence() && capitalised(n.word())) {
        if (endsWithSuffix(n.word())) type = "ORGANIZATION";
        else if (suffixOf(n.word(), PLACE_SUFFIXES) != null) type = "LOCATION";
      }
      out.add(type == null ? m : retype(widen(body, m, m.start(), n.end()), type));
    }
    return out;
  }

  /**
   * "die Rockband Fold Zandura", "das Dorf Weitingen", "die Dörfer Kumpula, Noposenaho und Pölkki":
   * a noun for a kind of thing right before a name says what the name is; the noun stays out of the
   * name, a name the model left untagged (a run of proper nouns) is found, and after a plural every
   * name of the list that follows is of that kind.
   */
  private List<Mention> classNouns(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 0; k + 1 < toks.size(); k++) {
      Token c = toks.get(k);
      String[] kind = classNoun(c.word());
      Mention own = at(toks, out, k);
      if (kind == null || !next(toks, k + 1) || gazetteer.place(c.word()).isPresent()) continue;
      // "Grünes Band Deutschland": a capitalised word before the noun makes it part of a name.
      // A place's adjective ("das Münchener Unternehmen Exaring") is no part of a name.
      if (next(toks, k)
          && capitalised(toks.get(k - 1).word())
          && ("JJ".equals(toks.get(k - 1).pos()) || "NNP".equals(toks.get(k - 1).pos()))
          && !placeAdjective(toks.get(k - 1).word())) continue;
      // The noun may be tagged only as the first word of the name after it ("Berg Lusen").
      if (own != null && (own.start() != c.start() || last(toks, own) == k)) continue;
      boolean many = kind.length > 1;
      int n = k + 1;
      while (true) {
        Mention m = at(toks, out, n);
        int end;
        if (m != null) {
          if (m.type().equals("MISC") && !allCapitalised(m.text())) break;
          int from = Math.max(m.start(), toks.get(n).start());
          Mention named = from > m.start() ? cut(body, m, from, m.end()) : m;
          // "die Band Deutschland" is no organisation: a known place stays one.
          if (!kind[0].equals("LOCATION") && gazetteer.place(named.text()).isPresent()) break;
          if (!named.type().equals(kind[0])) named = retype(named, kind[0]);
          out.set(out.indexOf(m), named);
          end = last(toks, named);
        } else {
          end = properNounRun(toks, out, n);
          if (end < n) break;
          // "Firma Koninklijke Scholten-Honig N.V.": a legal form after the name belongs to it.
          if (next(toks, end + 1) && orgWordToken(toks.get(end + 1), toks.get(end))) end++;
          Token a = toks.get(n), b = toks.get(end);
          String text = body.substring(a.start(), b.end());
          out.add(Mention.of(a.start(), b.end(), text, kind[0]).withCanonical(text));
        }
        k = end;
        int sep = end + 1;
        if (!many || !next(toks, sep) || !LIST_WORDS.contains(toks.get(sep).word())) break;
        n = sep + 1;
        if (!next(toks, n)) break;
      }
    }
    return out;
  }

  /**
   * "Münchener", "Berliner", "Bremer", "Dresdner": the adjective of a known place, its name with
   * "-er" (an "-en" of the name dropped).
   */
  private boolean placeAdjective(String w) {
    if (w.length() < 5 || !w.endsWith("er")) return false;
    String stem = w.substring(0, w.length() - 2);
    return gazetteer.place(stem).isPresent()
        || gazetteer.place(stem + "en").isPresent()
        || (stem.endsWith("n")
            && gazetteer.place(stem.substring(0, stem.length() - 1) + "en").isPresent());
  }

  /** The words that join the names of a list. */
  static final Set<String> LIST_WORDS = Set.of(",", "und", "sowie", "oder");

  /** The type of a noun for a kind of thing (and a second cell when it is a plural), or null. */
  private static String[] classNoun(String w) {
    if (!capitalised(w)) return null;
    String lw = w.toLowerCase(Locale.ROOT);
    String[] exact = CLASS_NOUNS.get(lw);
    if (exact != null) return exact;
    String org = suffixOf(w, ORG_SUFFIXES);
    for (var e : CLASS_NOUNS.entrySet()) {
      String head = e.getKey();
      if (head.length() >= 5
          && lw.endsWith(head)
          && lw.length() >= head.length() + 3
          && (org == null || org.length() < head.length())) return e.getValue();
    }
    return null;
  }

  /**
   * The last token of the untagged name opening at {@code n}: capitalised proper nouns, with the
   * parts glued to them by hyphens ("HaBe-Film"); below {@code n} when there is none.
   */
  private static int properNounRun(List<Token> toks, List<Mention> ms, int n) {
    int end = n - 1;
    for (int k = n; next(toks, k) || k == n; k++) {
      Token t = toks.get(k);
      boolean glued = k > n && t.start() == toks.get(k - 1).end();
      boolean name = "NNP".equals(t.pos()) && capitalised(t.word()) && t.ner().equals("O");
      boolean part =
          glued
              && (t.word().equals("-")
                  || (capitalised(t.word()) && end == k - 1 && isHyphen(toks, k - 1)));
      if (at(toks, ms, k) != null || !(name || part)) break;
      end = k;
    }
    while (end >= n && toks.get(end).word().equals("-")) end--;
    return end;
  }

  private static boolean isHyphen(List<Token> toks, int k) {
    return toks.get(k).word().equals("-");
  }

  private static boolean allCapitalised(String text) {
    for (String w : text.split("[\\s-]+")) if (!w.isEmpty() && !capitalised(w)) return false;
    return true;
  }

  /** A table of a lower-case word, its type and optional further cells, tab-separated. */
  private static Map<String, String[]> table(String name) {
    Map<String, String[]> out = new HashMap<>();
    try (var in = GermanNames.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing word list " + name);
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.strip().split("\t");
        if (c.length >= 2) out.put(c[0], java.util.Arrays.copyOfRange(c, 1, c.length));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /** The mention covering token {@code k}, or null. */
  static Mention at(List<Token> toks, List<Mention> ms, int k) {
    Token t = toks.get(k);
    for (Mention m : ms) if (m.start() <= t.start() && t.start() < m.end()) return m;
    return null;
  }

  /** True when token {@code k} follows token {@code k - 1} in the same sentence. */
  static boolean next(List<Token> toks, int k) {
    return k > 0 && k < toks.size() && toks.get(k).sentence() == toks.get(k - 1).sentence();
  }

  /**
   * "Alexander Van der Bellen", "Karl von Habsburg": a person's name followed by name particles and
   * a capitalised word that is no organisation or place of the model's goes on over them; a person
   * mention of the surname after the particles joins it.
   */
  private List<Mention> nameParticles(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int x = 0; x < out.size(); x++) {
      Mention m = out.get(x);
      if (!m.type().equals("PERSON")) continue;
      int j = last(toks, m), k = j + 1;
      // "Alexander Van", "Van" (the model took the particle, not the rest): the articles come next.
      String lastWord = j >= 0 ? toks.get(j).word() : "";
      boolean endsInParticle = PARTICLES.contains(lastWord) && capitalised(lastWord);
      if (!endsInParticle) {
        if (!next(toks, k) || !PARTICLES.contains(toks.get(k).word()) || at(toks, out, k) != null)
          continue;
        k++;
      }
      if (next(toks, k)
          && PARTICLE_ARTICLES.contains(toks.get(k).word())
          && at(toks, out, k) == null) k++;
      if (!next(toks, k)) continue;
      Token t = toks.get(k);
      String w = t.word();
      if (!capitalised(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) continue;
      Mention after = at(toks, out, k);
      if (after != null && !after.type().equals("PERSON")) continue;
      if (after == null && !t.ner().equals("O")) continue;
      if (organisations.find(w).isPresent() || gazetteer.place(w).isPresent()) continue;
      int end = after != null ? after.end() : t.end();
      if (after != null) {
        out.remove(after);
        if (out.indexOf(m) < x) x--;
      }
      out.set(out.indexOf(m), widen(body, m, m.start(), end));
    }
    return out;
  }

  /**
   * "Staatsministerium für Unterricht und Kultus", "Ministerium für Arbeit und Soziales": an
   * organisation whose name ends "für X" goes on over "und" and the capitalised noun after it.
   */
  private List<Mention> coordinatedOrganisations(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m), j = last(toks, m);
      if (!m.type().equals("ORGANIZATION")
          || j - i < 2
          || !toks.get(j - 1).word().equals("für")
          || !next(toks, j + 2)
          || !toks.get(j + 1).word().equals("und")
          || at(toks, ms, j + 2) != null
          || (!"NN".equals(toks.get(j + 2).pos()) && !"NNP".equals(toks.get(j + 2).pos()))
          || !capitalised(toks.get(j + 2).word())) {
        out.add(m);
        continue;
      }
      out.add(widen(body, m, m.start(), toks.get(j + 2).end()));
    }
    return out;
  }

  /**
   * "Verlag Paul Haupt", "Bankhaus Julius Bär": a firm's noun that German puts before its founder's
   * name, untagged, right before a person's name makes one organisation with it.
   */
  private List<Mention> founderFirms(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m);
      boolean firm =
          m.type().equals("PERSON")
              && next(toks, i)
              && FOUNDER_FIRMS.contains(toks.get(i - 1).word())
              && at(toks, ms, i - 1) == null
              && !m.text().endsWith("s");
      out.add(firm ? retype(widen(body, m, toks.get(i - 1).start(), m.end()), "ORGANIZATION") : m);
    }
    return out;
  }

  /**
   * "Gerkan, Marg und Partner", "Müller & Söhne": surnames joined by commas and closed by "und" or
   * "&" and a partners' word ("Partner", "Söhne", "& Co.") are one firm; its legal form after it
   * belongs to it. Each name is a person's or an organisation's mention or an untagged proper noun;
   * a place's name ("die USA und Partner") is no firm's.
   */
  private List<Mention> partnerFirms(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 2; k < toks.size(); k++) {
      String[] links = FIRM_PARTNERS.get(toks.get(k).word());
      if (links == null
          || !next(toks, k)
          || !next(toks, k - 1)
          || !java.util.List.of(links[0].split("\\|")).contains(toks.get(k - 1).word())) continue;
      int start = firmName(toks, out, k - 2);
      if (start < 0) continue;
      while (next(toks, start - 1) && toks.get(start - 1).word().equals(",")) {
        int before = firmName(toks, out, start - 2);
        if (before < 0 || !next(toks, start - 1)) break;
        start = before;
      }
      int end = k;
      if (next(toks, end + 1) && orgWordToken(toks.get(end + 1), toks.get(end))) end++;
      int from = toks.get(start).start(), to = toks.get(end).end();
      out.removeIf(m -> m.start() < to && m.end() > from);
      String text = body.substring(from, to);
      out.add(Mention.of(from, to, text, "ORGANIZATION").withCanonical(text));
      k = end;
    }
    return out;
  }

  /**
   * The first token of the name that ends at token {@code j}: a person's or organisation's mention
   * or an untagged capitalised proper noun; -1 when there is none.
   */
  private static int firmName(List<Token> toks, List<Mention> ms, int j) {
    if (j < 0) return -1;
    Mention m = at(toks, ms, j);
    if (m != null)
      return last(toks, m) == j && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))
          ? first(toks, m)
          : -1;
    Token t = toks.get(j);
    return "NNP".equals(t.pos())
            && capitalised(t.word())
            && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-')
        ? j
        : -1;
  }

  /**
   * "Industriekreditbank IKB", "Augsburger Verkehrs- und Tarifverbund AVV": an organisation's name
   * followed by its acronym (an upper-case word opening with the name's first letter, no legal
   * form) is two mentions, the name and the acronym.
   */
  private List<Mention> acronymAfterName(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int i = first(toks, m), j = last(toks, m);
      String a = j > i ? toks.get(j).word() : "";
      boolean split =
          m.type().equals("ORGANIZATION")
              && a.length() >= 2
              && a.length() <= 6
              && a.chars().allMatch(Character::isUpperCase)
              && !LEGAL_FORMS.contains(a)
              && toks.get(j).start() > toks.get(j - 1).end()
              && Character.toUpperCase(m.text().charAt(0)) == a.charAt(0)
              && lettersInOrder(a, body.substring(m.start(), toks.get(j - 1).end()))
              && organisations.find(m.text()).isEmpty();
      if (!split) {
        out.add(m);
        continue;
      }
      out.add(cut(body, m, m.start(), toks.get(j - 1).end()));
      out.add(cut(body, m, toks.get(j).start(), toks.get(j).end()));
    }
    return out;
  }

  /**
   * "im AVV", "der ADAC": an upper-case acronym after an article or a contracted preposition names
   * an organisation, and so does every other free-standing mention of it in the document ("Der AVV
   * erhöht …"), as does an acronym the model or a repair made an organisation elsewhere in it.
   * Places ("die USA"), units, Roman numerals and words of a line written in capitals are left
   * alone.
   */
  private List<Mention> acronyms(List<Token> toks, List<Mention> ms) {
    boolean[] cov = covered(toks, ms);
    Set<String> orgs = new java.util.HashSet<>();
    for (Mention m : ms)
      if (m.type().equals("ORGANIZATION") && isAcronymWord(m.text())) orgs.add(m.text());
    for (int k = 1; k < toks.size(); k++)
      if (!cov[k]
          && next(toks, k)
          && ACRONYM_ARTICLES.contains(toks.get(k - 1).word())
          && isAcronymWord(toks.get(k).word())
          && freeStanding(toks, k)) orgs.add(toks.get(k).word());
    if (orgs.isEmpty()) return ms;
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (cov[k] || !orgs.contains(t.word()) || !freeStanding(toks, k)) continue;
      out.add(Mention.of(t.start(), t.end(), t.word(), "ORGANIZATION").withCanonical(t.word()));
    }
    return out;
  }

  /** An acronym of 2 to 5 upper-case letters that is no place, unit or Roman numeral. */
  private boolean isAcronymWord(String w) {
    return w.length() >= 2
        && w.length() <= 5
        && w.chars().allMatch(c -> Character.isUpperCase(c) && Character.isLetter(c))
        && !w.matches("[IVXLCDM]+")
        && !UNITS.contains(w.toLowerCase(Locale.ROOT))
        && !LEGAL_FORMS.contains(w)
        && gazetteer.place(w).isEmpty()
        && gazetteer.demonym(w).isEmpty();
  }

  /**
   * Token {@code k} stands alone: no hyphen glued to it ("AVV-Geschäftsführerin") and no word of
   * three letters or more in capitals beside it (a headline in capitals).
   */
  private static boolean freeStanding(List<Token> toks, int k) {
    Token t = toks.get(k);
    for (int d = -1; d <= 1; d += 2) {
      int n = k + d;
      if (n < 0 || n >= toks.size() || toks.get(n).sentence() != t.sentence()) continue;
      Token o = toks.get(n);
      boolean glued = d < 0 ? o.end() == t.start() : t.end() == o.start();
      if (glued && (o.word().equals("-") || o.word().startsWith("-") || o.word().endsWith("-")))
        return false;
      if (o.word().length() >= 3
          && o.word().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
          && MentionChunker.hasLetter(o.word())) return false;
    }
    return true;
  }

  /** The acronym's letters appear in the name in order ("IKB" in "Industriekreditbank"). */
  static boolean lettersInOrder(String acronym, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int at = 0;
    for (char c : acronym.toLowerCase(Locale.ROOT).toCharArray()) {
      at = n.indexOf(c, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  }

  /**
   * "Neuendorfer Straße 90c", "Bundesstraße 216": a street's house or road number belongs to it.
   */
  private List<Mention> houseNumbers(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int j = last(toks, m);
      // "Bundesstraße 216 Lüneburg – Dannenberg": the road and its number end the road's name, the
      // rest names a place it leads to.
      int split = -1;
      for (int k = first(toks, m); k + 1 < j && split < 0; k++)
        if (suffixOf(toks.get(k).word(), STREET_SUFFIXES) != null
            && toks.get(k + 1).word().matches("\\d{1,4}[a-z]?")
            && capitalised(toks.get(k + 2).word())) split = k + 1;
      if (split > 0) {
        out.add(retype(cut(body, m, m.start(), toks.get(split).end()), "LOCATION"));
        Mention rest = cut(body, m, toks.get(split + 1).start(), m.end());
        out.add(organisations.find(rest.text()).isPresent() ? rest : retype(rest, "LOCATION"));
        continue;
      }
      String[] words = m.text().split("\\s+");
      boolean street =
          m.type().equals("LOCATION")
              && j >= 0
              && suffixOf(words[words.length - 1], STREET_SUFFIXES) != null
              && next(toks, j + 1)
              && toks.get(j + 1).word().matches("\\d{1,4}[a-z]?")
              && at(toks, ms, j + 1) == null;
      out.add(street ? widen(body, m, m.start(), toks.get(j + 1).end()) : m);
    }
    return out;
  }

  /**
   * "Mecklenburg- Vorpommern": a place name, a hyphen glued to it and a space before a capitalised
   * word is one name broken at its hyphen (a line break taken out), not a name and an elided
   * compound ("Nord- und Südkorea" has a lower-case word next).
   */
  private List<Mention> brokenHyphen(String body, List<Token> toks, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      int j = last(toks, m);
      if (!m.type().equals("LOCATION") || j < 0 || j + 2 >= toks.size()) {
        out.add(m);
        continue;
      }
      Token dash = toks.get(j + 1), next = toks.get(j + 2);
      boolean broken =
          dash.word().equals("-")
              && dash.start() == m.end()
              && next.start() > dash.end()
              && next.sentence() == dash.sentence()
              && capitalised(next.word())
              && next.word().chars().allMatch(Character::isLetter)
              && (next.ner().equals("O") || next.ner().equals("LOCATION"));
      if (!broken) {
        out.add(m);
        continue;
      }
      int end = next.end();
      for (int k = j + 3;
          k < toks.size()
              && toks.get(k).start() == end
              && MentionChunker.hasLetter(toks.get(k).word())
              && toks.get(k).ner().equals("LOCATION");
          k++) end = toks.get(k).end();
      Mention w = widen(body, m, m.start(), end);
      String joined = m.text() + "-" + body.substring(next.start(), end);
      out.add(w.withCanonical(joined));
    }
    return out;
  }

  /**
   * Untagged single words that are names by their form: a proper noun ending like a street, square
   * or lake ("Gendarmenmarkt", "Schwielowsee") is a place.
   */
  private List<Mention> singleWordNames(String body, List<Token> toks, List<Mention> ms) {
    boolean[] cov = covered(toks, ms);
    List<Mention> out = new ArrayList<>(ms);
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      String w = t.word();
      if (cov[k] || !capitalised(w) || w.length() < 6) continue;
      String type = null;
      String ps = suffixOf(w, PLACE_SUFFIXES);
      if (ps != null && "NNP".equals(t.pos()) && w.length() >= ps.length() + 3) type = "LOCATION";
      // "Griechenlandes", "Frankreichs": the genitive of a known place.
      String base = type == null ? genitiveOfPlace(w) : null;
      if (base != null) type = "LOCATION";
      if (type != null)
        out.add(Mention.of(t.start(), t.end(), w, type).withCanonical(base == null ? w : base));
    }
    return out;
  }

  /** "Griechenlandes" is Griechenland's genitive; "Laos" or "Paris" are places as written. */
  private String genitiveOfPlace(String w) {
    if (!w.endsWith("s") || gazetteer.place(w).isPresent() || gazetteer.demonym(w).isPresent())
      return null;
    String base = w.endsWith("es") ? w.substring(0, w.length() - 2) : null;
    if (base != null && base.length() >= 4 && gazetteer.place(base).isPresent()) return base;
    base = w.substring(0, w.length() - 1);
    return base.length() >= 4 && gazetteer.place(base).isPresent() ? base : null;
  }

  /** The German spellings of units and currencies, from the quantities lexicon, lower case. */
  private static Set<String> units(String name) {
    Set<String> out = new java.util.HashSet<>();
    try (var in = GermanNames.class.getResourceAsStream(name)) {
      if (in == null) return out;
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String[] c = line.split("\t");
        if (c.length >= 2 && c[0].equals("unit"))
          for (String u : c[1].split("\\|")) out.add(u.trim().toLowerCase(Locale.ROOT));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  static int first(List<Token> toks, Mention m) {
    return Tokens.firstAtOrAfter(toks, m.start());
  }

  static int last(List<Token> toks, Mention m) {
    int k = Tokens.firstAtOrAfter(toks, m.end()) - 1;
    while (k >= 0 && toks.get(k).start() >= m.end()) k--;
    return k;
  }

  /** "Beim Mitteldeutschen Verlag" is "Mitteldeutschen Verlag", "im Bundestag" "Bundestag". */
  private Mention leadingFunctionWord(String body, List<Token> toks, Mention m) {
    int i = first(toks, m), j = last(toks, m);
    if (i < 0 || i >= toks.size() || j <= i) return m;
    Token t = toks.get(i);
    String pos = t.pos() == null ? "" : t.pos();
    String w = t.word();
    if (!pos.equals("IN") || w.isEmpty()) return m;
    // "im Bundestag", "in Berlin": a lower-case preposition opens no organisation or place
    boolean lower = Character.isLowerCase(w.charAt(0));
    if (lower && m.type().equals("PERSON")) return m;
    if (organisations.find(m.text()).isPresent() || gazetteer.place(m.text()).isPresent()) return m;
    Token next = toks.get(i + 1);
    if (!MentionChunker.hasLetter(next.word())) return m;
    return cut(body, m, next.start(), m.end());
  }

  /** "St . Nikolauskapelle", "Google Inc.": the abbreviation's period belongs to the name. */
  private Mention abbreviations(String body, List<Token> toks, Mention m) {
    int start = m.start(), end = m.end();
    int i = first(toks, m);
    // "St." before the name, written "St." or "St ." (the period may be its own token).
    if (i >= 2
        && toks.get(i - 1).word().equals(".")
        && ABBREVIATIONS.contains(toks.get(i - 2).word())
        && toks.get(i - 1).start() - toks.get(i - 2).end() <= 1
        && Character.isUpperCase(toks.get(i - 2).word().charAt(0))) start = toks.get(i - 2).start();
    else if (i >= 1
        && toks.get(i - 1).word().endsWith(".")
        && ABBREVIATIONS.contains(stripDot(toks.get(i - 1).word()))
        && toks.get(i - 1).sentence() == toks.get(i).sentence()) start = toks.get(i - 1).start();
    int j = last(toks, m);
    if (j >= 0
        && j + 1 < toks.size()
        && toks.get(j + 1).word().equals(".")
        && toks.get(j + 1).start() - toks.get(j).end() <= 1
        && ABBREVIATIONS.contains(toks.get(j).word())) end = toks.get(j + 1).end();
    // "Google Inc." at a sentence's end: the tokenizer gives the one period to both the
    // abbreviation and the sentence.
    if (j >= 0
        && end == m.end()
        && end < body.length()
        && body.charAt(end) == '.'
        && toks.get(j).word().endsWith(".")
        && ABBREVIATIONS.contains(stripDot(toks.get(j).word()))) end++;
    // "1. FC Nürnberg": the club's number belongs to its name.
    if (i >= 2
        && CLUB_PREFIXES.contains(toks.get(i).word())
        && toks.get(i - 1).word().equals(".")
        && toks.get(i - 2).word().matches("\\d{1,2}")
        && toks.get(i).start() - toks.get(i - 2).end() <= 2) start = toks.get(i - 2).start();
    else if (i >= 1
        && CLUB_PREFIXES.contains(toks.get(i).word())
        && toks.get(i - 1).word().matches("\\d{1,2}\\.")) start = toks.get(i - 1).start();
    if (start == m.start() && end == m.end()) return m;
    Mention w = widen(body, m, start, end);
    // "St. Martin" is a church, a town or a school named after the saint, not the saint.
    return start < m.start() && m.type().equals("PERSON") ? retype(w, "LOCATION") : w;
  }

  private static String stripDot(String w) {
    return w.substring(0, w.length() - 1);
  }

  /**
   * "SPD-Chef", "EU-Kommission": the mention ends in a hyphenated part that the model left untagged
   * and that is no place or organisation of its own.
   */
  private Mention compound(List<Token> toks, Mention m) {
    if (m.type().equals("MISC")) return m;
    int dash = m.text().lastIndexOf('-');
    if (dash <= 0 || dash == m.text().length() - 1) return m;
    int j = last(toks, m);
    if (j < 1) return m;
    Token head = toks.get(j);
    // "US-Dollar", "Taiwan-Dollar": a currency or unit is no place, whatever the model tagged.
    String lastPart = m.text().substring(dash + 1).toLowerCase(Locale.ROOT);
    if (lastPart.length() >= 3 && UNITS.contains(lastPart)) return retype(m, "MISC");
    if (!head.ner().equals("O") || head.start() != m.start() + dash + 1) return m;
    String w = head.word();
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || isAcronym(w)) return m;
    if (gazetteer.place(m.text()).isPresent() || organisations.find(m.text()).isPresent()) return m;
    if (gazetteer.place(w).isPresent()) return m;
    // "Osnatel-Arena", "Weser-Stadion": a compound ending like a street, square or venue is a
    // place.
    if (suffixOf(w, PLACE_SUFFIXES) != null) return retype(m, "LOCATION");
    return retype(m, "MISC");
  }

  /**
   * "Opel-Teile": a name found by its list entry inside a hyphenated compound of an untagged noun
   * is the compound, no organisation or place.
   */
  private Mention gluedCompound(String body, List<Token> toks, Mention m) {
    int j = last(toks, m);
    if (m.type().equals("MISC") || j < 0 || j + 2 >= toks.size()) return m;
    Token dash = toks.get(j + 1), head = toks.get(j + 2);
    boolean glued =
        dash.word().equals("-")
            && dash.start() == m.end()
            && head.start() == dash.end()
            && head.ner().equals("O")
            && capitalised(head.word())
            && head.word().chars().allMatch(Character::isLetter);
    if (!glued) return m;
    String whole = body.substring(m.start(), head.end());
    if (gazetteer.place(whole).isPresent() || organisations.find(whole).isPresent()) return m;
    if (gazetteer.place(head.word()).isPresent() || suffixOf(head.word(), PLACE_SUFFIXES) != null)
      return m;
    return retype(cut(body, m, m.start(), head.end()), "MISC");
  }

  /**
   * "Die Europäische Kommission": a mention the tagger cut short of a listed organisation's name,
   * whose untagged next words (up to three, in its sentence) complete that name, is the
   * organisation.
   */
  private Mention listedOrganisationAhead(String body, List<Token> toks, Mention m) {
    int j = last(toks, m);
    if (j < 0) return m;
    int free = j;
    while (free + 1 < toks.size()
        && free < j + 3
        && toks.get(free + 1).sentence() == toks.get(j).sentence()
        && toks.get(free + 1).ner().equals("O")) free++;
    for (int k = free; k > j; k--) {
      int end = toks.get(k).end();
      if (organisations.find(body.substring(m.start(), end)).isPresent())
        return retype(widen(body, m, m.start(), end), "ORGANIZATION");
    }
    return m;
  }

  /**
   * "Deutschen Presse-Agentur": a listed organisation is one, even where its name reads as a
   * compound noun or opens with a demonym.
   */
  private Mention knownOrganisation(Mention m) {
    if (!m.type().equals("MISC") || organisations.find(m.text()).isEmpty()) return m;
    return retype(m, "ORGANIZATION");
  }

  /**
   * A name ending in a legal form or organisation word, or opened by a club prefix; an untagged
   * legal form right after a name is part of it ("Buhl-Alberti AG").
   */
  private Mention organisationWords(String body, List<Token> toks, Mention m) {
    if (m.type().equals("MISC")) return m;
    int i = first(toks, m), j = last(toks, m);
    if (i < 0 || j < i) return m;
    int start = m.start(), end = m.end();
    if (j + 1 < toks.size() && orgWordToken(toks.get(j + 1), toks.get(j)))
      end = toks.get(j + 1).end();
    if (start != m.start() || end != m.end())
      return retype(widen(body, m, start, end), "ORGANIZATION");
    if (m.type().equals("ORGANIZATION")) return m;
    String[] words = m.text().split("\\s+");
    if (words.length < 2) return m;
    String lastWord = words[words.length - 1];
    String firstWord = words[0];
    boolean org =
        ORG_WORDS.contains(lastWord)
            || ORG_WORDS.contains(firstWord)
            || CLUB_PREFIXES.contains(firstWord)
            || endsWithSuffix(lastWord)
            || endsWithSuffix(firstWord);
    return org ? retype(m, "ORGANIZATION") : m;
  }

  /**
   * "UEFA Futsal Cup", "Berlinale Festival": a name ending in a word for a competition, a festival
   * or a prize names an event, not the organisation or place in it.
   */
  private Mention events(Mention m) {
    if (m.type().equals("MISC")) return m;
    String[] words = m.text().split("[\\s-]+");
    if (words.length < 2 || !EVENT_WORDS.contains(words[words.length - 1])) return m;
    if (organisations.find(m.text()).isPresent()) return m;
    return retype(m, "MISC");
  }

  /** "Via Roma", "Lido di Spina", "Cerro San Félix": a name opened by a place word is a place. */
  private Mention placeWords(Mention m) {
    if (m.type().equals("LOCATION") || m.type().equals("MISC")) return m;
    String[] words = m.text().split("\\s+");
    if (words.length < 2 || !PLACE_WORDS.contains(words[0])) return m;
    if (organisations.find(m.text()).isPresent()) return m;
    return retype(m, "LOCATION");
  }

  /**
   * "Deutschlands", "Litauens": a place the tagger found in the genitive is known by its own name,
   * so that its country is resolved (the mention's text stays as written).
   */
  private Mention genitivePlace(Mention m) {
    if (!m.type().equals("LOCATION") || (m.canonical() != null && !m.canonical().equals(m.text())))
      return m;
    if (m.text().indexOf(' ') >= 0) return m;
    String base = genitiveOfPlace(m.text());
    return base == null ? m : m.withCanonical(base);
  }

  /** "P. Rusterholz", "J. R. R. Tolkien": initials before a capitalised name make a person. */
  private Mention initialAndSurname(Mention m) {
    if (m.type().equals("PERSON") || m.type().equals("MISC")) return m;
    if (!m.text().matches("(\\p{Lu}\\. ?)+\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?")) return m;
    if (organisations.find(m.text()).isPresent()) return m;
    return retype(m, "PERSON");
  }

  private static boolean orgWordToken(Token t, Token neighbour) {
    return t.ner().equals("O")
        && t.sentence() == neighbour.sentence()
        && LEGAL_FORMS.contains(t.word());
  }

  private static boolean endsWithSuffix(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    for (String s : ORG_SUFFIXES) if (lw.endsWith(s) && lw.length() > s.length() + 2) return true;
    return false;
  }

  private static boolean isAcronym(String s) {
    return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  static Mention cut(String body, Mention m, int start, int end) {
    String text = body.substring(start, end);
    return new Mention(
        start,
        end,
        text,
        m.type(),
        m.role(),
        m.country(),
        text,
        m.entityId(),
        m.kind(),
        m.lat(),
        m.lon());
  }

  private static Mention widen(String body, Mention m, int start, int end) {
    return cut(body, m, start, end);
  }

  static Mention retype(Mention m, String type) {
    return new Mention(
        m.start(),
        m.end(),
        m.text(),
        type,
        type.equals("PERSON") ? m.role() : null,
        m.country(),
        m.canonical(),
        m.entityId(),
        m.kind(),
        m.lat(),
        m.lon());
  }
}

package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * Turns runs of NER-tagged tokens into mentions and mends the tagger's usual slips on news text:
 * punctuation at a mention's edge ("World War II —"), a possessive "’s" inside a name, a title or
 * "Mr." swallowed into a person, tags on things with no letter at all ("2 %" as a person),
 * well-known organisations typed as places or missed entirely.
 */
final class MentionChunker {
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame",
          "madam", "mme");

  private static final Set<String> PREFIXES = SpanMending.words("adjective-prefixes.txt");

  private final KnownOrganisations organisations;
  private final Gazetteer gazetteer;

  MentionChunker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.organisations =
        gazetteer.isGerman() ? KnownOrganisations.german() : KnownOrganisations.get();
  }

  List<Mention> chunk(String body, List<Token> toks) {
    List<Mention> out = new ArrayList<>();
    boolean[] covered = new boolean[toks.size()];
    int i = 0;
    while (i < toks.size()) {
      Token t = toks.get(i);
      if (!TYPES.contains(t.ner())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size()
          && toks.get(j).ner().equals(t.ner())
          && toks.get(j).sentence() == t.sentence()) j++;
      for (int[] run :
          t.ner().equals("LOCATION") ? splitPlaces(body, toks, i, j) : List.of(new int[] {i, j})) {
        // A run already swallowed by the previous mention's hyphenated word ("German-Israeli") adds
        // nothing.
        if (!out.isEmpty() && toks.get(run[0]).start() < out.get(out.size() - 1).end()) {
          // In German, a run that goes on past a hyphenated word swallowed with the run before,
          // of the same type, is the rest of that name: a person's after a hyphenated first name
          // ("Hans-Dietrich" + "Dietrich Haemmerlein"), a firm's after a hyphenated family name
          // ("Graphitwerke Buhl" + "Alberti AG").
          Mention prev = out.get(out.size() - 1);
          Token endTok = toks.get(run[1] - 1);
          if (gazetteer.isGerman()
              && prev.type().equals(t.ner())
              && endTok.end() > prev.end()
              && hasLetter(endTok.word())) {
            String text = body.substring(prev.start(), endTok.end());
            out.set(
                out.size() - 1,
                Mention.of(prev.start(), endTok.end(), text, t.ner()).withCanonical(text));
            for (int k = run[0]; k < run[1]; k++) covered[k] = true;
          }
          continue;
        }
        Mention m = mend(body, toks, run[0], run[1], t.ner());
        if (m != null) {
          out.add(m);
          for (int k = run[0]; k < toks.size() && toks.get(k).start() < m.end(); k++)
            covered[k] = true;
        }
      }
      i = j;
    }
    addMissedOrganisations(body, toks, covered, out);
    addMissedPlaces(body, toks, covered, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** One run of tokens [from, to) as a mention, or null when nothing name-like is left. */
  private Mention mend(String body, List<Token> toks, int from, int to, String type) {
    while (from < to && !hasLetterOrDigit(toks.get(from).word())) from++;
    while (to > from
        && (!hasLetterOrDigit(toks.get(to - 1).word()) || isPossessive(toks.get(to - 1)))
        && !closesBracket(toks, from, to - 1)
        && !brandMark(toks, to - 1, type)) {
      to--;
    }
    if (to <= from) return null;
    if (type.equals("PERSON")) {
      int skip = leadingTitleTokens(toks, from, to);
      from += skip;
    }
    int start = toks.get(from).start(), end = toks.get(to - 1).end();
    String text = body.substring(start, end);
    if (text.endsWith("'s") || text.endsWith("’s")) {
      end -= 2;
      text = body.substring(start, end);
    }
    if (!hasLetter(text)) return null;
    // The tokenizer splits hyphens; a name is the whole hyphenated word when its other parts are
    // name-like
    // ("Itar-Tass", "Ata-ur-Rehman", "German-Israeli", "F-16"), which also cuts it out of a longer
    // token run.
    int prefixStart = lowercasePrefixStart(body, start);
    if (prefixStart >= 0) {
      // "trans-Atlantic", "pro-Russian", "anti-NATO": a name behind a lower-case prefix is part of
      // an adjective, a modifier and not the named place, group or person.
      int wordEnd = Math.max(hyphenatedEnd(body, end), compoundAdjectiveEnd(body, end));
      String word = body.substring(prefixStart, wordEnd);
      return Mention.of(prefixStart, wordEnd, word, "MISC").withCanonical(word);
    }
    int head = compoundNounHead(toks, from, to);
    if (head >= 0) {
      // "US-Präsident", "SPD-Genossen", "Hartz-IV-Reformen": a name joined by hyphens to a common
      // noun is a compound noun naming something else; like "Moscow-backed", a modifier.
      int s = hyphenatedStart(body, start), e = toks.get(head).end();
      String word = body.substring(s, e);
      return Mention.of(s, e, word, "MISC").withCanonical(word);
    }
    int wordStart = hyphenatedStart(body, start), wordEnd = hyphenatedEnd(body, end);
    if (wordStart < start || wordEnd > end) {
      String word = body.substring(wordStart, wordEnd);
      return Mention.of(wordStart, wordEnd, word, type).withCanonical(word);
    }
    int compoundEnd = compoundAdjectiveEnd(body, end);
    if (compoundEnd > end) {
      // "Moscow-backed", "London-based", "United Nations-sponsored": a name made into an adjective
      // is a modifier,
      // not the named thing (the CoNLL and OntoNotes convention); its country is still read from
      // the name part.
      String compound = body.substring(start, compoundEnd);
      return Mention.of(start, compoundEnd, compound, "MISC").withCanonical(compound);
    }
    String cleaned = cleanName(toks, from, to, start, end);
    String finalType = type;
    var org = organisations.find(text);
    // A listed organisation the tagger typed as a place or a thing ("Bundeswehr" as LOCATION) is an
    // organisation,
    // unless the name is also a place ("Kremlin" stays a place; the government reading is marked
    // later). A person
    // keeps its type unless the name is an acronym: "Bloomberg" may well be Michael Bloomberg,
    // "NATO" is nobody.
    boolean retype = !type.equals("PERSON") || isAcronym(text);
    if (org.isPresent()
        && retype
        && !type.equals("ORGANIZATION")
        && gazetteer.place(text).isEmpty()) {
      finalType = "ORGANIZATION";
    }
    // A country typed as an organisation ("France beat Mexico 2-0") is the country: its team, its
    // state, its people.
    if (type.equals("ORGANIZATION")
        && org.isEmpty()
        && gazetteer.place(text).filter(p -> p.kind() == Place.Kind.COUNTRY).isPresent()) {
      finalType = "LOCATION";
    }
    return Mention.of(start, end, text, finalType).withCanonical(cleaned);
  }

  /**
   * A place run the tagger glued together from separate places ("make Lithuania Germany’s
   * second-biggest") is split into one run per token when the whole is no known place but every
   * token is one.
   */
  private List<int[]> splitPlaces(String body, List<Token> toks, int from, int to) {
    List<int[]> whole = List.<int[]>of(new int[] {from, to});
    if (to - from < 2
        || gazetteer
            .place(body.substring(toks.get(from).start(), toks.get(to - 1).end()))
            .isPresent()) {
      return whole;
    }
    List<int[]> parts = new ArrayList<>();
    for (int k = from; k < to; k++) {
      String w = toks.get(k).word();
      if (isPossessive(toks.get(k))) continue;
      if (gazetteer.place(w).filter(p -> p.kind() == Place.Kind.COUNTRY).isEmpty()) return whole;
      parts.add(new int[] {k, k + 1});
    }
    return parts;
  }

  /**
   * Where a compound adjective built on a name ends: the name is followed by a hyphen and one
   * lowercase word that ends the compound ("-based", "-led"); "Chester-le-Street" is a name, not an
   * adjective. -1 when there is none.
   */
  static int compoundAdjectiveEnd(String body, int end) {
    if (end + 2 >= body.length()
        || body.charAt(end) != '-'
        || !Character.isLowerCase(body.charAt(end + 1))) return -1;
    int k = end + 1;
    while (k < body.length() && Character.isLetter(body.charAt(k))) k++;
    if (k < body.length() && (body.charAt(k) == '-' || Character.isLetterOrDigit(body.charAt(k))))
      return -1;
    return k;
  }

  /**
   * Where a lower-case prefix joined by a hyphen to the name at {@code start} begins ("trans-" in
   * "trans-Atlantic", "pro-" in "pro-Russian"): one of the prefixes in {@code
   * adjective-prefixes.txt}, after a space, a bracket, a quote or the start of the text; a name
   * particle ("al-Aqsa") is no such prefix. -1 when there is none.
   */
  static int lowercasePrefixStart(String body, int start) {
    if (start < 3 || body.charAt(start - 1) != '-') return -1;
    int k = start - 1;
    while (k > 0 && Character.isLetter(body.charAt(k - 1))) k--;
    if (!PREFIXES.contains(body.substring(k, start - 1))) return -1;
    if (k > 0
        && !Character.isWhitespace(body.charAt(k - 1))
        && "(\"“‘'".indexOf(body.charAt(k - 1)) < 0) return -1;
    return k;
  }

  /**
   * The start of the hyphenated word around {@code start} when its parts before are capitalised or
   * digits.
   */
  static int hyphenatedStart(String body, int start) {
    int s = start;
    while (s >= 2 && body.charAt(s - 1) == '-' && Character.isLetterOrDigit(body.charAt(s - 2))) {
      int k = s - 1;
      while (k > 0 && Character.isLetterOrDigit(body.charAt(k - 1))) k--;
      if (!Character.isUpperCase(body.charAt(k)) && !Character.isDigit(body.charAt(k))) break;
      s = k;
    }
    return s;
  }

  /**
   * The end of the hyphenated word after {@code end} when it goes on to a capitalised part or
   * digits ("-Tass", "-ur-Rehman", "-16"); lowercase particles count only on the way to such a
   * part, so "Moscow-backed" stays as is.
   */
  static int hyphenatedEnd(String body, int end) {
    int e = end, k = end;
    while (k + 1 < body.length()
        && body.charAt(k) == '-'
        && Character.isLetterOrDigit(body.charAt(k + 1))) {
      int partStart = k + 1;
      k = partStart;
      while (k < body.length() && Character.isLetterOrDigit(body.charAt(k))) k++;
      char first = body.charAt(partStart);
      if (Character.isUpperCase(first) || Character.isDigit(first)) e = k;
      else if (k - partStart > 3) break;
    }
    return e;
  }

  /**
   * The token index of the common noun that ends the hyphenated word the run [from, to) ends in,
   * when the word is a compound whose head is that noun ("US-Präsident": "Präsident" tagged NN); -1
   * when the word ends in a name, or is no hyphenated word.
   */
  static int compoundNounHead(List<Token> toks, int from, int to) {
    int k = to - 1;
    while (k + 2 < toks.size()
        && glued(toks, k, k + 1)
        && glued(toks, k + 1, k + 2)
        && toks.get(k + 1).word().equals("-")) k += 2;
    if (k < from + 2 && k == to - 1) return -1;
    Token last = toks.get(k);
    if (!(glued(toks, k - 1, k) && toks.get(k - 1).word().equals("-") && glued(toks, k - 2, k - 1)))
      return -1;
    String pos = last.pos();
    boolean noun = "NN".equals(pos) || "NNS".equals(pos);
    return noun && !last.word().isEmpty() && Character.isUpperCase(last.word().charAt(0)) ? k : -1;
  }

  private static boolean glued(List<Token> toks, int a, int b) {
    return a >= 0
        && b < toks.size()
        && toks.get(a).end() == toks.get(b).start()
        && toks.get(a).sentence() == toks.get(b).sentence();
  }

  /**
   * Leading tokens of a person run that are a title or an honorific ("President", "Defense
   * Minister", "Mr.").
   */
  private static int leadingTitleTokens(List<Token> toks, int from, int to) {
    int best = 0;
    StringBuilder phrase = new StringBuilder();
    for (int k = from; k < to - 1; k++) {
      if (k > from) phrase.append(' ');
      phrase.append(toks.get(k).word());
      String p = phrase.toString();
      if (Titles.isTitle(p) || HONORIFICS.contains(p.toLowerCase(Locale.ROOT))) best = k - from + 1;
    }
    return best;
  }

  /**
   * The name with its tokens joined by single spaces and stray brackets dropped: "Vladimir ) Putin"
   * is "Vladimir Putin".
   */
  private static String cleanName(List<Token> toks, int from, int to, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (t.end() > end) break;
      String w = t.word();
      if (!hasLetterOrDigit(w) && !w.equals("&") && !w.equals("-") && !w.equals(".")) continue;
      boolean glued = k > from && t.start() == toks.get(k - 1).end();
      if (b.length() > 0 && !glued) b.append(' ');
      b.append(w);
    }
    return b.toString();
  }

  /** Listed organisations the tagger left untagged ("German news agency dpa reported"). */
  private void addMissedOrganisations(
      String body, List<Token> toks, boolean[] covered, List<Mention> out) {
    int max = organisations.longestWords();
    for (int i = 0; i < toks.size(); i++) {
      if (covered[i] || !hasLetter(toks.get(i).word())) continue;
      for (int n = Math.min(max, toks.size() - i); n >= 1; n--) {
        int last = i + n - 1;
        if (covered[last] || toks.get(last).sentence() != toks.get(i).sentence()) continue;
        String text = body.substring(toks.get(i).start(), toks.get(last).end());
        var org = organisations.find(text);
        if (org.isEmpty() || gazetteer.place(text).isPresent()) continue;
        out.add(
            Mention.of(toks.get(i).start(), toks.get(last).end(), text, "ORGANIZATION")
                .withCanonical(text));
        for (int k = i; k <= last; k++) covered[k] = true;
        i = last;
        break;
      }
    }
  }

  /**
   * Countries, capitals, seats of government and demonyms the tagger left untagged ("Kyiv's
   * allies"): a capitalised proper noun that the gazetteer knows becomes a LOCATION, a demonym a
   * MISC. Cities and regions are left alone, as their names double as clubs and people far more
   * often.
   */
  private void addMissedPlaces(
      String body, List<Token> toks, boolean[] covered, List<Mention> out) {
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (covered[i]
          || t.pos() == null
          || lowercasePrefixStart(body, t.start()) >= 0
          || !t.pos().startsWith("NNP")
          || !Character.isUpperCase(t.word().charAt(0))) {
        continue;
      }
      // Headlines in capitals: only a country name longer than "US" ("TURKEY"), since "US" may be
      // the pronoun.
      boolean caps = t.word().length() > 1 && t.word().equals(t.word().toUpperCase(Locale.ROOT));
      var place =
          gazetteer
              .place(t.word())
              .filter(
                  p ->
                      caps
                          ? p.kind() == Place.Kind.COUNTRY && t.word().length() > 3
                          : p.kind() != Place.Kind.CITY
                              && p.kind() != Place.Kind.REGION
                              && p.kind() != Place.Kind.AREA);
      if (caps && place.isEmpty()) continue;
      if (place.isPresent()) {
        out.add(Mention.of(t.start(), t.end(), t.word(), "LOCATION").withCanonical(t.word()));
      } else if (gazetteer.demonym(t.word()).isPresent()) {
        out.add(Mention.of(t.start(), t.end(), t.word(), "MISC").withCanonical(t.word()));
      }
    }
  }

  /**
   * In German text, an exclamation mark the model tagged as the end of an organisation's name is
   * part of it ("Yahoo!"): the German model learnt such brand names with their mark.
   */
  private boolean brandMark(List<Token> toks, int k, String type) {
    return gazetteer.isGerman()
        && type.equals("ORGANIZATION")
        && toks.get(k).word().equals("!")
        && k > 0
        && hasLetter(toks.get(k - 1).word());
  }

  /**
   * True when token {@code k} is ")" and the run before it opened one: "Mladost ( L )" keeps its
   * bracket.
   */
  private static boolean closesBracket(List<Token> toks, int from, int k) {
    String w = toks.get(k).word();
    if (!w.equals(")") && !w.equals("-RRB-")) return false;
    for (int i = from; i < k; i++)
      if (toks.get(i).word().equals("(") || toks.get(i).word().equals("-LRB-")) return true;
    return false;
  }

  static boolean isPossessive(Token t) {
    return "POS".equals(t.pos()) || t.word().equals("'s") || t.word().equals("’s");
  }

  private static boolean isAcronym(String s) {
    return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
    return false;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }
}

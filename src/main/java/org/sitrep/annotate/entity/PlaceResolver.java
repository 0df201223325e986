package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.annotate.place.Place;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/**
 * Ties places, demonyms and organisations to their country: a LOCATION gets the gazetteer's
 * preferred name, ISO code and coordinates; a demonym ("German", "North Korean") keeps its type,
 * becomes kind "demonym" and gets its country; a listed organisation gets its canonical name and
 * country. A capital or seat of government becomes kind "capital-for-government" when the text
 * makes it an actor: the heuristic chosen is that it is followed by a possessive ("Berlin’s first
 * mission", "Moscow's ally") or is the subject of a verb of decision or speech, reached by skipping
 * adverbs and auxiliaries ("Berlin seeks", "the Kremlin ever launches", "Moscow has denied"). A
 * capital after a preposition ("troops depart from Berlin", "talks in Washington") is a place,
 * whatever follows.
 */
final class PlaceResolver {
  /**
   * Lemmas of verbs whose subject is an actor deciding or speaking; cities as places rarely do
   * these.
   */
  private static final Set<String> ACTOR_VERBS =
      Set.of(
          "say",
          "tell",
          "announce",
          "state",
          "declare",
          "claim",
          "deny",
          "confirm",
          "insist",
          "warn",
          "threaten",
          "accuse",
          "blame",
          "condemn",
          "criticize",
          "criticise",
          "reject",
          "refuse",
          "decide",
          "agree",
          "approve",
          "sign",
          "order",
          "plan",
          "propose",
          "offer",
          "pledge",
          "promise",
          "vow",
          "demand",
          "ask",
          "urge",
          "call",
          "seek",
          "want",
          "push",
          "press",
          "respond",
          "reply",
          "react",
          "retaliate",
          "welcome",
          "recognize",
          "recognise",
          "expel",
          "impose",
          "sanction",
          "launch",
          "adopt",
          "send",
          "deploy",
          "dispatch",
          "intend",
          "consider",
          "believe",
          "fear",
          "argue",
          "suggest",
          "dismiss",
          "protest",
          "summon",
          "negotiate",
          "signal",
          "assure",
          "back",
          "support",
          "oppose",
          "block",
          "veto",
          "authorize",
          "authorise",
          "allow",
          "ban",
          "withdraw",
          "recall",
          "suspend",
          "halt",
          "resume",
          "accept",
          "acknowledge",
          "admit",
          "hope",
          "expect",
          "invade",
          "attack",
          "annex",
          "mobilize",
          "mobilise",
          "pressure");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "have",
          "be",
          "do",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "must",
          "shall",
          "should",
          "also",
          "not",
          "still",
          "now",
          "already",
          "ever",
          "never",
          "again",
          "reportedly",
          "apparently",
          "allegedly");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "at", "from", "to", "into", "near", "outside", "inside", "around", "across", "over",
          "via", "through", "toward", "towards", "between", "of", "on", "by", "for", "with");

  private final Gazetteer gazetteer;
  private final KnownOrganisations organisations;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.organisations =
        gazetteer.isGerman() ? KnownOrganisations.german() : KnownOrganisations.get();
  }

  List<Mention> resolve(List<Mention> mentions, List<Token> toks) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) out.add(resolve(m, toks));
    return out;
  }

  private Mention resolve(Mention m, List<Token> toks) {
    String name = m.canonical() != null ? m.canonical() : m.text();
    switch (m.type()) {
      case "LOCATION", "MISC" -> {
        int hyphen = name.lastIndexOf('-');
        if (m.type().equals("MISC")
            && hyphen > 0
            && MentionChunker.compoundAdjectiveEnd(name, hyphen) == name.length()) {
          // "Moscow-backed", "Russian-led": the country of the name part.
          Optional<Place> c = gazetteer.countryOf(name.substring(0, hyphen));
          return c.map(p -> m.withKind("demonym").withPlace(p.iso3(), p.lat(), p.lon())).orElse(m);
        }
        // A place name first for places ("US" is the country), a demonym first for the rest
        // ("German").
        Optional<Place> place =
            m.type().equals("LOCATION") ? gazetteer.place(name) : Optional.empty();
        Optional<Place> demonym = place.isPresent() ? Optional.empty() : gazetteer.demonym(name);
        if (demonym.isPresent()) {
          Place c = demonym.get();
          return m.withKind("demonym")
              .withPlace(c.iso3(), c.lat(), c.lon())
              .withCanonical(c.name());
        }
        if (place.isEmpty()) return m;
        Place p = place.get();
        Mention placed = m.withPlace(p.iso3(), p.lat(), p.lon()).withCanonical(p.name());
        return p.standsForGovernment() && actsAsGovernment(m, toks)
            ? placed.withKind("capital-for-government")
            : placed;
      }
      case "ORGANIZATION" -> {
        var org = organisations.find(m.text());
        if (org.isPresent())
          return m.withCanonical(org.get().canonical()).withRole(m.role(), org.get().iso3());
        // A seat or capital the tagger typed as an organisation ("the Kremlin") already reads as
        // the government.
        Optional<Place> seat = gazetteer.place(name).filter(Place::standsForGovernment);
        return seat.map(
                p -> m.withPlace(p.iso3(), p.lat(), p.lon()).withKind("capital-for-government"))
            .orElse(m);
      }
      default -> {
        return m;
      }
    }
  }

  private static boolean actsAsGovernment(Mention m, List<Token> toks) {
    int first = Tokens.firstAtOrAfter(toks, m.start());
    int next = Tokens.firstAtOrAfter(toks, m.end());
    if (next < toks.size() && MentionChunker.isPossessive(toks.get(next))) return true;
    // "the Kremlin": look past the article for the word before the name.
    int prev = first - 1;
    if (prev >= 0 && toks.get(prev).word().equalsIgnoreCase("the")) prev--;
    boolean afterPreposition =
        prev >= 0
            && toks.get(prev).sentence() == toks.get(first).sentence()
            && PREPOSITIONS.contains(toks.get(prev).word().toLowerCase(Locale.ROOT));
    int sentence = first < toks.size() ? toks.get(first).sentence() : -1;
    for (int k = next; k < toks.size() && k < next + 4 && toks.get(k).sentence() == sentence; k++) {
      Token t = toks.get(k);
      String lemma =
          t.lemma() == null
              ? t.word().toLowerCase(Locale.ROOT)
              : t.lemma().toLowerCase(Locale.ROOT);
      String pos = t.pos() == null ? "" : t.pos();
      // After a preposition only a gerund keeps the capital an actor ("the result of Berlin
      // adopting a posture").
      if (pos.startsWith("VB") && ACTOR_VERBS.contains(lemma))
        return !afterPreposition || pos.equals("VBG");
      if (!(pos.startsWith("RB") || pos.equals("MD") || AUXILIARIES.contains(lemma))) return false;
    }
    return false;
  }
}

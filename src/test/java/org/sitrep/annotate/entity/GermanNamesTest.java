package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The German entity repairs on made-up sentences whose tags are given as the German model writes
 * them (tokens split at hyphens, proper nouns NNP), so that each rule is seen alone, without the
 * tagger.
 */
class GermanNamesTest {
  private static final EntityStage GERMAN = new EntityStage(Gazetteer.german());
  private static final EntityStage ENGLISH = new EntityStage();

  /**
   * A sentence written as {@code word/POS/NER} items separated by spaces; an item starting with
   * {@code ~} is glued to the one before (no space), as the parts of "SPD-Chef" are.
   */
  static Annotated tagged(String spec) {
    StringBuilder body = new StringBuilder();
    List<Token> toks = new ArrayList<>();
    for (String item : spec.split(" ")) {
      boolean glued = item.startsWith("~");
      String[] p = (glued ? item.substring(1) : item).split("/");
      if (body.length() > 0 && !glued) body.append(' ');
      int start = body.length();
      body.append(p[0]);
      toks.add(new Token(start, body.length(), p[0], p[1], p[0], p[2], 0));
    }
    Document d =
        Document.of(
            Source.file("t"),
            null,
            null,
            null,
            Published.UNKNOWN,
            "de",
            List.of(),
            body.toString());
    return Annotated.of(d).withSentences(List.of(new Span(0, body.length()))).withTokens(toks);
  }

  static List<Mention> german(String spec) {
    Annotated a = tagged(spec);
    List<Mention> out = GERMAN.apply(a).entities();
    for (Mention m : out)
      assertEquals(a.body().substring(m.start(), m.end()), m.text(), "offsets point into the body");
    return out;
  }

  static String typeOf(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .map(Mention::type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
  }

  @Test
  void aNameJoinedToACommonNounIsACompoundNotTheName() {
    List<Mention> ms =
        german(
            "Der/DT/O SPD/NNP/ORGANIZATION ~-/:/O ~Chef/NNP/O sprach/VB/O mit/IN/O"
                + " Mecklenburg/NNP/LOCATION ~-/:/LOCATION ~Vorpommern/NNP/LOCATION ./././O");
    assertEquals("MISC", typeOf(ms, "SPD-Chef"), "the party's chief is no organisation");
    assertEquals("LOCATION", typeOf(ms, "Mecklenburg-Vorpommern"), "a name of two names stays");
  }

  @Test
  void aMentionCutShortOfAListedOrganisationIsThatOrganisation() {
    List<Mention> ms =
        german(
            "Die/DT/O Europäische/JJ/MISC Kommission/NN/O legte/VB/O Regeln/NN/O vor/PTKVZ/O"
                + " ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Europäische Kommission"));
    List<Mention> other =
        german(
            "Die/DT/O Europäische/JJ/MISC Union/NN/O und/CC/O die/DT/O Schweiz/NNP/LOCATION"
                + " ./././O");
    assertEquals(
        false,
        other.stream().anyMatch(m -> m.text().contains(" und")),
        "a name widens only to a listed name: " + other);
  }

  @Test
  void aCapitalisedPrepositionOpeningTheSentenceIsNoPartOfTheName() {
    List<Mention> ms =
        german(
            "Beim/IN/ORGANIZATION Kieler/NNP/ORGANIZATION Verlag/NNP/ORGANIZATION"
                + " erschien/VB/O ein/DT/O Buch/NN/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Kieler Verlag"));
  }

  @Test
  void saintsAbbreviationBelongsToTheChurchOrTownNamedAfterTheSaint() {
    List<Mention> ms =
        german(
            "Die/DT/O St/NNP/O ~././O Martin/NNP/PERSON wurde/VB/O 1850/CD/O gebaut/VB/O"
                + " ,/,/O sagte/VB/O Anna/NNP/PERSON Berger/NNP/PERSON ./././O");
    assertEquals("LOCATION", typeOf(ms, "St. Martin"), "the church, not the saint");
    assertEquals("PERSON", typeOf(ms, "Anna Berger"));
  }

  @Test
  void legalFormsClubsPlaceWordsAndEventsDecideTheType() {
    List<Mention> ms =
        german(
            "Die/DT/O Rieger/NNP/PERSON Holz/NNP/PERSON GmbH/NNP/O sponsert/VB/O den/DT/O"
                + " TSV/NNP/LOCATION Hallbach/NNP/LOCATION beim/IN/O Hallbacher/NNP/LOCATION"
                + " Sommer/NNP/LOCATION Cup/NNP/LOCATION an/IN/O der/DT/O Via/NNP/PERSON"
                + " Appia/NNP/PERSON ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Rieger Holz GmbH"), "a legal form makes a company");
    assertEquals("ORGANIZATION", typeOf(ms, "TSV Hallbach"), "a club prefix makes a club");
    assertEquals("MISC", typeOf(ms, "Hallbacher Sommer Cup"), "a cup is an event");
    assertEquals("LOCATION", typeOf(ms, "Via Appia"), "a street");
  }

  @Test
  void aNameRunOnPastAHyphenatedWordKeepsItsRest() {
    // The model tags both sides of the hyphen but not the hyphen itself: two runs of one type.
    List<Mention> ms =
        german(
            "Die/DT/O Graphitwerke/NN/ORGANIZATION Buhl/NNP/ORGANIZATION ~-/:/O"
                + " ~Alberti/NNP/ORGANIZATION AG/NNP/ORGANIZATION baut/VB/O in/IN/O"
                + " Tabarz/NNP/LOCATION ~-/:/O ~Cabarz/NNP/ORGANIZATION Verlag/NNP/ORGANIZATION"
                + " ab/IN/O ./././O");
    assertEquals(
        "ORGANIZATION", typeOf(ms, "Graphitwerke Buhl-Alberti AG"), "the legal form is kept");
    assertTrue(!has(ms, "Graphitwerke Buhl-Alberti"), "no name cut at its legal form");
    assertTrue(
        !has(ms, "Tabarz-Cabarz Verlag"), "a run of another type is not joined to the place");
  }

  @Test
  void initialsMakeAPersonAndClubNumbersBelongToTheClub() {
    List<Mention> ms =
        german(
            "Laut/IN/O K/NNP/ORGANIZATION ~././ORGANIZATION Oberholzer/NNP/ORGANIZATION"
                + " verlor/VB/O der/DT/O 1/CD/O ~././O FC/NNP/ORGANIZATION"
                + " Kleinstadt/NNP/ORGANIZATION ./././O");
    assertEquals("PERSON", typeOf(ms, "K. Oberholzer"));
    assertEquals("ORGANIZATION", typeOf(ms, "1. FC Kleinstadt"));
  }

  @Test
  void aPlaceAdjectiveBeforeAnOrganisationOrStationNounNamesIt() {
    List<Mention> ms =
        german(
            "Der/DT/O Kasseler/NNP/MISC Mieterverein/NN/O traf/VB/O sich/PRP/O am/IN/O"
                + " Kasseler/NNP/MISC Hauptbahnhof/NNP/O ,/,/O ein/DT/O Kasseler/NNP/MISC"
                + " Stadtrat/NN/O kam/VB/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Kasseler Mieterverein"));
    assertEquals("LOCATION", typeOf(ms, "Kasseler Hauptbahnhof"));
    assertEquals("MISC", typeOf(ms, "Kasseler"), "a councillor is no organisation or place");
  }

  @Test
  void oneNameHasOneTypeInADocument() {
    List<Mention> ms =
        german(
            "Lindqvist/NNP/PERSON kam/VB/O ,/,/O Lindqvist/NNP/PERSON sprach/VB/O und/CC/O"
                + " Lindqvist/NNP/LOCATION ging/VB/O ./././O");
    assertTrue(ms.stream().allMatch(m -> m.type().equals("PERSON")), ms.toString());
  }

  @Test
  void germanOrganisationsAreKnownInGermanTextOnlyUnderTheEnglishCanonicalName() {
    String spec =
        "Die/DT/O Bundesnetzagentur/NN/O prüft/VB/O ,/,/O so/RB/O die/DT/O"
            + " Welthandelsorganisation/NN/O ./././O";
    List<Mention> ms = german(spec);
    assertEquals("ORGANIZATION", typeOf(ms, "Bundesnetzagentur"));
    Mention bnetza =
        ms.stream().filter(m -> m.text().equals("Bundesnetzagentur")).findFirst().orElseThrow();
    assertEquals("DEU", bnetza.country());
    Mention wto =
        ms.stream()
            .filter(m -> m.text().equals("Welthandelsorganisation"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(ms.toString()));
    assertEquals("WTO", wto.canonical(), "one name in either language");
    assertTrue(
        ENGLISH.apply(tagged(spec)).entities().isEmpty(),
        "the German list is not read for English text");
  }

  @Test
  void aCurrencyCompoundIsNoPlace() {
    List<Mention> ms =
        german(
            "Der/DT/O Umsatz/NN/O lag/VB/O bei/IN/O 7/CD/O Mio/NN/O US/NNP/LOCATION"
                + " ~-/:/LOCATION ~Dollar/NN/LOCATION in/IN/O Japan/NNP/LOCATION ./././O");
    assertEquals("MISC", typeOf(ms, "US-Dollar"), "a currency, not the country");
    assertEquals("LOCATION", typeOf(ms, "Japan"));
  }

  @Test
  void aPlaceNameBrokenAtItsHyphenIsOneName() {
    List<Mention> ms =
        german(
            "Er/PRP/O war/VB/O in/IN/O Mecklenburg/NNP/LOCATION ~-/:/O Vorpommern/NNP/O"
                + " und/CC/O Nord/NNP/LOCATION ~-/:/O und/CC/O Südkorea/NNP/LOCATION ./././O");
    Mention mv =
        ms.stream().filter(m -> m.text().startsWith("Mecklenburg")).findFirst().orElseThrow();
    assertEquals("Mecklenburg- Vorpommern", mv.text());
    assertEquals("Mecklenburg-Vorpommern", mv.canonical());
    assertEquals("LOCATION", mv.type());
    assertTrue(
        ms.stream().noneMatch(m -> m.text().contains("und")),
        "an elided compound before 'und' is not joined: " + ms);
  }

  @Test
  void theGenitiveOfAKnownPlaceIsThePlace() {
    List<Mention> ms =
        german(
            "die/DT/O Verfassung/NN/O des/DT/O modernen/JJ/O Griechenlandes/NN/O und/CC/O"
                + " des/DT/O Hauses/NN/O ./././O");
    assertEquals("LOCATION", typeOf(ms, "Griechenlandes"));
    assertEquals(
        "GRC",
        ms.stream()
            .filter(m -> m.text().equals("Griechenlandes"))
            .findFirst()
            .orElseThrow()
            .country());
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Hauses")), "a common noun: " + ms);
  }

  @Test
  void aTaggedPlaceInTheGenitiveIsResolvedAndALowerCasePrepositionLeavesTheName() {
    List<Mention> ms =
        german(
            "Deutschlands/NNP/LOCATION Haushalt/NN/O wurde/VB/O im/IN/ORGANIZATION"
                + " Bundestag/NNP/ORGANIZATION beraten/VB/O ./././O");
    Mention de = ms.stream().filter(m -> m.text().equals("Deutschlands")).findFirst().orElseThrow();
    assertEquals("DEU", de.country(), "the genitive of a country is the country: " + ms);
    assertEquals("ORGANIZATION", typeOf(ms, "Bundestag"));
    assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("im ")), "no preposition: " + ms);
    List<Mention> person =
        german(
            "Mirko/NNP/PERSON Buurmann/NNP/PERSON kam/VB/O ./././O Buurmanns/NNP/LOCATION"
                + " Haus/NN/O brannte/VB/O ./././O");
    Mention g = person.stream().filter(m -> m.text().equals("Buurmanns")).findFirst().orElseThrow();
    assertEquals("PERSON", g.type(), "the genitive of a person named before: " + person);
    assertTrue(g.canonical().endsWith("Buurmann"), "known by the person named: " + g);
  }

  @Test
  void nameParticlesJoinTheSurnameButArticlesAloneDoNot() {
    List<Mention> ms =
        german(
            "Laut/IN/O Ernst/NNP/PERSON Van/NNP/PERSON der/DT/O Wiesen/NN/O und/CC/O"
                + " Greta/NNP/PERSON von/IN/O Hollenfels/NNP/O brachte/VB/O Lore/NNP/PERSON"
                + " den/DT/O Brief/NN/O ,/,/O den/DT/O Van/NNP/PERSON der/DT/O Wiesen/NN/O"
                + " schrieb/VB/O ./././O");
    assertEquals("PERSON", typeOf(ms, "Ernst Van der Wiesen"), "the model stopped at the particle");
    assertEquals("PERSON", typeOf(ms, "Greta von Hollenfels"));
    assertEquals("PERSON", typeOf(ms, "Van der Wiesen"), "the surname alone, particle first");
    assertEquals("PERSON", typeOf(ms, "Lore"), "an article alone opens no surname");
    assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Lore den")), ms.toString());
  }

  @Test
  void anOrganisationForTwoThingsGoesOnOverUnd() {
    List<Mention> ms =
        german(
            "Das/DT/O Landesministerium/NNP/ORGANIZATION für/IN/ORGANIZATION"
                + " Forsten/NNP/ORGANIZATION und/CC/O Fischerei/NN/O lud/VB/O ein/IN/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Landesministerium für Forsten und Fischerei"));
  }

  @Test
  void anAcronymAfterItsNameIsAMentionOfItsOwnAndOneAfterAnArticleAnOrganisation() {
    List<Mention> ms =
        german(
            "Die/DT/O Nordbayerische/NNP/ORGANIZATION Wasserbank/NNP/ORGANIZATION"
                + " NWB/NNP/ORGANIZATION und/CC/O Fraunhofer/NNP/ORGANIZATION FIT/NNP/ORGANIZATION"
                + " melden/VB/O ,/,/O die/DT/O Preise/NN/O im/IN/O KLVG/NNP/O steigen/VB/O ./././O"
                + " Der/DT/O KLVG/NNP/O zahlt/VB/O ,/,/O die/DT/O KLVG/NNP/O ~-/:/O"
                + " ~Chefin/NN/O auch/RB/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Nordbayerische Wasserbank"));
    assertEquals("ORGANIZATION", typeOf(ms, "NWB"));
    assertEquals("ORGANIZATION", typeOf(ms, "Fraunhofer FIT"), "letters not in the name: one name");
    assertEquals(
        2,
        ms.stream().filter(m -> m.text().equals("KLVG")).count(),
        "after 'im' and 'Der', not in the compound: " + ms);
    assertTrue(ms.stream().allMatch(m -> m.type().equals("ORGANIZATION")), ms.toString());
  }

  @Test
  void aStreetKeepsItsHouseNumberAndAListedOrganisationStaysOne() {
    List<Mention> ms =
        german(
            "Die/DT/O Deutschen/NNP/ORGANIZATION Presse/NNP/ORGANIZATION ~-/:/O ~Agentur/NN/O"
                + " sitzt/VB/O in/IN/O der/DT/O Lindenauer/NNP/LOCATION Straße/NNP/LOCATION"
                + " 12b/CD/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Deutschen Presse-Agentur"));
    assertEquals("LOCATION", typeOf(ms, "Lindenauer Straße 12b"));
  }

  @Test
  void aNounForAKindOfThingBeforeANameSaysWhatItIsAndStaysOut() {
    List<Mention> ms =
        german(
            "Die/DT/O Rockband/NN/O Blaue/NNP/PERSON Ferne/NNP/PERSON spielte/VB/O im/IN/O"
                + " Dorf/NN/O Oberhain/NNP/O und/CC/O auf/IN/O dem/DT/O Berg/NNP/LOCATION"
                + " Kalmus/NNP/LOCATION ,/,/O die/DT/O Dörfer/NN/O Asten/NNP/O ,/,/O"
                + " Brenk/NNP/PERSON und/CC/O Ulm/NNP/LOCATION hörten/VB/O zu/RP/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Blaue Ferne"), "a band, not a person");
    assertEquals("LOCATION", typeOf(ms, "Oberhain"), "an untagged name after 'Dorf'");
    assertEquals("LOCATION", typeOf(ms, "Kalmus"), "'Berg' stays out of the name");
    assertEquals("LOCATION", typeOf(ms, "Asten"));
    assertEquals("LOCATION", typeOf(ms, "Brenk"), "every name of the list after a plural");
    assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Berg")), ms.toString());
  }

  @Test
  void aKindNounInsideANameOrBeforeAKnownPlaceChangesNothing() {
    List<Mention> ms =
        german(
            "Das/DT/O Grünes/JJ/O Band/NN/O Deutschland/NNP/LOCATION wächst/VB/O ,/,/O"
                + " die/DT/O Band/NN/O spielt/VB/O in/IN/O Hamburg/NNP/LOCATION ./././O");
    assertEquals("LOCATION", typeOf(ms, "Deutschland"));
    assertEquals("LOCATION", typeOf(ms, "Hamburg"));
    assertEquals(2, ms.size(), ms.toString());
  }

  @Test
  void aClubsNumberTakenByTheNounBeforeGoesToTheClub() {
    List<Mention> ms =
        german(
            "Er/PRP/O kehrt/VB/O zum/IN/O Bundesligisten/NN/ORGANIZATION 1/CD/ORGANIZATION"
                + " ~././O FC/NNP/ORGANIZATION Nürnberg/NNP/ORGANIZATION zurück/RP/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "1. FC Nürnberg"));
    assertEquals(1, ms.size(), "the common noun before it is no name: " + ms);
  }

  @Test
  void aRoadsNumberEndsItsNameAndThePlaceAfterIsOfItsOwn() {
    List<Mention> ms =
        german(
            "Die/DT/O Bundesstraße/NNP/ORGANIZATION 412/CD/ORGANIZATION"
                + " Hollenbach/NNP/ORGANIZATION führt/VB/O nach/IN/O Süden/NN/O ./././O");
    assertEquals("LOCATION", typeOf(ms, "Bundesstraße 412"));
    assertEquals("LOCATION", typeOf(ms, "Hollenbach"));
    assertEquals(2, ms.size(), ms.toString());
  }

  @Test
  void aPersonsNameGoesOnPastAHyphenatedFirstName() {
    List<Mention> ms =
        german(
            "Das/DT/O Buch/NN/O schrieb/VB/O Karl/NNP/PERSON ~-/:/O ~Heinz/NNP/PERSON"
                + " Wendlinger/NNP/PERSON mit/IN/O Anne/NNP/PERSON ~-/:/O ~Marie/NNP/ORGANIZATION"
                + " ~-/:/O ~Luise/NNP/PERSON de/NNP/PERSON Brissac/NNP/PERSON ./././O");
    assertEquals("PERSON", typeOf(ms, "Karl-Heinz Wendlinger"));
    assertEquals("PERSON", typeOf(ms, "Anne-Marie-Luise de Brissac"));
    assertEquals(2, ms.size(), ms.toString());
  }

  @Test
  void aCompoundEndingInAVenueIsAPlaceNotACompoundNoun() {
    List<Mention> ms =
        german(
            "Gespielt/VB/O wird/VB/O in/IN/O der/DT/O Holsten/NNP/LOCATION ~-/:/O ~Arena/NNP/O"
                + " ,/,/O der/DT/O Holsten/NNP/LOCATION ~-/:/O ~Chef/NN/O kommt/VB/O ./././O");
    assertEquals("LOCATION", typeOf(ms, "Holsten-Arena"));
    assertEquals("MISC", typeOf(ms, "Holsten-Chef"));
  }

  private static boolean has(List<Mention> ms, String text) {
    return ms.stream().anyMatch(m -> m.text().equals(text));
  }

  @Test
  void theNamesOfAListShareTheTypeMostOfThemHave() {
    List<Mention> ms =
        german(
            "Die/DT/O Firma/NN/O besitzt/VB/O Felder/NN/O bei/IN/O Tarvola/NNP/LOCATION ,/,/O"
                + " Mendrika/NNP/LOCATION ,/,/O Osselin/NNP/O und/CC/O Kurrat/NNP/PERSON ./././O");
    assertEquals("LOCATION", typeOf(ms, "Kurrat"), "outvoted by the places beside it");
    assertEquals("LOCATION", typeOf(ms, "Osselin"), "an untagged proper noun of the list");
    List<Mention> two =
        german("Er/PRP/O traf/VB/O Tarvola/NNP/LOCATION und/CC/O Kurrat/NNP/PERSON ./././O");
    assertEquals("PERSON", typeOf(two, "Kurrat"), "two names are no majority");
  }

  @Test
  void aRouteRunsBetweenPlaces() {
    List<Mention> ms =
        german(
            "Die/DT/O Linie/NN/O führt/VB/O von/IN/O Brackley/NNP/PERSON nach/IN/O"
                + " Tarvola/NNP/LOCATION ./././O");
    assertEquals("LOCATION", typeOf(ms, "Brackley"));
  }

  @Test
  void aTitleAfterAnOrdinalIsHeldOfAPlace() {
    List<Mention> ms =
        german(
            "Er/PRP/O wurde/VB/O der/DT/O 3/CD/O ~././O Earl/NNP/PERSON of/NNP/PERSON"
                + " Brackley/NNP/PERSON und/CC/O erster/JJ/O Herr/NN/O von/IN/PERSON"
                + " Osselin/NNP/PERSON ./././O");
    assertEquals("LOCATION", typeOf(ms, "Brackley"));
    assertEquals("LOCATION", typeOf(ms, "Osselin"));
    assertTrue(!has(ms, "Earl of Brackley") && !has(ms, "von Osselin"), ms.toString());
  }

  @Test
  void aGivenNameOpensAPersonsName() {
    List<Mention> ms =
        german(
            "Er/PRP/O verlor/VB/O gegen/IN/O Anders/NNP/O Kvarnholm/NNP/O ,/,/O dann/RB/O"
                + " verließ/VB/O Helga/NNP/O Tarvoli/NNP/LOCATION die/DT/O Band/NN/O ./././O");
    assertEquals("PERSON", typeOf(ms, "Anders Kvarnholm"));
    assertEquals("PERSON", typeOf(ms, "Helga Tarvoli"));
  }

  @Test
  void anAcronymOfACommonNounIsNoName() {
    List<Mention> ms =
        german(
            "Den/DT/O Jagdstaffeln/NNP/O (/-LRB-/O JS/NNP/ORGANIZATION )/-RRB-/O und/CC/O der/DT/O"
                + " Nordischen/JJ/ORGANIZATION Handelsbank/NNP/ORGANIZATION (/-LRB-/O"
                + " NHB/NNP/ORGANIZATION )/-RRB-/O ./././O");
    assertTrue(!has(ms, "JS"), "the short form of a plural noun: " + ms);
    assertEquals("ORGANIZATION", typeOf(ms, "NHB"), "a bank's short form stays");
  }

  @Test
  void namesTheModelRanTogetherAreSplit() {
    List<Mention> ms =
        german(
            "Er/PRP/O wechselte/VB/O von/IN/O Kestrel/NNP/ORGANIZATION zu/RP/ORGANIZATION"
                + " Ardeon/NNP/ORGANIZATION ,/,/O dass/IN/O Ludwig/NNP/PERSON Wien/NNP/PERSON"
                + " mochte/VB/O ,/,/O wie/IN/O Dick/NNP/ORGANIZATION Kvarnholm/NNP/ORGANIZATION"
                + " für/IN/ORGANIZATION Eintracht/NNP/ORGANIZATION Hallbach/NNP/ORGANIZATION"
                + " ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Kestrel"));
    assertEquals("ORGANIZATION", typeOf(ms, "Ardeon"));
    assertEquals("PERSON", typeOf(ms, "Ludwig"));
    assertEquals("LOCATION", typeOf(ms, "Wien"));
    assertEquals("PERSON", typeOf(ms, "Dick Kvarnholm"));
    assertEquals("ORGANIZATION", typeOf(ms, "Eintracht Hallbach"));
  }

  @Test
  void aNameAdjectiveBelongsToThePlace() {
    List<Mention> ms =
        german("Daneben/RB/O liegt/VB/O der/DT/O Hintere/NNP/O Kesselkopf/NNP/LOCATION ./././O");
    assertEquals("LOCATION", typeOf(ms, "Hintere Kesselkopf"));
  }

  @Test
  void aListedCompanyTypedAsAPersonIsTheCompanyAndABrandKeepsItsMark() {
    List<Mention> ms =
        german(
            "Transocean/NNP/PERSON verlor/VB/O ,/,/O meldet/VB/O Yahoo/NNP/ORGANIZATION"
                + " !/./ORGANIZATION");
    assertEquals("ORGANIZATION", typeOf(ms, "Transocean"));
    assertEquals("ORGANIZATION", typeOf(ms, "Yahoo !"));
    List<Mention> person =
        german(
            "Anna/NNP/PERSON Nokia/NNP/PERSON kam/VB/O ,/,/O Nokia/NNP/PERSON lachte/VB/O"
                + " ./././O");
    assertEquals("PERSON", typeOf(person, "Nokia"), "a surname the document gives a person");
  }

  @Test
  void aListedNameInsideACompoundIsTheCompound() {
    List<Mention> ms = german("Typische/JJ/O Opel/NNP/O ~-/:/O ~Teile/NN/O fehlen/VB/O ./././O");
    assertEquals("MISC", typeOf(ms, "Opel-Teile"));
    assertTrue(!has(ms, "Opel"), ms.toString());
  }

  @Test
  void aNameInTheGenitiveBeforeTheNounItOwnsIsAPerson() {
    List<Mention> ms =
        german(
            "Nach/IN/O Buurmanns/NNP/O Ausscheiden/NN/O lobte/VB/O er/PRP/O Zabels/NNP/ORGANIZATION"
                + " Entscheidung/NN/O und/CC/O die/DT/O Bruchreis/NNP/O Soßen/NN/O ./././O");
    assertEquals("PERSON", typeOf(ms, "Buurmanns"), "an untagged owner is a person");
    assertEquals("PERSON", typeOf(ms, "Zabels"), "an unknown organisation as owner is a person");
    assertTrue(
        ms.stream().noneMatch(m -> m.text().equals("Bruchreis")),
        "after an article the word is a noun, no name: " + ms);
  }

  @Test
  void aKnownPlaceInTheGenitiveStaysAPlace() {
    List<Mention> ms = german("Laut/IN/O Frankreichs/NNP/O Regierung/NN/O ./././O");
    assertTrue(ms.stream().noneMatch(m -> m.type().equals("PERSON")), "no person in " + ms);
  }

  @Test
  void theEnglishSenateIsNoOrganisationInGermanText() {
    List<Mention> ms =
        german(
            "Die/DT/O übrigen/JJ/O Senate/NN/O des/DT/O Bundesfinanzhofs/NNP/ORGANIZATION"
                + " entscheiden/VB/O ./././O");
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Senate")), "found " + ms);
    assertTrue(KnownOrganisations.get().find("Senate").isPresent(), "English text keeps it");
    assertTrue(KnownOrganisations.german().find("Senate").isEmpty(), "German text does not");
    assertTrue(KnownOrganisations.german().find("NATO").isPresent(), "other rows are read");
  }

  @Test
  void aFirmNamedAfterItsFounderOrPartnersIsOneOrganisation() {
    List<Mention> ms =
        german(
            "Der/DT/O Verlag/NN/O Paul/NNP/PERSON Haupt/NNP/PERSON verklagte/VB/O"
                + " Gerkan/NNP/PERSON ,/,/O Marg/NNP/PERSON und/CC/O Partner/NN/O sowie/CC/O"
                + " Facebook/NNP/ORGANIZATION und/CC/O Co./NNP/O ./././O");
    assertEquals("ORGANIZATION", typeOf(ms, "Verlag Paul Haupt"));
    assertEquals("ORGANIZATION", typeOf(ms, "Gerkan , Marg und Partner"));
    assertEquals("ORGANIZATION", typeOf(ms, "Facebook"), "\"und Co.\" is \"and the like\"");
    assertTrue(ms.stream().noneMatch(m -> m.text().contains("Co.")), "found " + ms);
  }
}

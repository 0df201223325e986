package org.sitrep.resolve.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

class EntityResolverTest {
  /** A document whose body is the mentions' texts joined by spaces, so offsets are real. */
  private static Annotated doc(String date, Mention... ms) {
    StringBuilder body = new StringBuilder();
    List<Mention> placed = new ArrayList<>();
    for (Mention m : ms) {
      int s = body.length();
      body.append(m.text()).append(". ");
      placed.add(m.withSpan(s, s + m.text().length()).withEntityId(null));
    }
    Published p = date == null ? Published.UNKNOWN : Published.stated(date);
    Document d =
        Document.of(Source.file("t"), null, null, null, p, "en", List.of(), body.toString());
    return Annotated.of(d).withEntities(placed);
  }

  private static Mention germany() {
    return Mention.of(0, 0, "Germany", "LOCATION")
        .withCanonical("Germany")
        .withPlace("DEU", 51, 10);
  }

  /** "Berlin" standing for Germany's government. */
  private static Mention berlinForTheGovernment() {
    return Mention.of(0, 0, "Berlin", "LOCATION")
        .withKind("capital-for-government")
        .withPlace("DEU", 52.5, 13.4);
  }

  private static Mention person(String text, String canonical) {
    return Mention.of(0, 0, text, "PERSON").withCanonical(canonical);
  }

  @Test
  void diacriticVariantsAreOnePersonNamedWithDiacritics() {
    EntityResolver r = new EntityResolver();
    List<String> a =
        r.add(
            doc(
                null,
                person("Arvydas Anusauskas", "Arvydas Anusauskas")
                    .withRole("Defense Minister", "LTU")));
    List<String> b = r.add(doc(null, person("Arvydas Anušauskas", "Arvydas Anušauskas")));
    assertEquals(a.get(0), b.get(0));
    Entity e = r.entities().stream().filter(x -> x.id().equals(a.get(0))).findFirst().orElseThrow();
    assertEquals("Arvydas Anušauskas", e.name());
    assertTrue(e.variants().contains("Arvydas Anusauskas"));
    assertEquals(2, e.docs().size());
  }

  @Test
  void peopleSharingASurnameStayApartAndABareSurnameNeedsEvidence() {
    EntityResolver r = new EntityResolver();
    String barack = r.add(doc(null, person("Barack Obama", "Barack Obama"))).get(0);
    String michelle = r.add(doc(null, person("Michelle Obama", "Michelle Obama"))).get(0);
    assertNotEquals(barack, michelle);
    String bare = r.add(doc(null, person("Obama", "Obama"))).get(0);
    assertNotEquals(barack, bare, "two candidates, no evidence: not joined");
    assertNotEquals(michelle, bare);
    List<String> withEvidence =
        r.add(doc(null, person("Michelle Obama", "Michelle Obama"), person("Obama", "Obama")));
    assertEquals(michelle, withEvidence.get(1), "same article names one of them in full");
  }

  @Test
  void uniqueSurnameJoinsAcrossArticles() {
    EntityResolver r = new EntityResolver();
    String full = r.add(doc(null, person("Boris Pistorius", "Boris Pistorius"))).get(0);
    assertEquals(full, r.add(doc(null, person("Pistorius", "Pistorius"))).get(0));
  }

  @Test
  void demonymsAndGovernmentCapitalsJoinTheirCountry() {
    EntityResolver r = new EntityResolver();
    List<String> ids =
        r.add(
            doc(
                null,
                germany(),
                Mention.of(0, 0, "German", "MISC")
                    .withKind("demonym")
                    .withPlace("DEU", Double.NaN, Double.NaN),
                berlinForTheGovernment(),
                Mention.of(0, 0, "German-supplied", "MISC")
                    .withKind("demonym")
                    .withPlace("DEU", 51, 10)));
    assertEquals(ids.get(0), ids.get(1));
    assertEquals(ids.get(0), ids.get(2));
    assertEquals(ids.get(0), ids.get(3));
    Entity de = r.entities().get(0);
    assertEquals("Germany", de.name());
    assertEquals("DEU", de.country());
    assertEquals(51, de.lat(), 1e-9, "a country's own coordinates, not its capital's");
    assertEquals(
        java.util.Set.of("Germany", "German"),
        de.variants(),
        "a capital standing for the government and a demonym compound are not its names");
  }

  @Test
  void aCapitalNamedAsAPlaceKeepsItsOwnNameAndTheCountryNotIt() {
    EntityResolver r = new EntityResolver();
    List<String> ids =
        r.add(
            doc(
                null,
                germany(),
                Mention.of(0, 0, "Berlin", "LOCATION")
                    .withCanonical("Berlin")
                    .withPlace("DEU", 52.5, 13.4),
                berlinForTheGovernment(),
                Mention.of(0, 0, "Bissau-Guinean", "MISC")
                    .withKind("demonym")
                    .withPlace("GNB", 12, -15)));
    assertNotEquals(ids.get(0), ids.get(1), "the city is a place of its own");
    assertEquals(ids.get(0), ids.get(2), "the capital as the government joins the country");
    Entity de =
        r.entities().stream().filter(x -> x.id().equals(ids.get(0))).findFirst().orElseThrow();
    Entity city =
        r.entities().stream().filter(x -> x.id().equals(ids.get(1))).findFirst().orElseThrow();
    Entity gnb =
        r.entities().stream().filter(x -> x.id().equals(ids.get(3))).findFirst().orElseThrow();
    assertEquals(java.util.Set.of("Germany"), de.variants());
    assertEquals(java.util.Set.of("Berlin"), city.variants());
    assertTrue(gnb.variants().contains("Bissau-Guinean"), "a demonym with a hyphen is no compound");
  }

  @Test
  void acronymJoinsItsExpansionInTheSameArticle() {
    EntityResolver r = new EntityResolver();
    String nato =
        r.add(doc(null, Mention.of(0, 0, "NATO", "ORGANIZATION").withCanonical("NATO"))).get(0);
    List<String> ids =
        r.add(
            doc(
                null,
                Mention.of(0, 0, "North Atlantic Treaty Organization", "ORGANIZATION")
                    .withCanonical("North Atlantic Treaty Organization"),
                Mention.of(0, 0, "NATO", "ORGANIZATION").withCanonical("NATO")));
    assertEquals(nato, ids.get(0));
    assertEquals(nato, ids.get(1));
  }

  @Test
  void roleTimelineOrdersHoldersByFirstDateSeen() {
    EntityResolver r = new EntityResolver();
    r.add(
        doc(
            "2023-06-26",
            person("Boris Pistorius", "Boris Pistorius").withRole("Defense Minister", "DEU")));
    r.add(
        doc(
            "2022-02-07",
            person("Christine Lambrecht", "Christine Lambrecht")
                .withRole("Defense Minister", "DEU")));
    r.add(
        doc(
            "2022-03-01",
            person("Arvydas Anusauskas", "Arvydas Anusauskas")
                .withRole("Defense Minister", "LTU")));
    List<Entity> holders = r.holders("Defense Minister", "DEU");
    assertEquals(
        List.of("Christine Lambrecht", "Boris Pistorius"),
        holders.stream().map(Entity::name).toList());
  }

  @Test
  void aTitleRightAfterAnOrganisationIsThatOrganisationsOfficeAnyOtherTheSentencesCountrys() {
    String body =
        "NATO Secretary-General Mark Rutte visited Germany. In Berlin, Defense Minister Boris Pistorius met him.";
    List<Mention> ms = new ArrayList<>();
    ms.add(at(body, "NATO", "ORGANIZATION"));
    ms.add(at(body, "Mark Rutte", "PERSON").withRole("Secretary-General", null));
    ms.add(at(body, "Germany", "LOCATION").withPlace("DEU", 51.2, 10.5));
    ms.add(at(body, "Boris Pistorius", "PERSON").withRole("Defense Minister", null));
    ms.add(at(body, "Berlin", "LOCATION").withPlace("DEU", 52.5, 13.4));
    int cut = body.indexOf(". ") + 1;
    Document d =
        Document.of(
            Source.file("t"),
            null,
            null,
            null,
            Published.stated("2024-11-30"),
            "en",
            List.of(),
            body);
    EntityResolver r = new EntityResolver();
    r.add(
        Annotated.of(d)
            .withEntities(ms)
            .withSentences(
                List.of(
                    new org.sitrep.model.Span(0, cut),
                    new org.sitrep.model.Span(cut + 1, body.length()))));
    assertEquals(
        List.of("Mark Rutte"),
        r.holders("Secretary-General", "NATO").stream().map(Entity::name).toList());
    assertEquals(
        List.of("Boris Pistorius"),
        r.holders("Defense Minister", "DEU").stream().map(Entity::name).toList());
  }

  private static Mention at(String body, String text, String type) {
    int s = body.indexOf(text);
    return Mention.of(s, s + text.length(), text, type).withCanonical(text);
  }

  /** One sentence of text with mentions found at the first place their text occurs. */
  private static Annotated sentence(String text, Mention... ms) {
    List<Mention> placed = new ArrayList<>();
    for (Mention m : ms) {
      int at = text.indexOf(m.text());
      placed.add(
          new Mention(
              at,
              at + m.text().length(),
              m.text(),
              m.type(),
              m.role(),
              m.country(),
              m.canonical(),
              null,
              m.kind(),
              m.lat(),
              m.lon()));
    }
    Document d =
        Document.of(Source.file("t"), null, null, null, Published.UNKNOWN, "en", List.of(), text);
    return Annotated.of(d)
        .withSentences(List.of(new org.sitrep.model.Span(0, text.length())))
        .withEntities(placed);
  }

  private static List<Entity.RoleSpell> rolesOf(EntityResolver r, String id) {
    return r.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().roles();
  }

  @Test
  void aTitleIsTheCountrysOnlyWhenTheSentenceNamesItBeforeTheTitle() {
    EntityResolver r = new EntityResolver();
    String lambrecht =
        r.add(
                sentence(
                    "Germany will send up to 350 more soldiers, Defense Minister Christine"
                        + " Lambrecht said.",
                    Mention.of(0, 0, "Germany", "LOCATION")
                        .withCanonical("Germany")
                        .withPlace("DEU", 51, 10),
                    person("Christine Lambrecht", "Christine Lambrecht")
                        .withRole("Defense Minister", null)))
            .get(1);
    assertEquals("DEU", rolesOf(r, lambrecht).get(0).country());

    String harris =
        r.add(
                sentence(
                    "Rutte praised both President Kamala Harris and the incoming U.S."
                        + " administration.",
                    person("Rutte", "Rutte"),
                    person("Kamala Harris", "Kamala Harris").withRole("President", null),
                    Mention.of(0, 0, "U.S.", "LOCATION")
                        .withCanonical("United States")
                        .withPlace("USA", 39.8, -98.6)))
            .get(1);
    List<Entity.RoleSpell> roles = rolesOf(r, harris);
    assertEquals(1, roles.size(), roles.toString());
    assertEquals("President", roles.get(0).role());
    assertEquals(null, roles.get(0).country(), "a country named after the person is not theirs");
  }
}

package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/** The entity stage on short made-up news sentences, through the real language layer. */
class EntityStageTest {
  private static final CoreNlpStage LANGUAGE = new CoreNlpStage();
  private static final EntityStage ENTITIES = new EntityStage();

  private static List<Mention> run(String body) {
    Document d =
        Document.of(Source.file("t"), null, null, null, Published.UNKNOWN, "en", List.of(), body);
    List<Mention> out = ENTITIES.apply(LANGUAGE.apply(Annotated.of(d))).entities();
    for (Mention m : out)
      assertEquals(body.substring(m.start(), m.end()), m.text(), "offsets point into the body");
    return out;
  }

  private static Mention find(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
  }

  @Test
  void titleBeforeNameWithDemonymOrPossessive() {
    List<Mention> ms =
        run(
            "French Foreign Minister Catherine Colonna met Britain's Chief of the Defence Staff Tony Radakin on Friday.");
    Mention colonna = find(ms, "Catherine Colonna");
    assertEquals("PERSON", colonna.type());
    assertEquals("Foreign Minister", colonna.role());
    assertEquals("FRA", colonna.country());
    Mention chief = find(ms, "Tony Radakin");
    assertEquals("Chief of Defense", chief.role());
    assertEquals("GBR", chief.country());
  }

  @Test
  void organisationOrNothingBeforeTitleLeavesCountryNull() {
    List<Mention> ms =
        run(
            "NATO Secretary General Jens Stoltenberg spoke after Prime Minister Kaja Kallas arrived in Tallinn.");
    Mention s = find(ms, "Jens Stoltenberg");
    assertEquals("Secretary-General", s.role());
    assertNull(s.country());
    assertEquals("ORGANIZATION", find(ms, "NATO").type());
    Mention k = find(ms, "Kaja Kallas");
    assertEquals("Prime Minister", k.role());
    assertNull(k.country(), "the country is never guessed from the topic");
  }

  @Test
  void appositionsAfterAndBefore() {
    Mention after =
        find(
            run("Hanno Pevkur, the Estonian defence minister, said the brigade would stay."),
            "Hanno Pevkur");
    assertEquals("Defense Minister", after.role());
    assertEquals("EST", after.country());
    Mention before =
        find(
            run("Latvia's defence minister, Andris Spruds, visited the base on Tuesday."),
            "Andris Spruds");
    assertEquals("Defense Minister", before.role());
    assertEquals("LVA", before.country());
  }

  @Test
  void counterpartTakesTheRoleMetEarlierInTheSentence() {
    List<Mention> ms =
        run(
            "Dutch Defense Minister Kajsa Ollongren met her Polish counterpart Mariusz Blaszczak in Warsaw.");
    Mention m = find(ms, "Mariusz Blaszczak");
    assertEquals("Defense Minister", m.role());
    assertEquals("POL", m.country());
  }

  @Test
  void titleSwallowedIntoPersonIsCutOutAndPossessiveDropped() {
    List<Mention> ms = run("President Emmanuel Macron’s plan surprised Mr. Sunak, officials said.");
    Mention macron =
        ms.stream()
            .filter(m -> m.type().equals("PERSON") && m.text().contains("Macron"))
            .findFirst()
            .orElseThrow();
    assertEquals("Emmanuel Macron", macron.text());
    assertEquals("President", macron.role());
    assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Mr")), ms.toString());
  }

  @Test
  void possessiveCountryBeforeBareName() {
    Mention m = find(run("Italy's Meloni has backed the plan."), "Meloni");
    assertEquals("ITA", m.country());
    assertNull(m.role());
  }

  @Test
  void demonymsKeepTheirTypeAndGetCountry() {
    List<Mention> ms = run("North Korean troops joined Russian units, a Ukrainian officer said.");
    Mention nk = find(ms, "North Korean");
    assertEquals("demonym", nk.kind());
    assertEquals("PRK", nk.country());
    assertEquals("MISC", nk.type());
    assertEquals("RUS", find(ms, "Russian").country());
    assertEquals("UKR", find(ms, "Ukrainian").country());
    assertFalse(Double.isNaN(nk.lat()));
  }

  @Test
  void placesGetCountryAndCoordinates() {
    List<Mention> ms = run("The convoy drove from Vilnius toward Kaliningrad and on to Crimea.");
    Mention v = find(ms, "Vilnius");
    assertEquals("LTU", v.country());
    assertEquals(54.7, v.lat(), 0.2);
    assertEquals("RUS", find(ms, "Kaliningrad").country());
    assertEquals("UKR", find(ms, "Crimea").country());
  }

  @Test
  void capitalAsActorIsTheGovernment() {
    List<Mention> ms =
        run(
            "Moscow has denied the report. Troops left from Berlin on Monday. Kyiv's allies waited.");
    assertEquals("capital-for-government", find(ms, "Moscow").kind());
    assertEquals("RUS", find(ms, "Moscow").country());
    assertEquals("name", find(ms, "Berlin").kind(), "a capital after a preposition is a place");
    assertEquals("capital-for-government", find(ms, "Kyiv").kind());
    Mention kremlin = find(run("The Kremlin warned Washington against new sanctions."), "Kremlin");
    assertEquals("capital-for-government", kremlin.kind());
    assertEquals("RUS", kremlin.country());
  }

  @Test
  void shortFormsJoinTheFullNameAndDiacriticsFold() {
    List<Mention> ms =
        run(
            "Foreign Minister Gabrielius Landsbergis spoke first. Landsbergis said more troops would come. "
                + "Later Gabrielius Landsbergis and Ingrida Šimonytė met. Simonyte agreed.");
    Mention shortForm = find(ms, "Landsbergis");
    assertEquals("Gabrielius Landsbergis", shortForm.canonical());
    assertEquals("short-form", shortForm.kind());
    Mention simonyte = find(ms, "Simonyte");
    assertEquals("Ingrida Šimonytė", simonyte.canonical(), "the form with diacritics is kept");
  }

  @Test
  void knownOrganisationsAndTaggerSlips() {
    List<Mention> ms =
        run(
            "German news agency dpa reported that the EU and the OSCE will meet. Spending rose to 2 % of GDP.");
    assertEquals("ORGANIZATION", find(ms, "dpa").type());
    assertEquals("DEU", find(ms, "dpa").country());
    assertEquals("ORGANIZATION", find(ms, "OSCE").type());
    assertEquals("European Union", find(ms, "EU").canonical());
    assertTrue(ms.stream().noneMatch(m -> m.text().contains("%")), ms.toString());
  }

  @Test
  void gluedPlacesAreSplitAndCompoundAdjectivesAreModifiers() {
    List<Mention> ms =
        run(
            "The deal would make Lithuania Germany's biggest deployment, said a Moscow-backed group.");
    assertEquals("LTU", find(ms, "Lithuania").country());
    assertEquals("DEU", find(ms, "Germany").country());
    Mention backed = find(ms, "Moscow-backed");
    assertEquals("MISC", backed.type());
    assertEquals("RUS", backed.country());
  }
}

package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.NameKey;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * The five example articles against the hand-made gold (a copy of ../shared/gold/seeds.gold.json):
 * every person, organisation and place found in each document the gold lists, with the gold's roles
 * and countries. The whole file text is the body; the extra furniture lines only add mentions,
 * which this test does not penalise.
 */
class EntityGoldenTest {
  private static final Map<String, List<Mention>> BY_DOC = new HashMap<>();
  private static JsonNode gold;

  @BeforeAll
  static void annotateExamples() throws IOException {
    try (InputStream in = EntityGoldenTest.class.getResourceAsStream("seeds.gold.json")) {
      gold = new ObjectMapper().readTree(in);
    }
    CoreNlpStage language = new CoreNlpStage();
    EntityStage entities = new EntityStage();
    for (JsonNode d : gold.path("documents")) {
      String file = d.path("file").asText();
      String body = Files.readString(Path.of("examples", file));
      Document doc =
          Document.of(
              Source.file(file), null, null, null, Published.UNKNOWN, "en", List.of(), body);
      BY_DOC.put(
          file.substring(0, 3), entities.apply(language.apply(Annotated.of(doc))).entities());
    }
  }

  private static Set<String> keys(JsonNode e) {
    Set<String> keys = new HashSet<>();
    keys.add(NameKey.of(e.path("name").asText()));
    for (JsonNode v : e.path("variants")) keys.add(NameKey.of(v.asText()));
    return keys;
  }

  /**
   * Mentions of a gold entity in one document: its type and any of its names, or for a place its
   * country code.
   */
  private static List<Mention> mentionsOf(JsonNode e, String doc) {
    Set<String> keys = keys(e);
    String type = e.path("type").asText();
    String iso3 = e.path("iso3").asText(null);
    List<Mention> out = new ArrayList<>();
    for (Mention m : BY_DOC.get(doc)) {
      boolean named =
          keys.contains(NameKey.of(m.text())) || keys.contains(NameKey.of(m.canonical()));
      if (named && (m.type().equals(type) || (iso3 != null && iso3.equals(m.country()))))
        out.add(m);
    }
    return out;
  }

  @Test
  void everyGoldEntityIsFoundInEveryDocumentItAppearsIn() {
    List<String> missing = new ArrayList<>();
    int found = 0, total = 0;
    for (JsonNode e : gold.path("entities")) {
      for (JsonNode doc : e.path("docs")) {
        total++;
        if (mentionsOf(e, doc.asText()).isEmpty())
          missing.add(e.path("name").asText() + " in " + doc.asText());
        else found++;
      }
    }
    System.out.printf("entities found: %d of %d (entity, document) pairs%n", found, total);
    assertTrue(missing.isEmpty(), "missing: " + missing);
  }

  @Test
  void placesAndDemonymsCarryTheGoldCountry() {
    for (JsonNode e : gold.path("entities")) {
      if (!e.has("iso3")) continue;
      for (JsonNode doc : e.path("docs")) {
        for (Mention m : mentionsOf(e, doc.asText())) {
          assertEquals(e.path("iso3").asText(), m.country(), m + " in " + doc.asText());
        }
      }
    }
  }

  @Test
  void goldRolesAreAttached() {
    List<String> missing = new ArrayList<>();
    for (JsonNode e : gold.path("entities")) {
      for (JsonNode role : e.path("roles")) {
        boolean seen = false;
        for (JsonNode doc : e.path("docs")) {
          seen |=
              mentionsOf(e, doc.asText()).stream().anyMatch(m -> role.asText().equals(m.role()));
        }
        if (!seen) missing.add(e.path("name").asText() + " as " + role.asText());
      }
    }
    assertTrue(missing.isEmpty(), "roles not attached: " + missing);
  }

  /**
   * A person's country is read only from a demonym or possessive next to the name or title; where
   * the text gives none ("Defense Minister Christine Lambrecht said") it stays null rather than
   * being guessed from the topic. So: never a wrong country, and the gold country wherever the text
   * states it.
   */
  @Test
  void peopleAndOrganisationsNeverGetAWrongCountry() {
    List<String> unstated = new ArrayList<>();
    int matched = 0;
    for (JsonNode e : gold.path("entities")) {
      if (e.has("iso3") || !e.has("country")) continue;
      String country = e.path("country").asText();
      boolean seen = false;
      for (JsonNode doc : e.path("docs")) {
        for (Mention m : mentionsOf(e, doc.asText())) {
          if (m.country() != null) assertEquals(country, m.country(), m + " in " + doc.asText());
          seen |= country.equals(m.country());
        }
      }
      if (seen) matched++;
      else unstated.add(e.path("name").asText());
    }
    System.out.printf(
        "person/organisation countries: %d matched, left null: %s%n", matched, unstated);
    assertTrue(matched >= 7, "countries matched: " + matched + ", null: " + unstated);
  }

  @Test
  void spellingsWithAndWithoutDiacriticsShareOneKey() {
    Set<String> keys = new HashSet<>();
    for (String doc : List.of("000", "002")) {
      for (Mention m : BY_DOC.get(doc)) {
        if (m.type().equals("PERSON") && NameKey.of(m.text()).contains("anusauskas"))
          keys.add(NameKey.of(m.canonical()));
      }
    }
    assertEquals(Set.of("arvydas anusauskas"), keys);
  }

  @Test
  void shortFormsTakeTheFullName() {
    for (Mention m : BY_DOC.get("001")) {
      if (m.text().equals("Pistorius")) assertEquals("Boris Pistorius", m.canonical());
    }
    long rutte = BY_DOC.get("004").stream().filter(m -> "Mark Rutte".equals(m.canonical())).count();
    assertTrue(rutte > 10, "Rutte mentions joined: " + rutte);
  }
}

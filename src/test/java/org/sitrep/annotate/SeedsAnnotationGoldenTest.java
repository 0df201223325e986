package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Status;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.EntityResolver;
import org.sitrep.testing.Examples;

/**
 * The five sample articles through the real pipeline, once, against what a reader finds in them:
 * when, where and how sure each event is, and entity spans, types, countries and roles.
 */
class SeedsAnnotationGoldenTest {
  static Map<String, Annotated> docs;

  @BeforeAll
  static void annotate() {
    docs = Examples.annotated();
  }

  /** The events whose trigger is {@code trigger} inside the first place the body has {@code at}. */
  private static List<Event> events(String doc, String at, String trigger) {
    Annotated a = docs.get(doc);
    int from = a.body().indexOf(at);
    assertTrue(from >= 0, () -> "'" + at + "' not in " + doc);
    int to = from + at.length();
    List<Event> found =
        a.events().stream()
            .filter(e -> e.start() >= from && e.end() <= to)
            .filter(e -> a.body().substring(e.start(), e.end()).equals(trigger))
            .collect(Collectors.toList());
    assertFalse(found.isEmpty(), () -> "no event '" + trigger + "' in '" + at + "'");
    return found;
  }

  private static Event event(String doc, String at, String trigger) {
    return events(doc, at, trigger).get(0);
  }

  private static List<Mention> mentions(String doc, String at) {
    Annotated a = docs.get(doc);
    int from = a.body().indexOf(at), to = from + at.length();
    assertTrue(from >= 0, () -> "'" + at + "' not in " + doc);
    return a.entities().stream()
        .filter(m -> m.start() < to && m.end() > from)
        .collect(Collectors.toList());
  }

  // Events: times

  @Test
  void theInvasionEarlyLastYearIsDatedLastYearNotThePublicationDate() {
    Annotated a = docs.get("001");
    assertEquals("2023-06-26", a.document().published().value());
    Event e = event("001", "Russia's invasion of Ukraine early last year", "invasion");
    assertEquals("2022", e.time());
    assertNotEquals(a.document().published().value(), e.time());
  }

  // Events: places from the preposition's meaning

  @Test
  void troopsMassedOnTheUkrainianBorderAreNotInUkraine() {
    Event e = event("000", "Russian troops massed on the Ukrainian border", "massed");
    assertEquals("deploy", e.type());
    assertEquals("RUS", e.actor());
    assertNull(e.location());
    assertNotEquals("UKR", e.target());
  }

  @Test
  void aDeploymentDirectlyOnRussiasBordersIsNotInRussia() {
    for (Event e :
        events("002", "deployment of troops from a NATO country directly", "deployment")) {
      assertNotEquals("RUS", e.location());
      assertNotEquals("RUS", e.target());
    }
  }

  @Test
  void whatTalksAreAboutIsNoPlace() {
    Event e = event("004", "A primary concern discussed during the meeting", "discussed");
    assertEquals("talks", e.type());
    assertNotEquals("UKR", e.location());
    // A venue stays a venue: "Scholz is in Washington for talks with US leader Joe Biden".
    assertEquals("USA", event("000", "in Washington for talks with", "talks").location());
  }

  // Events: status

  @Test
  void couldMarkThemForConquestIsHypothetical() {
    assertEquals(
        Status.HYPOTHETICAL,
        event("003", "Moscow could mark them for conquest next", "conquest").status());
  }

  @Test
  void whenTheBrigadeIsStationedIsPlanned() {
    Event e = event("001", "when the new German brigade is stationed in Lithuania", "stationed");
    assertEquals(Status.PLANNED, e.status());
    assertEquals("LTU", e.location());
    // The present perfect of 002 stays a report.
    assertEquals(
        Status.REPORTED,
        event("002", "we have permanently stationed such a unit", "stationed").status());
  }

  @Test
  void theBrigadeWillConsistOfVehiclesIsNotCurrent() {
    Annotated a = docs.get("003");
    String sentence = "The brigade in Lithuania will consist of about 5,000 personnel";
    int from = a.body().indexOf(sentence);
    assertTrue(from >= 0);
    int to = a.body().indexOf('.', from);
    for (Event e : a.events())
      if (e.start() >= from && e.end() <= to)
        assertNotEquals(Status.REPORTED, e.status(), () -> "future sentence reported: " + e);
    for (Fact f : a.facts()) {
      Quantity q = a.quantities().get(f.quantityIndex());
      if (q.start() >= from && q.end() <= to)
        assertNotEquals(
            Fact.Status.CURRENT, f.status(), () -> "future figure read as current: " + f);
    }
  }

  // Events: conjoined targets

  @Test
  void aDeploymentToFourCountriesKeepsAllFour() {
    List<Event> es =
        events(
            "003",
            "which have deployed to Estonia, Latvia, Lithuania, and Poland since 2017",
            "deployed");
    Set<String> targets = es.stream().map(Event::target).collect(Collectors.toSet());
    assertEquals(Set.of("EST", "LVA", "LTU", "POL"), targets);
    for (Event e : es) {
      assertEquals("deploy", e.type());
      assertEquals("2017", e.time());
      assertEquals(es.get(0).start(), e.start());
    }
    // A figure shared by the list is counted once.
    assertTrue(es.stream().filter(e -> e.quantityIndex() >= 0).count() <= 1);
  }

  // Events: headings

  @Test
  void headingsYieldNoEvents() {
    int checked = 0;
    for (Annotated a : docs.values()) {
      for (String h : a.document().headings()) {
        int at = a.body().indexOf(h);
        while (at >= 0) {
          int end = at + h.length();
          checked++;
          for (Event e : a.events())
            assertFalse(
                e.start() >= at && e.end() <= end,
                () -> "event " + e + " from the heading '" + h + "'");
          at = a.body().indexOf(h, end);
        }
      }
    }
    assertTrue(checked >= 10, "the samples' headings are in their bodies: " + checked);
  }

  // Entities

  @Test
  void noBracketOrPunctuationInsideASpan() {
    for (Annotated a : docs.values())
      for (Mention m : a.entities()) {
        String t = m.text();
        for (int i = 0; i < t.length(); i++)
          assertTrue(
              "()[]{}\"“”;:!?,".indexOf(t.charAt(i)) < 0 || t.equals("Washington, D.C."),
              () -> "punctuation in span '" + t + "'");
      }
    Mention putin =
        mentions("000", "(Russian President Vladimir) Putin").stream()
            .filter(m -> m.type().equals("PERSON"))
            .findFirst()
            .orElseThrow();
    assertEquals("Putin", putin.text());
    assertEquals("Vladimir Putin", putin.canonical());
    assertEquals("President", putin.role());
    assertEquals("RUS", putin.country());
  }

  @Test
  void aDesignationWithANumberIsAProduct() {
    List<Mention> ms = mentions("002", "sent Leopard 2 main battle tanks");
    assertTrue(
        ms.stream().noneMatch(m -> m.type().equals("ORGANIZATION")), () -> "organisation: " + ms);
    assertTrue(
        ms.stream().anyMatch(m -> m.text().equals("Leopard 2") && m.type().equals("MISC")),
        () -> "no product 'Leopard 2' in " + ms);
  }

  @Test
  void aHyphenatedAdjectiveIsNoPlace() {
    List<Mention> ms = mentions("004", "the trans-Atlantic defense alliance");
    assertTrue(ms.stream().noneMatch(m -> m.type().equals("LOCATION")), () -> "place: " + ms);
    for (Annotated a : docs.values())
      assertTrue(
          a.entities().stream().noneMatch(m -> m.text().equals("Atlantic")),
          "no 'Atlantic' place from trans-Atlantic");
  }

  @Test
  void francesMacronIsFrench() {
    Mention macron =
        mentions("002", "France's Macron").stream()
            .filter(m -> m.type().equals("PERSON"))
            .findFirst()
            .orElseThrow();
    assertEquals("FRA", macron.country());
    assertEquals("FRA", resolved("Macron").country());
  }

  @Test
  void aRoleIsListedOnce() {
    Entity scholz = resolved("Olaf Scholz");
    Set<String> seen = new TreeSet<>();
    for (Entity.RoleSpell r : scholz.roles())
      assertTrue(seen.add(r.role()), () -> "role twice: " + scholz.roles());
    assertTrue(seen.contains("Chancellor"), () -> "roles " + scholz.roles());
    assertEquals(
        "DEU",
        scholz.roles().stream()
            .filter(r -> r.role().equals("Chancellor"))
            .findFirst()
            .orElseThrow()
            .country());
  }

  private static Entity resolved(String name) {
    EntityResolver r = new EntityResolver();
    for (Annotated a : docs.values()) r.add(a);
    return r.entities().stream()
        .filter(e -> e.type().equals("PERSON") && e.name().endsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no person " + name));
  }
}

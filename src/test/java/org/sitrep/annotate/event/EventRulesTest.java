package org.sitrep.annotate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Status;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Pipeline;

/**
 * The event rules of time, place, status, lists and headings on sentences from strikes, elections
 * and floods, through the whole pipeline: the rules are about English, not about one story.
 */
class EventRulesTest {
  private static final Pipeline PIPELINE = Pipelines.standard();

  private static Annotated run(String body, List<String> headings) {
    Document d =
        Document.of(
            Source.file("t"),
            null,
            null,
            null,
            Published.stated("2024-05-22"),
            "en",
            headings,
            body);
    return PIPELINE.run(d);
  }

  private static Annotated run(String body) {
    return run(body, List.of());
  }

  /** The events whose trigger text is {@code trigger}; fails when there is none. */
  private static List<Event> at(Annotated a, String trigger) {
    List<Event> found =
        a.events().stream()
            .filter(e -> a.body().substring(e.start(), e.end()).equals(trigger))
            .collect(Collectors.toList());
    assertTrue(!found.isEmpty(), () -> "no event '" + trigger + "' in " + a.events());
    return found;
  }

  private static Event one(Annotated a, String trigger) {
    return at(a, trigger).get(0);
  }

  @Test
  void aRelativeClauseDatesItsNoun() {
    Annotated a =
        run(
            "The talks between the rail union and the operators, which began early last year,"
                + " ended without a deal.");
    assertEquals("2023", one(a, "talks").time());
    Annotated b = run("The meeting that took place in March 2021 changed the election rules.");
    assertEquals("2021-03", one(b, "meeting").time());
  }

  @Test
  void besideABorderIsNotInTheCountry() {
    Event e = one(run("India stationed troops on the Chinese border."), "stationed");
    assertEquals("IND", e.actor());
    assertNull(e.location());
    Event f = one(run("Kenya deployed soldiers along its border with Somalia."), "deployed");
    assertNotEquals("SOM", f.location());
    assertNotEquals("SOM", f.target());
    // A city inside a country places the event there.
    Event g = one(run("Russia held military exercises near Kaliningrad."), "exercises");
    assertEquals("RUS", g.location());
    Event h = one(run("Russia held military exercises near Finland."), "exercises");
    assertNotEquals("FIN", h.location());
  }

  @Test
  void whatTalksAreAboutIsATopic() {
    Event e = one(run("Ministers held talks about Venezuela's election in Brasilia."), "talks");
    assertNotEquals("VEN", e.location());
    assertEquals("BRA", e.location());
    Event f =
        one(run("Union leaders discussed the flooding in Pakistan with ministers."), "discussed");
    assertNotEquals("PAK", f.location());
  }

  @Test
  void aNounTakesTheModalOfTheVerbWhosePhraseItSitsIn() {
    assertEquals(
        Status.HYPOTHETICAL,
        one(run("The union might invite the rail operators to talks next week."), "talks")
            .status());
    assertEquals(
        Status.PLANNED,
        one(run("The mayor will travel to Jakarta for talks on the floods."), "talks").status());
    assertEquals(
        Status.REPORTED,
        one(run("The mayor travelled to Jakarta for talks on the floods."), "talks").status());
  }

  @Test
  void aPresentTenseTimeClauseBesideAFutureIsPlanned() {
    assertEquals(
        Status.PLANNED,
        one(
                run(
                    "Nobody knows what will happen to the strike fund when the union meets the"
                        + " employers."),
                "meets")
            .status());
    assertEquals(
        Status.PLANNED,
        one(
                run(
                    "Voters would learn more once the observers visit the polling stations in"
                        + " Nairobi."),
                "visit")
            .status());
    assertEquals(
        Status.REPORTED,
        one(run("Voters learned more when the observers visited the polling stations."), "visited")
            .status());
  }

  @Test
  void everyJoinedTargetIsKept() {
    Annotated a =
        run("The European Union sent aid to Pakistan, India and Bangladesh after the floods.");
    Set<String> targets = at(a, "sent").stream().map(Event::target).collect(Collectors.toSet());
    assertEquals(Set.of("PAK", "IND", "BGD"), targets);
    Annotated b = run("Observers met election officials in Ghana and Togo.");
    Set<String> places = at(b, "met").stream().map(Event::location).collect(Collectors.toSet());
    assertEquals(Set.of("GHA", "TGO"), places);
  }

  @Test
  void headingsAreNoEvents() {
    String body =
        "Flood Relief Talks in Bangladesh\n\n"
            + "The European Union sent aid to Bangladesh on Monday.\n\n"
            + "Strike Talks Collapse\n\nThe union held talks with the employers in Leeds.";
    Annotated a = run(body, List.of("Strike Talks Collapse"));
    for (Event e : a.events()) {
      String line = a.body().substring(a.body().lastIndexOf('\n', e.start()) + 1, e.end());
      assertTrue(line.startsWith("The "), () -> "event from a heading: " + e + " in " + line);
    }
    assertEquals(1, at(a, "talks").size());
    assertEquals("BGD", one(a, "sent").target());
  }
}

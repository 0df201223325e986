package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.EntityResolver;

/**
 * The entity span rules on elections, strikes, aviation and sport: no punctuation inside a span,
 * model designations as products, prefixed hyphen words as modifiers, a possessive country before a
 * person, a role listed once.
 */
class EntityRulesTest {
  private static final CoreNlpStage LANGUAGE = new CoreNlpStage();
  private static final EntityStage ENTITIES = new EntityStage();

  private static Annotated annotate(String body) {
    Document d =
        Document.of(
            Source.file("t"),
            null,
            null,
            null,
            Published.stated("2024-05-22"),
            "en",
            List.of(),
            body);
    Annotated a = ENTITIES.apply(LANGUAGE.apply(Annotated.of(d)));
    for (Mention m : a.entities())
      assertEquals(body.substring(m.start(), m.end()), m.text(), "offsets point into the body");
    return a;
  }

  private static List<Mention> run(String body) {
    return annotate(body).entities();
  }

  private static Mention find(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
  }

  @Test
  void aStrayBracketIsCutOutOfASpan() {
    SpanMending mending = new SpanMending(Gazetteer.get());
    Mention m =
        Mention.of(10, 23, "William) Ruto", "PERSON")
            .withCanonical("William Ruto")
            .withRole("President", "KEN");
    Mention cut = mending.innerPunctuation(m);
    assertEquals("Ruto", cut.text());
    assertEquals(19, cut.start());
    assertEquals(23, cut.end());
    assertEquals("William Ruto", cut.canonical());
    assertEquals("President", cut.role());
    // Nothing name-like after the mark: the piece before it stays.
    assertEquals(
        "Acme", mending.innerPunctuation(Mention.of(0, 7, "Acme; 5", "ORGANIZATION")).text());
    // Matched brackets and names known whole are left alone.
    Mention club = Mention.of(0, 11, "Mladost (L)", "ORGANIZATION");
    assertSame(club, mending.innerPunctuation(club));
    for (Mention x :
        run("\"If (Kenyan President William) Ruto wins again, the strike will end,\" he said."))
      for (char c : "()[]\"“”,;:".toCharArray())
        assertTrue(x.text().indexOf(c) < 0, () -> "punctuation in '" + x.text() + "'");
  }

  @Test
  void aDesignationWithANumberIsAProduct() {
    List<Mention> ms =
        run("The airline ordered 40 Boeing 737 jets and retired its Tupolev 154 planes.");
    assertEquals("MISC", find(ms, "Boeing 737").type());
    assertEquals("MISC", find(ms, "Tupolev 154").type());
    // A score or a standing is no model number.
    assertEquals("ORGANIZATION", find(run("Arsenal 3 points clear at the top."), "Arsenal").type());
    List<Mention> score = run("Leeds 2 Wimbledon 0");
    assertTrue(score.stream().noneMatch(m -> m.text().contains("2")), () -> score.toString());
    assertTrue(SpanMending.modelNumber("2A6"));
    assertTrue(!SpanMending.modelNumber("2024"), "a year is no model number");
  }

  @Test
  void aPrefixedHyphenWordIsNoPlace() {
    List<Mention> ms =
        run(
            "A pro-European coalition won the election, and anti-American protests followed the"
                + " trans-Atlantic summit.");
    assertTrue(ms.stream().noneMatch(m -> m.type().equals("LOCATION")), () -> "a place in " + ms);
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Atlantic")), () -> ms.toString());
    assertEquals(-1, MentionChunker.lowercasePrefixStart("the Atlantic", 4));
    assertEquals(4, MentionChunker.lowercasePrefixStart("the trans-Atlantic", 10));
    assertEquals(-1, MentionChunker.lowercasePrefixStart("Franco-German", 6), "a name pair");
  }

  @Test
  void aPossessiveCountryBeforeAPersonIsTheirs() {
    assertEquals("KEN", find(run("Kenya's Ruto won the election."), "Ruto").country());
    Mention lula = find(run("Brazil's Lula met striking dock workers."), "Lula");
    assertEquals("BRA", lula.country());
    assertNull(lula.role());
  }

  @Test
  void aRoleIsListedOnceWithItsCountry() {
    EntityResolver r = new EntityResolver();
    r.add(annotate("Kenyan President William Ruto opened the flood shelter in Nairobi."));
    r.add(annotate("President William Ruto met the striking doctors. Ruto promised talks."));
    Entity ruto =
        r.entities().stream()
            .filter(e -> e.name().equals("William Ruto"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.entities().toString()));
    assertEquals(1, ruto.roles().size(), () -> ruto.roles().toString());
    assertEquals("President", ruto.roles().get(0).role());
    assertEquals("KEN", ruto.roles().get(0).country());
    assertEquals(2, ruto.roles().get(0).docs().size());
    assertEquals("KEN", ruto.country());
  }
}

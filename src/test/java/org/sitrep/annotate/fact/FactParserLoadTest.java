package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;

/**
 * The dependency parser costs nothing to a document whose figures the word order places: no
 * sentence of it is parsed, and a process that has met only such documents has not loaded the
 * parser. A figure whose owner only the parse finds has its sentence parsed once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FactParserLoadTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  @Test
  @Order(1)
  void aDocumentWhoseFiguresTheWordOrderPlacesNeitherLoadsTheParserNorParses() {
    boolean loadedBefore = Dependencies.loadStarted();
    long parsed = Dependencies.parsed();
    Annotated a =
        FactFinderTest.annotate(
            "Scania will cut 1,700 jobs. Scania's sales rose 6 percent in the third quarter.");
    List<Fact> facts = a.facts();
    assertEquals(2, facts.size(), facts.toString());
    for (Fact f : facts) assertEquals("Scania", f.subject(), f.toString());
    assertEquals(parsed, Dependencies.parsed(), "no sentence of the document is parsed");
    // a process that has not parsed before this document has not loaded the parser for it
    if (!loadedBefore) assertFalse(Dependencies.loadStarted(), "the parser was loaded");
  }

  @Test
  @Order(2)
  void aFigureOnlyTheParsePlacesHasItsSentenceParsedOnce() {
    String text = "The strike at Lufthansa, which began on Monday, has grounded 310 flights.";
    long parsed = Dependencies.parsed();
    Annotated a = FactFinderTest.annotate(text);
    assertEquals("Lufthansa", FactGrammarTest.on(text, 310).subject());
    assertTrue(Dependencies.loadStarted());
    assertEquals(1, Dependencies.parsed() - parsed, "its one sentence, once: " + a.facts());
  }
}

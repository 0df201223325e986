package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;
import org.sitrep.model.Token;

/**
 * Owners read from the dependency parse of the figure's sentence, where the order of the words
 * alone misleads: a long phrase between a subject and its verb, an owner after a preposition, a
 * passive verb's agent.
 */
class FactParseTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactGrammarTest.on(text, value);
  }

  @Test
  void theSubjectAcrossAPhraseBetweenItAndItsVerb() {
    Fact f =
        on("Heineken, after a long review of its brewing network, will close 12 breweries.", 12);
    assertEquals("Heineken", f.subject());
    assertNotNull(f.subjectStart());
    assertEquals(0, (int) f.subjectStart());
    Fact g = on("Maersk, which lost two ships to storms in March, will sell 30 older vessels.", 30);
    assertEquals("Maersk", g.subject());
  }

  @Test
  void anOwnerAfterAPrepositionInTheSubject() {
    Fact f = on("The strike at Ryanair, which began on Friday, has grounded 250 flights.", 250);
    assertEquals("Ryanair", f.subject());
  }

  @Test
  void theSharesOfANamedCompanyAreItsShares() {
    Fact f = on("Shares of Nokia, the Finnish phone maker, fell 4 percent on Tuesday.", -4);
    assertEquals("Nokia", f.subject());
    assertEquals(-4, f.value());
  }

  @Test
  void theParseIsOneForOneSentenceAndNamesItsSubject() {
    Annotated a = FactFinderTest.annotate("Volvo will cut 1,300 jobs.");
    List<Token> toks = a.tokens();
    Dependencies d = Dependencies.of(toks, 0, toks.size());
    assertNotNull(d);
    assertSame(
        d, Dependencies.of(toks, 0, toks.size()), "a sentence met again is not parsed again");
    int cut = -1;
    for (int i = 0; i < toks.size(); i++) if (toks.get(i).word().equals("cut")) cut = i;
    assertEquals("nsubj", d.rel(0));
    assertEquals(cut, d.head(0));
    assertTrue(d.is(0, "nsubj"));
    assertEquals(0, d.dependent(cut, "nsubj"));
  }

  @Test
  void aSentenceTooLongForTheParserGetsNone() {
    Annotated a = FactFinderTest.annotate("one two three four five six.");
    assertEquals(null, Dependencies.of(a.tokens(), 0, 0));
    assertEquals(null, Dependencies.of(a.tokens(), 0, Dependencies.MAX_TOKENS + 1));
  }
}

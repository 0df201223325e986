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

  /** The sentences of {@code a}, each as its [first, end) token range. */
  private static List<int[]> sentences(Annotated a) {
    List<int[]> out = new java.util.ArrayList<>();
    List<Token> toks = a.tokens();
    int from = 0;
    for (int i = 1; i <= toks.size(); i++)
      if (i == toks.size() || toks.get(i).sentence() != toks.get(from).sentence()) {
        out.add(new int[] {from, i});
        from = i;
      }
    return out;
  }

  private static final String STORY =
      "Volvo will cut 1,300 jobs in Sweden, the carmaker said on Tuesday. Its shares, which had"
          + " risen 9 percent this year, fell 3 percent in Stockholm.\n\nThe union at its Torslanda"
          + " plant, which employs 6,500 people, called the cuts a betrayal. Analysts at Nordea"
          + " expect sales of 700,000 cars in 2024, up from 615,000.";

  @Test
  void aNearCopyGetsTheParsesOfTheSentencesItShares() {
    Annotated original = FactFinderTest.annotate(STORY);
    Annotated copy =
        FactFinderTest.annotate(
            STORY.replace(
                "The union at its Torslanda plant, which employs 6,500 people, called the cuts a"
                    + " betrayal.",
                "Workers at the plant in Gothenburg, where 6,500 people work, stopped work for"
                    + " an hour."));
    List<int[]> a = sentences(original), b = sentences(copy);
    int[] first = a.get(0), firstCopy = b.get(0), last = a.get(a.size() - 1);
    int[] lastCopy = b.get(b.size() - 1);
    assertSame(
        Dependencies.of(original.tokens(), first[0], first[1]),
        Dependencies.of(copy.tokens(), firstCopy[0], firstCopy[1]),
        "the copy's first sentence is the original's: parsed once");
    assertSame(
        Dependencies.of(original.tokens(), last[0], last[1]),
        Dependencies.of(copy.tokens(), lastCopy[0], lastCopy[1]));
  }

  @Test
  void theParsesAreThoseOfAParserWithCoreNlpsDefaultFeatureTable() {
    Annotated a = FactFinderTest.annotate(STORY);
    var standard = Dependencies.load(5_000);
    int compared = 0;
    for (int[] s : sentences(a)) {
      Dependencies ours = Dependencies.of(a.tokens(), s[0], s[1]);
      Dependencies theirs = Dependencies.parse(standard, a.tokens(), s[0], s[1]);
      assertNotNull(ours);
      assertNotNull(theirs);
      for (int i = 0; i < ours.size(); i++) {
        assertEquals(theirs.head(i), ours.head(i), "head of token " + i);
        assertEquals(theirs.rel(i), ours.rel(i), "relation of token " + i);
      }
      compared++;
    }
    assertEquals(4, compared);
    assertTrue(Dependencies.fast(), "the parses come from the laid-out network, not CoreNLP's own");
  }

  /**
   * The network asks the transition system once per kind of transition whether it applies (shift,
   * left or right arc, label the root's or not): in every configuration met while parsing, each
   * transition applies exactly when the first of its kind does.
   */
  @Test
  void whetherATransitionAppliesDependsOnlyOnItsKind() throws Exception {
    edu.stanford.nlp.parser.nndep.DependencyParser parser = Dependencies.load(0, 1);
    java.lang.reflect.Field sf =
        edu.stanford.nlp.parser.nndep.DependencyParser.class.getDeclaredField("system");
    sf.setAccessible(true);
    var system = (edu.stanford.nlp.parser.nndep.ArcStandard) sf.get(parser);
    java.lang.reflect.Field tf =
        edu.stanford.nlp.parser.nndep.ParsingSystem.class.getDeclaredField("transitions");
    java.lang.reflect.Field rf =
        edu.stanford.nlp.parser.nndep.ParsingSystem.class.getDeclaredField("rootLabel");
    tf.setAccessible(true);
    rf.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<String> ts = (List<String>) tf.get(system);
    String root = (String) rf.get(system);
    Annotated a = FactFinderTest.annotate(STORY);
    int checked = 0;
    for (int[] s : sentences(a)) {
      List<edu.stanford.nlp.ling.CoreLabel> words = new java.util.ArrayList<>();
      for (int i = s[0]; i < s[1]; i++) {
        var c = new edu.stanford.nlp.ling.CoreLabel();
        c.setWord(a.tokens().get(i).word());
        c.setValue(a.tokens().get(i).word());
        c.setTag(a.tokens().get(i).pos());
        c.setIndex(i - s[0] + 1);
        words.add(c);
      }
      var sentence = new edu.stanford.nlp.util.ArrayCoreMap();
      sentence.set(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class, words);
      var c = system.initialConfiguration(sentence);
      for (int step = 0; !system.isTerminal(c); step++) {
        String[] first = new String[5];
        List<String> open = new java.util.ArrayList<>();
        for (String t : ts) {
          int k = Network.kindOf(t, root);
          if (first[k] == null) first[k] = t;
          boolean applies = system.canApply(c, t);
          assertEquals(system.canApply(c, first[k]), applies, t + " at step " + step);
          if (applies) open.add(t);
          checked++;
        }
        // every transition that applies moves the configuration on; take them in turn
        system.apply(c, open.get(step % open.size()));
      }
    }
    assertTrue(checked > 1000, "configurations checked: " + checked);
  }
}

package org.sitrep.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;

/** One small hand-written text per phenomenon the stage handles. */
class QuoteStageTest {
  private static List<Quote> quotes(String body) {
    return QuoteStage.withoutEntities().apply(SimpleSentences.annotated(body)).quotes();
  }

  private static Quote only(String body) {
    List<Quote> qs = quotes(body);
    assertEquals(1, qs.size(), () -> "quotes: " + qs);
    return qs.get(0);
  }

  private static String mention(String body, Quote q) {
    return q.speakerStart() < 0 ? null : body.substring(q.speakerStart(), q.speakerEnd());
  }

  @Test
  void curlyQuoteWithNameAfterIt() {
    String body =
        "Defense Minister Anna Berg visited the base.\n\n“We will stay as long as needed,” Berg said.";
    Quote q = only(body);
    assertEquals("We will stay as long as needed,", q.text());
    assertEquals(body.indexOf("We will"), q.start());
    assertEquals("Anna Berg", q.speaker());
    assertEquals("Berg", mention(body, q));
    assertEquals("said", q.cue());
    assertEquals(Quote.Kind.DIRECT, q.kind());
  }

  @Test
  void straightMarksAndInvertedCueWithTitle() {
    String body = "\"The talks went well,\" said Foreign Minister Jan Novak.";
    Quote q = only(body);
    assertEquals("The talks went well,", q.text());
    assertEquals("Jan Novak", q.speaker());
  }

  @Test
  void roleNounResolvesToTheLastPersonWithThatTitle() {
    String body =
        "Defense Minister Christa Lemke arrived on Monday. Prime Minister Olaf Brandt stayed home.\n\n"
            + "The message is “you can count on us,” said the defense minister.";
    Quote q = only(body);
    assertEquals("Christa Lemke", q.speaker());
    assertEquals("the defense minister", mention(body, q));
    assertEquals(Quote.Kind.PARTIAL, q.kind());
  }

  @Test
  void pronounTakesTheLastQuotedSpeaker() {
    String body =
        "“We are ready,” Mark Otten said.\n\nThe army was on alert.\n\n“Nothing will change that,” he said.";
    List<Quote> qs = quotes(body);
    assertEquals(2, qs.size());
    assertEquals("Mark Otten", qs.get(1).speaker());
    assertEquals("he", mention(body, qs.get(1)));
  }

  @Test
  void pronounTakesTheSubjectOfTheSentenceBefore() {
    String body =
        "Minister Paul Weber said in a statement that the plan was historic.\n"
            + "“With this brigade, we take on responsibility,” he said.";
    assertEquals("Paul Weber", only(body).speaker());
  }

  @Test
  void quoteSplitByItsAttribution() {
    String body = "“We are ready,” Lena Fischer said, “and we will not wait any longer.”";
    List<Quote> qs = quotes(body);
    assertEquals(2, qs.size());
    assertEquals("and we will not wait any longer.", qs.get(1).text());
    assertTrue(qs.stream().allMatch(q -> "Lena Fischer".equals(q.speaker())));
  }

  @Test
  void quoteOverSeveralParagraphs() {
    String body =
        "Tom Hale said:\n\n“The first part goes on here and does not close.\n\n“The second part ends it.”";
    List<Quote> qs = quotes(body);
    assertEquals(2, qs.size());
    assertEquals("The first part goes on here and does not close.", qs.get(0).text());
    assertTrue(qs.stream().allMatch(q -> "Tom Hale".equals(q.speaker())), () -> qs.toString());
  }

  @Test
  void unattributedParagraphContinuesThePreviousQuote() {
    String body =
        "“We stand together with our allies in this,” said Ruth Kane.\n\n"
            + "“This is a very adequate reaction to what we have seen.”";
    List<Quote> qs = quotes(body);
    assertEquals(2, qs.size());
    assertEquals("Ruth Kane", qs.get(1).speaker());
  }

  @Test
  void partialQuoteInReportedSpeech() {
    String body = "Eva Lund said, adding that the soldiers will be deployed “within a few days.”";
    Quote q = only(body);
    assertEquals("within a few days.", q.text());
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals("Eva Lund", q.speaker());
  }

  @Test
  void scareQuotesAndTitlesAreNoQuotes() {
    assertEquals(
        List.of(), quotes("Berlin adopted a firmer 'counter-Russia' posture after two years."));
    assertEquals(List.of(), quotes("Belarus forms a 'Union state' with Russia."));
    assertEquals(List.of(), quotes("The army blamed Russia's 'aggression':"));
    assertEquals(List.of(), quotes("He read “The Art of the Deal” twice."));
  }

  @Test
  void apostrophesOpenNoQuote() {
    assertEquals(
        List.of(), quotes("Russia’s army and the soldiers’ families don’t agree, it’s said."));
  }

  @Test
  void singleMarksWithSpeechCueAreAQuote() {
    Quote q = only("Ivo Marsh said the deal was ‘a very good step for both of us’ on Friday.");
    assertEquals("a very good step for both of us", q.text());
    assertEquals("Ivo Marsh", q.speaker());
  }

  @Test
  void addresseeIsNotTheSpeaker() {
    String body =
        "Chief of Defense Karl Roos told AFP this was done “so that we can respond to a threat.”";
    Quote q = only(body);
    assertEquals("Karl Roos", q.speaker());
    assertEquals("told", q.cue());
  }

  @Test
  void accordingTo() {
    Quote q = only("The plan is “ready to go,” according to Nina Falk.");
    assertEquals("Nina Falk", q.speaker());
    assertEquals("according to", q.cue());
  }

  @Test
  void colonAfterTheCue() {
    Quote q = only("Otto Brun said in a statement: “The decision is final.”");
    assertEquals("Otto Brun", q.speaker());
  }

  @Test
  void subjectOfAFramingVerb() {
    Quote q =
        only(
            "Minister Jonas Vik called the additional troops “an important signal to our region.”");
    assertEquals("Jonas Vik", q.speaker());
    assertEquals("called", q.cue());
  }

  @Test
  void hailedItAs() {
    String body =
        "Minister Ida Holm opened the base. She hailed it as “an important day for the army.”";
    assertEquals("Ida Holm", only(body).speaker());
  }

  @Test
  void nameInsideTheQuoteIsNotTheSpeaker() {
    String body =
        "Minister Aron Sild praised the decision.\n\n“If (President Vladimir) Putin thought he would divide us, he was wrong,” he said.";
    assertEquals("Aron Sild", only(body).speaker());
  }

  @Test
  void appositionBetweenSpeakerAndCue() {
    String body =
        "“Nothing we could do now would change it,” Fred Kagan, director of the project, said.";
    Quote q = only(body);
    assertEquals("Fred Kagan", q.speaker());
  }

  @Test
  void noBreakSpaceBetweenPronounAndVerb() {
    String body = "Max Ries spoke.\n\n“Rubio is very weak on this issue,” he\u00a0said.";
    assertEquals("Max Ries", only(body).speaker());
  }

  @Test
  void entitiesGiveTheCanonicalName() {
    String body = "“We are ready to help,” Lambrecht said.";
    Annotated a =
        SimpleSentences.annotated(body)
            .withEntities(
                List.of(
                    Mention.of(
                            body.indexOf("Lambrecht"),
                            body.indexOf("Lambrecht") + 9,
                            "Lambrecht",
                            "PERSON")
                        .withCanonical("Christine Lambrecht")));
    Quote q = new QuoteStage().apply(a).quotes().get(0);
    assertNotNull(q);
    assertEquals("Christine Lambrecht", q.speaker());
  }

  @Test
  void questionWithInvertedAsked() {
    String body = "“Do you want the delegates or not?” asked Sen. Maria Cole of Washington.";
    Quote q = only(body);
    assertEquals("Maria Cole", q.speaker());
    assertEquals("asked", q.cue());
  }

  @Test
  void secondQuoteAfterAddingColon() {
    String body = "“We lead here,” Jon Ek said, adding: “The speed shows that we understood.”";
    List<Quote> qs = quotes(body);
    assertEquals(2, qs.size());
    assertEquals("Jon Ek", qs.get(1).speaker());
    assertEquals(Quote.Kind.DIRECT, qs.get(1).kind());
  }

  @Test
  void headlineWithSpeakerAndColon() {
    String body =
        "Carson: Clinton ‘Is Not Qualified to Lead the Country at All’\n\nThe race goes on.";
    Quote q = only(body);
    assertEquals("Carson", mention(body, q));
  }

  @Test
  void commaPiecesBetweenSubjectAndCue() {
    String body =
        "Clinton, during a town hall meeting in Columbus, Ohio, said she was “ready to fight for every vote.”";
    assertEquals("Clinton", mention(body, only(body)));
  }

  @Test
  void participleClauseTakesTheSentenceSubject() {
    String body =
        "Hillary Clinton posted a message on Twitter reading “Thank you, Iowa, for a great night.”";
    assertEquals("Hillary Clinton", only(body).speaker());
  }

  @Test
  void declaresWhatItNeeds() {
    assertTrue(new QuoteStage().needs().contains(org.sitrep.pipeline.Layer.ENTITIES));
    assertTrue(!QuoteStage.withoutEntities().needs().contains(org.sitrep.pipeline.Layer.ENTITIES));
    assertEquals(java.util.Set.of(org.sitrep.pipeline.Layer.QUOTES), new QuoteStage().adds());
  }

  @Test
  void dashAndNameSignTheQuote() {
    String body =
        "Readers wrote in after the debate.\n\n“He does not speak for me or my family.” ― Maria Lopez";
    Quote q = only(body);
    assertEquals("Maria Lopez", mention(body, q));
  }

  @Test
  void cuelessQuoteInsideASentenceTakesItsSubject() {
    String body =
        "“We will win,” Anna Berg said.\n\nJan Novak blamed the defeat on “a lack of courage in the capital.”";
    List<Quote> qs = quotes(body);
    assertEquals(2, qs.size(), () -> "quotes: " + qs);
    assertEquals("Jan Novak", mention(body, qs.get(1)));
  }

  @Test
  void laterNameIsTheHeadOfTheNounPhrase() {
    String body = "“We are confident,” Berg campaign spokesman Tom Hale said.";
    Quote q = only(body);
    assertEquals("Tom Hale", mention(body, q));
  }

  @Test
  void outerSpeakerOfAReportedClause() {
    String body = "Anna Berg said she believes the army is “ready for anything that comes.”";
    Quote q = only(body);
    assertEquals("Anna Berg", mention(body, q));
  }
}

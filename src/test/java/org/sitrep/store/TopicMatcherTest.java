package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * Topic matching with the term prefilter gives exactly what running every query on every article
 * gives, and runs only the queries an article's terms leave open.
 */
class TopicMatcherTest {
  private static Annotated article(int n, String title, String body) {
    return Annotated.of(
        new Document(
            null,
            List.of(new Source(null, "https://news.example/" + n, null, -1)),
            "News Example",
            null,
            title,
            Published.stated("2024-03-0" + (1 + n % 9)),
            "en",
            List.of(),
            body));
  }

  private static final List<String> QUERIES =
      List.of(
          "troops",
          "troops lithuania",
          "troops OR tanks",
          "\"defence minister\"",
          "troop*",
          "lithuan~1",
          "title:parliament",
          "election -poll",
          "-weather",
          "*:*",
          "harbour AND (ferry OR freight)",
          "vilnius^3 riga",
          "budget",
          "\"central bank\" rates",
          "drought OR flood OR wildfire",
          "minister NOT resign*");

  private static final List<Annotated> ARTICLES =
      List.of(
          article(
              1,
              "Troops arrive in Lithuania",
              "Germany has sent 4,800 troops to Lithuania, the defence minister said in Vilnius."),
          article(
              2,
              "Parliament passes budget",
              "The parliament in Riga passed the budget; the central bank held rates."),
          article(
              3,
              "Ferry resumes",
              "The harbour reopened and the ferry to Helsinki left on time despite the weather."),
          article(
              4, "Election poll", "A poll ahead of the election put the governing party ahead."),
          article(5, "Minister resigns", "The minister resigned over the troop deployment plan."),
          article(6, "Nothing here", "Shares in Tokyo rose as exporters gained."));

  private static List<Topic> topics() {
    List<Topic> out = new ArrayList<>();
    for (int i = 0; i < QUERIES.size(); i++)
      out.add(Topic.of("t" + i, QUERIES.get(i), List.of(), List.of(), null));
    return out;
  }

  @Test
  void thePrefilterChangesNoMatchAndNoReason() {
    TopicMatcher filtered = new TopicMatcher(topics(), true);
    TopicMatcher everything = new TopicMatcher(topics(), false);
    int ranFiltered = 0;
    int ranAll = 0;
    for (Annotated a : ARTICLES) {
      List<String> with = describe(filtered.match(a));
      ranFiltered += filtered.queriesRun();
      List<String> without = describe(everything.match(a));
      ranAll += everything.queriesRun();
      assertEquals(without, with, a.document().title());
    }
    assertEquals(QUERIES.size() * ARTICLES.size(), ranAll);
    assertTrue(ranFiltered < ranAll / 2, ranFiltered + " of " + ranAll + " queries ran");
    // The article on Tokyo shares holds none of the topics' terms: only the queries that can match
    // without one run (match all, wildcard, fuzzy, a lone negation).
    filtered.match(ARTICLES.get(5));
    assertEquals(4, filtered.queriesRun());
  }

  private static List<String> describe(List<TopicMatcher.Match> ms) {
    List<String> out = new ArrayList<>();
    for (TopicMatcher.Match m : ms) out.add(m.topic().name() + " " + m.why());
    return out;
  }

  @Test
  void theTermsAQueryNeedsLeaveOutNegationsAndGiveUpOnOpenClauses() {
    QueryReader reader = new QueryReader(new NewsAnalyzer(), "title", "body");
    Set<Term> terms = new HashSet<>();
    assertTrue(TopicMatcher.requiredTerms(reader.parse("election -poll"), terms));
    assertTrue(terms.stream().noneMatch(t -> t.text().startsWith("poll")), terms.toString());
    assertTrue(terms.stream().anyMatch(t -> t.text().startsWith("elect")), terms.toString());
    assertFalse(TopicMatcher.requiredTerms(reader.parse("troop*"), new HashSet<>()));
    assertFalse(TopicMatcher.requiredTerms(reader.parse("-weather"), new HashSet<>()));
    assertFalse(TopicMatcher.requiredTerms(reader.parse("*:*"), new HashSet<>()));
  }
}

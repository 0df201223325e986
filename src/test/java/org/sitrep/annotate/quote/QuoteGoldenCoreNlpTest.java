package org.sitrep.annotate.quote;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.entity.EntityStage;
import org.sitrep.annotate.nlp.CoreNlpStage;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Pipeline;

/**
 * The golden test again, with the quote stage behind the language layer it runs behind in
 * production: CoreNLP's sentences, POS tags and NER, and the entity stage's mentions. Loads CoreNLP
 * (about 3 GB, ten seconds).
 */
class QuoteGoldenCoreNlpTest {
  private static Map<String, List<Quote>> found;

  @BeforeAll
  static void annotate() throws IOException {
    Pipeline p =
        Pipeline.builder()
            .add(new CoreNlpStage())
            .add(new EntityStage())
            .add(new QuoteStage())
            .build();
    found =
        QuoteGoldenTest.run(
            body ->
                p.run(
                    Document.of(
                        Source.file("-"),
                        null,
                        null,
                        null,
                        Published.UNKNOWN,
                        "en",
                        List.of(),
                        body)));
  }

  @Test
  void findsEveryGoldQuoteWithItsSpeaker() throws IOException {
    QuoteGoldenTest.assertAllGoldQuotes(found);
  }

  @Test
  void takesNoScareQuoteForAQuote() throws IOException {
    QuoteGoldenTest.assertNoScareQuotes(found);
  }
}

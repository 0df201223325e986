package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * Odd but real inputs through every stage: no crash, bounded time, and every offset inside the
 * body.
 */
class PipelineRobustnessTest {
  static Stream<Arguments> inputs() {
    StringBuilder table = new StringBuilder("Results by district\n\n");
    for (int i = 0; i < 2000; i++)
      table.append(i).append('\t').append(i * 37 % 1000).append('\t').append("12.5%\n");
    return Stream.of(
        Arguments.of(
            "a 100k-character line without punctuation", "troops moved north again ".repeat(4000)),
        Arguments.of("a table of numbers", table.toString()),
        Arguments.of(
            "German text",
            "Deutschland will bis zu 350 weitere Soldaten nach Litauen schicken, sagte Verteidigungsministerin "
                + "Christine Lambrecht am Montag. „Wir verstärken unseren Beitrag an der Ostflanke der Nato“, sagte sie."),
        Arguments.of(
            "emoji and control characters",
            "Germany 🇩🇪 will send \u0000up to 350 more soldiers\u0007 to Lithuania 🇱🇹.\u000B “We are ready,” he said 🙂\u200B.\uFEFF"),
        Arguments.of("unbalanced quotes", "“He said “yes” and “no. ".repeat(500)),
        Arguments.of("only digits and signs", "1,2,3 4.5.6 7-8-9 10% €€€ $$$ ".repeat(2000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void survivesWithValidOffsets(String name, String body) {
    Document d =
        Document.of(
            Source.file(name),
            null,
            null,
            null,
            Published.stated("2024-05-22"),
            null,
            List.of(),
            body);
    long t0 = System.nanoTime();
    Annotated a = Pipelines.standard().run(d);
    double secs = (System.nanoTime() - t0) / 1e9;
    assertTrue(secs < 120, name + " took " + secs + " s");
    int n = body.length();
    for (Span s : a.sentences()) assertTrue(s.end() <= n);
    for (Mention m : a.entities())
      assertTrue(m.end() <= n && body.substring(m.start(), m.end()).equals(m.text()), m.toString());
    for (TimeExpr t : a.times())
      assertTrue(t.end() <= n && body.substring(t.start(), t.end()).equals(t.text()), t.toString());
    for (Quantity q : a.quantities())
      assertTrue(q.end() <= n && body.substring(q.start(), q.end()).equals(q.text()), q.toString());
    for (Quote q : a.quotes()) assertTrue(q.start() >= 0 && q.end() <= n, q.toString());
    for (Event e : a.events()) {
      assertTrue(e.end() <= n, e.toString());
      assertTrue(e.quantityIndex() < a.quantities().size(), e.toString());
    }
    assertTrue(
        a.diagnostics().stream().noneMatch(g -> g.message().startsWith("stage failed")),
        a.diagnostics().toString());
  }
}

package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.Dates;
import org.sitrep.annotate.quantity.QuantityStage;
import org.sitrep.annotate.time.TimeTagger;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;
import org.sitrep.pipeline.Pipeline;

/**
 * Properties of the normalisers and invariants of the whole pipeline, over generated input: every
 * offset lies in the body, annotating twice gives the same output, and a document's layers refer
 * only to its own spans.
 */
class PipelinePropertiesTest {
  private static Pipeline pipeline;

  private static synchronized Pipeline pipeline() {
    if (pipeline == null) pipeline = Pipelines.standard();
    return pipeline;
  }

  private static Document doc(String body) {
    return new Document(
        null,
        List.of(new Source("generated.txt", null, null, -1)),
        "Test Wire",
        null,
        null,
        Published.stated("2024-03-05"),
        "en",
        List.of(),
        body);
  }

  @Property(tries = 300)
  void aGroupedNumberReadsAsItsValue(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
    String written = NumberFormat.getIntegerInstance(Locale.US).format(n);
    String body = "The company said it sold " + written + " cars last year.";
    List<Quantity> qs = new QuantityStage().apply(Annotated.of(doc(body))).quantities();
    assertTrue(
        qs.stream().anyMatch(q -> q.value() == n && q.text().contains(written)),
        body + " -> " + qs);
  }

  @Provide
  Arbitrary<LocalDate> newsDates() {
    return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));
  }

  @Property(tries = 300)
  void aWrittenDateNormalisesToItsDay(@ForAll("newsDates") LocalDate d) {
    TimeTagger tagger = new TimeTagger();
    for (String pattern : List.of("d MMMM yyyy", "MMMM d, yyyy", "yyyy-MM-dd")) {
      String written = d.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
      String text = "The agreement was signed on " + written + " in Vilnius.";
      List<TimeExpr> ts = tagger.tag(text, LocalDate.of(2024, 3, 5));
      assertTrue(ts.stream().anyMatch(t -> d.toString().equals(t.value())), text + " -> " + ts);
    }
  }

  private static final List<String> PIECES =
      List.of(
          "The minister said",
          " \"we will send 350 more soldiers\"",
          " on Monday",
          ", according to Reuters.",
          " NATO's 1,600 troops",
          " in Lithuania",
          " fell 12% to $1.2 billion",
          " up to 4,800",
          " (about 2 per cent)",
          " Vladimir Putin",
          " Berlin —",
          " 1, 2, 3, 4",
          " 2024-03-01",
          " next week",
          " 17 people were killed",
          " «Kyiv»",
          " Müller und Schröder",
          " \u00a0\t",
          "\n\n",
          ".",
          " the Leopard 2",
          " he said.",
          " 😀",
          " https://example.org/a?b=12&c=13",
          " Boeing 737-800");

  @Provide
  Arbitrary<String> articles() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 40)
  void everyOffsetLiesInTheBodyAndTwiceGivesTheSame(@ForAll("articles") String body) {
    Annotated a = pipeline().run(doc(body));
    int n = body.length();
    for (Span s : a.sentences()) inBody(s.start(), s.end(), n, "sentence");
    for (Mention m : a.entities()) {
      inBody(m.start(), m.end(), n, "entity");
      assertEquals(body.substring(m.start(), m.end()), m.text(), "entity text is its span");
    }
    for (TimeExpr t : a.times()) inBody(t.start(), t.end(), n, "time");
    for (Quantity q : a.quantities()) inBody(q.start(), q.end(), n, "quantity");
    for (Quote q : a.quotes()) {
      inBody(q.start(), q.end(), n, "quote");
      if (q.speakerStart() >= 0) inBody(q.speakerStart(), q.speakerEnd(), n, "speaker");
    }
    for (Event e : a.events()) {
      inBody(e.start(), e.end(), n, "event");
      assertTrue(e.quantityIndex() < a.quantities().size(), "event quantity index");
    }
    for (Fact f : a.facts()) {
      assertTrue(
          f.quantityIndex() >= 0 && f.quantityIndex() < a.quantities().size(),
          "fact quantity index");
      inBody(f.evidenceStart(), f.evidenceEnd(), n, "fact evidence");
      if (f.subjectStart() != null) inBody(f.subjectStart(), f.subjectEnd(), n, "fact subject");
      assertTrue(f.partOf() < a.facts().size(), "fact partOf");
    }
    Annotated again = pipeline().run(doc(body));
    assertEquals(ContractJson.line(a), ContractJson.line(again), "deterministic");
  }

  private static void inBody(int start, int end, int n, String what) {
    assertTrue(
        0 <= start && start <= end && end <= n, what + " [" + start + "," + end + ") in " + n);
  }
}

package org.sitrep.resolve.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.resolve.Resolver;
import org.sitrep.resolve.Situation;

class StoredFactsTest {
  /** An article with one organisation named as written, one figure, and its fact. */
  static Annotated article(String body, String org, String subject, String number, double value) {
    Document d =
        Document.of(
            Source.file(org + ".txt"),
            "Outlet",
            null,
            null,
            Published.stated("2024-05-0" + (int) (value % 9 + 1)),
            "en",
            List.of(),
            body);
    int os = body.indexOf(org), qs = body.indexOf(number);
    Mention m =
        Mention.of(os, os + org.length(), org, "ORGANIZATION").withCanonical(org).withKind("name");
    Quantity q =
        new Quantity(
            qs,
            qs + number.length(),
            number,
            value,
            null,
            "percent",
            null,
            false,
            Quantity.Bound.EXACT,
            null);
    Fact f =
        new Fact(
            0,
            subject,
            subject == null ? null : os,
            subject == null ? null : os + org.length(),
            "interest rate",
            null,
            value,
            null,
            "percent",
            Quantity.Bound.EXACT,
            false,
            null,
            Fact.Kind.LEVEL,
            Fact.Status.CURRENT,
            null,
            null,
            null,
            null,
            null,
            0,
            body.length(),
            -1);
    return Annotated.of(d)
        .withSentences(List.of(new Span(0, body.length())))
        .withEntities(List.of(m))
        .withQuantities(List.of(q))
        .withFacts(List.of(f));
  }

  @Test
  void anAcronymAndItsExpansionAreOneSubject() {
    Resolver r = new Resolver();
    r.add(
        article(
            "The European Central Bank set its main rate at 4.5% on Thursday.",
            "European Central Bank", "European Central Bank", "4.5%", 4.5));
    r.add(
        article(
            "Analysts expect the ECB to hold the rate at 4.25% this summer.",
            "ECB", "ECB", "4.25%", 4.25));
    Situation s = r.situation();
    assertEquals(1, s.facts().size(), s.facts().toString());
    FactSeries series = s.facts().get(0);
    assertEquals(new SeriesKey("European Central Bank", "interest rate", ""), series.key());
    assertEquals(2, series.observations().size());
    assertEquals("percent", series.observations().get(0).unit());
  }

  @Test
  void aCountryIsKeyedByItsCodeAndAMissingSubjectStaysUnknown() {
    Annotated a =
        article(
            "Germany spent 2.1% of its output on defence.", "Bundeswehr", "Germany", "2.1%", 2.1);
    assertEquals("DEU", StoredFacts.observations(a).get(0).key().subject());
    Annotated none = article("Rates rose to 5% while the Fed looked on.", "Fed", null, "5%", 5);
    Observation o = StoredFacts.observations(none).get(0);
    assertEquals(SeriesKey.UNKNOWN, o.key().subject(), "never the nearest named entity");
    assertEquals("unknown / interest rate", o.key().label());
    assertEquals("5%", o.text());
    assertEquals("undated", o.asOfHow());
    assertNull(o.partOf());
  }
}

package org.sitrep.resolve.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.testing.FactBuilder.fact;

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
import org.sitrep.resolve.Timeline;

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
        fact("interest rate", value)
            .subject(
                subject, subject == null ? null : os, subject == null ? null : os + org.length())
            .unit("percent")
            .evidence(0, body.length())
            .build();
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

  @Test
  void timelinesReadTheStoredLayerNotTheText() {
    Annotated a =
        article(
            "Germany spent 2.1% of its output on defence.", "Bundeswehr", "Germany", "2.1%", 2.1);
    List<Timeline.Item> facts =
        Timeline.of(List.of(a)).stream().filter(i -> i.kind().equals("fact")).toList();
    assertEquals(1, facts.size());
    assertEquals("Germany / interest rate = 2.1% · current", facts.get(0).summary());
    assertEquals(
        List.of(),
        Timeline.of(List.of(a.withFacts(List.of()))).stream()
            .filter(i -> i.kind().equals("fact"))
            .toList(),
        "a document stored without facts has none, whatever its quantities");
  }

  @Test
  void aFigureSaidTwiceInOneArticleIsOneObservation() {
    Annotated a =
        article(
            "Acme set its rate at 4.5%. Later Acme confirmed its total of 4.5%, up 4.5% on the year.",
            "Acme", "Acme", "4.5%", 4.5);
    Fact first = a.facts().get(0);
    int second = a.body().indexOf("4.5%", a.body().indexOf("Later"));
    int third = a.body().lastIndexOf("4.5%");
    List<Quantity> qs = new java.util.ArrayList<>(a.quantities());
    for (int at : new int[] {second, third})
      qs.add(
          new Quantity(
              at, at + 4, "4.5%", 4.5, null, "percent", null, false, Quantity.Bound.EXACT, null));
    Fact again =
        fact("interest rate", 4.5)
            .quantity(1)
            .subject("Acme", 0, 4)
            .unit("percent")
            .kind(Fact.Kind.TOTAL)
            .target("2027")
            .evidence(0, a.body().length())
            .build();
    Fact change =
        fact("interest rate", 4.5)
            .quantity(2)
            .subject("Acme", 0, 4)
            .unit("percent")
            .change("increase")
            .kind(Fact.Kind.CHANGE)
            .evidence(0, a.body().length())
            .build();
    a = a.withQuantities(qs).withFacts(List.of(first, again, change));
    List<Observation> os = StoredFacts.observations(a);
    assertEquals(2, os.size(), "the level once, the change apart: " + os);
    assertEquals(a.quantities().get(0).start(), os.get(0).start(), "the first mention is kept");
    assertEquals("total", os.get(0).kind(), "a running total when any mention says so");
    assertEquals("2027", os.get(0).target(), "with the target either mention gives");
    assertEquals("change", os.get(1).kind());
  }
}

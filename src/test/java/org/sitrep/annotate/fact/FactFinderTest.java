package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Fact;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.Examples;

/** Facts read from real sentences through the whole standard pipeline. */
class FactFinderTest {
  static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = Pipelines.standard();
  }

  static Annotated annotate(String text) {
    Document d =
        Document.of(
            Source.file("t"),
            null,
            null,
            null,
            Published.stated("2020-01-15"),
            "en",
            List.of(),
            text);
    return pipeline.run(d);
  }

  static List<Fact> facts(String text) {
    return FactFinder.find(annotate(text));
  }

  static Fact only(String text) {
    List<Fact> f = facts(text);
    assertEquals(1, f.size(), text + " -> " + f);
    return f.get(0);
  }

  static void fact(
      String text, String subject, String measure, Fact.Kind kind, double value, String unit) {
    Fact f = only(text);
    String got =
        f.subject() + "|" + f.measure() + "|" + f.kind() + "|" + f.value() + "|" + f.unit();
    assertEquals(subject + "|" + measure + "|" + kind + "|" + value + "|" + unit, got, text);
  }

  @Test
  void openMeasuresFromTheCountedNounTheUnitAndThePredicate() {
    fact(
        "The carmaker will close 400 dealerships in Germany next year.",
        null,
        "dealerships closed",
        Fact.Kind.LEVEL,
        400,
        null);
    fact(
        "The company is cutting 2,500 jobs at its German unit.",
        null,
        "jobs cut",
        Fact.Kind.LEVEL,
        2500,
        null);
    fact(
        "Ryanair agreed to buy fourteen new jets from Airbus.",
        "Ryanair",
        "aircraft bought",
        Fact.Kind.LEVEL,
        14,
        null);
    fact(
        "Siemens reported a quarterly loss of $1.2 billion.",
        "Siemens",
        "loss",
        Fact.Kind.LEVEL,
        1.2e9,
        "USD");
    fact(
        "At least 17 people were killed when the bus crashed near Lyon, police said.",
        "Lyon", // a toll no one is named for is the toll of the place it happened in
        "deaths",
        Fact.Kind.TOTAL, // the toll of one event is its total
        17,
        null);
    fact(
        "Volkswagen's sales fell 12% in the third quarter.",
        "Volkswagen", "sales", Fact.Kind.CHANGE, -12, "percent");
    fact(
        "Unemployment rose to 5.2% in March.",
        null, "unemployment rate", Fact.Kind.LEVEL, 5.2, "percent");
    fact(
        "A total of 52 people have been arrested so far.",
        null,
        "people arrested",
        Fact.Kind.TOTAL,
        52,
        null);
    Fact planned = only("The carmaker will close 400 dealerships in Germany next year.");
    assertEquals(Fact.Status.PLANNED, planned.status());
    assertEquals("Germany", planned.place());
  }

  @Test
  void levelsAndChangesOfAnIndexAreKeptApart() {
    fact(
        "The FTSE 100 index closed at 9,412 on Friday.",
        "FTSE 100",
        "index level",
        Fact.Kind.LEVEL,
        9412,
        null);
    List<Fact> f = facts("The Nikkei fell 212.4 to 9,412.");
    assertEquals(2, f.size(), f.toString());
    assertEquals(Fact.Kind.CHANGE, f.get(0).kind());
    assertEquals(-212.4, f.get(0).value());
    assertEquals(Fact.Kind.LEVEL, f.get(1).kind());
    assertEquals(9412, f.get(1).value());
    assertEquals("Nikkei", f.get(1).subject());
    assertEquals(f.get(0).measure(), f.get(1).measure());
  }

  @Test
  void designationsListsAddressesAndTablesAreNoObservations() {
    List<Fact> order = facts("Ryanair ordered 150 Boeing 737 MAX 10 jets, the airline said.");
    assertEquals(1, order.size(), order.toString());
    assertEquals(150, order.get(0).value());
    assertEquals("aircraft ordered", order.get(0).measure());
    for (String none :
        List.of(
            "Russia has deployed Su-35 jets; Article 5 of the treaty applies; Route 66 is closed.",
            "Germany has already sent Leopard 2 main battle tanks to Ukraine.",
            "Visit http://example.com/page/2019/12345 for details.",
            "Choose 1,2,3 or 4.",
            "He is 45 years old and was the 3rd of his family, aged 45.",
            "In 1999 the treaty was signed.")) {
      assertEquals(List.of(), facts(none), none);
    }
    StringBuilder table = new StringBuilder("Results: ");
    for (int i = 1; i <= 40; i++) table.append(i * 7).append(' ');
    long t0 = System.nanoTime();
    List<Fact> tf = facts(table.append("points.").toString());
    assertEquals(List.of(), tf);
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "a table is read in bounded time");
  }

  @Test
  void aSubjectNobodyNamesStaysUnknownAndAQuoteSaysWhoSaysSo() {
    Fact f =
        only(
            "Lithuania borders Russia. The company said on Monday it would hire 300 engineers"
                + " next year.");
    assertNull(f.subject(), "never the nearest country by default: " + f);
    assertEquals("engineers hired", f.measure());
    Annotated a =
        annotate(
            "\"We will hire 300 engineers this year,\" said Jane Smith, the chief executive of"
                + " Acme Corp.");
    List<Fact> q = FactFinder.find(a);
    assertEquals(1, q.size(), q.toString());
    assertEquals(a.quotes().get(0).speaker(), q.get(0).attributedTo());
    assertNotNull(q.get(0).attributedTo());
    Fact period = only("The retailer's revenue rose 4% in the third quarter of 2019.");
    assertEquals("2019-Q3", period.period());
    assertEquals("period", period.asOfHow());
    assertEquals("revenue", period.measure());
  }

  /**
   * The five samples: the Germany/troops/Lithuania facts with their values and statuses, one per
   * mention (002 says 4,800 twice, in two sentences; the series counts it once).
   */
  @Test
  void samplesKeepTheGermanTroopsInLithuania() {
    List<String> got = new ArrayList<>();
    Fact nato1600 = null;
    Fact de780 = null;
    List<Fact> de780Doc = null;
    Fact de4800 = null;
    List<Integer> de4800Sentences = new ArrayList<>();
    for (Map.Entry<String, Annotated> e : Examples.annotated().entrySet()) {
      List<Fact> fs = FactFinder.find(e.getValue());
      for (Fact f : fs) {
        if ("NATO".equals(f.subject()) && f.value() == 1600) nato1600 = f;
        if (!"Germany".equals(f.subject())
            || !"troops".equals(f.measure())
            || !"Lithuania".equals(f.place())) continue;
        got.add(e.getKey() + ":" + (long) f.value() + ":" + f.status().json());
        if (f.value() == 780) {
          de780 = f;
          de780Doc = fs;
        }
        if (f.value() == 4800) {
          if (de4800 == null || de4800.target() == null) de4800 = f;
          de4800Sentences.add(f.evidenceStart());
        }
      }
    }
    assertEquals(
        List.of(
            "000:350:planned",
            "000:500:current",
            "001:4000:planned",
            "001:780:current",
            "002:24:current",
            "002:4800:planned",
            "002:4800:planned",
            "003:5000:planned"),
        got);
    assertEquals(2, new java.util.HashSet<>(de4800Sentences).size(), "each with its own sentence");
    assertNotNull(nato1600, "a NATO battlegroup with 1,600 soldiers counts NATO's troops");
    assertEquals("2027", de4800.target());
    assertTrue(de780.partOf() >= 0, "780 Germans are part of the battlegroup");
    assertEquals(1600, de780Doc.get(de780.partOf()).value());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;
import org.sitrep.model.Quantity;

/**
 * German measures beyond a listed noun: compounds that name a count of their first part, changes
 * named by a noun ("ein Plus von 14 Prozent") or a comparative ("70 Prozent weniger Energie"), the
 * noun a verb of change moves, a sum that goes on with the sum before or a thing's price, reporting
 * periods, owners after the counted noun, verbs of action kept in the measure, amounts in units
 * with their noun, and figures that are no facts (durations, the second year of a span).
 */
class GermanFactMeasuresTest {
  private static Annotated run(String text) {
    return GermanFactFormsTest.run(text);
  }

  private static Fact on(Annotated a, String figure) {
    return GermanFactFormsTest.on(a, figure);
  }

  @Test
  void aCompoundThatNamesACountIsMeasuredByItsFirstPart() {
    Fact refugees = on(run("Die Flüchtlingszahl stieg im Sommer um 12.000."), "12.000");
    assertNotNull(refugees);
    assertEquals("refugees", refugees.measure());
    assertEquals(Fact.Kind.CHANGE, refugees.kind());
    Fact troops = on(run("Die Truppenstärke soll bis 2027 auf 203.000 wachsen."), "203.000");
    assertNotNull(troops);
    assertEquals("troops", troops.measure());
    assertEquals(GermanFacts.countOf("soldatenzahl"), "troops");
    assertNull(GermanFacts.countOf("jahreszahl"));
  }

  @Test
  void aPluralListedNamesItsSingularAndItsUmlautForm() {
    assertEquals("refugees", GermanFacts.inflected("measure", "flüchtling"));
    assertEquals("mann", GermanFacts.plainVowel("männ"));
    assertEquals("haus", GermanFacts.plainVowel("häus"));
  }

  @Test
  void aChangeNounGivesAChangeOfTheFigureBefore() {
    Annotated a =
        run(
            "Der Konzern verbuchte einen Umsatz von 875 Millionen Dollar, ein Plus von 14 Prozent"
                + " gegenüber dem Vorjahr.");
    Fact up = on(a, "14 Prozent");
    assertNotNull(up, a.facts().toString());
    assertEquals("revenue", up.measure());
    assertEquals(Fact.Kind.CHANGE, up.kind());
    assertEquals(14, up.value(), 1e-9);
    assertEquals("revenue", on(a, "875 Millionen").measure());
  }

  @Test
  void aPercentageMovesTheNounItsVerbOrComparativeNames() {
    Annotated a =
        run(
            "Wir verbrauchen 70 Prozent weniger Energie und reduzieren den CO2-Fußabdruck der"
                + " Batterie um 40 Prozent.");
    Fact energy = on(a, "70 Prozent"), footprint = on(a, "40 Prozent");
    assertNotNull(energy, a.facts().toString());
    assertEquals("energie", energy.measure());
    assertEquals(-70, energy.value(), 1e-9);
    assertNotNull(footprint, a.facts().toString());
    assertEquals("co2-fußabdruck", footprint.measure());
    assertEquals(-40, footprint.value(), 1e-9);
    assertEquals(Fact.Kind.CHANGE, footprint.kind());
  }

  @Test
  void aSumWithNoNounGoesOnWithTheSumBefore() {
    Annotated a =
        run(
            "Die Dienstreisen des Ministers kosteten im Sommer 57.000 Euro. Der größte Teil"
                + " entfiel dabei auf Salzburg mit 39.991,11 Euro.");
    Fact part = on(a, "39.991,11");
    assertNotNull(part, a.facts().toString());
    assertEquals("cost", part.measure());
  }

  @Test
  void aSumSaidOfAThingIsItsPrice() {
    Annotated a =
        run(
            "Die Anleihe erlitt am Dienstag einen Rekordeinbruch. Sie wurde um 5,7 Cents niedriger"
                + " bei 59,3 Cents je Euro gehandelt.");
    Fact level = on(a, "59,3 Cents");
    assertNotNull(level, a.facts().toString());
    assertEquals("price", level.measure());
    Fact fall = on(a, "5,7 Cents");
    assertEquals("price", fall.measure());
    assertTrue(fall.value() < 0, fall.toString());
  }

  @Test
  void aReportingPeriodIsTheFactsPeriod() {
    Annotated a =
        run(
            "Im dritten Quartal sank der Gewinn um 12 Prozent auf 310 Millionen Euro. Der Umsatz"
                + " im Gesamtjahr 2022 lag bei 5,2 Milliarden Euro. Im ersten Halbjahr 2021 stieg"
                + " der Umsatz auf 3 Milliarden Euro.");
    assertEquals("2023-Q3", on(a, "310 Millionen").period());
    assertEquals("2023-Q3", on(a, "310 Millionen").asOf());
    assertEquals("2022", on(a, "5,2 Milliarden").period());
    assertEquals("2021-H1", on(a, "3 Milliarden").period());
  }

  @Test
  void theOrganisationAfterTheCountedNounOwnsItAndTheVerbStaysInTheMeasure() {
    Annotated a =
        run(
            "Rund 2.000 Beschäftigte von Airbus Helicopters protestierten am Dienstag. Der Konzern"
                + " will bis zu 500 Stellen streichen.");
    Fact staff = on(a, "2.000");
    assertNotNull(staff, a.facts().toString());
    assertEquals("Airbus Helicopters", staff.subject());
    assertEquals("employees", staff.measure());
    Fact cut = on(a, "500 Stellen");
    assertEquals("jobs cut", cut.measure());
    assertEquals(Quantity.Bound.AT_MOST, cut.bound());
  }

  @Test
  void anAmountInAUnitIsMeasuredByItsNounUnlessItDescribesAThing() {
    Annotated a =
        run(
            "Die Firma baut eine 200 Kilometer lange Bahnstrecke, über die bald 60 Millionen"
                + " Tonnen Kohle rollen sollen.");
    Fact coal = on(a, "60 Millionen");
    assertNotNull(coal, a.facts().toString());
    assertEquals("kohle", coal.measure());
    assertEquals("tonne", coal.unit());
    assertNull(on(a, "200 Kilometer"), a.facts().toString());
  }

  @Test
  void durationsAndTheSecondYearOfASpanAreNoFacts() {
    Annotated a =
        run(
            "Die Firma ist seit 20 Jahren am Markt. Im Geschäftsjahr 2022/23 erzielte der Konzern"
                + " 4 Milliarden Euro Umsatz.");
    assertNull(on(a, "20 Jahren"), a.facts().toString());
    assertNull(on(a, "23"), a.facts().toString());
    assertEquals("revenue", on(a, "4 Milliarden").measure());
  }

  @Test
  void peopleAVerbOfHarmNamesAreItsDeadOrInjured() {
    Annotated a = run("Bei dem Anschlag wurden mindestens 17 Menschen getötet und 40 verletzt.");
    assertEquals("deaths", on(a, "17 Menschen").measure());
    Fact hurt = on(a, "40");
    assertNotNull(hurt, a.facts().toString());
    assertEquals("injuries", hurt.measure());
  }

  @Test
  void aPercentageOfTheNumberOfThingsChangesThoseThingsAndOneOnItsOwnTheFigureBefore() {
    Annotated a =
        run(
            "Die Zahl der aktiven Nutzer stieg um 10 Prozent auf 19,5 Millionen. Insgesamt wurden"
                + " 2022 rund 980.000 Heizungen verkauft, 38 Prozent mehr als im Vorjahr.");
    assertEquals("users", on(a, "10 Prozent").measure());
    assertEquals("users", on(a, "19,5 Millionen").measure());
    Fact more = on(a, "38 Prozent");
    assertNotNull(more, a.facts().toString());
    assertEquals(on(a, "980.000").measure(), more.measure());
    assertEquals(Fact.Kind.CHANGE, more.kind());
  }

  @Test
  void aCountInACountryIsTheCountrysNotItsSources() {
    Annotated a =
        run(
            "Laut Statistischem Bundesamt lebten Ende 2022 rund 84,4 Millionen Menschen in Deutschland.");
    assertEquals("Germany", on(a, "84,4 Millionen").subject());
  }

  @Test
  void aFigureThatRunsPastItsSentenceCostsNoOtherFigureItsFact() {
    Annotated a =
        run(
            "Der Verlust verringerte sich von 228,4 auf 211,5 Millionen Dollar. Der Umsatz lag bei"
                + " 692 Mio. Euro.");
    assertEquals("loss", on(a, "211,5 Millionen").measure());
    Fact revenue = on(a, "692 Mio");
    assertNotNull(revenue, a.facts() + " " + a.diagnostics());
    assertEquals("revenue", revenue.measure());
  }

  @Test
  void aLengthOfTimeAfterBeiIsTheLevelOfWhatTheSentenceOpensWith() {
    Annotated a = run("Die Lebenserwartung in Österreich liegt bei 81,7 Jahren.");
    Fact life = on(a, "81,7");
    assertNotNull(life, a.facts().toString());
    assertEquals("lebenserwartung", life.measure());
    assertEquals("year", life.unit());
  }
}

package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * German grammar of figures: case endings and compounds of counted nouns, shares, the source a
 * sentence names and the country a count or rate is of, through the German pipeline.
 */
class GermanFactGrammarTest {

  private static List<Fact> facts(String text) {
    return GermanFactFixture.facts("2024-04-08", text);
  }

  private static Fact only(String text) {
    return GermanFactFixture.only("2024-04-08", text);
  }

  @Test
  void aCountedNounIsFoundInItsCaseEndingAndAsTheLastPartOfACompound() {
    Fact f = only("Die Zahl der Toten in Syrien stieg auf 30.");
    assertEquals("deaths", f.measure());
    assertEquals(30, f.value());
    assertEquals(Fact.Kind.LEVEL, f.kind());
    assertEquals("Syria", f.subject());
    Fact g = only("Die Zahl der Toten in Syrien stieg um 12.");
    assertEquals(Fact.Kind.CHANGE, g.kind());
    assertEquals(12, g.value());
    assertEquals("troops", only("Litauen erwartet 300 Bundeswehrsoldaten.").measure());
    // "Mann" counts troops only as a word of its own ("300 Mann"), never as the end of a compound
    assertEquals("troops", only("Litauen erwartet 300 Mann.").measure());
    assertEquals("men", only("Litauen erwartet 300 Geschäftsmänner.").measure());
  }

  @Test
  void aPercentageOfAShareNounIsAShareOfTheGroupNamedAfterIt() {
    Fact f = only("Der Anteil der Frauen im Parlament liegt bei 35 Prozent.");
    assertEquals("share of women", f.measure());
    assertEquals(Fact.Kind.SHARE, f.kind());
    assertEquals("market share", only("Siemens hält einen Marktanteil von 40 Prozent.").measure());
    Fact g = only("Der Anteil der Frauen stieg um 3 Prozent.");
    assertEquals(Fact.Kind.CHANGE, g.kind());
    assertEquals("share of women", g.measure());
  }

  @Test
  void theSourceASentenceNamesIsItsAttributionAndNoOwner() {
    Fact f = only("Laut der Polizei wurden mehr als 40 Menschen verletzt.");
    assertEquals("Polizei", f.attributedTo());
    assertEquals(org.sitrep.model.Quantity.Bound.AT_LEAST, f.bound());
    Fact g =
        only(
            "Deutschlands Verteidigungshaushalt wächst auf 80 Milliarden Euro, so"
                + " Finanzminister Christian Lindner.");
    assertEquals("Germany", g.subject());
    assertEquals("budget", g.measure());
    assertEquals(8e10, g.value());
    assertEquals("Christian Lindner", g.attributedTo());
    Fact h =
        only(
            "Nach Angaben des Ministeriums stieg die Arbeitslosenquote in Deutschland auf 5,7 Prozent.");
    assertEquals("Germany", h.subject());
    assertEquals("unemployment rate", h.measure());
    assertEquals("Ministeriums", h.attributedTo());
  }

  @Test
  void aSentenceWithoutSourceHasNoAttribution() {
    assertNull(only("Rheinmetall steigerte seinen Gewinn auf 1,2 Milliarden Euro.").attributedTo());
  }

  @Test
  void aFigureInAListWhoseNounIsSaidOnceCountsTheNounOfTheLastMember() {
    List<Fact> fs =
        facts(
            "Im September stieg die Zahl auf 1.903, im Oktober auf 5.285 Asylanträge beim"
                + " Bundesamt.");
    assertEquals(2, fs.size(), fs.toString());
    assertEquals(1903, fs.get(0).value());
    assertEquals(fs.get(1).measure(), fs.get(0).measure());
    // only a figure in the same place ("auf ... auf"), not any figure before a counted noun
    List<Fact> gs = facts("Der Kurs lag bei 1.903, der Verein zählt 5.285 Mitglieder.");
    assertEquals(1, gs.size(), gs.toString());
    assertEquals(5285, gs.get(0).value());
  }

  @Test
  void theNounAfterProIsWhatARateIsCountedPerNotWhatItMeasures() {
    for (Fact f : facts("Im Oktober fielen in Hamburg 100 Liter pro Quadratmeter."))
      assertEquals(false, f.measure().contains("quadratmeter"), f.toString());
    assertEquals("kohle", only("Adani fördert 60 Millionen Tonnen Kohle.").measure());
  }

  @Test
  void bisAfterATimeClosesASpanAndSetsNoDeadline() {
    Fact f = only("Von 1961 bis 1990 stieg die Zahl der Arbeitslosen in Deutschland auf 2.000.");
    assertEquals(Fact.Status.CURRENT, f.status());
    assertNull(f.target());
    Fact g = only("Die Zahl der Arbeitslosen in Deutschland soll bis 2030 auf 2.000 steigen.");
    assertEquals(Fact.Status.PLANNED, g.status());
    assertEquals("2030", g.target());
  }

  @Test
  void anAmountNoNounNamesIsMeasuredByWhatItsUnitMeasures() {
    Fact f = only("Exaring verlangt eine Leitung mit mehr als 16 Mbit.");
    assertEquals("bandwidth", f.measure());
    assertEquals("megabit", f.unit());
    assertEquals("temperature", only("In Berlin wurden am Montag 31,5 Grad gemessen.").measure());
    // a noun after the unit names the measure; a unit that says nothing of it gives no fact
    assertEquals("kohle", only("Adani fördert 60 Millionen Tonnen Kohle.").measure());
    assertEquals(0, facts("Der Turm ist 300 Meter.").size());
    // an amount in a compound describes a thing
    assertEquals(0, facts("Der Konzern baut ein 700-Megawatt-Kraftwerk in Bayern.").size());
    assertEquals(0, facts("Die Partei will die Weichen Richtung 1,5-Grad-Pfad stellen.").size());
  }

  @Test
  void theSecondPartOfACoordinationOfCompoundsIsNoName() {
    Fact f =
        only(
            "Ziel der EnBW ist es, bis 2025 On- und Offshore-Windkraftanlagen mit 4.000 Megawatt"
                + " Gesamtleistung zu betreiben.");
    assertEquals("EnBW", f.subject());
    assertEquals(4000, f.value());
  }
}

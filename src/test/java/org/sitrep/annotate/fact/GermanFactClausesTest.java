package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;

/**
 * What a German clause says of its figure: a town as the clause's subject, an amount in litres per
 * square metre, the noun a preposition ties a figure to, the particle of a separable verb, a noun
 * of a kind of party that stands for a name, and a word of the whole country.
 */
class GermanFactClausesTest {

  private static final String DAY = "2024-04-08";

  private static Fact on(String text, String figure) {
    Annotated a = GermanFactFixture.run(DAY, text);
    Fact f = GermanFactFixture.on(a, figure);
    assertNotNull(f, () -> "no fact on " + figure + " in: " + text + " got " + a.facts());
    return f;
  }

  @Test
  void anAmountPerSquareMetreIsPrecipitationAndATownAsSubjectOwnsIt() {
    Annotated a =
        GermanFactFixture.run(
            DAY,
            "Der Deutsche Wetterdienst hat seine Bilanz vorgelegt. Im Oktober fielen im Mittel rund"
                + " 100 Liter pro Quadratmeter. Dornum, Ostfriesland, meldete am Mittwoch mit 50,7 l/m² die"
                + " höchste Tagessumme. Im Süden fielen nur 40 l/m².");
    Fact month = GermanFactFixture.on(a, "100 Liter");
    assertNotNull(month, a.facts()::toString);
    assertEquals("precipitation", month.measure());
    assertEquals("litre per square metre", month.unit());
    Fact town = GermanFactFixture.on(a, "50,7");
    assertNotNull(town, a.facts()::toString);
    assertEquals(50.7, town.value(), 1e-9);
    assertEquals("Dornum", town.subject());
    // a town owns the figure of its own clause, not the next sentence's
    Fact south = GermanFactFixture.on(a, "40 l");
    assertNotNull(south, a.facts()::toString);
    assertNotEquals(town.subject(), south.subject());
  }

  @Test
  void aSumIsOfTheNounAPrepositionTiesItTo() {
    assertEquals(
        "geldanlage",
        on("Anleger profitieren von einer Geldanlage ab 500 Euro.", "500 Euro").measure());
    assertEquals(
        "prämie",
        on("Jäger können eine Prämie in Höhe von 80 Euro beantragen.", "80 Euro").measure());
    // a listed noun keeps its English measure; a noun that names only an amount is none
    assertEquals(
        "loss", on("Der Konzern meldete einen Verlust von 190 Millionen Euro.", "190").measure());
    assertNotEquals(
        "betrag", on("Siemens zahlte einen Betrag von 500 Euro.", "500 Euro").measure());
  }

  @Test
  void anAmountInAUnitMeasuresTheNounAPrepositionTiesItTo() {
    Fact f = on("Der Roller hat eine Reichweite von bis zu 100 Kilometern.", "100");
    assertEquals("reichweite", f.measure());
    assertEquals("kilometre", f.unit());
    assertEquals(
        "nabenhöhe", on("Die Anlagen haben eine Nabenhöhe von 166 Metern.", "166").measure());
  }

  @Test
  void aSeparableVerbMovesByItsOwnParticle() {
    Fact back =
        on("Der Umsatz von Siemens ging im dritten Quartal um 3 Prozent zurück.", "3 Prozent");
    assertEquals(Fact.Kind.CHANGE, back.kind());
    assertEquals(-3, back.value());
    Fact in = on("Der Absatz der Branche brach um 20 Prozent ein.", "20 Prozent");
    assertEquals(-20, in.value());
    // "ging … ein" is no move: the particle must be the verb's own
    Fact none = on("Bei Siemens gingen 500 Bestellungen ein.", "500");
    assertNotEquals(Fact.Kind.CHANGE, none.kind());
  }

  @Test
  void aNounOfAKindOfPartyStandsForTheNameTheTextGivesMostOften() {
    Annotated a =
        GermanFactFixture.run(
            DAY,
            "Siemens Energy hat am Dienstag seine Zahlen vorgelegt. Siemens Energy leidet unter"
                + " Problemen bei Windkraftanlagen, berichtete Bloomberg. Der Konzern verkaufte"
                + " in China 3.000 Turbinen.");
    Fact f = GermanFactFixture.on(a, "3.000");
    assertNotNull(f, a.facts()::toString);
    assertEquals("Siemens Energy", f.subject());
  }

  @Test
  void aWordOfTheWholeCountryGivesTheCountry() {
    Fact germany = on("Deutschlandweit wurden 2.000 Messstationen ausgewertet.", "2.000");
    assertEquals("Germany", germany.subject());
    String text = "Bundesweit wurden 2.000 Messstationen ausgewertet.";
    Fact austria =
        GermanFactFixture.on(
            GermanFactFixture.run(DAY, text, "https://www.example.at/wetter"), "2.000");
    assertNotNull(austria);
    assertEquals("Austria", austria.subject());
    Fact de =
        GermanFactFixture.on(
            GermanFactFixture.run(DAY, text, "https://www.example.de/wetter"), "2.000");
    assertEquals("Germany", de.subject());
  }
}

package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.time.GermanTimeTagger;

class GermanQuantityTaggerTest {
  private final GermanQuantityTagger tagger = new GermanQuantityTagger();

  /** Each quantity as text=value|unit|counted|bound|approximate|change. */
  private String tag(String text) {
    var times = new GermanTimeTagger().tag(text, LocalDate.of(2024, 2, 20));
    return tagger.tag(text, times).stream()
        .map(
            q ->
                String.format(
                    Locale.ROOT,
                    "%s=%s|%s|%s|%s|%s|%s",
                    q.text(),
                    q.valueMax() == null
                        ? String.format(Locale.ROOT, "%.6g", q.value())
                        : String.format(Locale.ROOT, "%.6g-%.6g", q.value(), q.valueMax()),
                    q.unit(),
                    q.counted(),
                    q.bound().json(),
                    q.approximate(),
                    q.change()))
        .collect(Collectors.joining("; "));
  }

  @Test
  void anUninflectedWordBeforeAnAdjectiveStaysOutOfTheWayOfTheCountedNoun() {
    assertEquals(
        "26 unerlaubt eingereiste Personen=26.0000|null|Personen|exact|false|null",
        tag("Die Polizei stellte 26 unerlaubt eingereiste Personen fest."));
    assertEquals(
        "300 schwer verletzte Menschen=300.000|null|Menschen|exact|false|null",
        tag("Es gab 300 schwer verletzte Menschen."));
    // an uninflected word before no adjective stops the noun phrase
    assertEquals("26=26.0000|null|null|exact|false|null", tag("Es waren 26 damals Betroffene."));
  }

  @Test
  void boundsHedgesChangesAndCountedNouns() {
    assertEquals(
        "bis zu 350 weitere Soldaten=350.000|null|Soldaten|at_most|false|increase",
        tag("Deutschland will bis zu 350 weitere Soldaten nach Litauen schicken."));
    assertEquals(
        "rund 4.800 Soldaten=4800.00|null|Soldaten|exact|true|null",
        tag("Die Brigade soll rund 4.800 Soldaten umfassen."));
    assertEquals(
        "mehr als 200 Fahrzeuge=200.000|null|Fahrzeuge|at_least|false|null",
        tag("Es kommen mehr als 200 Fahrzeuge."));
    assertEquals(
        "drei Brigaden=3.00000|null|Brigaden|exact|false|null",
        tag("Das Heer stellt drei Brigaden."));
  }

  @Test
  void germanSeparatorsMagnitudesAndUnits() {
    assertEquals(
        "2,5 Milliarden Euro=2.50000e+09|EUR|null|exact|false|null",
        tag("Der Bau kostet 2,5 Milliarden Euro."));
    assertEquals(
        "zwei Prozent=2.00000|percent|null|exact|false|null", tag("Das Ziel sind zwei Prozent."));
    assertEquals(
        "eine Milliarde Euro=1.00000e+09|EUR|null|exact|false|null",
        tag("Eine Kaserne kostet eine Milliarde Euro."));
    assertEquals("1,5 %=1.50000|percent|null|exact|false|null", tag("Das Wachstum lag bei 1,5 %."));
    assertEquals(
        "zwischen 300 und 500 Soldaten=300.000-500.000|null|Soldaten|range|false|null",
        tag("Es sind zwischen 300 und 500 Soldaten."));
    assertEquals(
        "12 Kilometer=12.0000|kilometre|null|exact|false|null",
        tag("Die Grenze ist 12 Kilometer entfernt."));
  }

  @Test
  void yearsDatesAndArticlesAreNoQuantities() {
    assertEquals("", tag("Seit 2017 und bis 2027 ist das so, sagte er am 12. März 2024."));
    assertEquals("", tag("Ein Soldat und eine Brigade kamen."));
    assertEquals("", tag("Um 15 Uhr, Telefon 05971 oder 0221."));
  }

  @Test
  void spacedThousandsSignsCurrencyCodesAndSplitAbbreviations() {
    assertEquals(
        "rund 67 000 Euro=67000.0|EUR|null|exact|true|null",
        tag("Es entstand ein Schaden von rund 67 000 Euro."));
    assertEquals(
        "-1,8%=-1.80000|percent|null|exact|false|null; minus 3,1 %=-3.10000|percent|null|exact|false|null",
        tag("Die Aktie (-1,8%) fiel, nach minus 3,1 % im August."));
    assertEquals("+22%=22.0000|percent|null|exact|false|null", tag("Der Absatz legte (+22%) zu."));
    assertEquals(
        "CHF 7 Mio=7.00000e+06|CHF|null|exact|false|null",
        tag("Der Verlust lag bei CHF 7 Mio und damit tiefer."));
    // text whose tokens are joined by spaces keeps an abbreviation's full stop apart
    assertEquals(
        "13 Mrd . Euro=1.30000e+10|EUR|null|exact|false|null",
        tag("Die Summe legte um 13 Mrd . Euro zu."));
    assertEquals(
        "maximal 2 Millionen m³=2.00000e+06|cubic metre|null|at_most|false|null; etwa 1,4 km²=1.40000|square kilometre|null|exact|true|null",
        tag("Sie fasst maximal 2 Millionen m³ Wasser auf etwa 1,4 km² Fläche."));
    assertEquals(
        "um die 2,10 Meter=2.10000|metre|null|exact|true|null",
        tag("Er liebäugelt mit einem Ergebnis um die 2,10 Meter."));
    // a dash between two numbers is a range, not a sign
    assertEquals(
        "60-70 Soldaten=60.0000-70.0000|null|Soldaten|range|false|null",
        tag("Es kamen 60-70 Soldaten."));
  }

  @Test
  void boundPhrasesCentsCompoundsAndFractions() {
    assertEquals(
        "bis hin zu 40 Prozent=40.0000|percent|null|at_most|false|null",
        tag("Die Preise stiegen bis hin zu 40 Prozent."));
    assertEquals(
        "30 Cent bis 1 Euro=0.300000-1.00000|EUR|null|range|false|null",
        tag("Ein Brötchen kostet 30 Cent bis 1 Euro."));
    assertEquals("50 Cent=0.500000|EUR|null|exact|false|null", tag("Der Eintritt kostet 50 Cent."));
    assertEquals(
        "2,15-Meter=2.15000|metre|null|exact|false|null",
        tag("Der 2,15-Meter-Riese traf zweimal."));
    assertEquals(
        "5-Prozent=5.00000|percent|null|exact|false|null",
        tag("Sie scheiterte an der 5-Prozent-Hürde."));
    assertEquals(
        "zwei Drittel der Abgeordneten=0.666667|null|Abgeordneten|exact|false|null",
        tag("Dafür stimmten zwei Drittel der Abgeordneten."));
    assertEquals(
        "ein Viertel der Stimmen=0.250000|null|Stimmen|exact|false|null",
        tag("Die Partei erhielt ein Viertel der Stimmen."));
    assertEquals("", tag("Er kam um Viertel nach acht."), "a quarter with no number is no share");
  }

  @Test
  void digitsGluedToAWordNameAThing() {
    assertEquals("", tag("Die Zahl der Covid-19-Patienten steigt."));
    assertEquals("", tag("Der Frauenrat wird im Kreis der W7 zentrale Themen adressieren."));
    assertEquals("", tag("Endgültig eingestellt wird die Förderung für EH55-Neubauten."));
    assertEquals(
        "500 Patienten=500.000|null|Patienten|exact|false|null",
        tag("Die Klinik behandelt 500 Patienten mit Covid-19."));
    assertEquals(
        "-1,8 %=-1.80000|percent|null|exact|false|null", tag("Der Umsatz sank um -1,8 %."));
  }

  @Test
  void aFiniteVerbAfterTheNumberEndsItsPhrase() {
    assertEquals(
        "400=400.000|null|null|exact|false|null", tag("Weitere 400 sollen neue Stellen schaffen."));
    assertEquals("80=80.0000|null|null|exact|false|null", tag("Nur 80 konnten neue Jobs finden."));
    assertEquals(
        "120 neue Wohnungen=120.000|null|Wohnungen|exact|false|null",
        tag("Es entstehen 120 neue Wohnungen."));
  }
}

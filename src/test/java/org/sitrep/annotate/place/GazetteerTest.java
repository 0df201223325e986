package org.sitrep.annotate.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.get();

  private String iso(String name) {
    return g.place(name).map(Place::iso3).orElse(null);
  }

  @Test
  void everyIsoCountryHasNameAndCentroid() {
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      Place p =
          g.country(l.getISO3Country()).orElseThrow(() -> new AssertionError("no row for " + cc));
      assertEquals(l.getDisplayCountry(Locale.ENGLISH), p.name());
      assertEquals(p, g.place(p.name()).orElseThrow(), p.name());
      assertTrue(Math.abs(p.lat()) <= 90 && Math.abs(p.lon()) <= 180, p.name());
    }
  }

  @Test
  void alternativeNamesOfCountries() {
    assertEquals("RUS", iso("Russian Federation"));
    assertEquals("GBR", iso("Britain"));
    assertEquals("GBR", iso("U.K."));
    assertEquals("USA", iso("U.S."));
    assertEquals("USA", iso("America"));
    assertEquals("CZE", iso("Czech Republic"));
    assertEquals("TUR", iso("Türkiye"));
    assertEquals("TUR", iso("Turkey"));
    assertEquals("CIV", iso("Ivory Coast"));
    assertEquals("BIH", iso("Bosnia and Herzegovina"));
    assertEquals("DEU", iso("the Federal Republic of Germany"));
    assertEquals("Germany", g.place("Federal Republic of Germany").orElseThrow().name());
  }

  @Test
  void demonymsGiveTheirCountry() {
    assertEquals("DEU", g.demonym("German").orElseThrow().iso3());
    assertEquals("LTU", g.demonym("Lithuanians").orElseThrow().iso3());
    assertEquals("PRK", g.demonym("North Korean").orElseThrow().iso3());
    assertEquals("FRA", g.demonym("Frenchmen").orElseThrow().iso3());
    assertTrue(g.demonym("European").isEmpty(), "European belongs to no single country");
    assertEquals("LTU", g.countryOf("Lithuania").orElseThrow().iso3());
  }

  @Test
  void capitalsCitiesAndRegionsMapToTheirCountry() {
    assertEquals("LTU", iso("Vilnius"));
    assertEquals(Place.Kind.CAPITAL, g.place("Vilnius").orElseThrow().kind());
    assertEquals("RUS", iso("Kaliningrad"));
    assertEquals("UKR", iso("Crimea"));
    assertEquals("UKR", iso("Donbas"));
    assertEquals("LTU", iso("Klaipėda"));
    assertEquals("LTU", iso("Klaipeda"));
    assertEquals(
        "Kyiv", g.place("Kiev").orElseThrow().name(), "older spellings give the preferred one");
    assertTrue(g.place("the Kremlin").orElseThrow().standsForGovernment());
    assertTrue(g.place("Berlin").orElseThrow().standsForGovernment());
    assertTrue(!g.place("Hamburg").orElseThrow().standsForGovernment());
  }

  @Test
  void everyNatoAndEuMembersCapitalIsKnown() {
    String capitals =
        "Tirana ALB,Brussels BEL,Sofia BGR,Ottawa CAN,Zagreb HRV,Prague CZE,Copenhagen DNK,Tallinn EST,Helsinki FIN,"
            + "Paris FRA,Berlin DEU,Athens GRC,Budapest HUN,Reykjavik ISL,Rome ITA,Riga LVA,Vilnius LTU,"
            + "Luxembourg City LUX,Podgorica MNE,Amsterdam NLD,Skopje MKD,Oslo NOR,Warsaw POL,Lisbon PRT,Bucharest ROU,"
            + "Bratislava SVK,Ljubljana SVN,Madrid ESP,Stockholm SWE,Ankara TUR,London GBR,Washington USA,Vienna AUT,"
            + "Nicosia CYP,Dublin IRL,Valletta MLT";
    for (String pair : capitals.split(",")) {
      int sp = pair.lastIndexOf(' ');
      Place p = g.place(pair.substring(0, sp)).orElseThrow(() -> new AssertionError(pair));
      assertEquals(pair.substring(sp + 1), p.iso3(), pair);
      assertEquals(Place.Kind.CAPITAL, p.kind(), pair);
    }
  }

  @Test
  void ambiguousNamesTakeTheNewsReading() {
    assertEquals("GEO", iso("Georgia"));
    assertEquals("FRA", iso("Paris"));
    assertEquals(Place.Kind.COUNTRY, g.place("Singapore").orElseThrow().kind());
  }

  @Test
  void areasHaveCoordinatesButNoCountry() {
    Place europe = g.place("Europe").orElseThrow();
    assertEquals(null, europe.iso3());
    assertTrue(europe.lat() > 40);
    assertTrue(g.place("Atlantis").isEmpty());
  }

  @Test
  void germanNamesAndInflectedDemonymsOnlyForGermanText() {
    Gazetteer de = Gazetteer.german();
    assertEquals("Lithuania", de.place("Litauen").orElseThrow().name());
    assertEquals("LTU", de.place("Litauen").orElseThrow().iso3());
    assertEquals("RUS", de.place("Moskau").orElseThrow().iso3());
    assertEquals("ISL", de.place("Island").orElseThrow().iso3());
    for (String w : List.of("litauischen", "litauische", "Litauer", "Litauerinnen"))
      assertEquals("LTU", de.demonym(w).map(Place::iso3).orElse(null), w);
    assertEquals("DEU", de.demonym("deutschen").map(Place::iso3).orElse(null));
    assertEquals("FRA", de.demonym("Franzosen").map(Place::iso3).orElse(null));
    assertTrue(de.demonym("Regierung").isEmpty());
    Gazetteer en = Gazetteer.get();
    assertTrue(en.place("Litauen").isEmpty(), "German names stay out of English text");
    assertTrue(en.place("Island").isEmpty(), "'Island' is Iceland only in German");
  }
}

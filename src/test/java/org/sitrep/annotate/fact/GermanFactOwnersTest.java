package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Owners, directions and dates of German figures: an organisation after "bei", a company that is
 * not its country, a count whose noun is left out ("davon", "weitere"), the particle of a separable
 * verb, "seit" as the start of a period, the second year of "2022/23", the person spoken to,
 * "dort".
 */
class GermanFactOwnersTest {

  private static List<Fact> facts(String text) {
    return GermanFactFixture.facts("2024-04-08", text);
  }

  private static Fact only(String text) {
    return GermanFactFixture.only("2024-04-08", text);
  }

  @Test
  void anOrganisationAfterBeiOwnsTheFigureBeforeACountryInTheClause() {
    Fact f =
        facts("Derzeit sind knapp 3.300 Mitarbeiterinnen und Mitarbeiter bei FACC beschäftigt.")
            .get(0);
    assertEquals("FACC", f.subject());
    assertEquals("employees", f.measure());
  }

  @Test
  void aCompanyWithAHomeCountryIsItselfAndAStateBodyIsItsCountry() {
    assertEquals("Siemens", only("Siemens hat 3.000 Stellen gestrichen.").subject());
    assertEquals("Germany", only("Die Bundeswehr hat 4.800 Soldaten in Litauen.").subject());
  }

  @Test
  void aCountWhoseNounIsLeftOutCountsWhatTheCountBeforeItCounted() {
    List<Fact> fs =
        facts(
            "Derzeit sind knapp 3.300 Mitarbeiter bei FACC beschäftigt, davon rund 2.850 in Österreich.");
    assertEquals(2, fs.size(), fs::toString);
    assertEquals("employees", fs.get(1).measure());
    assertEquals("FACC", fs.get(1).subject());
    assertEquals(2850, fs.get(1).value());
    List<Fact> gs =
        facts(
            "Wir haben 600 Leute eingestellt. Weitere 400 sollen bis Mitte nächsten Jahres dazukommen.");
    assertEquals(2, gs.size(), gs::toString);
    assertEquals(gs.get(0).measure(), gs.get(1).measure());
    assertEquals(Fact.Kind.CHANGE, gs.get(1).kind());
  }

  @Test
  void aSeparableVerbMovesByItsParticle() {
    Fact up = only("Die Zahl der Arbeitslosen nahm um 5 Prozent zu.");
    assertEquals(Fact.Kind.CHANGE, up.kind());
    assertEquals(5, up.value());
    Fact down = only("Die Zahl der Arbeitslosen nahm um 5 Prozent ab.");
    assertEquals(-5, down.value());
    Fact in = only("Der Konzern nahm 20 Millionen Euro ein.");
    assertNotEquals(Fact.Kind.CHANGE, in.kind());
    assertEquals(2.0e7, in.value());
  }

  @Test
  void aTimeAfterSeitStartsAPeriodAndIsNoAsOfDate() {
    Fact f = only("Seit 2010 hat Siemens 3.000 Stellen gestrichen.");
    assertEquals("2024-04-08", f.asOf());
    Fact g = only("Im Jahr 2010 hat Siemens 3.000 Stellen gestrichen.");
    assertEquals("2010", g.asOf());
  }

  @Test
  void theSecondYearOfASpanIsNoCount() {
    List<Fact> fs =
        facts("Im Geschäftsjahr 2022/23 erzielte der Konzern einen Umsatz von 12 Milliarden Euro.");
    assertEquals(1, fs.size(), fs::toString);
    assertEquals(1.2e10, fs.get(0).value());
  }

  @Test
  void thePersonSpokenToOwnsNothingAndAFigureThereIsThePlaceBefore() {
    Fact f = only("Herr Vilanek, in Deutschland gibt es sieben Millionen TV-Haushalte.");
    assertEquals("Germany", f.subject());
    List<Fact> fs =
        facts(
            "Die meisten Anträge kamen aus der Uckermark. Dort wurden 4.338 Anträge eingereicht.");
    assertTrue(
        fs.stream().anyMatch(x -> x.value() == 4338 && "Uckermark".equals(x.subject())),
        fs::toString);
  }

  @Test
  void aFigureTheClauseSaysIsWorldwideIsTheWorldsAndACountInBracketsCountsTheNounBefore() {
    Fact f = only("Bis 2042 würden weltweit 40.850 Flugzeuge ausgeliefert.");
    assertEquals("world", f.subject());
    assertEquals("aircraft", f.measure());
    List<Fact> fs =
        facts("Im letzten Jahr lag die Zahl der Anträge (27.478) auf dem Niveau des Vorjahres.");
    assertTrue(
        fs.stream().anyMatch(x -> x.value() == 27478 && "applications".equals(x.measure())),
        fs::toString);
  }

  @Test
  void whenTheFigureOpensTheSentenceItsSubjectStandsAfterTheVerb() {
    Fact f = only("Rund 300 neue Kunden gewann Siemens im Mai.");
    assertEquals("Siemens", f.subject());
    assertEquals("customers", f.measure());
  }
}

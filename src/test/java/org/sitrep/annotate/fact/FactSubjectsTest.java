package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Fact;

/**
 * Owners of figures that no name right beside them gives: a clause whose verb is left out, an owner
 * after "for", a pronoun in a reported clause, a subject the entity layer did not mark, the world.
 */
class FactSubjectsTest {
  @BeforeAll
  static void load() {
    if (FactFinderTest.pipeline == null) FactFinderTest.load();
  }

  private static Fact on(String text, double value) {
    return FactGrammarTest.on(text, value);
  }

  @Test
  void aClauseWithItsVerbLeftOutIsItsOwnNamesFigure() {
    String text = "Portugal has reported about 12,000 infections and Greece 4,300, officials said.";
    assertEquals("Portugal", on(text, 12000).subject());
    assertEquals("Greece", on(text, 4300).subject());
  }

  @Test
  void aSumForANamedBeneficiaryIsTheirs() {
    Fact f = on("On Monday, lenders approved the €40 billion aid package for Ireland.", 4e10);
    assertEquals("Ireland", f.subject());
  }

  @Test
  void aPronounInAReportedClauseIsTheReportingSubject() {
    Fact f =
        on(
            "Globex Corp. launched a review in May. Last week, the firm told the Energy Commission"
                + " that it had cut 1,200 jobs.",
            1200);
    assertEquals("Globex Corp.", f.subject());
  }

  @Test
  void theMeasureItselfIsNeverItsOwnSubject() {
    Fact f = on("Quarterly exports fell 7 percent, the statistics office said.", -7);
    assertEquals(false, "Quarterly exports".equals(f.subject()) || "exports".equals(f.subject()));
  }

  @Test
  void aGlobalFigureIsTheWorlds() {
    Fact f = on("Scientists said the global ocean temperature rose 0.6°C over the decade.", 0.6);
    assertEquals("world", f.subject());
  }

  @Test
  void aClassNounIsTheNameTheTextTiedItTo() {
    // the carmaker is Renault, tied to it by apposition, not Nissan, the last company named
    String text =
        "Renault, the French carmaker, reported weak sales in March. Nissan said demand in Asia"
            + " held up. The carmaker will close 400 dealerships in Germany next year.";
    assertEquals("Renault", on(text, 400).subject());
    String before =
        "Shares of the carmaker Renault fell on Monday. Analysts praised Nissan. The carmaker"
            + " will close 400 dealerships next year.";
    assertEquals("Renault", on(before, 400).subject());
  }

  @Test
  void aTiedNameMustBeTheNounsHeadNotItsModifier() {
    // "a carmaker parts supplier" ties Bosch to "supplier", not to "carmaker": the last company
    String text =
        "Bosch, a carmaker parts supplier, cut its outlook. Renault said sales slowed. The"
            + " carmaker will close 400 dealerships next year.";
    assertEquals("Renault", on(text, 400).subject());
  }

  @Test
  void aDescriptionWithNothingNamedBeforeItStaysUnknown() {
    assertEquals(null, on("The carmaker will close 400 dealerships next year.", 400).subject());
    assertEquals(null, on("The airline agreed to buy fourteen new jets.", 14).subject());
  }

  @Test
  void aPlaceDescriptionIsTheLastPlaceOfItsKind() {
    String text =
        "Hospitals in Ohio reported more admissions on Friday. The state's confirmed caseload is"
            + " nearly 16,000, officials said.";
    assertEquals("Ohio", on(text, 16000).subject());
  }

  @Test
  void anIndefiniteSubjectIsTakenAsWritten() {
    Fact f =
        on(
            "LVMH is covering two-thirds of the cost, while another private company is donating"
                + " 1 million euros.",
            1e6);
    assertEquals("private company", f.subject());
  }

  @Test
  void whoReportsAFigureIsNotItsSubject() {
    Fact f = on("Researchers counted 2,000 nests along the coast last spring.", 2000);
    assertEquals(
        false,
        f.subject() != null
            && f.subject().toLowerCase(java.util.Locale.ROOT).contains("researcher"));
  }

  @Test
  void aSumAVerbGivesForSomeoneIsTheirsWhenNoOneIsNamedAsItsSubject() {
    String text =
        "On Wednesday, finance ministers gave the green light to the €130 billion ($170 billion)"
            + " second rescue package for Greece.";
    assertEquals("Greece", on(text, 1.3e11).subject());
  }

  @Test
  void aLevelAVerbSetsIsItsObjectsOwners() {
    String text =
        "Claims topped 6 million again, bringing the number of Americans out of work over the"
            + " last three weeks to 16.8 million.";
    assertEquals("United States", on(text, 1.68e7).subject());
    // an object that is itself a figure owns nothing: the later pair stays the leader's rival's
    String poll =
        "Trump leads Clinton 43 percent to 41 percent in Ohio and 42 percent to 39 percent in Iowa.";
    assertEquals(false, "Clinton".equals(on(poll, 42).subject()));
  }

  @Test
  void figuresADataSourceShowsAreThatSourcesOwn() {
    Fact f = on("Figures from Norway show that vacancies have risen to 4.2 per cent.", 4.2);
    assertEquals("Norway", f.subject());
  }

  @Test
  void aShareWhoseCopulaNamesAGroupIsThatGroups() {
    assertEquals("Hispanic", on("Roughly 18 percent of the workforce is Hispanic.", 18).subject());
    // no name after the copula: no group is made up from it
    Fact f = on("Roughly 18 percent of the workforce is over 65.", 18);
    assertEquals(false, f.subject() != null && f.subject().contains("65"), f.toString());
  }

  @Test
  void aNationalStatisticNoNameOwnsIsTheArticlesCountry() {
    String chile =
        "Chile reopened its copper mines on Monday. Chile lifted the curfew in the capital, and"
            + " officials across Chile said trade resumed. ";
    assertEquals(
        "Chile", on(chile + "Unemployment claims rose to 120,000 last week.", 1.2e5).subject());
    // a count that is no national statistic is not given to the country the article names most
    Fact visitors = on(chile + "Museum visitors rose to 120,000 last week.", 1.2e5);
    assertEquals(false, "Chile".equals(visitors.subject()), visitors.toString());
  }

  @Test
  void aNationalStatisticInAnArticleAboutACityIsItsCountrys() {
    String city =
        "Chicago reopened its museums on Monday. Chicago lifted the curfew, and shops across"
            + " Chicago said trade resumed. ";
    assertEquals(
        "United States", on(city + "Unemployment claims rose to 90,000 last week.", 9e4).subject());
  }

  @Test
  void aNationalStatisticIsTheCountryItsDemonymNames() {
    assertEquals("Italy", on("The Italian economy shrank 3 percent in the quarter.", -3).subject());
  }

  @Test
  void anOrganisationInsideTheFigurePhraseOwnsItAndAllOfAGroupIsNotDenied() {
    Fact members =
        on(
            "Ukraine does not have the unanimous backing of all 32 NATO members, diplomats"
                + " said.",
            32);
    assertEquals("NATO", members.subject(), members.toString());
    assertEquals(Fact.Status.CURRENT, members.status(), members.toString());
    // without "all" the count is what the clause denies
    Fact denied = on("Acme did not hire 300 Siemens engineers last year.", 300);
    assertEquals(Fact.Status.NEGATED, denied.status(), denied.toString());
  }

  @Test
  void aPlaceInAnotherPredicateIsNotTheFiguresPlace() {
    Fact target =
        on(
            "Germany plans to raise defense spending to meet NATO's 2% target and confirmed the"
                + " stationing of a brigade in Lithuania.",
            2);
    assertEquals(null, target.place(), target.toString());
  }

  @Test
  void aCountrysPeopleNamedInTheArticleMakeItTheArticlesCountry() {
    String text =
        "Indian lenders cut their rates on Monday. Indian exporters said orders fell, and"
            + " Indian banks agreed. Economic growth slowed to 5 percent last year.";
    Fact growth = on(text, 5);
    assertEquals("India", growth.subject(), growth.toString());
  }

  @Test
  void anInfinitiveSetOffByACommaHasTheGoverningClausesSubject() {
    Fact f = on("The Nikkei lost 2 percent on Friday, to end at 21,300 points.", 21300);
    assertEquals("Nikkei", f.subject(), f.toString());
  }

  @Test
  void damageWithNoOneNamedIsThePlacesWhereItHappened() {
    Fact f = on("Some 1,800 homes were destroyed in the city of Sendai on Friday.", 1800);
    assertEquals("Sendai", f.subject(), f.toString());
  }
}

package org.sitrep.annotate.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Status;
import org.sitrep.model.Quantity;

/**
 * One sentence per event type and per status. Tokens and mentions come from the real CoreNLP and
 * entity stages; countries, quantities and times from {@link StandInLayers}, standing in for the
 * stages other developers are writing.
 */
class EventStageTest {
  private static final EventStage STAGE = new EventStage();

  private static Annotated run(String text) {
    return STAGE.apply(StandInLayers.full(text));
  }

  /** The only event of the given type; fails when there is none or several. */
  private static Event only(Annotated a, String type) {
    List<Event> found =
        a.events().stream().filter(e -> e.type().equals(type)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "one " + type + " in " + a.events());
    return found.get(0);
  }

  private static String trigger(Annotated a, Event e) {
    return a.body().substring(e.start(), e.end());
  }

  @Test
  void sendTroopsIsAPlannedDeploymentWithItsQuantity() {
    Annotated a =
        run("Germany will send up to 350 more soldiers to Lithuania to help bolster the alliance.");
    Event e = only(a, "deploy");
    assertEquals("send", trigger(a, e));
    assertEquals("DEU", e.actor());
    assertEquals("LTU", e.target());
    assertEquals(Status.PLANNED, e.status());
    assertEquals("154", e.code());
    Quantity q = a.quantities().get(e.quantityIndex());
    assertEquals(350, q.value());
    assertEquals(Quantity.Bound.AT_MOST, q.bound());
    assertEquals("increase", q.change());
  }

  @Test
  void stationedTroopsWithQuantityBeforeTheTrigger() {
    Annotated a =
        run("Germany currently has 500 soldiers stationed as part of NATO forces in Lithuania.");
    Event e = only(a, "station");
    assertEquals("DEU", e.actor());
    assertEquals("LTU", e.location());
    assertEquals(500, a.quantities().get(e.quantityIndex()).value());
    assertEquals(Status.REPORTED, e.status());
  }

  @Test
  void signADealWithPlaceAndTimeBeforeTheTrigger() {
    Annotated a =
        run(
            "German Defense Minister Boris Pistorius was in Vilnius on Monday to sign a deal with his "
                + "Lithuanian counterpart Arvydas Anušauskas.");
    Event e = only(a, "sign");
    assertEquals("057", e.code());
    assertEquals("Boris Pistorius", e.actor());
    assertEquals("Arvydas Anušauskas", e.target());
    assertEquals("LTU", e.location());
    assertEquals("XXXX-WXX-1", e.time());
  }

  @Test
  void demonymLedSubjectSlatedToGrow() {
    Annotated a =
        run("The permanent German force in Lithuania is slated to grow to 4,800 by the year 2027.");
    Event e = only(a, "reinforce");
    assertEquals("DEU", e.actor());
    assertEquals("LTU", e.location());
    assertEquals(4800, a.quantities().get(e.quantityIndex()).value());
    assertEquals("2027", e.time());
    assertEquals(Status.PLANNED, e.status());
  }

  @Test
  void willingToSendIsPledged() {
    Annotated a =
        run("Germany is willing to send around 4,000 troops to Lithuania on a permanent basis.");
    Event e = only(a, "deploy");
    assertEquals(Status.PLEDGED, e.status());
    assertEquals("DEU", e.actor());
    assertEquals("LTU", e.target());
    assertTrue(a.quantities().get(e.quantityIndex()).approximate());
  }

  @Test
  void conditionalClauseIsHypothetical() {
    Annotated a =
        run(
            "If Putin thought he will divide the alliance by raising ultimatums, this shows unity.");
    Event e = only(a, "threaten");
    assertEquals(Status.HYPOTHETICAL, e.status());
    assertEquals("139", e.code());
    assertEquals("Putin", e.actor());
  }

  @Test
  void statusMarkers() {
    assertEquals(
        Status.NEGATED, only(run("Germany refused to send tanks to Ukraine."), "supply").status());
    assertEquals(
        Status.NEGATED, only(run("Germany will not send troops to Ukraine."), "deploy").status());
    assertEquals(Status.HYPOTHETICAL, only(run("Russia could invade Ukraine."), "invade").status());
    assertEquals(
        Status.PLANNED,
        only(run("Poland plans to deploy more troops to its border."), "deploy").status());
    assertEquals(
        Status.PLANNED,
        only(run("France is expected to send troops to Estonia."), "deploy").status());
    assertEquals(
        Status.PLEDGED,
        only(run("Germany is prepared to station a brigade in Lithuania."), "station").status());
    Event sent =
        only(run("Germany has already sent Leopard 2 main battle tanks to Ukraine."), "supply");
    assertEquals(Status.REPORTED, sent.status());
    assertEquals("DEU", sent.actor());
    assertEquals("UKR", sent.target());
  }

  @Test
  void aNounTriggerTakesTheModalOfItsOwnVerb() {
    assertEquals(
        Status.PLANNED,
        only(run("The deployment of German troops will begin in May."), "deploy").status());
    assertEquals(
        Status.REPORTED,
        only(run("The deployment of German troops began in May."), "deploy").status());
    assertEquals(
        Status.PLANNED,
        only(run("The deployment is expected to begin in May."), "deploy").status());
    assertEquals(
        Status.REPORTED,
        only(run("This deployment aims to reassure the allies."), "deploy").status());
  }

  @Test
  void wouldInReportedSpeechIsAPlanNotAHypothesis() {
    Annotated a = run("Lambrecht said Germany would send more troops to Lithuania.");
    assertEquals(Status.PLANNED, only(a, "deploy").status());
  }

  @Test
  void modalDoesNotReachPastAnotherVerbsObject() {
    Annotated a = run("Russian troops may stay on after the drills.");
    assertEquals(Status.REPORTED, only(a, "exercise").status());
    Annotated b = run("Russian troops sent to Belarus for military exercises may stay on.");
    assertEquals(Status.REPORTED, only(b, "exercise").status());
  }

  @Test
  void pledgeVerbBeforeAnotherTriggerOnlySetsItsStatus() {
    Annotated a = run("The United States promised to deliver more tanks to Ukraine.");
    assertTrue(
        a.events().stream().noneMatch(e -> e.type().equals("pledge")), () -> a.events().toString());
    Event e = only(a, "supply");
    assertEquals(Status.PLEDGED, e.status());
    assertEquals("072", e.code());
    assertEquals("UKR", e.target());
  }

  @Test
  void pledgeOfMoneyAndSupplyOfWeapons() {
    Event p = only(run("Japan pledged new funding for Ukraine."), "pledge");
    assertEquals("0331", p.code());
    assertEquals("JPN", p.actor());
    assertEquals(Status.PLEDGED, p.status());
    Event s = only(run("The United States will supply Ukraine with Patriot missiles."), "supply");
    assertEquals("072", s.code());
    assertEquals("UKR", s.target());
  }

  @Test
  void pledgedThingMaySitInTheInfinitive() {
    Event p =
        only(
            run("The German government pledged last June to have a combat brigade ready."),
            "pledge");
    assertEquals("0334", p.code());
    assertEquals("DEU", p.actor());
  }

  @Test
  void themeDecidesWhatSendMeans() {
    assertTrue(run("We are sending a clear sign to our allies.").events().isEmpty());
    assertEquals("supply", run("Germany sent weapons to Ukraine.").events().get(0).type());
    assertEquals("deploy", run("Germany sent soldiers to Ukraine.").events().get(0).type());
  }

  @Test
  void attackInvadeAndStrike() {
    Event inv = only(run("Russia's invasion of Ukraine began in 2022."), "invade");
    assertEquals("RUS", inv.actor());
    assertEquals("UKR", inv.target());
    assertEquals("2022", inv.time());
    Event st = only(run("Russia launched an air strike on Kharkiv."), "strike");
    assertEquals("195", st.code());
    assertEquals("UKR", st.target());
    Event at = only(run("Russian forces attacked Ukraine from Belarus."), "attack");
    assertEquals("RUS", at.actor());
    assertEquals("UKR", at.target());
  }

  @Test
  void exerciseMeetVisitTalks() {
    Event ex = only(run("Polish troops held joint exercises in Lithuania."), "exercise");
    assertEquals("150", ex.code());
    assertEquals("LTU", ex.location());
    Event m = only(run("Macron met Scholz in Paris on Tuesday."), "meet");
    assertEquals("Macron", m.actor());
    assertEquals("Scholz", m.target());
    assertEquals("FRA", m.location());
    assertEquals("XXXX-WXX-2", m.time());
    Event v = only(run("Biden visited Poland."), "visit");
    assertEquals("042", v.code());
    assertEquals("POL", v.target());
    Event planned = only(run("Scholz will hold talks with Biden in Washington."), "talks");
    assertEquals("036", planned.code());
    assertEquals("Biden", planned.target());
  }

  @Test
  void meetingBetweenTwoPeople() {
    Event m = only(run("The meeting between Rutte and Scholz touched upon trade."), "meet");
    assertEquals("Rutte", m.actor());
    assertEquals("Scholz", m.target());
  }

  @Test
  void signingNeedsAnAgreement() {
    assertTrue(run("Manchester United signed Bosnich from Aston Villa.").events().isEmpty());
    assertEquals(
        "057", only(run("Ukraine and Poland signed a security agreement."), "sign").code());
  }

  @Test
  void itAfterASpeechVerbIsTheSpeakingCountry() {
    Event e =
        only(run("Britain said on Tuesday it would send anti-tank weapons to Ukraine."), "supply");
    assertEquals("GBR", e.actor());
    assertEquals(Status.PLANNED, e.status());
  }

  @Test
  void receivingTurnsTheFrameAround() {
    Event e =
        only(run("Poland is set to receive 250 tanks from the United States by 2026."), "supply");
    assertEquals("USA", e.actor());
    assertEquals("POL", e.target());
    assertEquals("2026", e.time());
    assertEquals(Status.PLANNED, e.status());
  }

  @Test
  void hostileTargetsAndThreats() {
    Event a =
        only(run("Ukrainian forces shelled Russian positions near Donetsk on Friday."), "attack");
    assertEquals("194", a.code());
    assertEquals("UKR", a.actor());
    assertEquals("RUS", a.target());
    assertEquals("138", only(run("Putin threatened to use nuclear weapons."), "threaten").code());
    assertEquals(
        "RUS",
        only(run("The EU agreed a new package of sanctions against Russia."), "sanction").target());
  }

  @Test
  void relativeClausesAndParticiples() {
    Event b =
        only(
            run(
                "Pistorius signed a deal setting the terms on which 4,800 German troops will be based in "
                    + "Lithuania."),
            "station");
    assertEquals("DEU", b.actor());
    assertEquals(Status.PLANNED, b.status());
    Event g =
        only(
            run(
                "That battlegroup is one of the NATO units, which have deployed to Estonia since 2017."),
            "deploy");
    assertEquals("EST", g.target());
    assertEquals("2017", g.time());
    Event p = only(run("Russia published footage of German-supplied tanks."), "supply");
    assertEquals("DEU", p.actor());
  }

  @Test
  void idiomsAndPoliticalSupportAreNoEvents() {
    assertTrue(run("The minister struck a balance between the two camps.").events().isEmpty());
    assertTrue(run("Germany gave its unwavering support to the proposal.").events().isEmpty());
    assertTrue(run("Trump attacked Hillary Clinton on Monday.").events().isEmpty());
    assertTrue(
        run("Firms will relocate production and rethink their supply chains.").events().isEmpty());
    assertTrue(run("We must fight terrorism together.").events().isEmpty());
    assertEquals(
        "attack",
        run("North Korean soldiers are fighting alongside Russian forces.").events().get(0).type());
    assertEquals("072", only(run("Germany gave military support to Ukraine."), "supply").code());
    assertEquals("sign", run("The parties struck a deal on Monday.").events().get(0).type());
  }

  @Test
  void thereIsThePlaceNamedBefore() {
    Event e =
        only(
            run(
                "Two dozen soldiers have arrived in Lithuania, and the German contingent will be stationed "
                    + "there permanently."),
            "station");
    assertEquals("LTU", e.location());
    assertEquals("DEU", e.actor());
  }

  @Test
  void meetingATargetIsNoMeeting() {
    assertTrue(run("Germany will meet NATO's spending target.").events().isEmpty());
  }

  @Test
  void budgetsWarningsSanctionsWithdrawals() {
    Event up = only(run("Poland will raise its defense budget to 4% of GDP."), "budget_raise");
    assertEquals("POL", up.actor());
    assertEquals(null, up.code());
    assertEquals(
        4,
        run("Poland will raise its defense budget to 4% of GDP.")
            .quantities()
            .get(up.quantityIndex())
            .value());
    assertEquals(
        "LTU", only(run("Lithuania cut its defence spending last year."), "budget_cut").actor());
    Event w = only(run("Russia warned Finland against joining NATO."), "warn");
    assertEquals("RUS", w.actor());
    assertEquals("FIN", w.target());
    Event s = only(run("The European Union imposed new sanctions on Russia."), "sanction");
    assertEquals("163", s.code());
    assertEquals("RUS", s.target());
    Event wd = only(run("France withdrew its troops from Mali."), "withdraw");
    assertEquals("FRA", wd.actor());
    assertEquals("MLI", wd.location());
    assertEquals("0874", wd.code());
  }

  @Test
  void everyEventHasItsTriggerInsideTheBody() {
    Annotated a = run("Germany is deploying troops to Lithuania. The deployment began on Monday.");
    assertEquals(2, a.events().size());
    for (Event e : a.events()) {
      assertNotNull(e.status());
      assertTrue(e.start() < e.end() && e.end() <= a.body().length());
    }
  }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.FactsGold.Doc;
import org.sitrep.bench.FactsGold.NonObservation;
import org.sitrep.bench.FactsGold.Observation;
import org.sitrep.bench.FactsGold.Where;
import org.sitrep.bench.FactsScorer.Score;

class FactsScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BODY =
      "The death toll rose to 130 on Friday.\n\nPolice seized 174 weapons in 2015, officials said.";

  /** A contract JSON object for BODY with one quantity per listed figure and the given facts. */
  private static ObjectNode contract(String body, String[] figures, ObjectNode... facts) {
    ObjectNode o = JSON.createObjectNode().put("body", body);
    ArrayNode qs = o.putArray("quantities");
    for (String f : figures) {
      int s = body.indexOf(f);
      qs.addObject().put("start", s).put("end", s + f.length()).put("text", f);
    }
    ArrayNode fs = o.putArray("facts");
    for (ObjectNode f : facts) fs.add(f);
    return o;
  }

  private static ObjectNode fact(
      int q, String subject, String measure, double value, String unit, String kind) {
    ObjectNode f = JSON.createObjectNode().put("quantityIndex", q);
    if (subject != null) f.put("subject", subject);
    f.put("measure", measure).put("value", value);
    if (unit != null) f.put("unit", unit);
    return f.put("kind", kind)
        .put("status", "current")
        .put("evidenceStart", 0)
        .put("evidenceEnd", BODY.length());
  }

  private static Where at(String anchor, String figure) {
    return new Where(0, 0, anchor, figure, 0);
  }

  private static Observation obs(
      List<String> subjects,
      List<String> measures,
      double value,
      String kind,
      boolean optional,
      Where w) {
    return new Observation(
        subjects.get(0),
        subjects.subList(1, subjects.size()),
        measures.get(0),
        measures.subList(1, measures.size()),
        value,
        null,
        kind,
        "current",
        "exact",
        false,
        null,
        null,
        optional,
        w);
  }

  private static Doc doc(boolean exhaustive, List<Observation> obs, List<NonObservation> non) {
    return new Doc("x/doc.txt", "test", "tune", exhaustive, obs, non);
  }

  private static final Observation DEATHS =
      obs(
          List.of("Paris attacks", "Paris"),
          List.of("deaths", "death toll"),
          130,
          "total",
          false,
          at("The death toll rose", "130"));
  private static final Observation WEAPONS =
      obs(
          List.of("French police", "police"),
          List.of("weapons seized"),
          174,
          "total",
          false,
          at("Police seized 174 weapons", "174"));
  private static final NonObservation YEAR =
      new NonObservation(2015, "year", at("Police seized 174 weapons", "2015"));

  @Test
  void countsFoundStrictRightAndNonObservationsTaken() {
    ObjectNode c =
        contract(
            BODY,
            new String[] {"130", "174", "2015"},
            fact(0, "PARIS", "death toll", 130, null, "total"),
            // lenient only: same head word, but a level where the gold says total
            fact(1, "Police", "weapons", 174, null, "level"),
            fact(2, "police", "weapons", 2015, null, "level"));
    Score s = FactsScorer.score(doc(true, List.of(DEATHS, WEAPONS), List.of(YEAR)), c);
    assertEquals(2, s.gold());
    assertEquals(2, s.found());
    assertEquals(1, s.foundStrict());
    assertEquals(3, s.produced());
    assertEquals(2, s.right());
    assertEquals(1, s.rightStrict());
    assertEquals(1, s.non());
    assertEquals(1, s.nonTaken());
    assertEquals(1, s.wrongs().size());
    assertEquals("year", s.wrongs().get(0).non().why());
    assertNull(s.wrongs().get(0).near());
    assertTrue(s.misses().isEmpty());
  }

  @Test
  void wrongSubjectValueOrPlaceIsAMiss() {
    ObjectNode c =
        contract(
            BODY,
            new String[] {"130", "174"},
            fact(0, "Brussels", "deaths", 130, null, "total"),
            fact(1, "police", "weapons seized", 175, null, "total"),
            // right key, but it stands on the other figure
            fact(1, "Paris", "deaths", 130, null, "total"));
    Score s = FactsScorer.score(doc(true, List.of(DEATHS, WEAPONS), List.of()), c);
    assertEquals(0, s.found());
    assertEquals(2, s.misses().size());
    assertEquals(1, s.misses().get(0).there().size());
    assertEquals(2, s.misses().get(1).there().size());
    assertEquals(0, s.right());
    assertEquals(3, s.wrongs().size());
    assertTrue(s.wrongs().stream().allMatch(w -> w.non() == null));
    assertEquals(DEATHS, s.wrongs().get(0).near());
    assertEquals(WEAPONS, s.wrongs().get(1).near());
  }

  @Test
  void aRangeIsTheObservationOfEitherEnd() {
    String body = "Dr Fauci estimated between 100,000 and 200,000 could die.";
    Observation low =
        obs(
            List.of("United States"),
            List.of("deaths"),
            100000,
            "total",
            false,
            at("Dr Fauci estimated", "100,000"));
    Observation high =
        obs(
            List.of("United States"),
            List.of("deaths"),
            200000,
            "total",
            false,
            at("Dr Fauci estimated", "200,000"));
    Observation other =
        obs(
            List.of("United States"),
            List.of("deaths"),
            150000,
            "total",
            false,
            at("Dr Fauci estimated", "200,000"));
    ObjectNode c =
        contract(
            body,
            new String[] {"between 100,000 and 200,000"},
            fact(0, "United States", "deaths", 100000, null, "total").put("valueMax", 200000));
    Score s = FactsScorer.score(doc(true, List.of(low, high, other), List.of()), c);
    assertEquals(3, s.gold());
    assertEquals(2, s.found(), "both ends found, a value between them is not: " + s.misses());
    assertEquals(1, s.right());
    // without its second end the fact is the first end only
    c =
        contract(
            body,
            new String[] {"between 100,000 and 200,000"},
            fact(0, "United States", "deaths", 100000, null, "total"));
    assertEquals(1, FactsScorer.score(doc(true, List.of(low, high), List.of()), c).found());
  }

  @Test
  void unknownSubjectNeverMatches() {
    ObjectNode c =
        contract(BODY, new String[] {"130"}, fact(0, null, "deaths", 130, null, "total"));
    Score s = FactsScorer.score(doc(true, List.of(DEATHS), List.of()), c);
    assertEquals(0, s.found());
    assertEquals(1, s.produced());
    assertEquals(0, s.right());
  }

  @Test
  void optionalObservationsAreNotCountedButNotWrongEither() {
    Observation opt =
        obs(List.of("police"), List.of("weapons seized"), 174, "total", true, WEAPONS.where());
    ObjectNode c =
        contract(
            BODY, new String[] {"174"}, fact(0, "police", "weapons seized", 174, null, "total"));
    Score s = FactsScorer.score(doc(true, List.of(DEATHS, opt), List.of()), c);
    assertEquals(1, s.gold());
    assertEquals(0, s.found());
    assertEquals(1, s.produced());
    assertEquals(1, s.right());
    assertTrue(s.wrongs().isEmpty());
  }

  @Test
  void precisionOnlyOnExhaustiveDocumentsAndNothingWithoutFacts() {
    ObjectNode c =
        contract(BODY, new String[] {"2015"}, fact(0, "police", "weapons", 2015, null, "level"));
    Score s = FactsScorer.score(doc(false, List.of(DEATHS), List.of(YEAR)), c);
    assertEquals(0, s.produced());
    assertEquals(1, s.nonTaken());
    assertTrue(Double.isNaN(s.precision()));

    ObjectNode none = JSON.createObjectNode().put("body", BODY);
    Score z = FactsScorer.score(doc(true, List.of(DEATHS, WEAPONS), List.of(YEAR)), none);
    assertEquals(2, z.gold());
    assertEquals(0, z.found());
    assertEquals(0, z.produced());
    assertEquals(0, z.nonTaken());
    assertEquals(0.0, z.recall());
  }

  @Test
  void aFigureOutsideTheBodyIsNotCounted() {
    Observation headline =
        obs(
            List.of("Paris attacks"),
            List.of("deaths"),
            130,
            "total",
            false,
            at("Paris attacks death toll rises to", "130"));
    Score s =
        FactsScorer.score(
            doc(true, List.of(headline, DEATHS), List.of()), contract(BODY, new String[] {}));
    assertEquals(1, s.gold());
    assertEquals(1, s.outsideBody());
  }

  @Test
  void scoresAddUp() {
    ObjectNode c =
        contract(BODY, new String[] {"130"}, fact(0, "Paris", "deaths", 130, null, "total"));
    Score one = FactsScorer.score(doc(true, List.of(DEATHS, WEAPONS), List.of(YEAR)), c);
    Score two = one.plus(one);
    assertEquals(4, two.gold());
    assertEquals(2, two.found());
    assertEquals(2, two.docs());
    assertEquals(0.5, two.recall());
    assertEquals(2, two.misses().size());
  }

  @Test
  void locatesFiguresAcrossWhitespaceAndOnlyWhole() {
    String body =
        "Clinton, who was\u00a0tied at 42 percent on July 14, rose to 46 percent on August 1.";
    int[] one = FactsScorer.locate(body, at("Clinton, who was tied", "1"));
    assertArrayEquals(new int[] {body.length() - 2, body.length() - 1}, one);
    int[] pct = FactsScorer.locate(body, at("Clinton,  who was tied", "46 percent"));
    assertEquals(body.indexOf("46 percent"), pct[0]);
    assertNull(FactsScorer.locate(body, at("Trump, who was tied", "42")));
    assertNull(FactsScorer.locate(body, at("Clinton, who was tied", "43")));
    // a model number is found whole, not inside a longer token
    String phone = "The iPhone 4 and the iPhone 3GS.";
    assertEquals(phone.indexOf("4"), FactsScorer.locate(phone, at("The iPhone", "4"))[0]);
    assertNull(FactsScorer.locate(phone, at("The iPhone", "3G")));
  }

  @Test
  void measureHeadWords() {
    assertEquals("job", FactsScorer.head("jobs cut"));
    assertEquals("job", FactsScorer.head("jobs"));
    assertEquals("aircraft", FactsScorer.head("aircraft ordered"));
    assertEquals("share", FactsScorer.head("share of the vote"));
    assertEquals("jet", FactsScorer.head("long-haul jets"));
    assertEquals("ipod", FactsScorer.head("iPods sold"));
    assertEquals("death", FactsScorer.head("deaths"));
    assertEquals("death", FactsScorer.head("deaths per 100,000 people"));
    assertEquals("patient", FactsScorer.head("patients admitted per day"));
    assertTrue(FactsScorer.measureLenient("jobs", "jobs cut", List.of()));
    assertTrue(FactsScorer.measureLenient("vote share", "support", List.of("vote share")));
    assertTrue(FactsScorer.measureLenient("Deaths", "deaths", List.of()));
    assertFalse(FactsScorer.measureLenient("injuries", "deaths", List.of("death toll")));
    assertFalse(FactsScorer.measureStrict("jobs", "jobs cut", List.of()));
    assertTrue(FactsScorer.measureStrict("death tolls", "deaths", List.of("death toll")));
    assertFalse(FactsScorer.measureLenient(null, "deaths", List.of()));
    // the head word of an alias counts too: "people netted" is people, an alias of arrests
    assertTrue(FactsScorer.measureLenient("people netted", "arrests", List.of("people")));
    assertFalse(FactsScorer.measureLenient("people netted", "arrests", List.of("detentions")));
  }

  @Test
  void subjectsAndValues() {
    assertTrue(FactsScorer.subjectMatches("the EADS", List.of("European Aeronautic", "EADS")));
    assertTrue(FactsScorer.subjectMatches("O\u2019Malley", List.of("O'Malley")));
    assertFalse(FactsScorer.subjectMatches("Airbus", List.of("EADS")));
    // a tokenised text spaces a hyphen inside a name
    assertTrue(FactsScorer.subjectMatches("Coca - Cola", List.of("Coca-Cola")));
    assertTrue(FactsScorer.subjectMatches("Rolls-Royce", List.of("Rolls - Royce")));
    assertFalse(FactsScorer.subjectMatches("Coca - Cola", List.of("Coca Cola Hellenic")));
    assertTrue(FactsScorer.sameValue(1.2e9, 1.2e9 * (1 + 1e-7)));
    assertFalse(FactsScorer.sameValue(1.2e9, 1.21e9));
    assertFalse(FactsScorer.sameValue(-3, 3));
    assertTrue(FactsScorer.sameValue(0, 0));
    assertFalse(FactsScorer.sameValue(Double.NaN, 1));
    assertTrue(FactsScorer.sameUnit("%", "percent"));
    assertTrue(FactsScorer.sameUnit("percentage point", "percent"));
    assertTrue(FactsScorer.sameUnit(null, null));
    assertFalse(FactsScorer.sameUnit("USD", "EUR"));
    assertFalse(FactsScorer.sameUnit("USD", null));
  }
}

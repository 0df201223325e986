package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

/** A lone proper noun as the subject of a verb only persons do, on made-up tagged sentences. */
class GermanSubjectsTest {
  private static final GermanSubjects SUBJECTS = new GermanSubjects(Gazetteer.german());

  /**
   * Tokens written {@code word/POS/NER} or {@code word/POS/NER/probability}, one sentence; the
   * model's mentions are the single tokens it tagged.
   */
  private static List<Mention> run(String spec) {
    StringBuilder body = new StringBuilder();
    List<Token> toks = new ArrayList<>();
    List<Mention> ms = new ArrayList<>();
    for (String item : spec.split(" ")) {
      String[] p = item.split("/");
      if (body.length() > 0) body.append(' ');
      int start = body.length();
      body.append(p[0]);
      float prob = p.length > 3 ? Float.parseFloat(p[3]) : 1f;
      toks.add(new Token(start, body.length(), p[0], p[1], p[0], p[2], 0, prob));
      if (!p[2].equals("O")) ms.add(Mention.of(start, body.length(), p[0], p[2]));
    }
    return SUBJECTS.repair(toks, ms);
  }

  private static String type(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .map(Mention::type)
        .findFirst()
        .orElse("O");
  }

  @Test
  void anUntaggedNameBeforeOrAfterALifeVerbIsAPerson() {
    assertEquals(
        "PERSON",
        type(run("Seit/IN/O 1990/CD/O lebte/VB/O Mbeki/NNP/O in/IN/O Rom/NNP/LOCATION"), "Mbeki"));
    assertEquals("PERSON", type(run("Tavares/NNP/O starb/VB/O 1920/CD/O !/./O"), "Tavares"));
    assertEquals(
        "PERSON", type(run("Dann/RB/O distanzierte/VB/O sich/PRP/O Okafor/NNP/O !/./O"), "Okafor"));
  }

  @Test
  void theSubjectOfAVerbFinalClauseIsItsFirstWord() {
    assertEquals(
        "PERSON",
        type(
            run(
                "Er/PRP/O weiß/VB/O ,/,/O dass/IN/O Varga/NNP/O in/IN/O Pécs/NNP/LOCATION lebte/VB/O !/./O"),
            "Varga"));
    List<Mention> ms =
        run(
            "Er/PRP/O weiß/VB/O ,/,/O dass/IN/O Varga/NNP/O in/IN/O Pécs/NNP/LOCATION baute/VB/O !/./O");
    assertEquals("O", type(ms, "Varga"), "no person verb, no person: " + ms);
  }

  @Test
  void aDoubtfulOtherTypeGivesWayButASureOneStays() {
    assertEquals(
        "PERSON", type(run("Dort/RB/O lebte/VB/O Zenobia/NNP/LOCATION/0.6 !/./O"), "Zenobia"));
    assertEquals(
        "LOCATION", type(run("Dort/RB/O lebte/VB/O Zenobia/NNP/LOCATION/0.99 !/./O"), "Zenobia"));
  }

  @Test
  void noSubjectNoPerson() {
    List<Mention> ms = run("Der/DT/O Kaiser/NNP/O lebte/VB/O lange/RB/O !/./O");
    assertTrue(ms.isEmpty(), "a noun with its article is no name: " + ms);
    ms = run("Er/PRP/O lebte/VB/O in/IN/O Wachtbarg/NNP/O !/./O");
    assertTrue(ms.isEmpty(), "a place after a preposition is no subject: " + ms);
    ms = run("Bis/IN/O 1950/CD/O lebte/VB/O Berlin/NNP/LOCATION/0.6 gut/RB/O !/./O");
    assertEquals("LOCATION", type(ms, "Berlin"), "a known place stays: " + ms);
    ms = run("Dann/RB/O sagte/VB/O Okafor/NNP/O !/./O");
    assertTrue(ms.isEmpty(), "organisations speak too: " + ms);
  }
}

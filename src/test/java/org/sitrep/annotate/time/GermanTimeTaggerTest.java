package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpr;

class GermanTimeTaggerTest {
  private static final LocalDate ANCHOR = LocalDate.of(2024, 2, 20); // a Tuesday
  private final GermanTimeTagger tagger = new GermanTimeTagger();

  private String tag(String text) {
    return tagger.tag(text, ANCHOR).stream()
        .map(t -> t.text() + "=" + t.value())
        .collect(Collectors.joining("; "));
  }

  @Test
  void weekdaysMonthsAndRelativeDates() {
    assertEquals(
        "Montag=2024-02-19", tag("Pistorius sagte am Montag in Vilnius, die Brigade komme."));
    assertEquals(
        "vergangenen Juni=2023-06", tag("Im vergangenen Juni wurde der Vertrag unterzeichnet."));
    assertEquals("nächsten Freitag=2024-02-23", tag("Am nächsten Freitag reist er nach Berlin."));
    assertEquals("Anfang letzten Jahres=2023", tag("Anfang letzten Jahres begann der Aufbau."));
    assertEquals("Ende des Jahres=2024", tag("Bis Ende des Jahres sollen es mehr werden."));
    assertEquals("gestern=2024-02-19", tag("Der Minister hat gestern bestätigt, dass es stimmt."));
    assertEquals("vor zwei Jahren=2022", tag("Die Pläne wurden vor zwei Jahren gefasst."));
    assertEquals("diese Woche=2024-W08", tag("Die Gespräche finden diese Woche statt."));
  }

  @Test
  void calendarDatesAndYears() {
    assertEquals(
        "12. März 2024=2024-03-12", tag("Am 12. März 2024 wurde das Abkommen unterzeichnet."));
    assertEquals("März 2024=2024-03", tag("Seit März 2024 gilt die Regel."));
    assertEquals("2027=2027", tag("Die Brigade soll bis 2027 einsatzbereit sein."));
    assertEquals("2017=2017", tag("Deutschland führt seit 2017 den Gefechtsverband."));
    assertEquals("Jahr 2025=2025", tag("Im Jahr 2025 beginnt der Bau."));
    assertEquals("Sommer 2024=2024-SU", tag("Im Sommer 2024 wird gebaut."));
    assertEquals("3. Oktober=2023-10-03", tag("Der 3. Oktober ist ein Feiertag."));
    assertEquals("01.03.2024=2024-03-01", tag("Am 01.03.2024 ging es los."));
  }

  @Test
  void durationsAndWhatIsNoTime() {
    assertEquals("drei Monate=P3M", tag("Die Übung dauert drei Monate."));
    assertEquals("48 Stunden=PT48H", tag("Innerhalb von 48 Stunden kam die Antwort."));
    assertEquals("letzten Jahren=PAST_REF", tag("In den letzten Jahren wuchs die Truppe."));
    assertEquals(
        "18.30 Uhr=2024-02-20T18:30; 9 Uhr=2024-02-20T09:00",
        tag("Die Sitzung endete um 18.30 Uhr und begann um 9 Uhr."));
    assertEquals("", tag("Die Brigade hat 4.800 Soldaten und 2025 Fahrzeuge."));
    assertEquals("", tag("Am Morgen sprach Mai Thi mit dem Minister."));
    List<TimeExpr> t = tagger.tag("Am Montag.", null);
    assertEquals(1, t.size());
    assertEquals("XXXX-WXX-1", t.get(0).value());
    assertTrue(!t.get(0).anchored());
  }

  @Test
  void aMonthOfAYearToldFromTheAnchorABareYearAfterItsVerbAndHoursAfterUm() {
    assertEquals(
        "März vergangenen Jahres=2023-03",
        tag("Der Dax legte seit seinem Tief im März vergangenen Jahres zu."));
    assertEquals(
        "Mai des nächsten Jahres=2025-05", tag("Die Brigade kommt im Mai des nächsten Jahres."));
    assertEquals("1764=1764", tag("Er wurde 1764 von Charles Messier entdeckt."));
    assertEquals("1846=1846", tag("Es trat erstmals 1846 zusammen."));
    // a year-like count before its noun stays a count
    assertEquals("", tag("Dabei wurden 2000 Menschen evakuiert."));
    assertEquals("8.30=2024-02-20T08:30", tag("Ich bin um 8.30 in der Firma gewesen."));
    assertEquals("", tag("Der Preis stieg um 2.50 Euro."));
  }
}

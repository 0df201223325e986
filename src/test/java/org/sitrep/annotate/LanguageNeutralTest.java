package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.TextArticleCleaner;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.pipeline.LanguagePipelines;

/**
 * A German article through pipelines that have no German model: no English rules run over it (the
 * shipped pipelines have one, {@link GermanPipelineTest}).
 */
class LanguageNeutralTest {
  private static final String ARTICLE =
      "Bundeswehr verlegt Brigade nach Litauen\n\n"
          + "Am Montag hat Verteidigungsminister Boris Pistorius in Vilnius den Vertrag unterzeichnet."
          + " Die Brigade soll bis 2027 rund 4.800 Soldaten umfassen, sagte er am Dienstag.\n\n"
          + "Die Kosten\n\n"
          + "Der Bau der Kasernen beginnt am 2024-03-01 und kostet nach Angaben des Ministeriums"
          + " mehr als 1 Milliarde Euro. Freitag und Samstag finden Gespräche mit der Regierung statt."
          + " \"Wir stehen zu unserer Verantwortung\", sagte Pistorius.\n";

  @Test
  void germanGetsSentencesAndDigitTimesButNoEnglishNerQuotesOrEvents() {
    var x = new TextArticleCleaner().extract(ARTICLE);
    assertEquals("de", x.language());
    Document d =
        Document.of(
            Source.file("de.txt"),
            null,
            null,
            x.title(),
            Published.stated("2024-02-20"),
            x.language(),
            x.headings(),
            x.body());
    Annotated a =
        LanguagePipelines.builder("en", Pipelines.standard())
            .fallback(Pipelines.languageNeutral())
            .build()
            .run(d);
    assertTrue(a.entities().isEmpty(), "no PERSON out of day names: " + a.entities());
    assertTrue(a.quotes().isEmpty());
    assertTrue(a.events().isEmpty());
    assertTrue(a.tokens().isEmpty());
    assertTrue(a.sentences().size() >= 5, "sentences: " + a.sentences());
    List<String> times = a.times().stream().map(TimeExpr::text).toList();
    assertTrue(times.contains("2024-03-01"), "times: " + times);
    for (String t : times) assertFalse(t.matches(".*\\p{L}.*"), "a time read from words: " + t);
    assertTrue(
        a.quantities().stream().noneMatch(q -> q.text().contains("4.800")),
        "a number read with English separators: " + a.quantities());
    assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
    String why = a.diagnostics().get(0).message();
    assertTrue(why.contains("no model for language 'de'"), why);
    assertTrue(why.contains("entities") && why.contains("quotes") && why.contains("events"), why);
  }
}

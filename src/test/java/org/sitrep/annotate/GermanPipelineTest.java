package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.TextArticleCleaner;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/** A German article through the pipelines by language: CoreNLP's German models, German places. */
class GermanPipelineTest {
  private static final String ARTICLE =
      "Bundeswehr verlegt Brigade nach Litauen\n\n"
          + "Am Montag hat Verteidigungsminister Boris Pistorius in Vilnius den Vertrag"
          + " unterzeichnet. Die Brigade in Litauen soll bis 2027 rund 4.800 Soldaten umfassen, sagte er am"
          + " Dienstag in Berlin.\n\n"
          + "Der litauische Präsident Gitanas Nausėda dankte der deutschen Regierung. Freitag und"
          + " Samstag finden Gespräche mit der NATO in Moskau statt, der US-Präsident reist nach"
          + " Polen.\n";

  static Annotated annotate(String article) {
    var x = new TextArticleCleaner().extract(article);
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
    return Pipelines.byLanguage().run(d);
  }

  private static Optional<Mention> find(Annotated a, String text) {
    return a.entities().stream().filter(m -> m.text().equals(text)).findFirst();
  }

  @Test
  void germanEntitiesAreTaggedAndTiedToTheirCountries() {
    Annotated a = annotate(ARTICLE);
    assertEquals("de", a.document().language());
    assertFalse(a.tokens().isEmpty(), "German tokens");
    List<String> texts = a.entities().stream().map(Mention::text).toList();
    assertEquals(
        "PERSON", find(a, "Boris Pistorius").map(Mention::type).orElse(null), texts.toString());
    Mention litauen = find(a, "Litauen").orElseThrow(() -> new AssertionError(texts.toString()));
    assertEquals("LOCATION", litauen.type());
    assertEquals("LTU", litauen.country());
    assertEquals("Lithuania", litauen.canonical(), "one name across languages");
    assertEquals("RUS", find(a, "Moskau").map(Mention::country).orElse(null), texts.toString());
    assertEquals("POL", find(a, "Polen").map(Mention::country).orElse(null), texts.toString());
    for (String day : List.of("Montag", "Dienstag", "Freitag", "Samstag"))
      assertTrue(find(a, day).isEmpty(), "a day name is no entity: " + texts);
    Mention us = find(a, "US-Präsident").orElse(null);
    assertTrue(us == null || us.type().equals("MISC"), "a compound noun is no place: " + us);
    // "…, sagte er am Dienstag": reported speech in the subjunctive is not there; the figure is
    var said =
        a.quotes().stream()
            .filter(x -> x.text().startsWith("Die Brigade in Litauen soll"))
            .findFirst()
            .orElse(null);
    assertTrue(said == null || "Boris Pistorius".equals(said.speaker()), a.quotes().toString());
    assertTrue(
        a.entities().stream()
            .anyMatch(
                m ->
                    "Gitanas Nausėda".equals(m.text())
                        && "President".equals(m.role())
                        && "LTU".equals(m.country())),
        "der litauische Präsident: " + a.entities());
    assertTrue(
        a.entities().stream()
            .anyMatch(
                m -> "Boris Pistorius".equals(m.text()) && "Defense Minister".equals(m.role())),
        "Verteidigungsminister: " + a.entities());
    assertTrue(
        a.events().stream().anyMatch(e -> e.type().equals("deploy") || e.type().equals("sign")),
        a.events().toString());
    List<String> times = a.times().stream().map(t -> t.text() + "=" + t.value()).toList();
    assertTrue(times.contains("Montag=2024-02-19"), times.toString());
    assertTrue(times.contains("2027=2027"), times.toString());
    var q =
        a.quantities().stream()
            .filter(x -> x.text().equals("rund 4.800 Soldaten"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(a.quantities().toString()));
    assertEquals(4800, q.value(), 0.0);
    assertTrue(q.approximate());
    assertTrue(
        a.facts().stream()
            .anyMatch(
                f ->
                    f.value() == 4800
                        && f.measure().equals("troops")
                        && "Lithuania".equals(f.place())),
        a.facts().toString());
    assertTrue(
        a.diagnostics().stream().noneMatch(g -> g.message().contains("'de' yet: skipped")),
        a.diagnostics().toString());
  }

  @Test
  void tokensCarryTheTaggersProbabilityForTheirTag() {
    Annotated a = annotate(ARTICLE);
    assertTrue(
        a.tokens().stream().allMatch(t -> t.nerProbability() > 0 && t.nerProbability() <= 1),
        "a probability");
    assertTrue(
        a.tokens().stream().anyMatch(t -> t.nerProbability() < 1),
        "the model doubts some tag of a whole article");
  }

  @Test
  void germanPipelineDeclaresEveryLayerEnglishHas() {
    var layers = Pipelines.byLanguage().layersFor("de");
    assertEquals(Pipelines.byLanguage().layersFor("en"), layers);
  }
}

package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.nlp.CoreNlp;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;

/**
 * An English-only run never loads the German models nor reads the German place names: checked in a
 * JVM of its own, since other tests in this one may have loaded them.
 */
class GermanModelsLoadLazilyTest {
  /** Annotates English and then, with {@code german}, German text; prints what got loaded. */
  public static void main(String[] args) {
    boolean german = args.length > 0 && args[0].equals("german");
    var pipelines = Pipelines.byLanguage();
    Annotated en =
        pipelines.run(
            Document.of(
                Source.file("en.txt"),
                null,
                null,
                null,
                Published.UNKNOWN,
                "en",
                List.of(),
                "Germany will send 4,800 troops to Lithuania, Boris Pistorius said on Monday."));
    System.out.println("english entities " + en.entities().size());
    System.out.println("after english: de loaded " + CoreNlp.loaded("de"));
    System.out.println("after english: German names read " + Gazetteer.germanLoaded());
    if (german) {
      pipelines.run(
          Document.of(
              Source.file("de.txt"),
              null,
              null,
              null,
              Published.UNKNOWN,
              "de",
              List.of(),
              "Deutschland schickt 4.800 Soldaten nach Litauen, sagte Boris Pistorius am Montag."));
      System.out.println("after german: de loaded " + CoreNlp.loaded("de"));
      System.out.println("after german: German names read " + Gazetteer.germanLoaded());
    }
  }

  private static String probe(String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx3g",
                "-cp",
                System.getProperty("java.class.path"),
                GermanModelsLoadLazilyTest.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "probe finished");
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void anEnglishOnlyRunNeverLoadsTheGermanModelsAndAGermanDocumentDoes() throws Exception {
    String out = probe("german");
    assertTrue(out.contains("after english: de loaded false"), out);
    assertTrue(out.contains("after german: de loaded true"), out);
    assertTrue(out.contains("after english: German names read false"), out);
    assertTrue(out.contains("after german: German names read true"), out);
    assertTrue(!out.contains("english entities 0"), out);
  }
}

package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.ContractJson;
import org.sitrep.testing.CommandRun;

/**
 * The commands run in-process over a real store in a temporary data directory, on the shipped
 * examples.
 */
class CliTest {
  @TempDir static Path tmp;
  static Path data;

  static CommandRun run(String... args) {
    return CommandRun.of(Main::run, args);
  }

  @BeforeAll
  static void ingestExamples() {
    data = tmp.resolve("data");
    CommandRun r = run("ingest", "--data", data.toString(), "examples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("5 inputs, 5 new"), r.err());
  }

  @Test
  void ingestingAgainAddsNothing() {
    CommandRun r = run("ingest", "--data", data.toString(), "--quiet", "examples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("0 new, 5 duplicates"), r.err());
    assertTrue(r.err().contains("now holds 5 documents"), r.err());
  }

  @Test
  void aGermanArticleGetsTheGermanPipelineAndTheSummaryCountsLanguages() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("mixed-languages"));
    Files.writeString(
        dir.resolve("de.txt"),
        "Brigade in Litauen\n\nAm Montag hat der Minister den Vertrag in Vilnius unterzeichnet. Die"
            + " Brigade soll bis 2027 einsatzbereit sein, sagte er am Freitag. Die Soldaten werden"
            + " mit ihren Familien nach Litauen ziehen, und die Kasernen werden am 2025-01-15"
            + " eröffnet.\n",
        StandardCharsets.UTF_8);
    Files.copy(Path.of("examples", "001_fdf32aae2420c610.txt"), dir.resolve("en.txt"));
    CommandRun r = run("annotate", dir.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> docs = new ArrayList<>();
    for (String line : r.out().split("\n"))
      if (!line.isBlank()) docs.add(ContractJson.MAPPER.readTree(line));
    assertEquals(2, docs.size());
    JsonNode de = docs.get(0), en = docs.get(1);
    assertEquals("de", de.path("language").asText());
    boolean litauen = false;
    for (JsonNode e : de.path("entities"))
      litauen |=
          e.path("text").asText().equals("Litauen") && e.path("type").asText().equals("LOCATION");
    assertTrue(litauen, "German entities from the German model: " + de.path("entities"));
    // "den Vertrag ... unterzeichnet": German triggers; every layer English has, so no diagnostic
    boolean signed = false;
    for (JsonNode e : de.path("events")) signed |= e.path("type").asText().equals("sign");
    assertTrue(signed, de.path("events").toString());
    assertEquals(0, de.path("diagnostics").size(), de.toString());
    assertTrue(de.path("sentences").size() >= 3, de.toString());
    assertEquals("en", en.path("language").asText());
    assertTrue(en.path("entities").size() > 5, "English keeps its entities");
    assertTrue(r.err().contains("documents by language:"), r.err());
    assertTrue(
        r.err().matches("(?s).*1 × de: body, sentences, tokens, entities.*quotes, events, facts.*"),
        r.err());
    assertTrue(!r.err().contains("no rules yet"), r.err());
    assertTrue(r.err().matches("(?s).*1 × en: body, sentences, tokens, entities.*"), r.err());
  }

  @Test
  void annotatePrintsOneContractObjectPerDocument() throws Exception {
    CommandRun r = run("annotate", "examples");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> docs = new ArrayList<>();
    for (String line : r.out().split("\n"))
      if (!line.isBlank()) docs.add(ContractJson.MAPPER.readTree(line));
    assertEquals(5, docs.size());
    for (JsonNode d : docs) {
      for (String f :
          List.of(
              "id",
              "source",
              "outlet",
              "label",
              "title",
              "published",
              "language",
              "headings",
              "body",
              "sentences",
              "entities",
              "times",
              "quantities",
              "quotes",
              "events",
              "diagnostics")) {
        assertTrue(d.has(f), "field " + f);
      }
      String body = d.get("body").asText();
      for (JsonNode e : d.get("entities")) {
        assertEquals(
            e.get("text").asText(), body.substring(e.get("start").asInt(), e.get("end").asInt()));
      }
    }
    assertEquals("EuropeLandWar", docs.get(0).get("label").asText());
    assertEquals("2023-06-26", docs.get(1).get("published").get("value").asText());
  }

  @Test
  void listShowAndSearch() {
    CommandRun list = run("list", "--data", data.toString());
    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().contains("5 of 5 documents"), list.out());
    String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

    CommandRun show = run("show", "--data", data.toString(), id);
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("Entities ("), show.out());

    CommandRun search = run("search", "--data", data.toString(), "\"eastern flank\"");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("«eastern flank»"), search.out());

    CommandRun bad = run("search", "--data", data.toString(), "troops AND");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("sitrep: bad search query"), bad.err());
    assertFalse(bad.err().contains("\tat "), "no stack trace");

    CommandRun missing = run("show", "--data", data.toString(), "nosuchid");
    assertEquals(2, missing.code());
  }

  @Test
  void resolvedViewsAreQueryable() {
    CommandRun ents = run("entities", "--data", data.toString(), "pistorius");
    assertEquals(0, ents.code(), ents.err());
    assertTrue(ents.out().contains("Boris Pistorius"), ents.out());
    CommandRun stories = run("stories", "--data", data.toString(), "--json");
    assertEquals(0, stories.code(), stories.err());
    assertFalse(stories.out().isBlank());
    String storyId =
        stories.out().lines().findFirst().orElseThrow().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    CommandRun timeline = run("timeline", "--data", data.toString(), "--story", storyId);
    assertEquals(0, timeline.code(), timeline.err());
    CommandRun story = run("story", "--data", data.toString(), storyId);
    assertEquals(0, story.code(), story.err());
    assertNotEquals("", story.out());
  }

  @Test
  void countsReadInTheRightNumberAndAnUnknownOutletIsNotZero() {
    CommandRun resolve = run("resolve", "--data", data.toString());
    assertEquals(0, resolve.code(), resolve.err());
    assertTrue(resolve.err().contains("5 documents"), resolve.err());
    assertTrue(resolve.err().contains(" 1 story,"), resolve.err());
    assertFalse(
        resolve.err().matches("(?s).*\\b1 (stories|entities|statements)\\b.*"), resolve.err());
    CommandRun stories = run("stories", "--data", data.toString());
    assertEquals(0, stories.code(), stories.err());
    String row = stories.out().lines().skip(1).findFirst().orElseThrow();
    assertEquals("unknown", row.trim().split("\\s+")[3], "the outlets column: " + row);
    String storyId = row.trim().split("\\s+")[0];
    CommandRun story = run("story", "--data", data.toString(), storyId);
    assertTrue(story.out().contains("outlet unknown"), story.out());
    assertFalse(story.out().contains("0 outlets"), story.out());
    CommandRun facts = run("facts", "--data", data.toString());
    assertEquals(0, facts.code(), facts.err());
    assertTrue(facts.out().contains("(1 observation)"), facts.out());
    assertFalse(facts.out().contains("(1 observations)"), facts.out());
    CommandRun one = run("search", "--data", data.toString(), "\"5,000 helmets\"");
    assertTrue(one.out().startsWith("1 document matches"), one.out());
  }

  @Test
  void nothingReadableExitsNonZeroWithOneLinePerProblem() throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    CommandRun r = run("annotate", empty.toString(), tmp.resolve("missing.txt").toString());
    assertEquals(1, r.code());
    assertEquals(2, r.err().lines().filter(l -> l.contains("(skipped)")).count(), r.err());
  }

  @Test
  void benchIsListedButRunsFromItsOwnModule() {
    CommandRun help = run("--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith("bench ")), help.out());
    CommandRun bench = run("bench", "facts", "--split", "tune");
    assertEquals(2, bench.code());
    assertEquals(1, bench.err().strip().lines().count(), bench.err());
    assertTrue(bench.err().contains("./sitrep bench facts --split tune"), bench.err());
  }

  @Test
  void reportWritesASourcedMarkdownBriefToAFileWhole() throws Exception {
    Path file = tmp.resolve("brief.md");
    CommandRun r =
        run("report", "--data", data.toString(), "--query", "brigade", "--out", file.toString());
    assertEquals(0, r.code(), r.err());
    String md = Files.readString(file);
    assertTrue(md.startsWith("# Situation report: brigade\n"), md);
    assertTrue(md.contains("\n## Key figures\n") && md.contains("\n## Sources\n\n1. "), md);
    assertTrue(r.err().contains("written to"), r.err());
    try (var files = Files.list(tmp)) {
      assertTrue(
          files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary file left");
    }
    CommandRun json = run("report", "--data", data.toString(), "--query", "brigade", "--json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().startsWith("{\"title\":\"brigade\""), json.out());
    CommandRun none = run("report", "--data", data.toString(), "--query", "zzzunmatched");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("has no articles"), none.err());
    CommandRun noDir =
        run(
            "report",
            "--data",
            data.toString(),
            "--query",
            "brigade",
            "--out",
            tmp.resolve("missing/brief.md").toString());
    assertEquals(2, noDir.code());
    assertEquals(1, noDir.err().strip().lines().count(), noDir.err());
  }

  @Test
  void everyCommandTakesHelp() {
    for (String name : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
      if (name.equals("help")) continue;
      CommandRun r = run(name, "--help");
      assertEquals(0, r.code(), name + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: sitrep " + name), name + ": " + r.out());
    }
  }
}

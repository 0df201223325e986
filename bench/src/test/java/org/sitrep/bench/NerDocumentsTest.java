package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerDocumentsTest {
  @TempDir Path tmp;

  @Test
  void sentencesAreJoinedAsWrittenAndGoldPointsAtTheText() throws IOException {
    Path f = tmp.resolve("t.conll");
    Files.writeString(
        f,
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n"
            + "call NN I-NP O\n, , O O\n\" \" O O\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n"
            + "\" \" O O\n. . O O\n\nBRUSSELS NNP B-NP B-LOC\n1996-08-22 CD I-NP O\n\n"
            + "-DOCSTART- -X- -X- O\n\nChelsea NNP B-NP B-ORG\n3 CD I-NP O\n");
    List<NerDocuments.Doc> docs = NerDocuments.read(f, 100);
    assertEquals(2, docs.size());
    NerDocuments.Doc d = docs.get(0);
    assertEquals("EU rejects German call, \"Peter Blackburn\".\n\nBRUSSELS 1996-08-22", d.text());
    assertEquals(2, d.sentences());
    for (NerBenchmark.Span s : d.gold()) {
      String covered = d.text().substring(s.start(), s.end());
      assertEquals(
          switch (s.type()) {
            case "ORG" -> "EU";
            case "MISC" -> "German";
            case "PER" -> "Peter Blackburn";
            default -> "BRUSSELS";
          },
          covered);
    }
    assertEquals(Set.of(new NerBenchmark.Span(0, 7, "ORG")), docs.get(1).gold());
  }

  @Test
  void offsetsMapACleanedBodyBackOntoItsText() {
    String text = "Header line\n\nFirst para.\n\nSecond para.";
    String body = "First para.\n\nSecond para.";
    int[] at = NerDocuments.offsets(text, body);
    assertEquals(text.indexOf("First"), at[0]);
    assertEquals(text.indexOf("Second"), at[body.indexOf("Second")]);
    assertEquals(text.length(), at[body.length()]);
  }
}

package org.sitrep.resolve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static String sample(String name) throws Exception {
    try (var s = Files.list(Path.of("examples"))) {
      Path p = s.filter(f -> f.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
      return Files.readString(p);
    }
  }

  @Test
  void wireCopyWithSmallEditsIsADuplicate() throws Exception {
    String original = sample("001");
    String copy =
        "UPDATED 14:05. "
            + original.replace("Monday", "Monday afternoon").replace("said", "told reporters")
            + " (dpa)";
    NearDuplicates nd = new NearDuplicates();
    assertFalse(nd.add("a", original).isDuplicate());
    NearDuplicates.Match m = nd.add("b", copy);
    assertTrue(m.isDuplicate(), "similarity " + m.similarity());
    assertEquals("a", m.group());
    assertEquals("a", m.duplicateOf());
  }

  @Test
  void differentReportsOfOneStoryAreNotDuplicates() throws Exception {
    NearDuplicates nd = new NearDuplicates();
    for (String s : List.of("000", "001", "002", "003", "004")) {
      NearDuplicates.Match m = nd.add(s, sample(s));
      assertFalse(m.isDuplicate(), s + " similarity " + m.similarity());
    }
  }

  @Test
  void windowBoundsMemoryAndForgetsOldArticles() throws Exception {
    NearDuplicates nd = new NearDuplicates(new NearDuplicates.Config(5, 128, 32, 0.8, 3));
    String a = sample("000");
    nd.add("a", a);
    for (String s : List.of("001", "002", "003")) nd.add(s, sample(s));
    assertFalse(nd.add("a2", a).isDuplicate(), "slot of 'a' was reused after three newer articles");
  }
}

package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThroughputNearCopiesTest {
  @TempDir Path dir;

  @Test
  void eachCopyChangesOneParagraphAndArrivesAfterItsOriginal() throws Exception {
    List<Path> articles = new ArrayList<>(), donors = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Path p = dir.resolve("a" + i + ".txt");
      Files.writeString(
          p, "Title " + i + "\n\nFirst " + i + ".\n\nMiddle " + i + ".\n\nLast " + i + ".");
      articles.add(p);
    }
    Path donor = dir.resolve("d.txt");
    Files.writeString(donor, "Other\n\nNew text here.\n\nEnd.");
    donors.add(donor);
    Path out = Files.createDirectory(dir.resolve("copies"));
    List<Path> stream = ThroughputBenchmark.withNearCopies(articles, donors, 3, out);
    assertEquals(9, stream.size());
    for (int i = 0; i < 3; i++) {
      Path copy = out.resolve("copy-" + i + ".txt");
      assertTrue(stream.indexOf(copy) > stream.indexOf(articles.get(i)), "after its original");
      String[] a = Files.readString(articles.get(i)).split("\n\n");
      String[] c = Files.readString(copy).split("\n\n");
      assertEquals(a.length, c.length);
      int differ = 0;
      for (int k = 0; k < a.length; k++) if (!a[k].equals(c[k])) differ++;
      assertEquals(1, differ, "one paragraph changed in copy " + i);
      assertNotEquals(a[2], c[2]);
    }
    assertTrue(Files.readString(out.resolve("copy-0.txt")).contains("New text here."));
  }
}

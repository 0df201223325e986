package org.sitrep.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.clean.TextArticleCleaner;
import org.sitrep.pipeline.Problem;

/**
 * Every supported input cut at random points: reading never throws and never reports a cut file
 * more than once, whatever format it was in. Stands in for a property-based test until jqwik is on
 * the build.
 */
class SourcesTruncationTest {
  @TempDir Path dir;

  @Test
  void cutInputsGiveAtMostOneProblemEach() throws IOException {
    Path whole = Files.createDirectory(dir.resolve("whole"));
    Run.write(whole.resolve("a.rss"), XmlFeedReaderTest.RSS);
    Run.write(whole.resolve("b.atom"), XmlFeedReaderTest.ATOM);
    String lines =
        "{\"text\": \"Caf\u00e9 one, it said.\"}\n{\"text\": \"Caf\u00e9 two, it said.\"}\n";
    Run.write(whole.resolve("c.jsonl"), lines);
    Run.write(whole.resolve("d.html"), HtmlPageReaderTest.PAGE.formatted("utf-8"));
    Run.gzip(whole.resolve("e.txt.gz"), SourcesTest.ARTICLE.repeat(20).getBytes(UTF_8));
    WarcReaderTest.writeWarc(whole.resolve("f.warc"), WarcCompression.NONE, 3);
    WarcReaderTest.writeWarc(whole.resolve("g.warc.gz"), WarcCompression.GZIP, 3);
    Random random = new Random(7);
    Path cut = Files.createDirectory(dir.resolve("cut"));
    for (Path f : Files.list(whole).sorted().toList()) {
      byte[] bytes = Files.readAllBytes(f);
      for (int i = 0; i < 12; i++) {
        int at = 1 + random.nextInt(bytes.length - 1);
        Files.write(cut.resolve(i + "-" + at + "-" + f.getFileName()), Arrays.copyOf(bytes, at));
      }
    }
    Run run = Run.of(cut);
    for (Path f : Files.list(cut).toList()) {
      List<Problem> mine =
          run.problems().stream().filter(p -> p.file().equals(f.toString())).toList();
      assertTrue(mine.size() <= 1, mine.toString());
    }
  }

  @Test
  void cleanerNeverFailsOnRandomText() {
    Random random = new Random(11);
    String alphabet =
        "aZ .,:;!?\n\n\t\u00a0\u2019\u201c\u201d-#*>|date 2024-01-01 Related Articles Sign up to our newsletter";
    TextArticleCleaner cleaner = new TextArticleCleaner();
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(400);
      for (int k = 0; k < n; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String body = cleaner.extract(sb.toString()).body();
      assertTrue(body.isEmpty() || !body.startsWith("\n"), body);
    }
  }
}

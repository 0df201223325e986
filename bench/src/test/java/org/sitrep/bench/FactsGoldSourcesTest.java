package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.HtmlExtractor;

/** Gold documents that are HTML pages: a file, or an entry of a .tar.gz, with a URL beside it. */
class FactsGoldSourcesTest {
  private static final String PAGE =
      "<html><head><title>Carmaker cuts jobs</title></head><body><nav>Home | World</nav>"
          + "<article><h1>Carmaker cuts jobs</h1><p>The carmaker said on Tuesday it would cut"
          + " 2,500 jobs at its German unit, about 12 percent of the staff there, and close two"
          + " plants by the end of next year.</p><p>Sales fell 8% in the third quarter to"
          + " 1.2 million vehicles, the company said, while its operating profit dropped to"
          + " 410 million euros.</p></article><footer>Contact us</footer></body></html>";

  @TempDir Path dir;

  @Test
  void aPageInAnArchiveIsReadAsTheAnnotatePathReadsIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("pages-corpus"));
    writeTarGz(folder.resolve("pages.tar.gz"), "pages/cars.html", PAGE);
    Files.writeString(
        folder.resolve("gold.json"),
        "{\"cars.html\": {\"url\": \"https://news.example/cars\", \"date\": NaN}}");
    FactsGold.Source s =
        new FactsGold.Sources(dir)
            .of("pages-corpus/pages.tar.gz" + FactsGold.IN_ARCHIVE + "pages/cars.html");
    assertEquals(PAGE, s.html());
    assertEquals("https://news.example/cars", s.url());
    assertEquals(new HtmlExtractor().extract(PAGE, "https://news.example/cars").body(), s.text());
    assertTrue(s.text().contains("cut 2,500 jobs"), s.text());
    assertTrue(!s.text().contains("Contact us"), s.text());
  }

  @Test
  void anHtmlFileTakesItsUrlFromAnEvaluationMapKeyedByUrl() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("extraction"));
    Files.writeString(folder.resolve("cars.html"), PAGE);
    Files.writeString(
        folder.resolve("evaldata.json"),
        "{\"https://news.example/cars\": {\"file\": \"cars.html\", \"with\": []}}");
    FactsGold.Source s = new FactsGold.Sources(dir).of("extraction/cars.html");
    assertEquals("https://news.example/cars", s.url());
    assertTrue(s.text().contains("Sales fell 8%"), s.text());
  }

  @Test
  void aMissingEntryOrPlainTextSaysWhat() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("c"));
    writeTarGz(folder.resolve("p.tar.gz"), "a.html", PAGE);
    FactsGold.Sources sources = new FactsGold.Sources(dir);
    IOException e =
        assertThrows(
            IOException.class, () -> sources.of("c/p.tar.gz" + FactsGold.IN_ARCHIVE + "b.html"));
    assertTrue(e.getMessage().contains("no entry b.html"), e.getMessage());
    Files.writeString(folder.resolve("t.txt"), "Plain text, 3 figures.");
    FactsGold.Source t = sources.of("c/t.txt");
    assertNull(t.html());
    assertEquals("Plain text, 3 figures.", t.text());
  }

  /** A gzip-compressed ustar archive holding one regular file. */
  private static void writeTarGz(Path file, String name, String content) throws IOException {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(n, 0, header, 0, n.length);
    byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, header, 124, size.length);
    header[156] = '0';
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    tar.write(header);
    tar.write(data);
    tar.write(new byte[(512 - data.length % 512) % 512]);
    tar.write(new byte[1024]);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(tar.toByteArray());
    }
  }
}

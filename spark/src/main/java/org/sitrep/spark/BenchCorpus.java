package org.sitrep.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds the benchmark's web archive from the shared corpora: the PolNeAR and WikiRef articles
 * wrapped in simple news pages, and the trafilatura test pages as they are; repeated with
 * perturbations (a paragraph dropped, the title marked as an update) until there are enough, in
 * WARC.gz files of 1,000 CC-NEWS-style responses each, captured over a week so there are several
 * publication dates.
 */
final class BenchCorpus {
  private static final Instant FIRST_DAY = Instant.parse("2024-04-01T06:00:00Z");

  private BenchCorpus() {}

  /** One page: its HTML, and whether it is a text article wrapped by us (and may be perturbed). */
  private record Page(String name, String html, List<String> lines) {}

  static List<Path> write(Path shared, Path dir, int articles)
      throws IOException, InterruptedException {
    List<Page> pages = new ArrayList<>();
    Path bench = shared.resolve("bench");
    for (Path f : files(bench.resolve("quotes-polnear/data"), ".txt", "/text/")) pages.add(text(f));
    for (Path f : files(bench.resolve("clustering-wikiref"), ".txt", "WikiRef")) pages.add(text(f));
    Path html =
        dir.getParent().resolve("html-pages"); // beside the WARC directory, not read as input
    if (!Files.isDirectory(html)) {
      Files.createDirectories(html);
      Process p =
          new ProcessBuilder(
                  "tar",
                  "-xzf",
                  bench.resolve("extraction-trafilatura/html-pages.tar.gz").toString(),
                  "-C",
                  html.toString())
              .start();
      if (p.waitFor() != 0) throw new IOException("could not unpack the trafilatura pages");
    }
    for (Path f : files(html, ".html", ""))
      pages.add(
          new Page(
              f.getFileName().toString(),
              new String(Files.readAllBytes(f), UTF_8).replace('\0', ' '),
              null));
    if (pages.isEmpty()) throw new IOException("no benchmark pages under " + bench);
    List<Path> out = new ArrayList<>();
    WarcWriter w = null;
    for (int i = 0; i < articles; i++) {
      if (i % 1000 == 0) {
        if (w != null) w.close();
        Path f = dir.resolve(String.format("bench-%05d.warc.gz", i / 1000));
        out.add(f);
        w =
            new WarcWriter(
                FileChannel.open(
                    f,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP);
      }
      Page p = pages.get(i % pages.size());
      int round = i / pages.size();
      String body = p.lines() == null ? p.html() : page(p.lines(), round);
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=utf-8"), body.getBytes(UTF_8))
              .build();
      Instant captured = FIRST_DAY.plus(i % 7, ChronoUnit.DAYS).plusSeconds(i);
      w.write(
          new WarcResponse.Builder("https://bench.example/" + round + "/" + p.name())
              .date(captured)
              .body(http)
              .build());
    }
    if (w != null) w.close();
    return out;
  }

  private static List<Path> files(Path dir, String suffix, String within) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(suffix) && f.toString().contains(within))
          .filter(f -> !f.getFileName().toString().equalsIgnoreCase("readme.txt"))
          .sorted()
          .toList();
    }
  }

  private static Page text(Path f) throws IOException {
    List<String> lines =
        new String(Files.readAllBytes(f), UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    return new Page(f.getFileName().toString().replace(' ', '_'), null, lines);
  }

  /**
   * The first line is the title; round r > 0 drops one paragraph and marks the title, so copies are
   * near copies.
   */
  private static String page(List<String> lines, int round) {
    String title = lines.isEmpty() ? "Article" : lines.get(0);
    if (title.length() > 150) title = title.substring(0, 150);
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(escape(round == 0 ? title : title + " (update " + round + ")"))
            .append("</title></head><body><article>");
    int drop = round == 0 || lines.size() < 4 ? -1 : 1 + round % (lines.size() - 1);
    for (int i = 1; i < lines.size(); i++)
      if (i != drop) b.append("<p>").append(escape(lines.get(i))).append("</p>\n");
    return b.append("</article></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

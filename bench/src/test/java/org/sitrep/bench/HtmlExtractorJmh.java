package org.sitrep.bench;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sitrep.clean.HtmlExtractor;

/**
 * The extractor's hot path on a generated news page of about 120 KB (template furniture, an
 * article, comments), against jsoup's parse alone, the floor any jsoup-based extractor stands on.
 *
 * <pre>
 * mvn -o -f bench/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp bench/target/test-classes:bench/target/classes:$(cat bench/target/cp.txt) org.sitrep.bench.HtmlExtractorJmh
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlExtractorJmh {
  private final HtmlExtractor extractor = new HtmlExtractor();
  private String page;

  @Setup
  public void setup() {
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Story | Outlet</title>");
    b.append("<meta property=\"article:published_time\" content=\"2024-05-06T10:00:00Z\">");
    b.append("<script>")
        .append("var config = {a: 1};".repeat(2000))
        .append("</script></head><body>");
    b.append("<header><nav><ul>");
    for (int i = 0; i < 80; i++)
      b.append("<li><a href=\"/section/")
          .append(i)
          .append("\">Section ")
          .append(i)
          .append("</a></li>");
    b.append(
        "</ul></nav></header><main><article><h1>Brigade to grow</h1><div class=\"article-body\">");
    for (int i = 0; i < 60; i++) {
      if (i % 10 == 0) b.append("<h2>Part ").append(i / 10).append("</h2>");
      b.append("<p>Paragraph ")
          .append(i)
          .append(" of the article, with commas, names like Vilnius and Rūdninkai,")
          .append(
              " figures such as 4,800 soldiers and 200 civilians, and enough words to look like prose.</p>");
      if (i % 15 == 7) b.append("<div class=\"ad-slot\"><a href=\"/ad\">Advertisement</a></div>");
    }
    b.append("</div></article><aside class=\"sidebar\"><ul>");
    for (int i = 0; i < 40; i++)
      b.append("<li><a href=\"/story/")
          .append(i)
          .append("\">Most read story ")
          .append(i)
          .append("</a></li>");
    b.append("</ul></aside><section id=\"comments\">");
    for (int i = 0; i < 100; i++)
      b.append("<div class=\"comment\"><p>Reader comment number ")
          .append(i)
          .append(", quite long.</p></div>");
    b.append("</section></main><footer>Imprint · Privacy · Contact</footer></body></html>");
    page = b.toString();
  }

  @Benchmark
  public Object extract() {
    return extractor.extract(page, "https://www.example.com/2024/05/06/story");
  }

  @Benchmark
  public Object parseOnly() {
    return Jsoup.parse(page);
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(HtmlExtractorJmh.class.getSimpleName()).build()).run();
  }
}

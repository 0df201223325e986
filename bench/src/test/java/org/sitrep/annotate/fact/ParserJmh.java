package org.sitrep.annotate.fact;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sitrep.bench.BenchPaths;

/**
 * The facts stage's dependency parse ({@link Network#predict}) over every sentence of up to {@link
 * Dependencies#MAX_TOKENS} tokens in the first 20 PolNeAR articles (tagged by CoreNLP at setup):
 * {@code cold} with a new network each time, so that every feature product is computed once, as in
 * the first documents of a process; {@code warm} with one network whose products are all kept.
 *
 * <pre>
 * mvn -o -f bench/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp bench/target/test-classes:bench/target/classes:$(cat bench/target/cp.txt) org.sitrep.annotate.fact.ParserJmh
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParserJmh {
  private DependencyParser parser;
  private final List<List<CoreLabel>> sentences = new ArrayList<>();
  private Network warm, cold;

  @Setup(Level.Trial)
  public void load() throws Exception {
    Path dir = BenchPaths.bench("quotes-polnear").resolve("data/train/text");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().limit(20).toList();
    }
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    for (Path f : files) {
      Annotation a = new Annotation(Files.readString(f));
      nlp.annotate(a);
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
        if (toks.size() > Dependencies.MAX_TOKENS) continue;
        List<CoreLabel> words = new ArrayList<>(toks.size());
        for (int i = 0; i < toks.size(); i++) {
          CoreLabel c = new CoreLabel();
          c.setWord(toks.get(i).word());
          c.setValue(toks.get(i).word());
          c.setTag(toks.get(i).tag());
          c.setIndex(i + 1);
          words.add(c);
        }
        sentences.add(words);
      }
    }
    parser = Dependencies.load(0, 0);
    warm = Network.of(parser, Dependencies.PRE_COMPUTED);
    if (warm == null) throw new IllegalStateException("this CoreNLP's parser is not readable");
    System.out.printf("%n%d sentences%n", sentences.size());
  }

  @Setup(Level.Invocation)
  public void fresh() {
    cold = Network.of(parser, Dependencies.PRE_COMPUTED);
  }

  @Benchmark
  public void cold(Blackhole bh) {
    for (List<CoreLabel> s : sentences) bh.consume(cold.predict(s));
  }

  @Benchmark
  public void warm(Blackhole bh) {
    for (List<CoreLabel> s : sentences) bh.consume(warm.predict(s));
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(ParserJmh.class.getSimpleName()).build()).run();
  }
}

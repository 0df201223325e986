package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputJvmOptionsTest {
  @Test
  void bothSidesKeepTheLaunchersHeapCollectorAndCompilerOptionsOnly() {
    List<String> launched =
        List.of(
            "-Xmx6g",
            "-XX:+UseParallelGC",
            "-XX:-DontCompileHugeMethods",
            "-Dsitrep.sentence.cache.mb=64",
            "-javaagent:agent.jar",
            "-XX:StartFlightRecording=filename=x.jfr");
    assertEquals(
        List.of("-Xmx6g", "-XX:+UseParallelGC", "-XX:-DontCompileHugeMethods"),
        ThroughputBenchmark.jvmOptions(launched));
  }

  @Test
  void aJvmStartedWithoutOptionsGivesBothSidesAHeapAndCollector() {
    assertEquals(
        ThroughputBenchmark.DEFAULT_JVM_OPTIONS,
        ThroughputBenchmark.jvmOptions(List.of("-Dfile.encoding=UTF-8")));
  }
}

package org.sitrep.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a child JVM that runs a main class on the test's own class path. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * {@code java -Xmx<maxHeap> -cp <this class path> mainClass args...}, with this JVM's java; a
   * list that can still be added to.
   */
  public static List<String> command(String maxHeap, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + maxHeap);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }
}
